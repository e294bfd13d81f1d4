/**
 * The few `runtime` calls the content scripts make, straight from the browser's own global (`browser` in Firefox,
 * `chrome` in Chromium; both return promises from `sendMessage` in MV3). The always-on gate must stay tiny, so it
 * does not bundle webextension-polyfill; page.js receives this same object from the gate.
 */

/** Chrome's listener shape; Firefox accepts it too (a synchronous `sendResponse` works in both). */
export type RuntimeMessageListener = (
  message: unknown,
  sender: { id?: string | undefined },
  sendResponse: (response?: unknown) => void,
) => boolean | undefined | void;

export interface ExtensionRuntime {
  readonly id: string;
  getURL(path: string): string;
  sendMessage(message: unknown): Promise<unknown>;
  onMessage: {
    addListener(listener: RuntimeMessageListener): void;
    removeListener(listener: RuntimeMessageListener): void;
  };
}

interface ExtensionGlobal {
  browser?: { runtime?: ExtensionRuntime };
  chrome?: { runtime?: ExtensionRuntime };
}

/** The extension runtime of the current world, or undefined outside an extension (tests, a stray page copy). */
export function extensionRuntime(global: object = globalThis): ExtensionRuntime | undefined {
  const g = global as ExtensionGlobal;
  const runtime = g.browser?.runtime ?? g.chrome?.runtime;
  return runtime && typeof runtime.getURL === 'function' && typeof runtime.id === 'string' ? runtime : undefined;
}

/** False once the extension was reloaded or updated under this script: Chrome then clears `runtime.id`. */
export function runtimeAlive(runtime: ExtensionRuntime): boolean {
  try {
    return typeof runtime.id === 'string' && runtime.id.length > 0;
  } catch {
    return false;
  }
}

/**
 * Sends a message and never rejects: a sleeping or reloading extension ("Receiving end does not exist",
 * "Extension context invalidated") must not become an uncaught error in the page's console.
 */
export async function sendRuntimeMessage(runtime: ExtensionRuntime, message: unknown): Promise<unknown> {
  try {
    return await runtime.sendMessage(message);
  } catch {
    return undefined;
  }
}
