/**
 * The content script must start once per document, even when the background injects `content/gate.js` again
 * (on-demand analysis in a tab whose script it could not reach). The mark lives on this isolated world's global,
 * which the page cannot see or forge.
 * After an extension update Chrome keeps the old script running in the same world, cut off from the extension
 * ("orphaned": its runtime has no id any more). A new injection then takes over: it stops the orphan, so its card
 * and listeners go, and starts afresh.
 */
const CLAIM = Symbol.for('mba-lens.content-script');

export interface ContentScriptInstance {
  /** False once the extension this instance belongs to was reloaded, updated or removed. */
  alive(): boolean;
  stop(): void;
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
