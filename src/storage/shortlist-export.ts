/**
 * The shortlist's JSON export file: versioned like the store, so a file exported today can be imported by a later
 * version (through the same migrations as stored data), and a file from a later version is refused, not misread.
 */
import { CURRENT_SCHEMA_VERSION, migrateShortlistItems } from './migrations';
import type { ShortlistItem } from '../schemas/shortlist-schema';
import { isRecord } from '../core/is-record';

export const EXPORT_FORMAT = 'mba-lens-shortlist';

export interface ShortlistExport {
  format: typeof EXPORT_FORMAT;
  schemaVersion: typeof CURRENT_SCHEMA_VERSION;
  exportedAt: string;
  items: ShortlistItem[];
}

/** Files bigger than this are not shortlists (1000 items are well under 2 MB). */
export const MAX_IMPORT_CHARS = 8 * 1024 * 1024;

export function toShortlistExport(items: readonly ShortlistItem[], now: Date): ShortlistExport {
  return { format: EXPORT_FORMAT, schemaVersion: CURRENT_SCHEMA_VERSION, exportedAt: now.toISOString(), items: [...items] };
}

export type ParsedImport =
  | { ok: true; items: ShortlistItem[]; unreadable: number }
  | { ok: false; reason: 'not-a-shortlist' | 'newer-version' };

/**
 * The items of an export file (already JSON-parsed), migrated to the current schema. Also accepts a bare v1
 * list (what v1 kept in storage). Items that cannot be read are counted, not imported.
 */
export function parseShortlistExport(raw: unknown, newId: () => string): ParsedImport {
  if (Array.isArray(raw)) return imported(migrateShortlistItems(1, raw, newId));
  if (!isRecord(raw) || raw.format !== EXPORT_FORMAT || !Array.isArray(raw.items)) {
    return { ok: false, reason: 'not-a-shortlist' };
  }
  const version = raw.schemaVersion;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
    return { ok: false, reason: 'not-a-shortlist' };
  }
  if (version > CURRENT_SCHEMA_VERSION) return { ok: false, reason: 'newer-version' };
  return imported(migrateShortlistItems(version, raw.items, newId));
}

/** An item whose history cannot be read is imported without it: the history only adds to what the user saved. */
function imported({ items, unreadable }: { items: ShortlistItem[]; unreadable: number }): ParsedImport {
  return { ok: true, items, unreadable };
}
