// @ts-check
/**
 * One benchmark browser: Debian's Chromium with the three extensions loaded, every page served by request
 * interception at its https address (no network), a DOM-mutation recorder in each page's main world, and a CDP
 * trace recorded from a control tab while measured pages open and close in tabs of their own.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { keepEvent } from './attribute.mjs';

/**
 * Categories that carry the events bench/attribute.mjs reads: devtools.timeline (EvaluateScript, FunctionCall,
 * Layout, UpdateLayoutTree, CommitLoad), v8 (v8.run/v8.compile/v8.evaluateModule with the world names),
 * disabled-by-default-devtools.timeline (RunTask: DevTools' task, microtask checkpoint included), v8.execute
 * (RunMicrotasks), mojom (the interface of each IPC message) and extensions
 * (ScriptInjection::InjectJs and messaging with the extension id).
 */
export const TRACE_CATEGORIES = ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'v8', 'v8.execute', 'mojom', 'extensions'];

/**
 * Page scripts are blocked (the end-to-end silence test does the same): the page is then static after parsing, so
 * every DOM mutation after DOMContentLoaded is an extension's, and no page script shares the main thread with the
 * extensions. Content scripts are exempt from a page's CSP.
 */
const PAGE_HEADERS = { 'Content-Security-Policy': "script-src 'none'" };

/** Without a marker extension: document_idle scripts run right after the load event (a posted task). */
const IDLE_SCRIPTS_MS = 100;
/** With one: how long to wait for its message before giving up on the page (a very busy machine). */
const IDLE_TIMEOUT_MS = 10_000;
/** What the marker extension's content script logs; it runs last, so every other content script has run by then. */
export const IDLE_MARKER = 'mba-lens-bench:idle';
/** Where page.js loads: the main thread must have been idle this long before the page counts as done. */
const QUIET_MS = 300;
const QUIET_TIMEOUT_MS = 15_000;
const CARD_TIMEOUT_MS = 5_000;

/**
 * Visited before measuring (and, while profiling, at the start of each trace): the browser's and the extensions'
 * one-time start-up costs land on it, not on the first measured page.
 * @type {BenchPage}
 */
export const WARM_UP_PAGE = {
  name: 'warm-up',
  url: 'https://warm-up.bench.example/',
  group: 'unrelated',
  label: 'other',
  html: Buffer.from('<!doctype html><html lang="en"><head><title>Warm-up</title></head><body><h1>Warm-up</h1><p>Nothing to see.</p></body></html>'),
};

const RECORDER_KEY = 'mba-lens.bench.mutations';
/** Main world, before any script: counts mutations after DOMContentLoaded (the parser's come before it). */
const MUTATION_RECORDER = `(() => {
  const state = { afterParse: 0, samples: [] };
  let parsed = false;
  const name = (n) => (n && n.nodeType === 1 ? n.tagName : n ? n.nodeName : '');
  const observer = new MutationObserver((records) => {
    if (!parsed) return;
    for (const r of records) {
      state.afterParse++;
      if (state.samples.length < 3) state.samples.push(r.type + ' ' + name(r.target) + ' +' + Array.from(r.addedNodes, name).join(',') + (r.attributeName ? ' @' + r.attributeName : ''));
    }
  });
  Object.defineProperty(window, Symbol.for('${RECORDER_KEY}'), { value: state });
  observer.observe(document, { childList: true, subtree: true, attributes: true, characterData: true });
  document.addEventListener('DOMContentLoaded', () => { observer.takeRecords(); parsed = true; }, { capture: true, once: true });
})();`;

/**
 * Resolves once the main thread has had no task longer than an idle period for `quietMs` in a row (idle callbacks
 * keep coming, at most ~50 ms apart). Runs in the page's main world; it is not attributed to any extension.
 * @param {[number, number]} limits quiet time and time-out, ms
 * @returns {Promise<boolean>} false on time-out
 */
const waitForQuiet = ([quietMs, timeoutMs]) =>
  new Promise((resolve) => {
    const start = performance.now();
    let streak = start;
    let last = start;
    /** @param {IdleDeadline} deadline */
    const tick = (deadline) => {
      const now = performance.now();
      // A gap longer than an idle period means a task ran in between.
      if (now - last > 60 || deadline.timeRemaining() < 5) streak = now;
      last = now;
      if (now - streak >= quietMs || now - start >= timeoutMs) resolve(now - start < timeoutMs);
      else requestIdleCallback(tick);
    };
    requestIdleCallback(tick);
  });

/**
 * @typedef {import('./pages.mjs').BenchPage} BenchPage
 * @typedef {{ mutationsAfterParse: number, mutationSamples: string[], cardShown: boolean, closerLookRequested: boolean, pageJsRequested: boolean, idle: boolean, settled: boolean }} VisitResult
 * @typedef {import('./attribute.mjs').TraceEvent} TraceEvent
 */

/**
 * @param {{ executablePath: string, flags: string[], extensionDirs: string[], pages: BenchPage[], idleMarker?: boolean }} options
 *   idleMarker: one of the extensions logs IDLE_MARKER from the last document_idle content script (see measure.mjs)
 */
export async function openSession({ executablePath, flags, extensionDirs, pages, idleMarker = false }) {
  const list = extensionDirs.join(',');
  const context = await chromium.launchPersistentContext('', {
    executablePath,
    headless: true,
    args: [`--disable-extensions-except=${list}`, `--load-extension=${list}`, ...flags],
    viewport: { width: 1280, height: 900 },
  });
  const byUrl = new Map([...pages, WARM_UP_PAGE].map((p) => [p.url, p]));
  await context.route('**/*', async (route) => {
    const url = route.request().url();
    if (!/^https?:/i.test(url)) return route.fallback();
    const page = byUrl.get(url.replace(/#.*$/, ''));
    if (page === undefined) return route.fulfill({ status: 404, contentType: 'text/plain', body: '' });
    return route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', headers: PAGE_HEADERS, body: page.html });
  });
  await context.addInitScript({ content: MUTATION_RECORDER });
  // MBA Lens's service worker: wait for it, so the first measured page does not race the extension's start-up.
  const hasWorker = extensionDirs.some((dir) => existsSync(join(dir, 'background.js')));
  if (hasWorker && context.serviceWorkers().length === 0) await context.waitForEvent('serviceworker', { timeout: 30_000 });

  const control = context.pages()[0] ?? (await context.newPage());
  const cdp = await context.newCDPSession(control);

  /**
   * Starts a trace; the returned function ends it and gives the events `keep` accepts.
   * @param {{ categories?: string[], keep?: (e: TraceEvent) => boolean }} [options]
   * @returns {Promise<() => Promise<TraceEvent[]>>}
   */
  const startTrace = async ({ categories = TRACE_CATEGORIES, keep = keepEvent } = {}) => {
    /** @type {TraceEvent[]} */
    const events = [];
    /** @param {{ value: object[] }} chunk CDP types the events loosely; they are trace events */
    const onData = (chunk) => {
      for (const e of /** @type {TraceEvent[]} */ (chunk.value)) if (keep(e)) events.push(e);
    };
    cdp.on('Tracing.dataCollected', onData);
    await cdp.send('Tracing.start', {
      traceConfig: { includedCategories: categories, recordMode: 'recordAsMuchAsPossible' },
      transferMode: 'ReportEvents',
    });
    return async () => {
      const complete = new Promise((resolve) => cdp.once('Tracing.tracingComplete', resolve));
      await cdp.send('Tracing.end');
      await complete;
      cdp.off('Tracing.dataCollected', onData);
      return events;
    };
  };

  // Measured pages open one after another in one tab (a navigation to another site gets a new renderer process,
  // as in real browsing).
  const tab = await context.newPage();
  // The modules the gate imports: content/closer-look.js (the rest of the gate) and content/page.js (a page that passed).
  let closerLookRequested = false;
  let pageJsRequested = false;
  tab.on('request', (request) => {
    const module = /^chrome-extension:\/\/[^/]+\/content\/(page|closer-look)\.js$/.exec(request.url())?.[1];
    if (module === 'page') pageJsRequested = true;
    if (module === 'closer-look') closerLookRequested = true;
  });

  /** @returns {Promise<VisitResult>} */
  const visit = async (/** @type {BenchPage} */ page) => {
    closerLookRequested = false;
    pageJsRequested = false;
    // Listen from before the navigation (on a slow page the scripts may run before the load event), time out
    // only after it.
    let seen = false;
    /** @type {() => void} */
    let wake = () => {};
    /** @param {import('playwright-core').ConsoleMessage} message */
    const onConsole = (message) => {
      if (message.text() !== IDLE_MARKER) return;
      seen = true;
      wake();
    };
    if (idleMarker) tab.on('console', onConsole);
    await tab.goto(page.url, { waitUntil: 'load', timeout: 120_000 });
    let ranIdleScripts = true;
    if (!idleMarker) {
      await tab.waitForTimeout(IDLE_SCRIPTS_MS);
    } else {
      if (!seen) {
        await new Promise((resolve) => {
          const timer = setTimeout(resolve, IDLE_TIMEOUT_MS);
          wake = () => {
            clearTimeout(timer);
            resolve(undefined);
          };
        });
      }
      ranIdleScripts = seen;
      tab.off('console', onConsole);
    }
    // The request for a module is made while the gate runs; give its event a moment to arrive.
    await tab.waitForTimeout(20);
    // Where the gate imported a module, its work comes in later tasks: wait for them (and their trace events).
    const moduleRequested = closerLookRequested || pageJsRequested;
    // A labelled MBA or career page should get its card: let the analysis (and, after a long run of unrelated
    // pages, the service worker's wake-up) finish before looking for quiet.
    // On a detected page page.js is requested only after the rest of the gate has run, so any module will do here.
    if (moduleRequested && page.group === 'detected') await tab.waitForSelector('mba-lens', { state: 'attached', timeout: CARD_TIMEOUT_MS }).catch(() => null);
    const settled = moduleRequested ? await tab.evaluate(waitForQuiet, /** @type {[number, number]} */ ([QUIET_MS, QUIET_TIMEOUT_MS])) : true;
    const recorded = await tab.evaluate((key) => {
      const state = /** @type {any} */ (window)[Symbol.for(key)];
      return {
        afterParse: state === undefined ? -1 : Number(state.afterParse),
        samples: state === undefined ? [] : /** @type {string[]} */ (state.samples),
        card: document.querySelector('mba-lens') !== null,
      };
    }, RECORDER_KEY);
    return { mutationsAfterParse: recorded.afterParse, mutationSamples: recorded.samples, cardShown: recorded.card, closerLookRequested, pageJsRequested, idle: ranIdleScripts, settled };
  };

  return { context, startTrace, visit, warmUp: () => visit(WARM_UP_PAGE), close: () => context.close() };
}
