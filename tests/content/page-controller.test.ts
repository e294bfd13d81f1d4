// @vitest-environment happy-dom
/**
 * The page module end to end in a DOM, with the real core and card and a stand-in runtime: what it shows, what it
 * tells the background, and what it leaves behind. (happy-dom has no Custom Highlight API: the fallback path.)
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createPageController, type PageController } from '../../src/content/page-controller';
import { DEFAULT_SETTINGS } from '../../src/schemas/settings-schema';
import { fakeRuntime, flush, settleController, type FakeRuntime } from './fake-runtime';

const MBA_URL = 'https://www.example.edu/business/full-time-mba/';

function setPage(url: string, title: string, paragraphs: string[]): void {
  (window as unknown as { happyDOM: { setURL(url: string): void } }).happyDOM.setURL(url);
  document.title = title;
  const main = document.createElement('main');
  for (const text of paragraphs) {
    const p = document.createElement(text.startsWith('# ') ? 'h1' : 'p');
    p.textContent = text.replace(/^# /, '');
    main.append(p);
  }
  document.body.replaceChildren(main);
}

function mbaPage(): void {
  setPage(MBA_URL, 'Full-time MBA | Example School of Business', [
    '# Full-time MBA',
    'Our STEM-designated MBA is a 48-credit program that students complete in 21 months.',
    'International students are eligible for the 24-month STEM OPT extension.',
    'Core courses include machine learning for managers and business ethics.',
    'GMAT or GRE scores are required. Apply now for the fall intake. Tuition and scholarships.',
  ]);
}

function weatherPage(url = 'https://news.example.com/weather'): void {
  setPage(url, 'Weekend weather', ['# Weekend weather', 'Rain on Saturday, sun on Sunday afternoon.']);
}

let runtime: FakeRuntime;
let controller: PageController;
let shadowRoots: ShadowRoot[];

const host = () => document.querySelector('mba-lens');
const card = () => shadowRoots.at(-1);
const results = () => runtime.sent.filter((m) => (m as { type: string }).type === 'page-result').map((m) => (m as { result: { kind: string } | null }).result);
/** Analysis waits for the settings reply; runs are async. */
const settle = () => settleController(runtime);

beforeEach(() => {
  shadowRoots = [];
  const attach = HTMLElement.prototype.attachShadow;
  vi.spyOn(HTMLElement.prototype, 'attachShadow').mockImplementation(function (this: HTMLElement, init: ShadowRootInit) {
    const root = attach.call(this, init);
    shadowRoots.push(root);
    return root;
  });
  runtime = fakeRuntime((message) => {
    const type = (message as { type: string }).type;
    if (type === 'get-settings') return { ...DEFAULT_SETTINGS, disabledSites: [] };
    if (type === 'shortlist-add') {
      const { item } = message as { item: { url: string; title: string; kind: string; facts: unknown } };
      return { ok: true, value: { id: 'saved-1', url: item.url, title: item.title, kind: item.kind, savedAt: new Date(0).toISOString(), facts: item.facts, comparison: [], history: [] } };
    }
    return undefined;
  });
  controller = createPageController({ win: window, doc: document, runtime });
});

afterEach(() => {
  vi.restoreAllMocks();
  controller.stop();
  expect(document.querySelectorAll('mba-lens').length).toBe(0);
});

describe('on an MBA page', () => {
  it('mounts one closed-shadow host with the kind, and reports the result', async () => {
    mbaPage();
    controller.analyze();
    await settle();
    expect(document.querySelectorAll('mba-lens').length).toBe(1);
    expect(host()?.getAttribute('data-kind')).toBe('mba-program');
    expect(host()?.shadowRoot).toBeNull();
    expect(host()?.parentNode).toBe(document.documentElement);
    expect(card()?.querySelector('.summary')?.textContent).toMatch(/facts compared$/);
    expect(results().map((r) => r?.kind)).toEqual(['mba-program']);
  });

  it('saves to the shortlist through the background', async () => {
    mbaPage();
    controller.analyze();
    await settle();
    (card()?.querySelector('.toggle') as HTMLElement).click();
    await flush();
    (card()?.querySelector('.action.save') as HTMLElement).click();
    await settle();
    const save = runtime.sent.find((m) => (m as { type: string }).type === 'shortlist-add') as { item: Record<string, unknown> } | undefined;
    expect(save?.item).toMatchObject({ url: MBA_URL, title: 'Full-time MBA | Example School of Business', kind: 'mba-program' });
    expect(typeof save?.item.savedAt).toBe('number');
    expect(card()?.querySelector('.action.save')?.textContent).toBe('Saved');
  });

  it('stays closed for the page after "close", until the user asks again', async () => {
    mbaPage();
    controller.analyze();
    await settle();
    (card()?.querySelector('.close') as HTMLElement).click();
    await flush();
    expect(host()).toBeNull();
    controller.analyze();
    await settle();
    expect(host()).toBeNull();
    controller.showOnRequest();
    await settle();
    expect(host()).not.toBeNull();
    expect(card()?.querySelector('.toggle')?.getAttribute('aria-expanded')).toBe('true');
  });

  it('"not on this site" asks the background to turn the site off and clears the result', async () => {
    mbaPage();
    controller.analyze();
    await settle();
    (card()?.querySelector('.toggle') as HTMLElement).click();
    await flush();
    (card()?.querySelector('.action.disable-site') as HTMLElement).click();
    await settle();
    expect(host()).toBeNull();
    expect(runtime.sent).toContainEqual({ type: 'set-site-enabled', hostname: 'www.example.edu', enabled: false });
    expect(results().at(-1)).toBeNull();
    controller.analyze();
    await settle();
    expect(host()).toBeNull();
  });

  it('takes the card down when the address changes to an unrelated page, and clears the badge', async () => {
    mbaPage();
    controller.analyze();
    await settle();
    weatherPage();
    controller.navigated();
    await settle();
    expect(host()).toBeNull();
    expect(results()).toEqual([expect.objectContaining({ kind: 'mba-program' }), null]);
  });

  it('clears its entry when the page is left, and only then', async () => {
    weatherPage();
    controller.analyze();
    await settle();
    window.dispatchEvent(new Event('pagehide'));
    await flush();
    expect(results()).toEqual([]);
    mbaPage();
    controller.analyze();
    await settle();
    window.dispatchEvent(new Event('pagehide'));
    await flush();
    expect(results().at(-1)).toBeNull();
  });

  it('follows a settings change that turns the site off', async () => {
    mbaPage();
    controller.analyze();
    await settle();
    controller.settingsChanged({ ...DEFAULT_SETTINGS, disabledSites: ['example.edu'] });
    await settle();
    expect(host()).toBeNull();
  });

  it('the toggle command hides a shown card and shows a hidden one', async () => {
    mbaPage();
    controller.analyze();
    await settle();
    controller.toggleOnRequest();
    await settle();
    expect(host()).toBeNull();
    controller.toggleOnRequest();
    await settle();
    expect(host()).not.toBeNull();
  });
});

describe('on an unrelated page', () => {
  it('shows nothing and tells the background nothing', async () => {
    weatherPage();
    controller.analyze();
    await settle();
    expect(host()).toBeNull();
    expect(results()).toEqual([]);
  });

  it('compares anyway when asked, saying so', async () => {
    weatherPage();
    controller.showOnRequest();
    await settle();
    expect(host()).not.toBeNull();
    expect(card()?.querySelector('.below-threshold')).not.toBeNull();
    // The tab's result stays the detected kind; the card the user asked for goes with it, for a saved page's history.
    const sent = runtime.sent.filter((m) => (m as { type: string }).type === 'page-result') as Array<{ result: { kind: string }; forcedCard?: { kind: string; url: string } }>;
    expect(sent.map((m) => [m.result.kind, m.forcedCard?.kind])).toEqual([['none', host()?.getAttribute('data-kind')]]);
    expect(sent[0]?.forcedCard?.url).toBe('https://news.example.com/weather');
  });

  it('sends no forced card with the result of a page that gets a card by itself', async () => {
    mbaPage();
    controller.showOnRequest();
    await settle();
    expect(runtime.sent.filter((m) => (m as { type: string }).type === 'page-result').map((m) => 'forcedCard' in (m as object))).toEqual([false]);
  });
});
