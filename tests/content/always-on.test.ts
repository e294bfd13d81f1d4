// @vitest-environment happy-dom
/**
 * The always-on part (content/gate.js) and page.js taking the page over: on a page the gate rejects only the gate
 * runs and a navigation watch waits (no message sent or listened for, no mark on the world, no DOM write); page.js
 * is loaded where the gate passes, after a navigation that passes it, or when the user asks (the background leaves
 * the request and injects the script again), and one session holds a document however often it is asked.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { runAlwaysOn } from '../../src/content/always-on';
import { claimedInstance, leaveRequest, takeRequest } from '../../src/content/injection-guard';
import { watchNavigation } from '../../src/content/navigation-watcher';
import { openPage } from '../../src/content/open-page';
import * as sessionModule from '../../src/content/page-session';
import type { PageSession, PageStart } from '../../src/content/page-module';
import type { ExtensionRuntime } from '../../src/platform/extension-runtime';
import { fakeRuntime, flush } from './fake-runtime';

afterEach(() => {
  vi.useRealTimers();
  vi.restoreAllMocks();
  delete (globalThis as Record<symbol, unknown>)[Symbol.for('mba-lens.content-script')];
  delete (globalThis as Record<symbol, unknown>)[Symbol.for('mba-lens.request')];
});

/** A window whose Navigation API the test drives. */
function fakeWindow(href = 'https://news.example.org/feed') {
  const listeners = new Set<() => void>();
  const win = {
    location: { href },
    navigation: {
      addEventListener: (_type: string, listener: () => void) => void listeners.add(listener),
      removeEventListener: (_type: string, listener: () => void) => void listeners.delete(listener),
    },
  };
  return { win: win as unknown as Window, navigate: (to: string) => { win.location.href = to; for (const l of listeners) l(); }, listeners };
}

function setUp(gate: (url: string) => boolean, world: object = {}) {
  const { win, navigate, listeners } = fakeWindow();
  const opened: PageStart[] = [];
  const gateCalls: string[] = [];
  runAlwaysOn({
    win,
    doc: document,
    world,
    gate: (_doc, url) => {
      gateCalls.push(url);
      return { pass: gate(url) };
    },
    openPage: (start) => opened.push(start),
    watchWithoutNavigationApi: watchNavigation,
  });
  return { opened, gateCalls, navigate, listeners, world };
}

describe('the always-on script', () => {
  it('on a page the gate rejects: runs the gate once, opens nothing, touches no extension API, marks nothing, writes nothing', async () => {
    const records: MutationRecord[] = [];
    const observer = new MutationObserver((list) => records.push(...list));
    observer.observe(document, { childList: true, subtree: true, attributes: true, characterData: true });
    // Any use of the extension API (a message, a listener) would go through these globals.
    const touched: string[] = [];
    const spy = (name: string) => new Proxy({}, { get: (_t, key) => void touched.push(`${name}.${String(key)}`) });
    vi.stubGlobal('chrome', spy('chrome'));
    vi.stubGlobal('browser', spy('browser'));
    const { opened, gateCalls, world, listeners } = setUp(() => false);
    await flush();
    vi.unstubAllGlobals();
    expect(touched).toEqual([]);
    records.push(...observer.takeRecords());
    observer.disconnect();
    expect(gateCalls).toHaveLength(1);
    expect(opened).toEqual([]);
    expect(Object.getOwnPropertySymbols(world)).toEqual([]);
    expect(records).toEqual([]);
    expect(listeners.size).toBe(1);
  });

  it('on a page the gate passes: opens page.js for the gate, and leaves navigations to it', () => {
    const { opened, listeners } = setUp(() => true);
    expect(opened).toEqual(['gate']);
    expect(listeners.size).toBe(0);
  });

  it('runs the gate again once a single-page-app navigation settles, and opens page.js when the new view passes', () => {
    vi.useFakeTimers();
    const { opened, gateCalls, navigate, listeners } = setUp((url) => url.includes('/jobs/'));
    navigate('https://news.example.org/jobs/genai-product-manager');
    navigate('https://news.example.org/jobs/genai-product-manager?tab=1');
    expect(gateCalls).toHaveLength(1);
    vi.advanceTimersByTime(400);
    expect(gateCalls).toHaveLength(2);
    expect(opened).toEqual(['gate']);
    expect(listeners.size).toBe(0);
  });

  it('takes the request the background left before injecting it (leaveRequest → takeRequest), without the gate', () => {
    leaveRequest({ type: 'toggle-card' });
    const { opened, gateCalls } = setUp(() => false, globalThis);
    expect(opened).toEqual([{ type: 'toggle-card' }]);
    expect(gateCalls).toEqual([]);
    expect(takeRequest(globalThis)).toBeNull();
  });

  it('reads only well-formed requests from the world, and removes what it read', () => {
    const world: Record<symbol, unknown> = {};
    world[Symbol.for('mba-lens.request')] = { type: 'format-disk' };
    expect(takeRequest(world)).toBeNull();
    world[Symbol.for('mba-lens.request')] = { type: 'analyze-now', extra: '<img>' };
    expect(takeRequest(world)).toEqual({ type: 'analyze-now' });
    expect(Object.getOwnPropertySymbols(world)).toEqual([]);
  });

  it('a gate that throws is reported, not thrown, opens nothing, and still watches for the next view', () => {
    vi.useFakeTimers();
    const debug = vi.spyOn(console, 'debug').mockImplementation(() => undefined);
    const { opened, navigate, listeners } = setUp((url) => {
      if (!url.includes('/jobs/')) throw new Error('hostile getter');
      return true;
    });
    expect(opened).toEqual([]);
    expect(debug).toHaveBeenCalled();
    expect(listeners.size).toBe(1);
    navigate('https://news.example.org/jobs/head-of-data');
    vi.advanceTimersByTime(400);
    expect(opened).toEqual(['gate']);
  });

  it('does nothing in an SVG or XML document', () => {
    const opened: PageStart[] = [];
    const svg = document.implementation.createDocument('http://www.w3.org/2000/svg', 'svg', null);
    runAlwaysOn({ win: fakeWindow().win, doc: svg, world: {}, gate: () => ({ pass: true }), openPage: (s) => opened.push(s), watchWithoutNavigationApi: null });
    expect(opened).toEqual([]);
  });

  it('without the Navigation API: uses the fallback watch where the build has one, and none where it has not', () => {
    const win = { location: { href: 'https://news.example.org/feed' } } as unknown as Window;
    const watched: string[] = [];
    const start = (watch: ((w: Window, d: Document, onChange: () => void, signal: AbortSignal) => void) | null) =>
      runAlwaysOn({ win, doc: document, world: {}, gate: () => ({ pass: false }), openPage: () => undefined, watchWithoutNavigationApi: watch });
    start((w) => watched.push(w.location.href));
    expect(watched).toEqual(['https://news.example.org/feed']);
    expect(() => start(null)).not.toThrow();
  });
});

describe('page.js taking the page over', () => {
  function fakeSessions() {
    const sessions: Array<{ start: PageStart; session: { [K in keyof PageSession]: ReturnType<typeof vi.fn> } }> = [];
    vi.spyOn(sessionModule, 'startPageSession').mockImplementation((deps) => {
      const session = { request: vi.fn(), stop: vi.fn() };
      sessions.push({ start: deps.start, session });
      return session;
    });
    return sessions;
  }

  it('starts one session per document; a later request goes to it, a later gate pass does nothing', () => {
    const sessions = fakeSessions();
    const world = {};
    const runtime = fakeRuntime();
    openPage({ win: window, doc: document, world, runtime, start: 'gate' });
    openPage({ win: window, doc: document, world, runtime, start: { type: 'analyze-now' } });
    openPage({ win: window, doc: document, world, runtime, start: 'gate' });
    expect(sessions.map((s) => s.start)).toEqual(['gate']);
    expect(sessions[0]?.session.request).toHaveBeenCalledWith({ type: 'analyze-now' });
    expect(sessions[0]?.session.request).toHaveBeenCalledTimes(1);
  });

  it('takes over from a session whose extension was updated (its runtime lost its id), stopping it', () => {
    const sessions = fakeSessions();
    const world = {};
    let id = 'mbalenstestextensionid';
    const old = fakeRuntime();
    Object.defineProperty(old, 'id', { get: () => id });
    openPage({ win: window, doc: document, world, runtime: old, start: 'gate' });
    id = '';
    openPage({ win: window, doc: document, world, runtime: fakeRuntime(), start: { type: 'toggle-card' } });
    expect(sessions.map((s) => s.start)).toEqual(['gate', { type: 'toggle-card' }]);
    expect(sessions[0]?.session.stop).toHaveBeenCalledTimes(1);
    expect(claimedInstance(world)?.alive()).toBe(true);
  });

  it('does nothing outside a live extension', () => {
    const sessions = fakeSessions();
    openPage({ win: window, doc: document, world: {}, start: 'gate', runtime: undefined as unknown as ExtensionRuntime });
    expect(sessions).toEqual([]);
    void flush();
  });
});
