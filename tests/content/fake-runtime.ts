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
