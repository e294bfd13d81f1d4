/**
 * A trailing debounce with an upper bound: bursts of changes (a single-page app rendering a new view) collapse into
 * one call, and a page that never stops changing still gets a call every `maxWaitMs`. Cancelled with `signal`.
 */
export interface Debounced {
  (): void;
  /** Runs a pending call now, if one is pending. */
  flush(): void;
}

export function debounce(
  fn: () => void,
  waitMs: number,
  options: { maxWaitMs?: number; signal: AbortSignal; setTimer?: typeof setTimeout; clearTimer?: typeof clearTimeout; now?: () => number },
): Debounced {
  const setTimer = options.setTimer ?? setTimeout;
  const clearTimer = options.clearTimer ?? clearTimeout;
  const now = options.now ?? Date.now;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let firstCallAt: number | null = null;

  const fire = () => {
    if (timer !== undefined) clearTimer(timer);
    timer = undefined;
    firstCallAt = null;
    if (!options.signal.aborted) fn();
  };

  options.signal.addEventListener('abort', () => {
    if (timer !== undefined) clearTimer(timer);
    timer = undefined;
  }, { once: true });

  const debounced = (() => {
    if (options.signal.aborted) return;
    const at = now();
    firstCallAt ??= at;
    if (timer !== undefined) clearTimer(timer);
    const untilMax = options.maxWaitMs === undefined ? waitMs : Math.max(0, firstCallAt + options.maxWaitMs - at);
    timer = setTimer(fire, Math.min(waitMs, untilMax));
  }) as Debounced;
  debounced.flush = () => {
    if (timer !== undefined) fire();
  };
  return debounced;
}
