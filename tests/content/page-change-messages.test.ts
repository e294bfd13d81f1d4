// @vitest-environment happy-dom
/**
 * "What changed since you saved it" across the message boundary: `get-page-change` is parsed on receipt, answered
 * by the background's handler from the store, its reply parsed by the content script's client (a malformed reply is
 * null, never a crash), and the page controller asks for it after its page result and puts it in the card; with
 * the option off it does not ask.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { createUserDataHandler } from '../../src/background/user-data-handler';
import { createPageController, type PageController } from '../../src/content/page-controller';
import type { AnalysisResult } from '../../src/core/types';
import { askFromContent } from '../../src/messages/client';
import { parseToBackground } from '../../src/messages/protocol';
import type { PageChange } from '../../src/schemas/fact-history';
import { DEFAULT_SETTINGS } from '../../src/schemas/settings-schema';
import { createUserDataStore } from '../../src/storage/user-data-store';
import { addItem, programFacts } from '../storage/fixtures/facts';
import { createMemoryStorageArea } from '../storage/memory-storage-area';
import { fakeRuntime, flush } from './fake-runtime';

const URL = 'https://school-1.example.edu/mba';
const CHANGE: PageChange = {
  before: '2026-03-12T12:00:00.000Z', after: '2026-03-20T12:00:00.000Z', sinceSave: true,
  changes: [{ fact: 'tuitionUSD', before: 62000, after: 66500, beforeQuote: 'Tuition is $62,000.', afterQuote: 'Tuition is now $66,500.' }],
};

describe('get-page-change on receipt and in reply', () => {
  it('is parsed by the background only with a URL of sane length', () => {
    expect(parseToBackground({ type: 'get-page-change', url: URL, extra: 1 })).toEqual({ type: 'get-page-change', url: URL });
    expect(parseToBackground({ type: 'get-page-change' })).toBeNull();
    expect(parseToBackground({ type: 'get-page-change', url: 42 })).toBeNull();
    expect(parseToBackground({ type: 'get-page-change', url: `https://a.example/${'x'.repeat(5000)}` })).toBeNull();
  });

  it('reaches the content script parsed: a change, null, or null for anything malformed', async () => {
    const ask = (reply: unknown) => askFromContent(async () => reply, 'get-page-change', { type: 'get-page-change', url: URL });
    expect(await ask(CHANGE)).toEqual(CHANGE);
    expect(await ask(null)).toBeNull();
    expect(await ask({ ...CHANGE, changes: [] })).toBeNull();
    expect(await ask({ ...CHANGE, after: 'today' })).toBeNull();
    expect(await ask({ ...CHANGE, changes: [{ ...CHANGE.changes[0], afterQuote: 7 }] })).toBeNull();
    expect(await askFromContent(async () => Promise.reject(new Error('gone')), 'get-page-change', { type: 'get-page-change', url: URL })).toBeNull();
  });

  it('is answered by the background from the store, after a page result of the saved page', async () => {
    let now = new Date('2026-03-12T12:00:00.000Z');
    const store = createUserDataStore({ area: createMemoryStorageArea(), now: () => now });
    const handle = createUserDataHandler({ store, announceSettings: () => undefined });
    const send = (raw: unknown) => {
      const message = parseToBackground(JSON.parse(JSON.stringify(raw)));
      return message === null ? undefined : handle(message);
    };
    await send({ type: 'shortlist-add', item: { ...addItem(1), facts: programFacts({ tuitionUSD: 62000 }), quotes: [{ fact: 'tuitionUSD', quote: 'Tuition is $62,000.' }] } });
    expect(await send({ type: 'get-page-change', url: URL })).toBeNull();
    now = new Date('2026-03-20T12:00:00.000Z');
    const result: AnalysisResult = {
      url: URL, kind: 'mba-program', confidence: 0.9, signals: [], facts: programFacts({ tuitionUSD: 66500 }), comparison: [],
      evidence: [{ fact: 'tuitionUSD', quote: 'Tuition is now $66,500.' }],
    };
    // index.ts records the visit while it answers page-result; the store is the same.
    await store.recordVisit(result);
    expect(await send({ type: 'get-page-change', url: URL })).toEqual(CHANGE);
  });
});

describe('the page controller', () => {
  const controllers: PageController[] = [];
  afterEach(() => {
    for (const c of controllers.splice(0)) c.stop();
  });

  function mbaPage(): void {
    (window as unknown as { happyDOM: { setURL(url: string): void } }).happyDOM.setURL(`${URL}#tuition`);
    document.title = 'Full-time MBA | Example School of Business';
    const main = document.createElement('main');
    for (const text of [
      'Full-time MBA',
      'Our STEM-designated MBA is a 48-credit program that students complete in 21 months.',
      'International students are eligible for the 24-month STEM OPT extension.',
      'Core courses include machine learning for managers and business ethics.',
    ]) main.append(Object.assign(document.createElement('p'), { textContent: text }));
    document.body.replaceChildren(main);
  }

  function start(changeHistory: boolean) {
    const shadowRoots: ShadowRoot[] = [];
    const attach = HTMLElement.prototype.attachShadow;
    HTMLElement.prototype.attachShadow = function (this: HTMLElement, init: ShadowRootInit) {
      const root = attach.call(this, init);
      shadowRoots.push(root);
      return root;
    };
    const runtime = fakeRuntime((message) => {
      const type = (message as { type: string }).type;
      if (type === 'get-settings') return { ...DEFAULT_SETTINGS, disabledSites: [], cardStartsExpanded: true, changeHistory };
      if (type === 'page-result') return true;
      if (type === 'get-page-change') return CHANGE;
      return undefined;
    });
    const controller = createPageController({ win: window, doc: document, runtime });
    controllers.push(controller);
    const restore = () => {
      HTMLElement.prototype.attachShadow = attach;
    };
    return { runtime, controller, card: () => shadowRoots.at(-1), restore };
  }

  const settle = async () => {
    for (let i = 0; i < 12; i++) await flush();
  };
  const types = (sent: unknown[]) => sent.map((m) => (m as { type: string }).type);

  it('asks after its page result, for the address without the fragment, and shows the change in the card', async () => {
    mbaPage();
    const { runtime, controller, card, restore } = start(true);
    try {
      controller.analyze();
      await settle();
      const sent = types(runtime.sent);
      expect(sent.indexOf('get-page-change')).toBeGreaterThan(sent.indexOf('page-result'));
      expect(runtime.sent).toContainEqual({ type: 'get-page-change', url: URL });
      expect(card()?.querySelector('.changes h3')?.textContent).toBe('Changed since you saved it');
      expect(card()?.querySelector('.change-what')?.textContent).toBe('Tuition: $62,000 → $66,500');

      // The same result again (content that keeps changing, say): the card keeps its change, nothing is asked.
      controller.analyze();
      await settle();
      expect(types(runtime.sent).filter((type) => type === 'get-page-change')).toHaveLength(1);
      expect(card()?.querySelector('.changes')).not.toBeNull();

      // Turned off elsewhere: the section goes at once.
      runtime.deliver({ type: 'settings-changed', settings: { ...DEFAULT_SETTINGS, disabledSites: [], changeHistory: false } });
      await settle();
      expect(card()?.querySelector('.changes')).toBeNull();
    } finally {
      restore();
    }
  });

  it('with the option off, does not ask and shows nothing', async () => {
    mbaPage();
    const { runtime, controller, card, restore } = start(false);
    try {
      controller.analyze();
      await settle();
      expect(card()?.querySelector('.card')).not.toBeNull();
      expect(types(runtime.sent)).not.toContain('get-page-change');
      expect(card()?.querySelector('.changes')).toBeNull();
    } finally {
      restore();
    }
  });
});
