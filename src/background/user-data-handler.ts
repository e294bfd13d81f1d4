/**
 * The user-data requests of the message protocol (src/messages/protocol.ts), answered from the store, and which
 * changes are announced to every open tab and extension page. Browser-free, so tests drive it with a fake
 * storage area; src/background/user-data.ts wires it to the real one.
 */
import type { Message, ReplyTo } from '../messages/protocol';
import type { Outcome } from '../schemas/outcome';
import type { Settings } from '../schemas/settings-schema';
import { toOutcome } from '../storage/user-data-error';
import type { UserDataStore } from '../storage/user-data-store';

const USER_DATA_REQUEST_TYPES = [
  'get-settings', 'update-settings', 'set-site-enabled', 'clear-user-data', 'get-shortlist', 'shortlist-add',
  'shortlist-remove', 'shortlist-import', 'get-notices', 'dismiss-notice', 'get-page-change',
] as const;

type UserDataRequestType = (typeof USER_DATA_REQUEST_TYPES)[number];
export type UserDataRequest = Extract<Message, { type: UserDataRequestType }>;

export function isUserDataRequest(message: Message): message is UserDataRequest {
  return USER_DATA_REQUEST_TYPES.some((type) => type === message.type);
}

export interface UserDataHandlerDeps {
  store: UserDataStore;
  /** Tells every open tab and extension page; must not throw and need not be awaited. */
  announceSettings(settings: Settings): void;
}

/** Answers a user-data request; undefined for any other message (someone else's to answer). */
export function createUserDataHandler({ store, announceSettings }: UserDataHandlerDeps) {
  /** A settings change that succeeded is announced at once, so open tabs apply it without a reload. */
  async function changeSettings(work: Promise<Settings>): Promise<Outcome<Settings>> {
    const outcome = await toOutcome(work);
    if (outcome.ok) announceSettings(outcome.value);
    return outcome;
  }

  function reply(message: UserDataRequest): Promise<ReplyTo<UserDataRequestType>> {
    switch (message.type) {
      case 'get-settings':
        return store.getSettings();
      case 'update-settings':
        return changeSettings(store.updateSettings(message.patch));
      case 'set-site-enabled':
        return changeSettings(store.setSiteEnabled(message.hostname, message.enabled));
      case 'clear-user-data':
        return changeSettings(store.clearAll());
      case 'get-shortlist':
        return toOutcome(store.getShortlist());
      case 'shortlist-add':
        return toOutcome(store.saveItem(message.item));
      case 'shortlist-remove':
        return toOutcome(store.removeItem(message.id));
      case 'shortlist-import':
        return toOutcome(store.importShortlist(message.file));
      case 'get-notices':
        return toOutcome(store.getNotices());
      case 'dismiss-notice':
        return toOutcome(store.dismissNotice(message.id));
      case 'get-page-change':
        // Only informs the card: a storage failure shows no change rather than an error.
        return store.getPageChange(message.url).catch(() => null);
    }
  }

  return (message: Message): Promise<unknown> | undefined => (isUserDataRequest(message) ? reply(message) : undefined);
}
