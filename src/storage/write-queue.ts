/**
 * Runs tasks one after another, in the order they were queued. The background puts every read-modify-write of
 * stored data through one queue, so two tabs saving at the same moment cannot both read the old list and the
 * second write lose the first one's item (`storage.local` has no transactions).
 */
export interface WriteQueue {
  /** Runs `task` after every task queued before it has settled; resolves or rejects as `task` does. */
  run<T>(task: () => Promise<T>): Promise<T>;
}

export function createWriteQueue(): WriteQueue {
  let tail: Promise<unknown> = Promise.resolve();
  return {
    run<T>(task: () => Promise<T>): Promise<T> {
      const result = tail.then(task);
      // A failed task must not block the ones after it; its caller still sees the rejection through `result`.
      tail = result.catch(() => undefined);
      return result;
    },
  };
}
