/**
 * The shortlist (DESIGN §5 "stored user data"): programs and roles the user saved, each with the comparison the
 * card showed when it was saved. One module gives the types and their runtime checks; the background stores only
 * what passes them, and reads nothing it has not checked.
 */
import type { ComparisonRow, Evidence, PageFacts, PageKind } from '../core/types';
import { MAX_ROWS, parseComparison, parsePageFacts } from './comparison-schema';
import { parseFactHistory, parseQuotes, type FactSnapshot } from './fact-history';
import { hostnameOfPage } from './hostname';
import { isIsoDateTime } from './iso-date-time';
import { isRecord } from '../core/is-record';

export { isIsoDateTime };

/** Only pages with something to compare can be saved. */
export type SavedKind = Exclude<PageKind, 'none'>;

export interface ShortlistItem {
  /** Stable id, made by the background when the item is first saved. */
  id: string;
  /** The page (http or https only). */
  url: string;
  title: string;
  kind: SavedKind;
  /** ISO 8601 date-time of the latest save. */
  savedAt: string;
  /** The page's facts as extracted; null for items saved before facts were kept (schema v1). */
  facts: PageFacts | null;
  /** The comparison rows as the card showed them; empty for schema-v1 items. */
  comparison: ComparisonRow[];
  /**
   * Snapshots of the page's facts with their quotes, oldest first, for "what changed since you saved it"
   * (fact-history.ts); empty when the option was off, and for items from before schema v3.
   */
  history: FactSnapshot[];
}

/**
 * What a card or the popup sends to save a page (the `shortlist-add` message's item, checked). The background adds
 * `id` and `savedAt` from its own clock, and computes the comparison from the facts itself rather than trusting
 * rows sent by a page's content script.
 */
export interface ShortlistDraft {
  url: string;
  title: string;
  kind: SavedKind;
  facts: PageFacts;
  /** The quote of each fact as the card showed it (`{ fact, quote }`), kept in the item's history; may be empty. */
  quotes: Evidence[];
}

/** Bounds that keep one item small and the whole list well inside `storage.local`'s quota. */
export const MAX_SHORTLIST_ITEMS = 1000;
export const MAX_TITLE_LENGTH = 300;
export const MAX_URL_LENGTH = 2048;
const MAX_ID_LENGTH = 64;

export function isSavedKind(value: unknown): value is SavedKind {
  return value === 'mba-program' || value === 'ai-career';
}

/** True for an absolute http(s) URL of sane length: the only links the UI will render. */
export function isHttpUrl(value: unknown): value is string {
  if (typeof value !== 'string' || value.length > MAX_URL_LENGTH) return false;
  try {
    const { protocol } = new URL(value);
    return protocol === 'http:' || protocol === 'https:';
  } catch {
    return false;
  }
}

/** A stored item exactly as the current schema defines it, history included, or null. */
export function parseShortlistItem(raw: unknown): ShortlistItem | null {
  const item = parseShortlistItemWithoutHistory(raw);
  if (item === null || !isRecord(raw)) return null;
  const history = parseFactHistory(raw.history);
  return history === null ? null : { ...item, history };
}

/**
 * Everything of a stored item but its history (which it returns empty): for items from before the history
 * (schema v2), and to keep an item whose history cannot be read rather than lose it.
 */
export function parseShortlistItemWithoutHistory(raw: unknown): ShortlistItem | null {
  if (!isRecord(raw)) return null;
  const { id, url, title, kind, savedAt } = raw;
  if (typeof id !== 'string' || id === '' || id.length > MAX_ID_LENGTH) return null;
  if (!isHttpUrl(url) || typeof title !== 'string' || title.length > MAX_TITLE_LENGTH) return null;
  if (!isSavedKind(kind) || !isIsoDateTime(savedAt)) return null;
  const facts = raw.facts === null ? null : parsePageFacts(raw.facts);
  if (facts === null && raw.facts !== null) return null;
  const comparison = parseComparison(raw.comparison);
  if (comparison === null) return null;
  return { id, url, title, kind, savedAt, facts, comparison, history: [] };
}

/** Collapses whitespace and cuts to the limit; an empty title becomes the page's hostname. */
export function normaliseTitle(title: string, url: string): string {
  const clean = title.replace(/\s+/g, ' ').trim();
  const cut = clean.length > MAX_TITLE_LENGTH ? `${clean.slice(0, MAX_TITLE_LENGTH - 1)}…` : clean;
  return cut !== '' ? cut : (hostnameOfPage(url) ?? url.slice(0, MAX_TITLE_LENGTH));
}

/**
 * A save request from a message, or null. Titles come from page documents and may be anything, so they are
 * normalised rather than rejected; every other field must already be valid.
 */
export function parseShortlistDraft(raw: unknown): ShortlistDraft | null {
  if (!isRecord(raw)) return null;
  const { url, title, kind } = raw;
  if (!isHttpUrl(url) || typeof title !== 'string' || title.length > 10 * MAX_TITLE_LENGTH) return null;
  if (!isSavedKind(kind)) return null;
  const facts = parsePageFacts(raw.facts);
  if (facts === null) return null;
  // Senders from before the history sent no quotes; that is not a reason to refuse the save.
  const quotes = raw.quotes === undefined ? [] : parseQuotes(raw.quotes, 2 * MAX_ROWS);
  if (quotes === null) return null;
  return { url, title: normaliseTitle(title, url), kind, facts, quotes };
}

/** What an import did: pages added, replaced by a newer copy, or already there. */
export interface MergeSummary {
  added: number;
  /** Pages already on the list whose imported copy was saved later, so it replaced the stored one. */
  updated: number;
  /** Pages already on the list with a copy as new or newer than the imported one. */
  unchanged: number;
}

export interface ImportSummary extends MergeSummary {
  /** Items in the file that could not be read and were not imported. */
  skipped: number;
  items: ShortlistItem[];
}
