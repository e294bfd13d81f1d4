/**
 * Work written once as steps (a generator whose every `yield` is a point where the main thread may be given back):
 * run straight through by the CLI, the tests and the synchronous analysis, and with a yield at each step by the
 * content script, so that no single task of a huge page holds the main thread long.
 */
export type Steps<T> = Generator<void, T, void>;

export function runSteps<T>(steps: Steps<T>): T {
  for (;;) {
    const next = steps.next();
    if (next.done === true) return next.value;
  }
}

export async function runStepsYielding<T>(steps: Steps<T>, yieldToMain: () => Promise<void>): Promise<T> {
  for (;;) {
    const next = steps.next();
    if (next.done === true) return next.value;
    await yieldToMain();
  }
}
