/**
 * The script that runs on every http(s) page (content/gate.js). It does as little as possible: the cheap gate
 * (address, title, metadata, headings, JSON-LD types: no full-text pass, no layout read, no DOM write) and, only
 * where that passes or the user asks, loads the rest.
 *
 * Lazy load: `import(runtime.getURL('content/page.js'))`. Chrome (since 94) and Firefox (since 89) run a module
 * imported from a content script in the content script's isolated world, with its extension APIs; the URL must be
 * absolute (a relative specifier resolves against the page) and the file must be a web-accessible resource for the
 * page's origin.
 * The trade-off of that web-accessible resource: any page can request `chrome-extension://<id>/content/page.js` and
 * so learn that MBA Lens is installed (fingerprinting: the id is public in the store). The Chrome build sets
 * `use_dynamic_url`, so the file is served only from a per-session id that `runtime.getURL` returns and a page
 * cannot guess; Firefox's moz-extension ids are random per install already. Chrome 130 shipped `use_dynamic_url`
 * with a bug that blocked importing such a resource from a content script (crbug.com/363027634); it works in
 * Chromium 156, and the end-to-end tests load page.js that way on every run, so a regression would show.
 * A page can still notice the extension once it acts (the card, the highlights), which is the point of it.
 * The alternative, bundling everything into the always-on script, would cost every page Preact and the full core.
 */
import type { ExtensionRuntime, RuntimeMessageListener } from '../platform/extension-runtime';
import { parseContentMessage } from './content-messages';
import { debounce } from './debounce';
import { watchNavigation } from './navigation-watcher';
import type { PageController, PageModule } from './page-module';
import { guard, reportError } from './report-error';

export const PAGE_MODULE_PATH = 'content/page.js';
const HTML_NAMESPACE = 'http://www.w3.org/1999/xhtml';

/** Single-page apps render the new view after changing the address; wait for the burst to settle. */
const NAVIGATION_SETTLE_MS = 350;

export interface LoaderDeps {
  win: Window;
  doc: Document;
  runtime: ExtensionRuntime;
  gate(doc: Document, url: string): { pass: boolean };
  /** Imports page.js (`PAGE_MODULE_PATH`) from the extension; injected so tests can stand in for the dynamic import. */
  importPageModule(): Promise<PageModule>;
}

/** Starts the always-on part for this document; returns the AbortController that tears it down (tests). */
export function startLoader(deps: LoaderDeps): AbortController {
  const { win, doc, runtime } = deps;
  const lifetime = new AbortController();
  // An SVG or XML document served over http(s) has no place for the card and nothing to compare.
  if (doc.documentElement?.namespaceURI !== HTML_NAMESPACE) return lifetime;
  let controller: Promise<PageController | null> | null = null;

  const loadController = (): Promise<PageController | null> => {
    controller ??= deps
      .importPageModule()
      .then((module) => module.createPageController({ win, doc, runtime }))
      .catch((error: unknown) => {
        reportError(error);
        return null;
      });
    return controller;
  };
  const withController = (use: (c: PageController) => void) => {
    void loadController().then((c) => {
      if (c !== null && !lifetime.signal.aborted) guard(use)(c);
    });
  };

  const gatePasses = (): boolean => {
    try {
      return deps.gate(doc, win.location.href).pass;
    } catch (error) {
      reportError(error);
      return false;
    }
  };

  // Once page.js is loaded it owns the page (it tears the card down when a navigation leads somewhere unrelated);
  // before that, a navigation only needs the gate again.
  const onNavigated = debounce(
    guard(() => {
      if (controller !== null) withController((c) => c.navigated());
      else if (gatePasses()) withController((c) => c.analyze());
    }),
    NAVIGATION_SETTLE_MS,
    { signal: lifetime.signal },
  );

  const onMessage: RuntimeMessageListener = (raw, sender, sendResponse) => {
    try {
      if (sender.id !== runtime.id) return undefined;
      const message = parseContentMessage(raw);
      if (message === null) return undefined;
      if (message.type === 'analyze-now') {
        sendResponse(true);
        withController((c) => c.showOnRequest());
      } else if (message.type === 'toggle-card') {
        sendResponse(true);
        withController((c) => c.toggleOnRequest());
      } else if (message.type === 'settings-changed' && controller !== null) {
        withController((c) => c.settingsChanged(message.settings));
      }
    } catch (error) {
      reportError(error);
    }
    return undefined;
  };
  runtime.onMessage.addListener(onMessage);
  lifetime.signal.addEventListener('abort', () => {
    runtime.onMessage.removeListener(onMessage);
    void controller?.then((c) => c?.stop());
  }, { once: true });

  watchNavigation(win, doc, onNavigated, lifetime.signal);
  if (gatePasses()) withController((c) => c.analyze());
  return lifetime;
}
