/**
 * The background's part in user data (settings, shortlist): it is the single writer of `storage.local`.
 * index.ts's one `runtime.onMessage` listener checks the sender and parses the message, then hands every message
 * it does not answer itself to `handleUserDataMessage`; `runtime.onInstalled` calls `migrateUserData` so an update
 * migrates stored data once, up front, rather than on the first request.
 */
import browser, { type Runtime } from 'webextension-polyfill';
import type { AnalysisResult } from '../core/types';
import type { Message } from '../messages/protocol';
import type { Settings } from '../schemas/settings-schema';
import { createUserDataHandler } from './user-data-handler';
import { createUserDataStore } from '../storage/user-data-store';

// One store, and so one write queue, for the life of the background: every writer shares it.
const store = createUserDataStore({ area: browser.storage.local });

/**
 * Sends the new settings to every tab's content script and to open extension pages (popup, options). A tab with
 * no content script (a browser page, one loaded before install) rejects; that is expected and ignored.
 */
function announceSettings(settings: Settings): void {
  const message: Message = { type: 'settings-changed', settings };
  void browser.tabs
    .query({})
    .then((tabs) => {
      for (const tab of tabs) {
        if (tab.id !== undefined && tab.id >= 0) void browser.tabs.sendMessage(tab.id, message).catch(() => undefined);
      }
    })
    .catch(() => undefined);
  // "Receiving end does not exist" when no extension page is open.
  void browser.runtime.sendMessage(message).catch(() => undefined);
}

const handle = createUserDataHandler({ store, announceSettings });

/**
 * The reply to a user-data request (its reply type is in src/messages/protocol.ts), or undefined for a
 * message this module does not own. The caller has already checked `sender.id`; payloads are checked here.
 */
export function handleUserDataMessage(message: Message, _sender?: Runtime.MessageSender): Promise<unknown> | undefined {
  return handle(message);
}

/**
 * For `page-result`: a saved page's facts go into its history (when the `changeHistory` setting is on). Never
 * rejects: the history must not cost the badge or the per-tab result anything.
 */
export function recordPageVisit(result: AnalysisResult | null): Promise<void> {
  return result === null ? Promise.resolve() : store.recordVisit(result).catch(() => undefined);
}

/** For `runtime.onInstalled`: reads, validates and migrates the stored settings and shortlist once. */
export function migrateUserData(): Promise<void> {
  return store.migrate().catch(() => undefined);
}
