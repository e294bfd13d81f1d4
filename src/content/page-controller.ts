/**
 * content/page.js: the one controller of a document, from the moment the gate passes it (or the user asks) until
 * the document goes or a newer copy of the extension takes over. It holds the settings, the addresses whose card the
 * user closed (until reload), what was last reported to the background and the current visit (page-visit.tsx, which
 * only draws). Every listener, observer and timer it starts hangs on one AbortSignal, the document's `lifetime`; a
 * visit's own signal ends with it. No module-level state (STYLE.md).
 */
import { analyzeDocumentInSlices, forcedCardResult, quotesOf, type PageAnalysis } from '../core/analyze';
import { gateDocument } from '../core/gate';
import type { AnalysisResult } from '../core/types';
import { askFromContent } from '../messages/client';
import { parseToContent, type ContentToBackground, type ShowCardRequest, type ToBackgroundMessage } from '../messages/protocol';
import { extensionRuntime, runtimeAlive, type ExtensionRuntime, type RuntimeMessageListener } from '../platform/extension-runtime';
import { defaultSettings, isPageOff, type Settings } from '../schemas/settings-schema';
import { createCardAnnouncer } from './card-announcer';
import { debounce } from './debounce';
import { claimedInstance, claimInjection } from './injection-guard';
import { NAVIGATION_SETTLE_MS, pageKey, watchNavigation } from './navigation-watcher';
import { startPageVisit, type PageVisit } from './page-visit';
import { guard, reportError, runAsync } from './report-error';

type PageResultMessage = ContentToBackground['page-result']['request'];

/** Content swapped in: wait for the burst to end, but re-check a page that never stops changing at most this often. */
const CONTENT_SETTLE_MS = 600;
const CONTENT_MAX_WAIT_MS = 4_000;

/** Why page.js was loaded: the gate passed, or the user asked. */
export type PageStart = 'gate' | ShowCardRequest;

export interface OpenPageDeps {
  win: Window;
  doc: Document;
  /** The content-script world's global, where the claim on the page lives. */
  world: object;
  start: PageStart;
  /** The extension runtime; looked up in the world when not given (tests give one). */
  runtime?: ExtensionRuntime;
}

/** page.js as the loader sees it (module-loaders.ts imports it by URL, so only its type is shared). */
export interface PageModule {
  openPage(deps: OpenPageDeps): void;
}

export interface PageControllerDeps {
  win: Window;
  doc: Document;
  runtime: ExtensionRuntime;
}

export interface PageController {
  /** The gate passed (at idle, or after a navigation): analyse, and show the card if the page is detected. */
  analyze(): void;
  /** The address changed: re-run on the new page, or tear down if it is not relevant. */
  navigated(): void;
  /** The user asked (context menu, popup): analyse even below the threshold and show the card expanded. */
  showOnRequest(): void;
  /** Keyboard command: hide the card if it is shown, else as `showOnRequest`. */
  toggleOnRequest(): void;
  settingsChanged(settings: Settings): void;
  /** Takes everything down: every listener, observer, timer and the card. */
  stop(): void;
}

type RunReason = 'gate' | 'navigation' | 'content' | 'request';

/** Takes the document over: one controller per document, even when the background injected a second loader. */
export function openPage(deps: OpenPageDeps): void {
  const { win, doc, world, start } = deps;
  const runtime = deps.runtime ?? extensionRuntime();
  if (runtime === undefined) return;
  let controller: PageController | null = null;
  const request = (asked: ShowCardRequest) => (asked.type === 'analyze-now' ? controller?.showOnRequest() : controller?.toggleOnRequest());
  const claimed = claimInjection(world, { alive: () => runtimeAlive(runtime), stop: () => controller?.stop(), request: guard(request) });
  if (!claimed) {
    // A live controller already holds the page: a request goes to it, a gate pass needs nothing more.
    if (start !== 'gate') claimedInstance(world)?.request(start);
    return;
  }
  controller = createPageController({ win, doc, runtime });
  if (start === 'gate') controller.analyze();
  else request(start);
}

export function createPageController(deps: PageControllerDeps): PageController {
  const { win, doc, runtime } = deps;
  const lifetime = new AbortController();
  const signal = lifetime.signal;
  const send = (message: ToBackgroundMessage) => runtime.sendMessage(message);
  /** The settings, read once from the background and then kept current by its `settings-changed` messages. */
  let settings: Settings | null = null;
  const closedPages = new Set<string>();
  let visit: PageVisit | null = null;
  /** The last result sent, so a page that stops being relevant clears its entry and badge exactly once. */
  let reported: PageResultMessage | null = null;
  /** Newer runs supersede older ones still waiting for settings or for the analysis. */
  let generation = 0;
  /** One for the document: a single-page app showing the same card again after a navigation is not announced twice. */
  const announcer = createCardAnnouncer();

  const sendResult = (message: PageResultMessage) => askFromContent(send, 'page-result', message);

  /**
   * Sends only what changed: a page whose content keeps changing must not keep waking the background. Returns the
   * background's acknowledgement when it sent, else null. `forcedCard`: the card the user asked for below the
   * threshold (analyze.ts `forcedCardResult`), for a saved page's history.
   */
  const report = (result: AnalysisResult | null, forcedCard: AnalysisResult | null = null): Promise<unknown> | null => {
    const message: PageResultMessage | null = result === null ? null : { type: 'page-result', result, ...(forcedCard === null ? {} : { forcedCard }) };
    if (message === null ? reported === null : reported !== null && JSON.stringify(message) === JSON.stringify(reported)) return null;
    reported = message;
    return sendResult(message ?? { type: 'page-result', result: null });
  };

  const loadSettings = async (): Promise<Settings> => {
    // No answer (background asleep, extension reloading): the defaults, until the background says otherwise.
    settings ??= (await askFromContent(send, 'get-settings', { type: 'get-settings' })) ?? defaultSettings();
    return settings;
  };

  const changeSettings = (patch: Partial<Settings>) => {
    if (settings !== null) settings = { ...settings, ...patch };
  };

  const endVisit = () => {
    visit?.end();
    visit = null;
  };

  const currentUrl = () => win.location.href;

  const showVisit = (url: string, analysis: PageAnalysis, forced: boolean, current: Settings) => {
    if (visit !== null && !visit.ended && visit.url === pageKey(url)) {
      visit.update(analysis);
      if (forced) visit.expand();
      return;
    }
    endVisit();
    let contentRerun: (() => void) | null = null;
    const next = startPageVisit(
      { win, doc, lifetime: signal },
      pageKey(url),
      analysis,
      { expanded: forced || current.cardStartsExpanded, annotations: current.annotations, forced, announcer },
      {
        close: () => {
          closedPages.add(pageKey(url));
          endVisit();
        },
        disableSite: () => {
          const hostname = new URL(url).hostname;
          // The background adds it to the list (one writer, no lost update) and tells every tab.
          void askFromContent(send, 'set-site-enabled', { type: 'set-site-enabled', hostname, enabled: false });
          changeSettings({ disabledSites: [...(settings ?? current).disabledSites, hostname] });
          endVisit();
          report(null);
        },
        save: async () => {
          // The quotes go with the facts, so that a later change can show the page's words before and after.
          const quotes = quotesOf(analysis.shown.evidence);
          const item = { url: pageKey(url), title: doc.title.slice(0, 300), kind: analysis.shown.kind, facts: analysis.shown.facts, quotes, savedAt: Date.now() };
          const reply = await askFromContent(send, 'shortlist-add', { type: 'shortlist-add', item });
          return reply?.ok === true;
        },
        annotationsChanged: (on) => {
          changeSettings({ annotations: on });
          void askFromContent(send, 'update-settings', { type: 'update-settings', patch: { annotations: on } });
        },
        contentChanged: () => contentRerun?.(),
      },
    );
    visit = next;
    // Content swapped in under the card: analyse again once the burst ends, for as long as this visit lasts.
    contentRerun = debounce(guard(() => run('content')), CONTENT_SETTLE_MS, { maxWaitMs: CONTENT_MAX_WAIT_MS, signal: next.signal });
  };

  const nextTask = (): Promise<void> => new Promise((resolve) => win.setTimeout(resolve, 0));

  /**
   * Asks what changed on this page since it was saved or last seen (null unless it is a saved page with a change)
   * and puts it in the card. After the page's result has reached the background, which records the visit first.
   */
  const showChange = (key: string, sent: Promise<unknown> | null, superseded: () => boolean) =>
    runAsync(async () => {
      await sent;
      const change = await askFromContent(send, 'get-page-change', { type: 'get-page-change', url: key });
      if (superseded() || visit === null || visit.ended || visit.url !== key) return;
      visit.setChange(change);
    });

  const run = (reason: RunReason) => {
    if (signal.aborted) return;
    const mine = ++generation;
    const superseded = () => mine !== generation || signal.aborted;
    runAsync(async () => {
      const current = await loadSettings();
      if (superseded()) return;
      const url = currentUrl();
      const forced = reason === 'request' || (reason === 'content' && visit?.forced === true && visit.url === pageKey(url));
      // The gate has just passed when the loader asks for 'gate'; a second pass would only repeat it.
      if (!forced && (isPageOff(current, url) || (reason !== 'gate' && !gateDocument(doc, url).pass))) {
        endVisit();
        report(null);
        return;
      }
      // In slices, each its own macrotask, so a huge page never holds the main thread in one long task. Unless the
      // user asked, the gate has passed just above (or in the loader): the analysis need not run it again.
      const analysis = await analyzeDocumentInSlices(doc, { url, ...(forced ? { force: true } : { gatePassed: true }), yieldToMain: nextTask });
      if (superseded()) return;
      const detected = analysis.result.kind !== 'none';
      const sent = report(detected || forced ? analysis.result : null, forced ? forcedCardResult(analysis) : null);
      const wanted = forced || (detected && current.autoCard && !closedPages.has(pageKey(url)));
      if (!wanted || analysis.shown.kind === 'none') {
        endVisit();
        return;
      }
      if (reason === 'request') closedPages.delete(pageKey(url));
      // The first render gets a task of its own too.
      await nextTask();
      if (superseded()) return;
      const shown = visit;
      showVisit(url, analysis, forced, current);
      // Asked once per card and again only with a new result: a page whose content keeps changing must not keep
      // the background reading storage.
      if ((settings ?? current).changeHistory && (sent !== null || visit !== shown)) showChange(pageKey(url), sent, superseded);
    });
  };

  const toggleOnRequest = () => {
    if (visit !== null && !visit.ended) {
      closedPages.add(visit.url);
      endVisit();
      return;
    }
    run('request');
  };

  const settingsChanged = (next: Settings) => {
    const previous = settings;
    settings = next;
    if (isPageOff(next, currentUrl())) {
      if (visit !== null && !visit.forced) {
        endVisit();
        report(null);
      }
      return;
    }
    if (visit !== null && previous?.annotations !== next.annotations) visit.setAnnotations(next.annotations);
    // Turned off: nothing of the history is shown any more (it is shown again from the next visit on).
    if (visit !== null && !next.changeHistory) visit.setChange(null);
  };

  const onMessage: RuntimeMessageListener = (raw, sender, sendResponse) => {
    try {
      // Content scripts hear only their own extension's tabs.sendMessage, but a check costs nothing.
      if (sender.id !== runtime.id) return undefined;
      const message = parseToContent(raw);
      if (message?.type === 'settings-changed') settingsChanged(message.settings);
      else if (message?.type === 'analyze-now' || message?.type === 'toggle-card') {
        // The background learns at once that page.js heard it (show-card-in-tab.ts); the work follows.
        sendResponse(true);
        if (message.type === 'analyze-now') run('request');
        else toggleOnRequest();
      }
    } catch (error) {
      reportError(error);
    }
    return undefined;
  };
  runtime.onMessage.addListener(onMessage);
  signal.addEventListener('abort', () => runtime.onMessage.removeListener(onMessage), { once: true });

  watchNavigation(win, doc, debounce(guard(() => run('navigation')), NAVIGATION_SETTLE_MS, { signal }), signal);

  // A page left for another clears its entry and badge; one restored from the back-forward cache reports again.
  win.addEventListener('pagehide', guard(() => {
    if (reported !== null) void sendResult({ type: 'page-result', result: null });
  }), { signal });
  win.addEventListener('pageshow', guard((event: PageTransitionEvent) => {
    if (event.persisted && reported !== null) void sendResult(reported);
  }), { signal });

  return {
    analyze: () => run('gate'),
    navigated: () => run('navigation'),
    showOnRequest: () => run('request'),
    toggleOnRequest,
    settingsChanged,
    stop: () => {
      if (signal.aborted) return;
      lifetime.abort();
      generation++;
      endVisit();
    },
  };
}
