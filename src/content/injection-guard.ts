/**
 * page.js must start once per document, even when the background injects `content/request.js` to load it again
 * (on-demand analysis in a tab whose script it could not reach). The mark lives on this isolated world's global,
 * which the page cannot see or forge.
 * After an extension update Chrome keeps the old script running in the same world, cut off from the extension
 * ("orphaned": its runtime has no id any more). A new injection then takes over: it stops the orphan, so its card
 * and listeners go, and starts afresh.
 */
import type { ShowCardRequest } from '../messages/protocol';

const CLAIM = Symbol.for('mba-lens.content-script');

export interface ContentScriptInstance {
  /** False once the extension this instance belongs to was reloaded, updated or removed. */
  alive(): boolean;
  stop(): void;
  /** The user asked for the card (context menu, command, popup) where no message listener was there to hear it. */
  request(request: ShowCardRequest): void;
}

/** True when `instance` may start: first in this world, or taking over from an orphan. */
export function claimInjection(world: object, instance: ContentScriptInstance): boolean {
  const marks = world as Record<symbol, ContentScriptInstance | undefined>;
  const previous = marks[CLAIM];
  if (previous !== undefined) {
    let alive = false;
    try {
      alive = previous.alive();
    } catch {
      alive = false;
    }
    if (alive) return false;
    try {
      previous.stop();
    } catch {
      // An orphan that cannot stop cleanly is still replaced.
    }
  }
  Object.defineProperty(marks, CLAIM, { value: instance, configurable: true, enumerable: false, writable: true });
  return true;
}

/**
 * Leaves a request for content/request.js, which the background is about to inject (`scripting.executeScript({ func })`, then
 * `{ files }`). It sends the function's source text, not its closure: so the function names its mark itself and must
 * stay self-contained (tests check that `takeRequest` finds what it left).
 */
export function leaveRequest(request: ShowCardRequest): void {
  (globalThis as Record<symbol, unknown>)[Symbol.for('mba-lens.request')] = request;
}

/** The request `leaveRequest` left in this world, removed as it is read; null when there is none. */
export function takeRequest(world: object): ShowCardRequest | null {
  const marks = world as Record<symbol, unknown>;
  const key = Symbol.for('mba-lens.request');
  const left = marks[key];
  if (left === undefined) return null;
  delete marks[key];
  const type = (left as { type?: unknown } | null)?.type;
  return type === 'analyze-now' || type === 'toggle-card' ? { type } : null;
}

/** The instance that claimed this world, if any. */
export function claimedInstance(world: object): ContentScriptInstance | undefined {
  return (world as Record<symbol, ContentScriptInstance | undefined>)[CLAIM];
}
