/**
 * What sits in `storage.local` and how a stored value is read back: validated, migrated forward, or recovered.
 *
 *   settings  → { schemaVersion: 3, settings: Settings }
 *   shortlist → { schemaVersion: 3, items: ShortlistItem[] }      (newest first; each with its fact history)
 *   notices   → StoreNotice[]                                       (see notices.ts)
 *   backup:<key>:<ISO time> → the raw value that could not be read, or the v1 value before its migration
 *
 * Reading is pure: it says what it found and what the store should do (write back, keep a backup, tell the user),
 * and user-data-store.ts does it.
 */
import { CURRENT_SCHEMA_VERSION, migrateSettingsV1, migrateSettingsV2, migrateShortlistItems } from './migrations';
import { defaultSettings, parseSettings, salvageSettings, type Settings } from '../schemas/settings-schema';
import type { ShortlistItem } from '../schemas/shortlist-schema';
import { isRecord } from '../core/is-record';
import type { RecoveryReason, StoredArea } from '../schemas/notices';

export type { RecoveryReason, StoredArea };

export const STORAGE_KEYS = { settings: 'settings', shortlist: 'shortlist', notices: 'notices' } as const;
export const BACKUP_KEY_PREFIX = 'backup:';

export interface SettingsRecord {
  schemaVersion: typeof CURRENT_SCHEMA_VERSION;
  settings: Settings;
}

export interface ShortlistRecord {
  schemaVersion: typeof CURRENT_SCHEMA_VERSION;
  items: ShortlistItem[];
}

export type ReadOutcome<T> =
  /** Nothing stored yet: the defaults, nothing to write. */
  | { status: 'empty'; value: T }
  /** A valid value of the current version. */
  | { status: 'current'; value: T }
  /** A valid value of an older version, migrated: write it back, keeping the original as a backup. */
  | { status: 'migrated'; value: T; fromVersion: number }
  /** Damaged: what could be kept. Back up the raw value, write this, tell the user. */
  | { status: 'recovered'; value: T; reason: RecoveryReason; unreadable: number };

export function settingsRecord(settings: Settings): SettingsRecord {
  return { schemaVersion: CURRENT_SCHEMA_VERSION, settings };
}

export function shortlistRecord(items: ShortlistItem[]): ShortlistRecord {
  return { schemaVersion: CURRENT_SCHEMA_VERSION, items };
}

export function backupKey(key: string, at: Date): string {
  return `${BACKUP_KEY_PREFIX}${key}:${at.toISOString()}`;
}

export function readStoredSettings(raw: unknown): ReadOutcome<Settings> {
  if (raw === undefined) return { status: 'empty', value: defaultSettings() };
  if (isRecord(raw) && raw.schemaVersion === undefined) {
    const migrated = migrateSettingsV1(raw);
    if (migrated !== null) return { status: 'migrated', value: migrated, fromVersion: 1 };
    return { status: 'recovered', value: salvageSettings(raw).settings, reason: 'unreadable', unreadable: 0 };
  }
  if (isRecord(raw) && raw.schemaVersion === 2) {
    const migrated = migrateSettingsV2(raw.settings);
    if (migrated !== null) return { status: 'migrated', value: migrated, fromVersion: 2 };
    return { status: 'recovered', value: salvageSettings(raw.settings).settings, reason: 'partly-unreadable', unreadable: 0 };
  }
  if (isRecord(raw) && raw.schemaVersion === CURRENT_SCHEMA_VERSION) {
    const settings = parseSettings(raw.settings);
    if (settings !== null) return { status: 'current', value: settings };
    return { status: 'recovered', value: salvageSettings(raw.settings).settings, reason: 'partly-unreadable', unreadable: 0 };
  }
  if (isRecord(raw) && typeof raw.schemaVersion === 'number' && raw.schemaVersion > CURRENT_SCHEMA_VERSION) {
    return { status: 'recovered', value: salvageSettings(raw.settings).settings, reason: 'newer-version', unreadable: 0 };
  }
  return { status: 'recovered', value: defaultSettings(), reason: 'unreadable', unreadable: 0 };
}

export function readStoredShortlist(raw: unknown, newId: () => string): ReadOutcome<ShortlistItem[]> {
  if (raw === undefined) return { status: 'empty', value: [] };
  // v1 stored the list itself, with no envelope.
  if (Array.isArray(raw)) {
    const { items, unreadable } = migrateShortlistItems(1, raw, newId);
    return unreadable === 0
      ? { status: 'migrated', value: items, fromVersion: 1 }
      : { status: 'recovered', value: items, reason: 'partly-unreadable', unreadable };
  }
  if (isRecord(raw) && raw.schemaVersion === 2 && Array.isArray(raw.items)) {
    const { items, unreadable } = migrateShortlistItems(2, raw.items, newId);
    return unreadable === 0
      ? { status: 'migrated', value: items, fromVersion: 2 }
      : { status: 'recovered', value: items, reason: 'partly-unreadable', unreadable };
  }
  if (isRecord(raw) && raw.schemaVersion === CURRENT_SCHEMA_VERSION && Array.isArray(raw.items)) {
    const { items, unreadable, historyDropped } = migrateShortlistItems(CURRENT_SCHEMA_VERSION, raw.items, newId);
    if (unreadable > 0) return { status: 'recovered', value: items, reason: 'partly-unreadable', unreadable };
    // Every item kept, some without the history that could not be read: the original is backed up and the user told.
    if (historyDropped > 0) return { status: 'recovered', value: items, reason: 'history-unreadable', unreadable: historyDropped };
    return { status: 'current', value: items };
  }
  if (isRecord(raw) && typeof raw.schemaVersion === 'number' && raw.schemaVersion > CURRENT_SCHEMA_VERSION) {
    const count = Array.isArray(raw.items) ? raw.items.length : 0;
    return { status: 'recovered', value: [], reason: 'newer-version', unreadable: count };
  }
  const count = isRecord(raw) && Array.isArray(raw.items) ? raw.items.length : 0;
  return { status: 'recovered', value: [], reason: 'unreadable', unreadable: count };
}
