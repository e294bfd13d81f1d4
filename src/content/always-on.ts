/**
 * The script that runs on every http(s) page (content/gate.js). It does as little as possible: the cheap gate
 * (address, title, metadata, headings, JSON-LD types: no full-text pass, no layout read, no DOM write) and a watch
 * for single-page-app navigations, so that a later view can pass the gate, and a message listener for the user's
 * requests (context menu, command, popup). In the benchmark the script often runs first in a fresh renderer process,
 * where V8 compiles every function it calls from scratch, so even the code size of what runs counts
 * (bench/README.md): the claim on the page and the handling of a detected page live in page.js (open-page.ts).
 * Where no copy of this script runs (a tab opened before the extension was installed or updated), the background
 * leaves the request in this world and injects the script (injection-guard.ts).
 *
 * Lazy load: `import(runtime.getURL('content/page.js'))`. Chrome (since 94) and Firefox (since 89) run a module
 * imported from a content script in the content script's isolated world, with its extension APIs; the URL must be
 * absolute (a relative specifier resolves against the page) and the file must be a web-accessible resource for the
 * page's origin. A second copy of this script in the same world imports the same module instance.
 * The trade-off of that web-accessible resource: any page can request `chrome-extension://<id>/content/page.js` and
 * so learn that MBA Lens is installed (fingerprinting: the id is public in the store). The Chrome build sets
 * `use_dynamic_url`, so the file is served only from a per-session id that `runtime.getURL` returns and a page
 * cannot guess; Firefox's moz-extension ids are random per install already. Chrome 130 shipped `use_dynamic_url`
 * with a bug that blocked importing such a resource from a content script (crbug.com/363027634); it works in
 * Chromium 156, and the end-to-end tests load page.js that way on every run, so a regression would show.
 * A page can still notice the extension once it acts (the card, the highlights), which is the point of it.
 * The alternative, bundling everything into the always-on script, would cost every page Preact and the full core.
 */
import type { ShowCardRequest } from '../messages/protocol';
import type { ExtensionRuntime, RuntimeMessageListener } from '../platform/extension-runtime';
import { parseContentMessage } from './content-messages';
import { takeRequest } from './injection-guard';
import { NAVIGATION_SETTLE_MS, watchNavigation } from './navigation-watcher';
import type { PageStart } from './page-module';
import { reportError } from './report-error';

export const PAGE_MODULE_PATH = 'content/page.js';

/** HTML and XHTML documents; an SVG or XML document served over http(s) has no place for the card. */
const HTML_TYPES = new Set(['text/html', 'application/xhtml+xml']);

export interface AlwaysOnDeps {
  win: Window;
  doc: Document;
  /** This content-script world's global, where the background leaves the user's requests. */
  world: object;
  gate(doc: Document, url: string): { pass: boolean };
  /** The extension runtime, for the request listener; undefined outside a live extension. */
  runtime(): ExtensionRuntime | undefined;
  /** Loads page.js and hands it the page (the import is injected so tests can stand in for it). */
  openPage(start: PageStart): void;
}

interface NavigationHost {
  navigation?: { addEventListener(type: string, listener: () => void): void; removeEventListener(type: string, listener: () => void): void };
}

/** Runs the always-on part once for this document. */
export function runAlwaysOn(deps: AlwaysOnDeps): void {
  const { win, doc, world } = deps;
  // The content type is a string on the document: no element of the page gets wrapped just to ask.
  if (!HTML_TYPES.has(doc.contentType)) return;
  const navigation = (win as NavigationHost).navigation;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let fallbackWatch: AbortController | null = null;

  let runtime: ExtensionRuntime | undefined;

  /** True when page.js was asked for: the user's request, else the gate passing. */
  const check = (asked: ShowCardRequest | null): boolean => {
    try {
      const request = asked ?? takeRequest(world);
      if (request === null && !deps.gate(doc, win.location.href).pass) return false;
      // From here page.js watches navigations and answers messages itself.
      navigation?.removeEventListener('currententrychange', onNavigated);
      fallbackWatch?.abort();
      runtime?.onMessage.removeListener(onMessage);
      deps.openPage(request ?? 'gate');
      return true;
    } catch (error) {
      // Also after a navigation or a message, where no caller is left to catch: nothing may reach the page's console.
      reportError(error);
      return true;
    }
  };
  // A bare timer, not debounce.ts: that one is more code for V8 to compile on every page, for a feature used here only once.
  const onNavigated = () => {
    clearTimeout(timer);
    timer = setTimeout(() => check(null), NAVIGATION_SETTLE_MS);
  };
  const onMessage: RuntimeMessageListener = (raw, sender, sendResponse) => {
    if (sender.id !== runtime?.id) return undefined;
    const message = parseContentMessage(raw);
    if (message === null || message.type === 'settings-changed') return undefined;
    sendResponse(true);
    check(message);
    return undefined;
  };

  if (check(null)) return;
  if (typeof navigation?.addEventListener === 'function') {
    navigation.addEventListener('currententrychange', onNavigated);
  } else {
    fallbackWatch = new AbortController();
    watchNavigation(win, doc, onNavigated, fallbackWatch.signal);
  }
  runtime = deps.runtime();
  runtime?.onMessage.addListener(onMessage);
}
