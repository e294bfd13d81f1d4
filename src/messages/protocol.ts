/**
 * The one message protocol between content script, background, popup and options (DESIGN §5): every request, by
 * direction, with the type of its reply. Every message is parsed on receipt by its direction's parser; anything
 * else is ignored. To add a request: add it to its direction's map, its type to that direction's list and a case to
 * its parser (the switch must return on every path), and its reply parser in client.ts (the compiler asks for it).
 */
import { isRecord } from '../core/is-record';
import type { AnalysisResult } from '../core/types';
import type { PageChange } from '../schemas/fact-history';
import type { StoreNotice } from '../schemas/notices';
import type { Outcome } from '../schemas/outcome';
import { parseSettings, type Settings } from '../schemas/settings-schema';
import { MAX_URL_LENGTH, type ImportSummary, type ShortlistDraft, type ShortlistItem } from '../schemas/shortlist-schema';
import { parseAnalysisResult } from './analysis-result';

/** What the card sends when the user saves a page; the storage module decides how it is kept. */
export type ShortlistAddItem = ShortlistDraft & { savedAt: number };

/**
 * Requests the content script and the extension pages both make: settings (`get-settings` answers plainly: content
 * scripts need settings to run) and saving a page.
 */
interface SharedRequests {
  'get-settings': { request: { type: 'get-settings' }; reply: Settings };
  /**
   * The background writes, then broadcasts `settings-changed`. The patch is checked by the store, which answers a bad
   * one with `invalid-payload` rather than silence; senders pass a `Partial<Settings>` (client.ts).
   */
  'update-settings': { request: { type: 'update-settings'; patch: unknown }; reply: Outcome<Settings> };
  /** Turn MBA Lens off (or back on) on one site: the `disabledSites` list. */
  'set-site-enabled': { request: { type: 'set-site-enabled'; hostname: string; enabled: boolean }; reply: Outcome<Settings> };
  /** The card's or the popup's Save button. The item (a `ShortlistAddItem`, client.ts) is checked by the store, as above. */
  'shortlist-add': { request: { type: 'shortlist-add'; item: unknown }; reply: Outcome<ShortlistItem> };
}

/** content script → background. */
export interface ContentToBackground extends SharedRequests {
  /**
   * The page's latest result (null: nothing to show, clear the badge); true once recorded, in the saved page's
   * fact history too where the page is on the shortlist and the history is on. `forcedCard`: the card the user
   * asked for on this page below the threshold (core/analyze.ts `forcedCardResult`), which the history records
   * instead, since a page saved from such a card is saved with its kind.
   */
  'page-result': { request: { type: 'page-result'; result: AnalysisResult | null; forcedCard?: AnalysisResult }; reply: boolean };
  /** What changed on this saved page (its address without the fragment) since it was saved or last seen, or null. */
  'get-page-change': { request: { type: 'get-page-change'; url: string }; reply: PageChange | null };
}

/** popup and options page → background. */
export interface PagesToBackground extends SharedRequests {
  /** Analyse that tab on demand and show its card; the background injects the content script where it is absent. */
  'analyze-tab': { request: { type: 'analyze-tab'; tabId: number }; reply: boolean };
  /** The tab's stored result, or null. */
  'get-tab-result': { request: { type: 'get-tab-result'; tabId: number }; reply: AnalysisResult | null };
  /** The saved items, newest first. */
  'get-shortlist': { request: { type: 'get-shortlist' }; reply: Outcome<ShortlistItem[]> };
  'shortlist-remove': { request: { type: 'shortlist-remove'; id: string }; reply: Outcome<ShortlistItem[]> };
  /** Merge an exported JSON file (parsed, not yet checked: the background validates it). */
  'shortlist-import': { request: { type: 'shortlist-import'; file: unknown }; reply: Outcome<ImportSummary> };
  /** Delete every saved item, setting, notice and backup. */
  'clear-user-data': { request: { type: 'clear-user-data' }; reply: Outcome<Settings> };
  /** Notices about stored data that had to be recovered. */
  'get-notices': { request: { type: 'get-notices' }; reply: Outcome<StoreNotice[]> };
  'dismiss-notice': { request: { type: 'dismiss-notice'; id: string }; reply: Outcome<StoreNotice[]> };
}

/** background → content script (and, for `settings-changed`, the open extension pages). */
export interface BackgroundToContent {
  /** The user asked for the card (context menu, popup): analyse now and show it, even below the threshold. */
  'analyze-now': { request: { type: 'analyze-now' }; reply: boolean };
  /** Keyboard command: hide the card if it is shown, else as `analyze-now`. */
  'toggle-card': { request: { type: 'toggle-card' }; reply: boolean };
  'settings-changed': { request: { type: 'settings-changed'; settings: Settings }; reply: void };
}

export type ToBackground = ContentToBackground & PagesToBackground;
type Protocol = ToBackground & BackgroundToContent;

export type MessageType = keyof Protocol;
export type MessageOf<T extends MessageType> = Protocol[T]['request'];
export type ReplyTo<T extends MessageType> = Protocol[T]['reply'];
export type Message = { [T in MessageType]: MessageOf<T> }[MessageType];

/** The user asked for the card in a tab (context menu, keyboard command, popup). */
export type ShowCardRequest = MessageOf<'analyze-now'> | MessageOf<'toggle-card'>;

const isTabId = (value: unknown): value is number => typeof value === 'number' && Number.isInteger(value);

export type ToBackgroundMessage = { [T in keyof ToBackground]: MessageOf<T> }[keyof ToBackground];
export type ToContentMessage = { [T in keyof BackgroundToContent]: MessageOf<T> }[keyof BackgroundToContent];

const TO_BACKGROUND: readonly (keyof ToBackground)[] = [
  'page-result', 'get-page-change', 'shortlist-add', 'get-settings', 'update-settings', 'set-site-enabled', 'analyze-tab', 'get-tab-result',
  'get-shortlist', 'shortlist-remove', 'shortlist-import', 'clear-user-data', 'get-notices', 'dismiss-notice',
];
const TO_CONTENT: readonly (keyof BackgroundToContent)[] = ['analyze-now', 'toggle-card', 'settings-changed'];

const isOneOf = <T extends string>(types: readonly T[], value: unknown): value is T => types.some((type) => type === value);

/** A request to the background, if it is one of ours and well formed, else null. Never throws. */
export function parseToBackground(raw: unknown): ToBackgroundMessage | null {
  if (!isRecord(raw) || !isOneOf(TO_BACKGROUND, raw.type)) return null;
  const type = raw.type;
  switch (type) {
    case 'page-result': {
      const result = raw.result === null ? null : parseAnalysisResult(raw.result);
      if (result === null && raw.result !== null) return null;
      if (raw.forcedCard === undefined) return { type, result };
      // A forced card is of a page below the threshold (no card of its own), of the same page, and of a card kind.
      const forcedCard = parseAnalysisResult(raw.forcedCard);
      if (result === null || result.kind !== 'none' || forcedCard === null || forcedCard.kind === 'none' || forcedCard.url !== result.url) return null;
      return { type, result, forcedCard };
    }
    case 'get-settings':
    case 'get-shortlist':
    case 'clear-user-data':
    case 'get-notices':
      return { type };
    case 'analyze-tab':
    case 'get-tab-result': {
      const tabId = raw.tabId;
      return isTabId(tabId) ? { type, tabId } : null;
    }
    case 'get-page-change': {
      const url = raw.url;
      return typeof url === 'string' && url.length <= MAX_URL_LENGTH ? { type, url } : null;
    }
    case 'shortlist-add':
      return 'item' in raw ? { type, item: raw.item } : null;
    case 'update-settings':
      return 'patch' in raw ? { type, patch: raw.patch } : null;
    case 'set-site-enabled': {
      const { hostname, enabled } = raw;
      return typeof hostname === 'string' && typeof enabled === 'boolean' ? { type, hostname, enabled } : null;
    }
    case 'shortlist-remove':
    case 'dismiss-notice': {
      const id = raw.id;
      return typeof id === 'string' ? { type, id } : null;
    }
    case 'shortlist-import':
      return 'file' in raw ? { type, file: raw.file } : null;
  }
}

/** A message from the background (to a content script or an extension page), if well formed, else null. Never throws. */
export function parseToContent(raw: unknown): ToContentMessage | null {
  if (!isRecord(raw) || !isOneOf(TO_CONTENT, raw.type)) return null;
  const type = raw.type;
  switch (type) {
    case 'analyze-now':
    case 'toggle-card':
      return { type };
    case 'settings-changed': {
      const settings = parseSettings(raw.settings);
      return settings === null ? null : { type, settings };
    }
  }
}
