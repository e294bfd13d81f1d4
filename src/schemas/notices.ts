/**
 * Notices the popup and options page show until the user dismisses them: for now, that a stored value could not
 * be read and was replaced, with where the original was kept. Stored beside the data so a notice raised while
 * no page was open is still there when the user next opens one.
 */
import { isIsoDateTime } from './shortlist-schema';
import { isRecord } from '../core/is-record';

/** The stored values that can need recovering. */
export type StoredArea = 'settings' | 'shortlist';

/**
 * Why a stored value could not be used as it was. `history-unreadable`: every saved item was kept, but the fact
 * history of some could not be read and was dropped (`unreadable` counts those items).
 */
export type RecoveryReason = 'unreadable' | 'partly-unreadable' | 'newer-version' | 'history-unreadable';

export interface StoreNotice {
  id: string;
  kind: 'store-recovered';
  area: StoredArea;
  reason: RecoveryReason;
  /** Saved items that could not be read (0 for settings); for `history-unreadable`, the items that lost their history. */
  unreadable: number;
  /** The `storage.local` key that holds the original value. */
  backupKey: string;
  /** ISO date-time. */
  at: string;
}

/** Old notices give way to new ones beyond this, so a store that keeps failing cannot grow without bound. */
export const MAX_NOTICES = 20;

const AREAS: ReadonlySet<unknown> = new Set(['settings', 'shortlist']);
const REASONS: ReadonlySet<unknown> = new Set(['unreadable', 'partly-unreadable', 'newer-version', 'history-unreadable']);

function parseNotice(raw: unknown): StoreNotice | null {
  if (!isRecord(raw) || raw.kind !== 'store-recovered') return null;
  const { id, area, reason, unreadable, backupKey, at } = raw;
  if (typeof id !== 'string' || id === '' || !AREAS.has(area) || !REASONS.has(reason)) return null;
  if (typeof unreadable !== 'number' || !Number.isInteger(unreadable) || unreadable < 0) return null;
  if (typeof backupKey !== 'string' || !isIsoDateTime(at)) return null;
  return { id, kind: 'store-recovered', area: area as StoredArea, reason: reason as RecoveryReason, unreadable, backupKey, at };
}

/**
 * The valid notices in a stored value. Notices only inform, so a damaged list is read as far as it goes rather
 * than raising a notice about notices.
 */
export function parseNotices(raw: unknown): StoreNotice[] {
  if (!Array.isArray(raw)) return [];
  return raw.map(parseNotice).filter((notice): notice is StoreNotice => notice !== null).slice(-MAX_NOTICES);
}
