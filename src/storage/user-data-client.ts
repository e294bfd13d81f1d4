/**
 * How the popup and options page ask the background for user data: typed calls over a `send` function the page
 * is given (the real `runtime.sendMessage`, or a fake in tests). Replies cross a process boundary, so each is
 * checked before the UI trusts it; a missing or malformed reply becomes a `no-response` error, never a crash.
 */
import type { Message, ShortlistAddItem } from '../messages/protocol';
import { parseNotices, type StoreNotice } from './notices';
import { parseSettings, type Settings } from './settings-schema';
import { parseShortlistItem, type ShortlistItem } from './shortlist-schema';
import type { Outcome, UserDataErrorCode } from './user-data-error';
import type { ImportSummary } from './user-data-store';
import { isRecord } from './is-record';

export type SendMessage = (message: Message) => Promise<unknown>;

export interface UserDataClient {
  getSettings(): Promise<Outcome<Settings>>;
  updateSettings(patch: Partial<Settings>): Promise<Outcome<Settings>>;
  setSiteEnabled(hostname: string, enabled: boolean): Promise<Outcome<Settings>>;
  clearAll(): Promise<Outcome<Settings>>;
  getShortlist(): Promise<Outcome<ShortlistItem[]>>;
  saveItem(item: ShortlistAddItem): Promise<Outcome<ShortlistItem>>;
  removeItem(id: string): Promise<Outcome<ShortlistItem[]>>;
  importShortlist(file: unknown): Promise<Outcome<ImportSummary>>;
  getNotices(): Promise<Outcome<StoreNotice[]>>;
  dismissNotice(id: string): Promise<Outcome<StoreNotice[]>>;
}

const ERROR_CODES: ReadonlySet<unknown> = new Set<UserDataErrorCode>([
  'quota-exceeded', 'shortlist-full', 'invalid-payload', 'storage-failed', 'no-response',
]);

const noResponse = <T>(): Outcome<T> => ({
  ok: false,
  error: { code: 'no-response', message: 'MBA Lens did not answer; try again.' },
});

function parseOutcome<T>(raw: unknown, parseValue: (value: unknown) => T | null): Outcome<T> {
  if (!isRecord(raw)) return noResponse();
  if (raw.ok === true) {
    const value = parseValue(raw.value);
    return value === null ? noResponse() : { ok: true, value };
  }
  const error = raw.error;
  if (raw.ok === false && isRecord(error) && ERROR_CODES.has(error.code) && typeof error.message === 'string') {
    return { ok: false, error: { code: error.code as UserDataErrorCode, message: error.message } };
  }
  return noResponse();
}

function parseItems(raw: unknown): ShortlistItem[] | null {
  if (!Array.isArray(raw)) return null;
  const items = raw.map(parseShortlistItem);
  return items.every((item): item is ShortlistItem => item !== null) ? items : null;
}

function parseImportSummary(raw: unknown): ImportSummary | null {
  if (!isRecord(raw)) return null;
  const items = parseItems(raw.items);
  const counts = [raw.added, raw.updated, raw.unchanged, raw.skipped];
  if (items === null || !counts.every((n) => typeof n === 'number' && Number.isInteger(n) && n >= 0)) return null;
  return { added: raw.added as number, updated: raw.updated as number, unchanged: raw.unchanged as number, skipped: raw.skipped as number, items };
}

const parseNoticeList = (raw: unknown): StoreNotice[] | null => (Array.isArray(raw) ? parseNotices(raw) : null);

export function createUserDataClient(send: SendMessage): UserDataClient {
  async function ask<T>(message: Message, parse: (raw: unknown) => Outcome<T>): Promise<Outcome<T>> {
    try {
      return parse(await send(message));
    } catch {
      return noResponse();
    }
  }
  const settingsOutcome = (raw: unknown) => parseOutcome(raw, parseSettings);
  return {
    getSettings: () =>
      ask({ type: 'get-settings' }, (raw) => {
        const settings = parseSettings(raw);
        return settings === null ? noResponse() : { ok: true, value: settings };
      }),
    updateSettings: (patch) => ask({ type: 'update-settings', patch }, settingsOutcome),
    setSiteEnabled: (hostname, enabled) => ask({ type: 'set-site-enabled', hostname, enabled }, settingsOutcome),
    clearAll: () => ask({ type: 'clear-user-data' }, settingsOutcome),
    getShortlist: () => ask({ type: 'get-shortlist' }, (raw) => parseOutcome(raw, parseItems)),
    saveItem: (item) => ask({ type: 'shortlist-add', item }, (raw) => parseOutcome(raw, parseShortlistItem)),
    removeItem: (id) => ask({ type: 'shortlist-remove', id }, (raw) => parseOutcome(raw, parseItems)),
    importShortlist: (file) => ask({ type: 'shortlist-import', file }, (raw) => parseOutcome(raw, parseImportSummary)),
    getNotices: () => ask({ type: 'get-notices' }, (raw) => parseOutcome(raw, parseNoticeList)),
    dismissNotice: (id) => ask({ type: 'dismiss-notice', id }, (raw) => parseOutcome(raw, parseNoticeList)),
  };
}
