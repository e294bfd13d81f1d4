/**
 * No uncaught exception may reach the page's console from this extension: there it would read as the page's own
 * error. Entry points and callbacks run through `guard`; what they throw is noted at debug level only, which the
 * page's own error reporting and "console error" checks ignore.
 */
export function reportError(error: unknown): void {
  try {
    console.debug('[MBA Lens]', error);
  } catch {
    // A page may have replaced console; nothing else to do.
  }
}

export function guard<A extends unknown[]>(fn: (...args: A) => void): (...args: A) => void {
  return (...args: A) => {
    try {
      fn(...args);
    } catch (error) {
      reportError(error);
    }
  };
}

/** Runs an async task, noting a rejection instead of leaving it unhandled. */
export function runAsync(task: () => Promise<unknown>): void {
  try {
    task().catch(reportError);
  } catch (error) {
    reportError(error);
  }
}
