/**
 * Schema versions of the stored user data and the steps between them (DESIGN §5: "migrated forward without loss").
 *
 * v1 (the first release's shape, kept here so old profiles and old export files still load):
 *   settings:  { autoCard, annotations, disabledSites }                    — no version field, no card-size choice
 *   shortlist: [ { url, title, kind, savedAt: epoch milliseconds } ]        — a bare array, no ids, no facts
 * v2 (current): each value is an envelope with `schemaVersion: 2` (see stored-records.ts); items carry an id,
 *   an ISO `savedAt`, the page facts and the comparison rows.
 *
 * A migration keeps every v1 field: nothing the user saved is dropped, and what v1 never stored (facts, rows)
 * becomes "not known" (null / empty), never invented.
 */
import { DEFAULT_SETTINGS, parseSiteList, type Settings } from '../schemas/settings-schema';
import {
  isHttpUrl, isSavedKind, MAX_TITLE_LENGTH, parseShortlistItem, type SavedKind, type ShortlistItem,
} from '../schemas/shortlist-schema';
import { isRecord } from '../core/is-record';

export const CURRENT_SCHEMA_VERSION = 2;

export interface SettingsV1 {
  autoCard: boolean;
  annotations: boolean;
  disabledSites: string[];
}

export interface ShortlistItemV1 {
  url: string;
  title: string;
  kind: SavedKind;
  /** Epoch milliseconds. */
  savedAt: number;
}

/** v1 settings → current, or null when `raw` is not valid v1 settings. */
export function migrateSettingsV1(raw: unknown): Settings | null {
  if (!isRecord(raw) || typeof raw.autoCard !== 'boolean' || typeof raw.annotations !== 'boolean') return null;
  const disabledSites = parseSiteList(raw.disabledSites);
  if (disabledSites === null) return null;
  return {
    autoCard: raw.autoCard,
    annotations: raw.annotations,
    disabledSites,
    // v1 had no choice: the card always started as the compact pill, which is also today's default.
    cardStartsExpanded: DEFAULT_SETTINGS.cardStartsExpanded,
  };
}

/** One v1 item → current (with a new id), or null when `raw` is not a valid v1 item. */
export function migrateShortlistItemV1(raw: unknown, newId: () => string): ShortlistItem | null {
  if (!isRecord(raw)) return null;
  const { url, title, kind, savedAt } = raw;
  if (!isHttpUrl(url) || typeof title !== 'string' || title.length > MAX_TITLE_LENGTH || !isSavedKind(kind)) return null;
  if (typeof savedAt !== 'number' || !Number.isFinite(savedAt)) return null;
  const date = new Date(savedAt);
  if (Number.isNaN(date.getTime())) return null;
  return { id: newId(), url, title, kind, savedAt: date.toISOString(), facts: null, comparison: [] };
}

/**
 * Items of a given schema version → current items. Returns the valid ones and how many could not be read, so
 * the caller can keep a backup of the original and say so instead of dropping them silently.
 */
export function migrateShortlistItems(
  version: number,
  rawItems: readonly unknown[],
  newId: () => string,
): { items: ShortlistItem[]; unreadable: number } {
  const items: ShortlistItem[] = [];
  for (const raw of rawItems) {
    const item = version === 1 ? migrateShortlistItemV1(raw, newId) : parseShortlistItem(raw);
    if (item !== null) items.push(item);
  }
  return { items, unreadable: rawItems.length - items.length };
}
