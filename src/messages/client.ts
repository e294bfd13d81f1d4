/**
 * How the content script, the popup and the options page ask the background: typed requests over a `send` function
 * they are given (the real `runtime.sendMessage`, or a fake in tests). Replies cross a process boundary, so each is
 * parsed by its request's reply parser before anyone trusts it; a missing or malformed reply is `null` (for stored
 * data, a `no-response` outcome), never a crash and never a rejected promise.
 */
import { isRecord } from '../core/is-record';
import type { AnalysisResult } from '../core/types';
import { parsePageChange } from '../schemas/fact-history';
import { parseNotices, type StoreNotice } from '../schemas/notices';
import { noResponse, parseOutcome, type Outcome } from '../schemas/outcome';
import { parseEach } from '../schemas/parse-each';
import { parseSettings, type Settings } from '../schemas/settings-schema';
import { parseShortlistItem, type ImportSummary, type ShortlistItem } from '../schemas/shortlist-schema';
import { parseAnalysisResult } from './analysis-result';
import type { ContentToBackground, MessageOf, PagesToBackground, ReplyTo, ShortlistAddItem, ToBackground, ToBackgroundMessage } from './protocol';

export type SendMessage = (message: ToBackgroundMessage) => Promise<unknown>;

type RequestType = keyof ToBackground;

const parseItems = (raw: unknown): ShortlistItem[] | null => parseEach(raw, parseShortlistItem);

const isCount = (value: unknown): value is number => typeof value === 'number' && Number.isInteger(value) && value >= 0;

function parseImportSummary(raw: unknown): ImportSummary | null {
  if (!isRecord(raw)) return null;
  const items = parseItems(raw.items);
  const { added, updated, unchanged, skipped } = raw;
  if (items === null || !isCount(added) || !isCount(updated) || !isCount(unchanged) || !isCount(skipped)) return null;
  return { added, updated, unchanged, skipped, items };
}

const parseNoticeList = (raw: unknown): StoreNotice[] | null => (Array.isArray(raw) ? parseNotices(raw) : null);
const parseTabResult = (raw: unknown): AnalysisResult | null => (raw === null ? null : parseAnalysisResult(raw));
const acknowledged = (raw: unknown): boolean => raw === true;
const settingsOutcome = (raw: unknown): Outcome<Settings> => parseOutcome(raw, parseSettings);

type ReplyParsers<Requests> = { [T in keyof Requests & RequestType]: (raw: unknown) => ReplyTo<T> | null };

const SHARED_REPLIES = {
  'get-settings': parseSettings,
  'update-settings': settingsOutcome,
  'set-site-enabled': settingsOutcome,
  'shortlist-add': (raw: unknown) => parseOutcome(raw, parseShortlistItem),
};

/** The replies a content script reads, parsed; null where the reply is missing or malformed. */
const CONTENT_REPLIES: ReplyParsers<ContentToBackground> = {
  ...SHARED_REPLIES,
  'page-result': acknowledged,
  'get-page-change': (raw) => (raw === null ? null : parsePageChange(raw)),
};

/** The replies the popup and the options page read (kept apart so that page.js does not carry their parsers). */
const PAGE_REPLIES: ReplyParsers<PagesToBackground> = {
  ...SHARED_REPLIES,
  'analyze-tab': acknowledged,
  'get-tab-result': parseTabResult,
  'get-shortlist': (raw) => parseOutcome(raw, parseItems),
  'shortlist-remove': (raw) => parseOutcome(raw, parseItems),
  'shortlist-import': (raw) => parseOutcome(raw, parseImportSummary),
  'clear-user-data': settingsOutcome,
  'get-notices': (raw) => parseOutcome(raw, parseNoticeList),
  'dismiss-notice': (raw) => parseOutcome(raw, parseNoticeList),
};

async function ask<T extends RequestType>(send: SendMessage, parse: (raw: unknown) => ReplyTo<T> | null, message: MessageOf<T>): Promise<ReplyTo<T> | null> {
  try {
    return parse(await send(message));
  } catch {
    return null;
  }
}

/** A content script's request to the background and its parsed reply: null when there was no valid answer. */
export function askFromContent<T extends keyof ContentToBackground>(send: SendMessage, type: T, message: MessageOf<T>): Promise<ReplyTo<T> | null> {
  return ask(send, CONTENT_REPLIES[type], message);
}

/** A request of the popup or the options page, as `askFromContent`. */
export function askFromPage<T extends keyof PagesToBackground>(send: SendMessage, type: T, message: MessageOf<T>): Promise<ReplyTo<T> | null> {
  return ask(send, PAGE_REPLIES[type], message);
}

/** The popup's and the options page's requests about stored data, each answered with an outcome the UI can show. */
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

export function createUserDataClient(send: SendMessage): UserDataClient {
  const outcome = async <V>(reply: Promise<Outcome<V> | null>): Promise<Outcome<V>> => (await reply) ?? noResponse();
  return {
    getSettings: async () => {
      const settings = await askFromPage(send, 'get-settings', { type: 'get-settings' });
      return settings === null ? noResponse() : { ok: true, value: settings };
    },
    updateSettings: (patch) => outcome(askFromPage(send, 'update-settings', { type: 'update-settings', patch })),
    setSiteEnabled: (hostname, enabled) => outcome(askFromPage(send, 'set-site-enabled', { type: 'set-site-enabled', hostname, enabled })),
    clearAll: () => outcome(askFromPage(send, 'clear-user-data', { type: 'clear-user-data' })),
    getShortlist: () => outcome(askFromPage(send, 'get-shortlist', { type: 'get-shortlist' })),
    saveItem: (item) => outcome(askFromPage(send, 'shortlist-add', { type: 'shortlist-add', item })),
    removeItem: (id) => outcome(askFromPage(send, 'shortlist-remove', { type: 'shortlist-remove', id })),
    importShortlist: (file) => outcome(askFromPage(send, 'shortlist-import', { type: 'shortlist-import', file })),
    getNotices: () => outcome(askFromPage(send, 'get-notices', { type: 'get-notices' })),
    dismissNotice: (id) => outcome(askFromPage(send, 'dismiss-notice', { type: 'dismiss-notice', id })),
  };
}
