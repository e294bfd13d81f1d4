/**
 * content/gate.js: injected into every http(s) top frame at document_idle (and again by the background on demand,
 * which the injection guard turns into a no-op). Kept tiny: no Preact, no polyfill, no full core.
 */
import { gateDocument } from '../core/gate';
import { extensionRuntime, runtimeAlive } from '../platform/extension-runtime';
import { claimInjection } from './injection-guard';
import { PAGE_MODULE_PATH, startLoader } from './loader';
import type { PageModule } from './page-module';
import { reportError } from './report-error';

declare const chrome: { runtime: { getURL(path: string): string } };

try {
  const runtime = extensionRuntime();
  if (runtime !== undefined) {
    let lifetime: AbortController | null = null;
    const instance = { alive: () => runtimeAlive(runtime), stop: () => lifetime?.abort() };
    if (claimInjection(globalThis, instance)) {
      lifetime = startLoader({
        win: window,
        doc: document,
        runtime,
        gate: gateDocument,
        // A computed specifier keeps esbuild from bundling page.js in here; it stays a separate, lazily loaded file.
        // Written as `import(chrome.runtime.getURL(…))` because that exact shape is what addons-linter accepts as
        // safe (mozilla/addons-linter#4739); `chrome` is the same runtime in Firefox, where it is an alias.
        importPageModule: () => import(chrome.runtime.getURL(PAGE_MODULE_PATH)) as Promise<PageModule>,
      });
    }
  }
} catch (error) {
  reportError(error);
}
