/**
 * content/gate.js, the script that runs on every http(s) top frame at document_idle. It does as little as possible:
 * the gate's prefilter over the address and title (substring searches; no element read, no layout read, no DOM
 * write) and a watch for single-page-app navigations, so that a later view can pass. In the benchmark the script
 * often runs first in a fresh renderer process, where V8 compiles every function it calls from scratch and the world's
 * extension bindings are built on first touch, so even the code size of what runs counts (bench/README.md): the rest
 * of the gate (the word judge, then the headings, metadata and JSON-LD types) lives in content/closer-look.js, loaded
 * only where the prefilter lets the page on, and the claim on the page and the handling of a detected page in page.js
 * (page-controller.ts). For the same reason this script is one flat block rather than a function given its
 * dependencies: each function V8 compiles lazily on the way costs every page about as much as a hundred substring
 * searches. Tests import it with its modules mocked.
 *
 * No message listener here: registering `runtime.onMessage` is the first touch of the extension API in this world,
 * about as costly as the gate itself. The user's requests (context menu, command, popup) reach a page the gate
 * rejected through the background instead: its `tabs.sendMessage` finds no receiver, so it leaves the request in this
 * world and injects content/request.js, which takes it and loads page.js (show-card-in-tab.ts, injection-guard.ts).
 * Each of those gestures grants `activeTab`, which is what lets the background inject there.
 *
 * Lazy load (module-loaders.ts): `import(runtime.getURL('content/page.js'))`, and the same for closer-look.js. Chrome
 * (since 94) and Firefox (since 89) run a module imported from a content script in the content script's isolated
 * world, with its extension APIs; the URL must be absolute (a relative specifier resolves against the page) and the
 * file must be a web-accessible resource for the page's origin. content/request.js, in the same world, imports the
 * same module instance. The trade-off of those web-accessible resources: any page can request
 * `chrome-extension://<id>/content/page.js` and so learn that MBA Lens is installed (fingerprinting: the id is public
 * in the store). The Chrome build sets `use_dynamic_url`, so the files are served only from a per-session id that
 * `runtime.getURL` returns and a page cannot guess; Firefox's moz-extension ids are random per install already.
 * Chrome 130 shipped `use_dynamic_url` with a bug that blocked importing such a resource from a content script
 * (crbug.com/363027634); it works in Chromium 156, and the end-to-end tests load page.js that way on every run, so a
 * regression would show.
 * A page can still notice the extension once it acts (the card, the highlights), which is the point of it.
 * The alternative, bundling everything into the always-on script, would cost every page Preact and the full core.
 */
import { mayNameNearbyTopic } from '../core/gate';
import { loadPageModule, lookCloser } from './module-loaders';
import { NAVIGATION_SETTLE_MS, watchNavigation } from './navigation-watcher';
import { reportError } from './report-error';

interface NavigationHost {
  navigation?: { addEventListener(type: string, listener: () => void): void; removeEventListener(type: string, listener: () => void): void };
}

try {
  const doc = document;
  // HTML and XHTML only: an SVG or XML document served over http(s) has no place for the card. The content type is a
  // string on the document, so no element of the page gets wrapped just to ask.
  const type = doc.contentType;
  if (type === 'text/html' || type === 'application/xhtml+xml') {
    const navigation = (window as NavigationHost).navigation;
    let timer: ReturnType<typeof setTimeout> | undefined;
    let fallbackWatch: AbortController | undefined;
    let opened = false;

    const open = () => {
      if (opened) return;
      opened = true;
      // From here page.js watches navigations itself.
      navigation?.removeEventListener('currententrychange', onNavigated);
      fallbackWatch?.abort();
      loadPageModule('gate');
    };
    /** The gate over the current view: page.js opens where the rest of the gate, loaded only if needed, passes it. */
    const check = () => {
      try {
        const title = doc.title;
        // Most pages end here. A page without a title says nothing about itself there, so it gets the closer look too.
        if (!mayNameNearbyTopic(window.location.href, title) && title !== '') return;
        lookCloser().then((pass) => {
          if (pass) open();
        }, reportError);
      } catch (error) {
        // Also after a navigation, where no caller is left to catch: nothing may reach the page's console. The watch
        // stays, so a later view can still pass.
        reportError(error);
      }
    };
    // A bare timer, not debounce.ts: that one is more code for V8 to compile on every page, for a feature used here only once.
    const onNavigated = () => {
      clearTimeout(timer);
      timer = setTimeout(check, NAVIGATION_SETTLE_MS);
    };

    if (typeof navigation?.addEventListener === 'function') {
      navigation.addEventListener('currententrychange', onNavigated);
    } else if (__TARGET__ !== 'chrome') {
      // Chrome has had the Navigation API since 102 (the manifest asks for 132), so its build leaves the fallback out
      // of the script every page compiles; Firefox ESR 140 has no Navigation API.
      fallbackWatch = new AbortController();
      watchNavigation(window, doc, onNavigated, fallbackWatch.signal);
    }
    check();
  }
} catch (error) {
  reportError(error);
}
