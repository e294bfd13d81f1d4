/**
 * The one loader: the two modules the always-on script imports into this content-script world, each only where it
 * is needed: content/closer-look.js (the rest of the gate, src/core/gate.ts) and content/page.js (the page
 * controller: the analysis and the card). page.js is also what content/request.js loads when the user asks.
 */
import type * as CloserLookModule from '../core/gate';
import type { PageModule, PageStart } from './page-controller';
import { reportError } from './report-error';

declare const chrome: { runtime: { getURL(path: string): string } };

export const PAGE_MODULE_PATH = 'content/page.js';
export const CLOSER_LOOK_MODULE_PATH = 'content/closer-look.js';

// Each specifier is computed, which keeps esbuild from bundling the module into its caller, and written as
// `import(chrome.runtime.getURL(…))` because that exact shape is what addons-linter accepts as safe
// (mozilla/addons-linter#4739); `chrome` is the same runtime in Firefox, where it is an alias.

/** Loads page.js and hands it the page. */
export function loadPageModule(start: PageStart): void {
  (import(chrome.runtime.getURL(PAGE_MODULE_PATH)) as Promise<PageModule>)
    .then((module) => module.openPage({ win: window, doc: document, world: globalThis, start }))
    .catch(reportError);
}

/** The rest of the gate over the current view: true where the page passes. */
export function lookCloser(): Promise<boolean> {
  return (import(chrome.runtime.getURL(CLOSER_LOOK_MODULE_PATH)) as Promise<typeof CloserLookModule>).then(
    (module) => module.gateDocument(document, window.location.href).pass,
  );
}
