/**
 * The script that runs on every http(s) page (content/gate.js). It does as little as possible: the cheap gate
 * (address, title, metadata, headings, JSON-LD types: no full-text pass, no layout read, no DOM write) and a watch
 * for single-page-app navigations, so that a later view can pass the gate. In the benchmark the script often runs
 * first in a fresh renderer process, where V8 compiles every function it calls from scratch and the world's
 * extension bindings are built on first touch, so even the code size of what runs counts (bench/README.md): the
 * claim on the page and the handling of a detected page live in page.js (open-page.ts).
 *
 * No message listener here: registering `runtime.onMessage` is the first touch of the extension API in this world,
 * about as costly as the gate itself. The user's requests (context menu, command, popup) reach a page the gate
 * rejected through the background instead: its `tabs.sendMessage` finds no receiver, so it leaves the request in this
 * world and injects this script again, which takes it (show-card-in-tab.ts, injection-guard.ts). Each of those
 * gestures grants `activeTab`, which is what lets the background inject there.
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
import { takeRequest } from './injection-guard';
import { NAVIGATION_SETTLE_MS, type watchNavigation } from './navigation-watcher';
import type { PageStart } from './page-module';
import { reportError } from './report-error';

export const PAGE_MODULE_PATH = 'content/page.js';

export interface AlwaysOnDeps {
  win: Window;
  doc: Document;
  /** This content-script world's global, where the background leaves the user's requests. */
  world: object;
  gate(doc: Document, url: string): { pass: boolean };
  /** Loads page.js and hands it the page (the import is injected so tests can stand in for it). */
  openPage(start: PageStart): void;
  /**
   * The watch for browsers without the Navigation API (navigation-watcher.ts), or null where every supported version
   * has it: the Chrome build leaves that code out of the script every page compiles.
   */
  watchWithoutNavigationApi: typeof watchNavigation | null;
}

interface NavigationHost {
  navigation?: { addEventListener(type: string, listener: () => void): void; removeEventListener(type: string, listener: () => void): void };
}

/** Runs the always-on part once for this document. */
export function runAlwaysOn(deps: AlwaysOnDeps): void {
  const { win, doc, world } = deps;
  // HTML and XHTML only: an SVG or XML document served over http(s) has no place for the card. The content type is a
  // string on the document, so no element of the page gets wrapped just to ask.
  const type = doc.contentType;
  if (type !== 'text/html' && type !== 'application/xhtml+xml') return;
  const navigation = (win as NavigationHost).navigation;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let fallbackWatch: AbortController | null = null;

  /** True when page.js was asked for: a request the background left, else the gate passing. */
  const check = (): boolean => {
    try {
      const request = takeRequest(world);
      if (request === null && !deps.gate(doc, win.location.href).pass) return false;
      // From here page.js watches navigations itself.
      navigation?.removeEventListener('currententrychange', onNavigated);
      fallbackWatch?.abort();
      deps.openPage(request ?? 'gate');
      return true;
    } catch (error) {
      // Also after a navigation, where no caller is left to catch: nothing may reach the page's console. The watch
      // stays, so a later view can still pass.
      reportError(error);
      return false;
    }
  };
  // A bare timer, not debounce.ts: that one is more code for V8 to compile on every page, for a feature used here only once.
  const onNavigated = () => {
    clearTimeout(timer);
    timer = setTimeout(check, NAVIGATION_SETTLE_MS);
  };

  if (check()) return;
  if (typeof navigation?.addEventListener === 'function') {
    navigation.addEventListener('currententrychange', onNavigated);
  } else if (deps.watchWithoutNavigationApi !== null) {
    fallbackWatch = new AbortController();
    deps.watchWithoutNavigationApi(win, doc, onNavigated, fallbackWatch.signal);
  }
}
