/**
 * content/gate.js: injected into every http(s) top frame at document_idle (and again by the background on demand).
 * Kept tiny: no Preact, no polyfill, no full core (always-on.ts).
 */
import { gateDocument } from '../core/gate';
import { PAGE_MODULE_PATH, runAlwaysOn } from './always-on';
import { watchNavigation } from './navigation-watcher';
import type { PageModule } from './page-module';
import { reportError } from './report-error';

declare const chrome: { runtime: { getURL(path: string): string } };

try {
  runAlwaysOn({
    win: window,
    doc: document,
    world: globalThis,
    gate: gateDocument,
    // Chrome has had the Navigation API since 102 (the manifest asks for 132); Firefox ESR 140 has not.
    watchWithoutNavigationApi: __TARGET__ === 'chrome' ? null : watchNavigation,
    openPage: (start) => {
      // A computed specifier keeps esbuild from bundling page.js in here; it stays a separate, lazily loaded file.
      // Written as `import(chrome.runtime.getURL(…))` because that exact shape is what addons-linter accepts as
      // safe (mozilla/addons-linter#4739); `chrome` is the same runtime in Firefox, where it is an alias.
      (import(chrome.runtime.getURL(PAGE_MODULE_PATH)) as Promise<PageModule>)
        .then((module) => module.openPage({ win: window, doc: document, world: globalThis, start }))
        .catch(reportError);
    },
  });
} catch (error) {
  reportError(error);
}
