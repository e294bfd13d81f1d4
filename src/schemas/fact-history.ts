/**
 * The history of a saved page's facts (the "what changed since you saved it" feature): a few snapshots of the facts
 * with the quote each came from and when they were seen, and the change the card and the popup show. Stored with
 * the item (shortlist-schema.ts) on this device only; it never holds page text beyond the quotes, and every list
 * and string in it is bounded. One module gives the types and their runtime checks, as for the rest of the store.
 */
import type { FactChange } from '../core/fact-changes';
import { isRecord } from '../core/is-record';
import type { Evidence, PageFacts, RowValue } from '../core/types';
import { MAX_TEXT_LENGTH, parsePageFacts } from './comparison-schema';
import { isIsoDateTime } from './iso-date-time';
import { parseEach } from './parse-each';

/** Snapshots kept per saved page, the oldest dropped first (the save's own snapshot included). */
export const MAX_SNAPSHOTS = 5;
/** Quotes kept per snapshot: one per fact, so a career page with many skills keeps the first ones. */
export const MAX_SNAPSHOT_QUOTES = 30;
/** A kept quote is cut to this many characters (quotes are sentences; the card elides long ones anyway). */
export const MAX_KEPT_QUOTE_LENGTH = 240;
/** Changes one page can report (a career page's skills can come and go in numbers). */
export const MAX_CHANGES = 60;

export interface FactSnapshot {
  /** ISO date-time these facts were first seen (the save, or the visit that found them). */
  firstSeen: string;
  /** ISO date-time of the latest visit that found the same facts (moved at most once a day). */
  lastSeen: string;
  /** Whether the user saved the page with these facts, or a later visit found them. */
  origin: 'save' | 'visit';
  facts: PageFacts;
  /** The quote of each stated fact, as `{ fact, quote }` (the card's evidence). */
  quotes: Evidence[];
}

/** What the card and the popup show: the facts that differ between the last two snapshots, with both quotes. */
export interface PageChange {
  /** ISO date-time the earlier facts were last seen. */
  before: string;
  /** ISO date-time the new facts were first seen. */
  after: string;
  /** The earlier facts are the ones the user saved (else a later visit's). */
  sinceSave: boolean;
  changes: FactChange[];
}

const ORIGINS: ReadonlySet<unknown> = new Set(['save', 'visit']);

const isBoundedText = (value: unknown, max: number): value is string => typeof value === 'string' && value.length <= max;

/**
 * The quotes of an analysis, as a snapshot keeps them: the first of each fact, cut to length, at most
 * MAX_SNAPSHOT_QUOTES. Anything else of the evidence (spans, anchors) is left behind.
 */
export function keptQuotes(evidence: readonly Evidence[]): Evidence[] {
  const kept: Evidence[] = [];
  for (const { fact, quote } of evidence) {
    if (kept.length >= MAX_SNAPSHOT_QUOTES) break;
    if (fact === '' || kept.some((entry) => entry.fact === fact)) continue;
    kept.push({ fact: fact.slice(0, MAX_TEXT_LENGTH), quote: quote.slice(0, MAX_KEPT_QUOTE_LENGTH) });
  }
  return kept;
}

/** Quotes from a message (a save request): each checked, then kept as `keptQuotes` keeps them; null if malformed. */
export function parseQuotes(raw: unknown, maxIn: number): Evidence[] | null {
  if (!Array.isArray(raw) || raw.length > maxIn) return null;
  const evidence: Evidence[] = [];
  for (const entry of raw) {
    if (!isRecord(entry) || typeof entry.fact !== 'string' || typeof entry.quote !== 'string') return null;
    evidence.push({ fact: entry.fact, quote: entry.quote });
  }
  return keptQuotes(evidence);
}

/** Stored quotes, exactly as kept (no cutting: a stored value that breaks the bounds is not ours). */
function parseStoredQuotes(raw: unknown): Evidence[] | null {
  if (!Array.isArray(raw) || raw.length > MAX_SNAPSHOT_QUOTES) return null;
  const quotes: Evidence[] = [];
  for (const entry of raw) {
    if (!isRecord(entry) || !isBoundedText(entry.fact, MAX_TEXT_LENGTH) || entry.fact === '') return null;
    if (!isBoundedText(entry.quote, MAX_KEPT_QUOTE_LENGTH)) return null;
    quotes.push({ fact: entry.fact, quote: entry.quote });
  }
  return quotes;
}

function parseSnapshot(raw: unknown): FactSnapshot | null {
  if (!isRecord(raw)) return null;
  const { firstSeen, lastSeen, origin } = raw;
  if (!isIsoDateTime(firstSeen) || !isIsoDateTime(lastSeen) || !ORIGINS.has(origin)) return null;
  if (Date.parse(lastSeen) < Date.parse(firstSeen)) return null;
  const facts = parsePageFacts(raw.facts);
  const quotes = parseStoredQuotes(raw.quotes);
  if (facts === null || quotes === null) return null;
  return { firstSeen, lastSeen, origin: origin === 'save' ? 'save' : 'visit', facts, quotes };
}

/** A stored history (oldest snapshot first), every snapshot valid and in order, or null. */
export function parseFactHistory(raw: unknown): FactSnapshot[] | null {
  const snapshots = parseEach(raw, parseSnapshot, MAX_SNAPSHOTS);
  if (snapshots === null) return null;
  const inOrder = snapshots.every((snapshot, i) => i === 0 || Date.parse(snapshot.firstSeen) >= Date.parse(snapshots[i - 1]?.firstSeen ?? ''));
  return inOrder ? snapshots : null;
}

function isRowValue(value: unknown): value is RowValue {
  return value === null || typeof value === 'boolean' || (typeof value === 'number' && Number.isFinite(value)) ||
    isBoundedText(value, MAX_TEXT_LENGTH);
}

const isQuote = (value: unknown): value is string | null => value === null || isBoundedText(value, MAX_KEPT_QUOTE_LENGTH);

function parseFactChange(raw: unknown): FactChange | null {
  if (!isRecord(raw) || !isBoundedText(raw.fact, MAX_TEXT_LENGTH) || raw.fact === '') return null;
  const { before, after, beforeQuote, afterQuote } = raw;
  if (!isRowValue(before) || !isRowValue(after) || !isQuote(beforeQuote) || !isQuote(afterQuote)) return null;
  return { fact: raw.fact, before, after, beforeQuote, afterQuote };
}

/** A change from a message (the background's reply to the card), or null. */
export function parsePageChange(raw: unknown): PageChange | null {
  if (!isRecord(raw) || !isIsoDateTime(raw.before) || !isIsoDateTime(raw.after) || typeof raw.sinceSave !== 'boolean') return null;
  if (!Array.isArray(raw.changes) || raw.changes.length === 0 || raw.changes.length > MAX_CHANGES) return null;
  const changes: FactChange[] = [];
  for (const entry of raw.changes) {
    const parsed = parseFactChange(entry);
    if (parsed === null) return null;
    changes.push(parsed);
  }
  return { before: raw.before, after: raw.after, sinceSave: raw.sinceSave, changes };
}

/** The address a page is saved and recognised under: the URL without its fragment (as the card saves it). */
export function savedPageAddress(url: string): string {
  const hash = url.indexOf('#');
  return hash < 0 ? url : url.slice(0, hash);
}
