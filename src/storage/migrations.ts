/**
 * Schema versions of the stored user data and the steps between them (DESIGN §5: "migrated forward without loss").
 *
 * v1 (the first release's shape, kept here so old profiles and old export files still load):
 *   settings:  { autoCard, annotations, disabledSites }                    — no version field, no card-size choice
 *   shortlist: [ { url, title, kind, savedAt: epoch milliseconds } ]        — a bare array, no ids, no facts
 * v2: each value is an envelope with `schemaVersion: 2` (see stored-records.ts); items carry an id, an ISO
 *   `savedAt`, the page facts and the comparison rows.
 * v3 (current): items carry `history`, snapshots of the page's facts with their quotes (fact-history.ts), and
 *   settings the `changeHistory` switch.
 *
 * A migration keeps every field of the older version: nothing the user saved is dropped, and what it never stored
 * (facts, rows, history) becomes "not known" (null / empty), never invented; a new setting takes its default.
 */
import { DEFAULT_SETTINGS, parseSettings, parseSiteList, type Settings } from '../schemas/settings-schema';
import {
  isHttpUrl, isSavedKind, MAX_TITLE_LENGTH, parseShortlistItem, parseShortlistItemWithoutHistory, type SavedKind,
  type ShortlistItem,
} from '../schemas/shortlist-schema';
import { isRecord } from '../core/is-record';

export const CURRENT_SCHEMA_VERSION = 3;

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
    changeHistory: DEFAULT_SETTINGS.changeHistory,
  };
}

/** v2 settings → current (the history switch at its default), or null when `raw` is not valid v2 settings. */
export function migrateSettingsV2(raw: unknown): Settings | null {
  if (!isRecord(raw)) return null;
  return parseSettings({ ...raw, changeHistory: DEFAULT_SETTINGS.changeHistory });
}

/** One v1 item → current (with a new id), or null when `raw` is not a valid v1 item. */
export function migrateShortlistItemV1(raw: unknown, newId: () => string): ShortlistItem | null {
  if (!isRecord(raw)) return null;
  const { url, title, kind, savedAt } = raw;
  if (!isHttpUrl(url) || typeof title !== 'string' || title.length > MAX_TITLE_LENGTH || !isSavedKind(kind)) return null;
  if (typeof savedAt !== 'number' || !Number.isFinite(savedAt)) return null;
  const date = new Date(savedAt);
  if (Number.isNaN(date.getTime())) return null;
  return { id: newId(), url, title, kind, savedAt: date.toISOString(), facts: null, comparison: [], history: [] };
}

/** One v2 item → current: everything it had, with an empty history; null when `raw` is not a valid v2 item. */
export function migrateShortlistItemV2(raw: unknown): ShortlistItem | null {
  return parseShortlistItemWithoutHistory(raw);
}

/**
 * One item of the current schema. An item whose history cannot be read is kept with its history dropped
 * (`historyDropped`): the history only adds to what the user saved, and must never cost them the item.
 */
export function readCurrentShortlistItem(raw: unknown): { item: ShortlistItem; historyDropped: boolean } | null {
  const item = parseShortlistItem(raw);
  if (item !== null) return { item, historyDropped: false };
  const salvaged = parseShortlistItemWithoutHistory(raw);
  return salvaged === null ? null : { item: salvaged, historyDropped: true };
}

/**
 * Items of a given schema version → current items. Returns the valid ones, how many could not be read and how many
 * lost their unreadable history, so the caller can keep a backup of the original and say so instead of dropping
 * anything silently.
 */
export function migrateShortlistItems(
  version: number,
  rawItems: readonly unknown[],
  newId: () => string,
): { items: ShortlistItem[]; unreadable: number; historyDropped: number } {
  const items: ShortlistItem[] = [];
  let historyDropped = 0;
  for (const raw of rawItems) {
    if (version === 1 || version === 2) {
      const item = version === 1 ? migrateShortlistItemV1(raw, newId) : migrateShortlistItemV2(raw);
      if (item !== null) items.push(item);
      continue;
    }
    const read = readCurrentShortlistItem(raw);
    if (read === null) continue;
    items.push(read.item);
    if (read.historyDropped) historyDropped++;
  }
  return { items, unreadable: rawItems.length - items.length, historyDropped };
}
