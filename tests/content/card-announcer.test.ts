// @vitest-environment happy-dom
/**
 * The card's announcement for screen readers: a polite live region in the card's root, filled once per
 * card, a moment after the card appears; never again for re-renders or re-analyses of the same visit, and never
 * for the very same card when the announcer is shared across visits (a single-page app's navigation).
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ANNOUNCE_DELAY_MS, createCardAnnouncer } from '../../src/content/card-announcer';
import { startPageVisit, type PageVisit, type VisitActions } from '../../src/content/page-visit';
import { analyzeDocument } from '../../src/core/analyze';

const URL_A = 'https://www.example.edu/business/full-time-mba/';

let shadowRoots: ShadowRoot[];
let visits: PageVisit[];

function mbaPage(extra: string[] = []): void {
  document.title = 'Full-time MBA | Example School of Business';
  const main = document.createElement('main');
  for (const text of [
    'Full-time MBA',
    'Our STEM-designated MBA is a 48-credit program that students complete in 21 months.',
    'International students are eligible for the 24-month STEM OPT extension.',
    'Core courses include machine learning for managers and business ethics.',
    'GMAT or GRE scores are required. Apply now for the fall intake. Scholarships are available.',
    ...extra,
  ]) {
    const p = document.createElement(text === 'Full-time MBA' ? 'h1' : 'p');
    p.textContent = text;
    main.append(p);
  }
  document.body.replaceChildren(main);
}

const actions: VisitActions = {
  close: () => undefined,
  disableSite: () => undefined,
  save: async () => true,
  annotationsChanged: () => undefined,
  contentChanged: () => undefined,
};

function visit(options: Partial<Parameters<typeof startPageVisit>[3]> = {}, url = URL_A): PageVisit {
  const started = startPageVisit({ win: window, doc: document, lifetime: new AbortController().signal }, url, analyzeDocument(document, { url }), { expanded: false, annotations: false, forced: false, ...options }, actions);
  visits.push(started);
  return started;
}

const region = (root: ShadowRoot | undefined) => root?.querySelector('[aria-live]') ?? null;

beforeEach(() => {
  vi.useFakeTimers();
  shadowRoots = [];
  visits = [];
  const attach = HTMLElement.prototype.attachShadow;
  vi.spyOn(HTMLElement.prototype, 'attachShadow').mockImplementation(function (this: HTMLElement, init: ShadowRootInit) {
    const root = attach.call(this, init);
    shadowRoots.push(root);
    return root;
  });
  mbaPage();
});

afterEach(() => {
  for (const v of visits) v.end();
  vi.useRealTimers();
  vi.restoreAllMocks();
});

describe('the announcement', () => {
  it('waits in an empty polite region, then says once what the card compared', () => {
    visit();
    const live = region(shadowRoots[0]);
    expect(live?.getAttribute('aria-live')).toBe('polite');
    expect(live?.getAttribute('role')).toBe('status');
    expect(live?.textContent).toBe('');
    vi.advanceTimersByTime(ANNOUNCE_DELAY_MS);
    expect(live?.textContent).toMatch(/^MBA Lens compared this MBA program with RPI's AI MBA: \d of 8 facts stated on the page\. The card is at the end of the page\.$/);
  });

  it('is not repeated when the card re-renders or the page is analysed again', async () => {
    const v = visit();
    vi.advanceTimersByTime(ANNOUNCE_DELAY_MS);
    const live = region(shadowRoots[0])!;
    const first = live.textContent;
    const changes: MutationRecord[] = [];
    const observer = new MutationObserver((records) => changes.push(...records));
    observer.observe(live, { childList: true, characterData: true, subtree: true });
    v.expand();
    mbaPage(['Tuition for the MBA program is $98,000 in total.']);
    v.update(analyzeDocument(document, { url: URL_A }));
    vi.advanceTimersByTime(5 * ANNOUNCE_DELAY_MS);
    await Promise.resolve();
    expect(changes.concat(observer.takeRecords())).toEqual([]);
    expect(live.textContent).toBe(first);
  });

  it('is not made for a card that is gone before its moment', () => {
    const v = visit();
    v.end();
    vi.advanceTimersByTime(ANNOUNCE_DELAY_MS);
    expect(region(shadowRoots[0])?.textContent).toBe('');
  });

  it('shared across visits, stays silent for the same card on another address and speaks for a different one', () => {
    const announcer = createCardAnnouncer();
    visit({ announcer }).end();
    vi.advanceTimersByTime(ANNOUNCE_DELAY_MS);
    const first = visit({ announcer });
    vi.advanceTimersByTime(ANNOUNCE_DELAY_MS);
    expect(region(shadowRoots[1])?.textContent).not.toBe('');
    first.end();
    // A navigation to another address of the same program: the same card, so nothing is said.
    visit({ announcer }, 'https://www.example.edu/business/full-time-mba/curriculum');
    vi.advanceTimersByTime(ANNOUNCE_DELAY_MS);
    expect(region(shadowRoots[2])?.textContent).toBe('');
    // A different card is announced.
    mbaPage(['Tuition for the MBA program is $98,000 in total.']);
    visit({ announcer }, 'https://www.example.edu/business/full-time-mba/tuition');
    vi.advanceTimersByTime(ANNOUNCE_DELAY_MS);
    expect(region(shadowRoots[3])?.textContent).toMatch(/^MBA Lens compared/);
  });
});

describe('the card root', () => {
  it('is marked with the language of its messages', () => {
    visit();
    expect(shadowRoots[0]?.querySelector('.root')?.getAttribute('lang')).toBe('en');
  });
});
