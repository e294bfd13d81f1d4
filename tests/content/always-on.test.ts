// @vitest-environment happy-dom
/**
 * The always-on part (content/gate.js) and page.js taking the page over: on a page the gate's prefilter rejects only
 * the prefilter runs and a navigation watch waits (no message sent or listened for, no mark on the world, no DOM
 * write, no module loaded); the rest of the gate is loaded where the prefilter lets the page on; page.js is loaded
 * where the gate passes,
 * after a navigation that passes it, or when the user asks (the background leaves the request and injects
 * content/request.js).
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { claimedInstance, leaveRequest, takeRequest } from '../../src/content/injection-guard';
import { mayNameNearbyTopic } from '../../src/core/gate';
import { loadPageModule, lookCloser } from '../../src/content/module-loaders';
import { fakeRuntime, flush } from './fake-runtime';

vi.mock('../../src/core/gate', () => ({ mayNameNearbyTopic: vi.fn() }));
vi.mock('../../src/content/module-loaders', () => ({ loadPageModule: vi.fn(), lookCloser: vi.fn() }));

afterEach(() => {
  vi.useRealTimers();
  vi.restoreAllMocks();
  vi.unstubAllGlobals();
  history.replaceState(null, '', '/feed');
  delete (globalThis as Record<symbol, unknown>)[Symbol.for('mba-lens.content-script')];
  delete (globalThis as Record<symbol, unknown>)[Symbol.for('mba-lens.request')];
});

/** A Navigation API the test drives: `navigate` changes the address and fires `currententrychange`. */
function fakeNavigation() {
  const listeners = new Set<() => void>();
  const navigation = {
    addEventListener: (_type: string, listener: () => void) => void listeners.add(listener),
    removeEventListener: (_type: string, listener: () => void) => void listeners.delete(listener),
  };
  const navigate = (path: string) => {
    history.replaceState(null, '', path);
    for (const l of [...listeners]) l();
  };
  return { navigation, navigate, listeners };
}

/**
 * Runs content/gate.js (src/content/gate-entry.ts) afresh on this document, with a prefilter that answers
 * `judge(url)` and the rest of the gate answering `closer(url)`; page.js and the rest of the gate are mocked, not loaded.
 */
async function runGate(judge: (url: string) => boolean, closer: (url: string) => Promise<boolean> = async () => false, withNavigation = true) {
  const { navigation, navigate, listeners } = fakeNavigation();
  vi.stubGlobal('navigation', withNavigation ? navigation : undefined);
  const judged: string[] = [];
  const lookedCloser: string[] = [];
  vi.mocked(mayNameNearbyTopic).mockReset().mockImplementation((url) => {
    judged.push(url);
    return judge(url);
  });
  vi.mocked(lookCloser).mockReset().mockImplementation(() => {
    lookedCloser.push(location.href);
    return closer(location.href);
  });
  const opened = vi.mocked(loadPageModule).mockReset();
  vi.resetModules();
  await import('../../src/content/gate-entry');
  return { opened: () => opened.mock.calls.map(([start]) => start), judged, lookedCloser, navigate, listeners };
}

describe('the always-on script', () => {
  it('on a page the prefilter stops: judges once, loads nothing, touches no extension API, marks nothing, writes nothing', async () => {
    document.title = 'Banana bread';
    const records: MutationRecord[] = [];
    const observer = new MutationObserver((list) => records.push(...list));
    observer.observe(document, { childList: true, subtree: true, attributes: true, characterData: true });
    // Any use of the extension API (a message, a listener, a module URL) would go through these globals.
    const touched: string[] = [];
    const spy = (name: string) => new Proxy({}, { get: (_t, key) => void touched.push(`${name}.${String(key)}`) });
    vi.stubGlobal('chrome', spy('chrome'));
    vi.stubGlobal('browser', spy('browser'));
    const { opened, judged, lookedCloser, listeners } = await runGate(() => false);
    await flush();
    expect(touched).toEqual([]);
    records.push(...observer.takeRecords());
    observer.disconnect();
    expect(judged).toEqual([location.href]);
    expect(lookedCloser).toEqual([]);
    expect(opened()).toEqual([]);
    expect(Object.getOwnPropertySymbols(globalThis).filter((s) => String(s).includes('mba-lens'))).toEqual([]);
    expect(records).toEqual([]);
    expect(listeners.size).toBe(1);
  });

  it('where the prefilter lets the page on: loads the rest of the gate, and opens page.js only if it passes', async () => {
    document.title = 'Graduate school news';
    const rejected = await runGate(() => true, async () => false);
    await flush();
    expect(rejected.lookedCloser).toHaveLength(1);
    expect(rejected.opened()).toEqual([]);
    expect(rejected.listeners.size).toBe(1);
    const passed = await runGate(() => true, async () => true);
    await flush();
    expect(passed.opened()).toEqual(['gate']);
    expect(passed.listeners.size).toBe(0);
  });

  it('gives a page without a title the closer look even where the address alone says stop', async () => {
    document.title = '';
    const { lookedCloser } = await runGate(() => false);
    await flush();
    expect(lookedCloser).toHaveLength(1);
  });

  it('runs the gate again once a single-page-app navigation settles, and opens page.js when the new view passes', async () => {
    document.title = 'Feed';
    const { opened, judged, navigate, listeners } = await runGate((url) => url.includes('/jobs/'), async () => true);
    vi.useFakeTimers();
    navigate('/jobs/genai-product-manager');
    navigate('/jobs/genai-product-manager?tab=1');
    expect(judged).toHaveLength(1);
    vi.advanceTimersByTime(400);
    expect(judged).toHaveLength(2);
    vi.useRealTimers();
    await flush();
    expect(opened()).toEqual(['gate']);
    expect(listeners.size).toBe(0);
  });

  it('opens page.js once, however many closer looks pass', async () => {
    document.title = 'Careers';
    let release: (pass: boolean) => void = () => undefined;
    const pending = new Promise<boolean>((resolve) => (release = resolve));
    const { opened, navigate } = await runGate(() => true, () => pending);
    vi.useFakeTimers();
    navigate('/careers/2');
    vi.advanceTimersByTime(400);
    vi.useRealTimers();
    release(true);
    await flush();
    expect(opened()).toEqual(['gate']);
  });

  it('reads only well-formed requests from the world, and removes what it read (leaveRequest → takeRequest)', () => {
    leaveRequest({ type: 'toggle-card' });
    expect(takeRequest(globalThis)).toEqual({ type: 'toggle-card' });
    expect(takeRequest(globalThis)).toBeNull();
    const world: Record<symbol, unknown> = {};
    world[Symbol.for('mba-lens.request')] = { type: 'format-disk' };
    expect(takeRequest(world)).toBeNull();
    world[Symbol.for('mba-lens.request')] = { type: 'analyze-now', extra: '<img>' };
    expect(takeRequest(world)).toEqual({ type: 'analyze-now' });
    expect(Object.getOwnPropertySymbols(world)).toEqual([]);
  });

  it('a gate that throws, or a second step that fails to load, is reported, not thrown, and the watch stays', async () => {
    document.title = 'Feed';
    const debug = vi.spyOn(console, 'debug').mockImplementation(() => undefined);
    const { opened, navigate, listeners } = await runGate(
      (url) => {
        if (!url.includes('/careers/') && !url.includes('/jobs/')) throw new Error('hostile getter');
        return true;
      },
      async (url) => (url.includes('/jobs/') ? true : Promise.reject(new Error('module failed to load'))),
    );
    expect(opened()).toEqual([]);
    expect(debug).toHaveBeenCalledTimes(1);
    expect(listeners.size).toBe(1);
    vi.useFakeTimers();
    navigate('/careers/open');
    vi.advanceTimersByTime(400);
    vi.useRealTimers();
    await flush();
    expect(debug).toHaveBeenCalledTimes(2);
    expect(listeners.size).toBe(1);
    vi.useFakeTimers();
    navigate('/jobs/head-of-data');
    vi.advanceTimersByTime(400);
    vi.useRealTimers();
    await flush();
    expect(opened()).toEqual(['gate']);
  });

  it('does nothing in an SVG or XML document', async () => {
    vi.spyOn(document, 'contentType', 'get').mockReturnValue('image/svg+xml');
    const { judged, opened } = await runGate(() => true, async () => true);
    expect(judged).toEqual([]);
    expect(opened()).toEqual([]);
  });

  it('without the Navigation API, the Chrome build judges the page once and adds no other watch', async () => {
    document.title = 'Feed';
    const added = vi.spyOn(window, 'addEventListener');
    const { judged } = await runGate(() => false, async () => false, false);
    expect(judged).toHaveLength(1);
    expect(added).not.toHaveBeenCalled();
  });
});
