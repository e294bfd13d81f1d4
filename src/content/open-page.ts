/**
 * page.js taking a document over from the always-on script: one session per document, even when the background
 * injected a second copy of the gate (on request), and a fresh one when the session there belongs to an extension
 * that was updated or reloaded since (injection-guard.ts).
 */
import { extensionRuntime, runtimeAlive } from '../platform/extension-runtime';
import { claimedInstance, claimInjection } from './injection-guard';
import type { OpenPageDeps, PageSession } from './page-module';
import { startPageSession } from './page-session';

export function openPage(deps: OpenPageDeps): void {
  const { win, doc, world, start } = deps;
  const runtime = deps.runtime ?? extensionRuntime();
  if (runtime === undefined) return;
  let session: PageSession | null = null;
  const claimed = claimInjection(world, {
    alive: () => runtimeAlive(runtime),
    stop: () => session?.stop(),
    request: (request) => session?.request(request),
  });
  if (!claimed) {
    // A live session already holds the page: a request goes to it, a gate pass needs nothing more.
    if (start !== 'gate') claimedInstance(world)?.request(start);
    return;
  }
  session = startPageSession({ win, doc, runtime, start });
}
