/**
 * Pure changes to a saved page's history of facts (src/schemas/fact-history.ts): what a save or a later visit
 * adds, and the change the card and the popup show. The store (user-data-store.ts) calls these inside its write
 * queue; the clock is passed in.
 *
 * A visit is counted by the day: the same facts seen again on the same day write nothing, so a page that reports
 * its result several times does not keep writing, and "changed at the last visit" lasts until a visit on a later
 * day finds the facts unchanged.
 */
import { diffFacts, type FactReading } from '../core/fact-changes';
import type { Evidence, PageFacts } from '../core/types';
import { keptQuotes, MAX_CHANGES, MAX_SNAPSHOTS, type FactSnapshot, type PageChange } from '../schemas/fact-history';
import type { SavedKind, ShortlistItem } from '../schemas/shortlist-schema';

/** The user's calendar day of a date (the background runs in the user's time zone). */
export function localDay(date: Date): string {
  return `${date.getFullYear()}-${date.getMonth() + 1}-${date.getDate()}`;
}

export function snapshotOf(reading: { facts: PageFacts; quotes: readonly Evidence[] }, at: Date, origin: FactSnapshot['origin']): FactSnapshot {
  const iso = at.toISOString();
  return { firstSeen: iso, lastSeen: iso, origin, facts: reading.facts, quotes: keptQuotes(reading.quotes) };
}

/**
 * The history after the page was read at `now` (a save, or a visit), or null when there is nothing to write.
 * New facts append a snapshot (the oldest goes past MAX_SNAPSHOTS); the same facts move the latest snapshot's
 * `lastSeen` on a new day. Saving the same facts again marks them as the saved ones, so a change the user has
 * saved over is no longer shown as news.
 */
export function withReading(
  history: readonly FactSnapshot[],
  kind: SavedKind,
  reading: FactReading,
  now: Date,
  origin: FactSnapshot['origin'],
): FactSnapshot[] | null {
  const latest = history[history.length - 1];
  if (latest === undefined) return [snapshotOf(reading, now, origin)];
  if (diffFacts(kind, latest, reading).length > 0) return [...history, snapshotOf(reading, now, origin)].slice(-MAX_SNAPSHOTS);
  const resaved = origin === 'save' && latest.origin !== 'save';
  const newDay = localDay(new Date(latest.lastSeen)) !== localDay(now) && Date.parse(latest.lastSeen) < now.getTime();
  if (!resaved && !newDay) return null;
  const updated: FactSnapshot = { ...latest, origin: resaved ? 'save' : latest.origin, lastSeen: newDay ? now.toISOString() : latest.lastSeen };
  return [...history.slice(0, -1), updated];
}

/**
 * An item's history after a visit that read `reading` at `now`, or null when nothing is to be written. An item
 * saved while the history was off (or before it existed) starts from the facts it was saved with, at its save
 * date, without quotes: they were not kept then.
 */
export function itemHistoryAfterVisit(item: ShortlistItem, reading: FactReading, now: Date): FactSnapshot[] | null {
  if (item.history.length > 0) return withReading(item.history, item.kind, reading, now, 'visit');
  const base: FactSnapshot[] = item.facts === null
    ? []
    : [{ firstSeen: item.savedAt, lastSeen: item.savedAt, origin: 'save', facts: item.facts, quotes: [] }];
  return withReading(base, item.kind, reading, now, 'visit') ?? base;
}

/**
 * What changed at the latest visit that found new facts: the last two snapshots compared, with both quotes and
 * dates. Null when there is no such change (a single snapshot, or the user saved the latest facts).
 */
export function pageChangeOf(kind: SavedKind, history: readonly FactSnapshot[]): PageChange | null {
  const latest = history[history.length - 1];
  const previous = history[history.length - 2];
  if (latest === undefined || previous === undefined || latest.origin !== 'visit') return null;
  const changes = diffFacts(kind, previous, latest).slice(0, MAX_CHANGES);
  if (changes.length === 0) return null;
  return { before: previous.lastSeen, after: latest.firstSeen, sinceSave: previous.origin === 'save', changes };
}

/** True when the facts changed at the last visit: no visit on a later day has seen the new facts since. */
export function changedAtLastVisit(item: Pick<ShortlistItem, 'kind' | 'history'>): boolean {
  const latest = item.history[item.history.length - 1];
  return latest !== undefined && latest.lastSeen === latest.firstSeen && pageChangeOf(item.kind, item.history) !== null;
}
