/** A stand-in for the extension runtime the content scripts get: records what they send, delivers what tests send. */
import type { ExtensionRuntime, RuntimeMessageListener } from '../../src/platform/extension-runtime';

export interface FakeRuntime extends ExtensionRuntime {
  sent: unknown[];
  /** Delivers a message as if from `senderId` (this extension by default); returns what the listener answered. */
  deliver(message: unknown, senderId?: string): unknown[];
  listenerCount(): number;
}

export function fakeRuntime(reply: (message: unknown) => unknown = () => undefined): FakeRuntime {
  const listeners = new Set<RuntimeMessageListener>();
  const runtime: FakeRuntime = {
    id: 'mbalenstestextensionid',
    sent: [],
    getURL: (path) => `chrome-extension://mbalenstestextensionid/${path}`,
    sendMessage: async (message) => {
      runtime.sent.push(message);
      return reply(message);
    },
    onMessage: {
      addListener: (listener) => void listeners.add(listener),
      removeListener: (listener) => void listeners.delete(listener),
    },
    deliver(message, senderId = 'mbalenstestextensionid') {
      const answers: unknown[] = [];
      for (const listener of listeners) listener(message, { id: senderId }, (answer) => answers.push(answer));
      return answers;
    },
    listenerCount: () => listeners.size,
  };
  return runtime;
}

export const flush = () => new Promise((resolve) => setTimeout(resolve, 0));

/**
 * Waits until the page controller has nothing left to do that shows: the card host, what was sent and the page's
 * markup stay the same over many turns of the event loop. A fixed number of turns is not enough on a busy machine,
 * where the analysis's slices and the test's turns interleave differently.
 */
export async function settleController(runtime: FakeRuntime, doc: Document = document): Promise<void> {
  let last = '';
  let stable = 0;
  for (let turn = 0; turn < 500 && stable < 20; turn++) {
    await flush();
    const now = `${doc.querySelectorAll('mba-lens').length}|${runtime.sent.length}|${doc.documentElement.outerHTML.length}`;
    stable = now === last ? stable + 1 : 0;
    last = now;
  }
}
