/**
 * The page module's per-document state: settings, the addresses whose card the user closed (until reload), what
 * was last reported to the background, and the current visit. Created once by the gate after page.js loads; no
 * module-level state (STYLE.md).
 */
import { analyzeDocumentInSlices, type PageAnalysis } from '../core/analyze';
import { gateDocument } from '../core/gate';
import type { AnalysisResult } from '../core/types';
import { sendRuntimeMessage } from '../platform/extension-runtime';
import type { Message } from '../messages/protocol';
import type { Settings } from '../storage/settings-schema';
import { createCardAnnouncer } from './card-announcer';
import { debounce, type Debounced } from './debounce';
import { pageKey } from './navigation-watcher';
import type { PageController, PageControllerDeps } from './page-module';
import { startPageVisit, type PageVisit } from './page-visit';
import { guard, runAsync } from './report-error';
import { isPageDisabled, settingsFrom } from './settings-view';

/** Content swapped in: wait for the burst to end, but re-check a page that never stops changing at most this often. */
const CONTENT_SETTLE_MS = 600;
const CONTENT_MAX_WAIT_MS = 4_000;

type RunReason = 'gate' | 'navigation' | 'content' | 'request';

export function createPageController(deps: PageControllerDeps): PageController {
  const { win, doc, runtime } = deps;
  /** The whole document's lifetime (ended by `stop`); each visit has its own, shorter one. */
  const lifetime = new AbortController();
  let settings: Settings | null = null;
  const closedPages = new Set<string>();
  let visit: PageVisit | null = null;
  let contentRerun: { debounced: Debounced; abort: AbortController } | null = null;
  /** The last result sent, so a page that stops being relevant clears its entry and badge exactly once. */
  let reported: AnalysisResult | null = null;
  /** Newer runs supersede older ones still waiting for settings. */
  let generation = 0;
  /** One for the document: a single-page app showing the same card again after a navigation is not announced twice. */
  const announcer = createCardAnnouncer();

  const send = (message: Message) => sendRuntimeMessage(runtime, message);

  /** Sends only what changed: a page whose content keeps changing must not keep waking the background. */
  const report = (result: AnalysisResult | null) => {
    if (result === null ? reported === null : reported !== null && JSON.stringify(result) === JSON.stringify(reported)) return;
    reported = result;
    void send({ type: 'page-result', result });
  };

  const loadSettings = async (): Promise<Settings> => {
    settings ??= settingsFrom(await send({ type: 'get-settings' }));
    return settings;
  };

  const endVisit = () => {
    contentRerun?.abort.abort();
    contentRerun = null;
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
    const abort = new AbortController();
    const debounced = debounce(guard(() => run('content')), CONTENT_SETTLE_MS, { maxWaitMs: CONTENT_MAX_WAIT_MS, signal: abort.signal });
    contentRerun = { debounced, abort };
    visit = startPageVisit(
      { win, doc },
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
          void send({ type: 'set-site-enabled', hostname, enabled: false });
          const base = settings ?? current;
          settings = { ...base, disabledSites: [...base.disabledSites, hostname] };
          endVisit();
          report(null);
        },
        save: async () => {
          const reply = await send({
            type: 'shortlist-add',
            item: { url: pageKey(url), title: doc.title.slice(0, 300), kind: analysis.shown.kind, facts: analysis.shown.facts, savedAt: Date.now() },
          });
          return typeof reply === 'object' && reply !== null && (reply as { ok?: unknown }).ok === true;
        },
        annotationsChanged: (on) => {
          if (settings !== null) settings = { ...settings, annotations: on };
          void send({ type: 'update-settings', patch: { annotations: on } });
        },
        contentChanged: () => debounced(),
      },
    );
  };

  const nextTask = (): Promise<void> => new Promise((resolve) => win.setTimeout(resolve, 0));

  const run = (reason: RunReason) => {
    if (lifetime.signal.aborted) return;
    const mine = ++generation;
    runAsync(async () => {
      const current = await loadSettings();
      if (mine !== generation || lifetime.signal.aborted) return;
      const url = currentUrl();
      const forced = reason === 'request' || (reason === 'content' && visit?.forced === true && visit.url === pageKey(url));
      if (!forced) {
        // The gate has just passed when the loader asks for 'gate'; a second pass would only repeat it.
        if (isPageDisabled(current, url) || (reason !== 'gate' && !gateDocument(doc, url).pass)) {
          endVisit();
          report(null);
          return;
        }
      }
      // In slices, each its own macrotask, so a huge page never holds the main thread in one long task (issue 6).
      const analysis = await analyzeDocumentInSlices(doc, { url, ...(forced ? { force: true } : {}), yieldToMain: nextTask });
      if (mine !== generation || lifetime.signal.aborted) return;
      const detected = analysis.result.kind !== 'none';
      report(detected || forced ? analysis.result : null);
      const wanted = forced || (detected && current.autoCard && !closedPages.has(pageKey(url)));
      if (!wanted || analysis.shown.kind === 'none') {
        endVisit();
        return;
      }
      if (reason === 'request') closedPages.delete(pageKey(url));
      // The first render gets a task of its own too.
      await nextTask();
      if (mine !== generation || lifetime.signal.aborted) return;
      showVisit(url, analysis, forced, current);
    });
  };

  // A page left for another clears its entry and badge; one restored from the back-forward cache reports again.
  win.addEventListener('pagehide', guard(() => {
    if (reported !== null) void send({ type: 'page-result', result: null });
  }), { signal: lifetime.signal });
  win.addEventListener('pageshow', guard((event: PageTransitionEvent) => {
    if (event.persisted && reported !== null) void send({ type: 'page-result', result: reported });
  }), { signal: lifetime.signal });

  return {
    analyze: () => run('gate'),
    navigated: () => run('navigation'),
    showOnRequest: () => run('request'),
    toggleOnRequest: () => {
      if (visit !== null && !visit.ended) {
        closedPages.add(visit.url);
        endVisit();
        return;
      }
      run('request');
    },
    settingsChanged: (raw) => {
      const next = settingsFrom(raw);
      const previous = settings;
      settings = next;
      if (isPageDisabled(next, currentUrl())) {
        if (visit !== null && !visit.forced) {
          endVisit();
          report(null);
        }
        return;
      }
      if (visit !== null && previous?.annotations !== next.annotations) visit.setAnnotations(next.annotations);
    },
    stop: () => {
      lifetime.abort();
      generation++;
      endVisit();
    },
  };
}
