import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CURRENT_SCHEMA_VERSION, migrateSettingsV1, migrateShortlistItemV1 } from '../../src/storage/migrations';
import { BACKUP_KEY_PREFIX, readStoredSettings, readStoredShortlist } from '../../src/storage/stored-records';
import { createUserDataStore } from '../../src/storage/user-data-store';
import { createMemoryStorageArea } from './memory-storage-area';

type V1Store = {
  settings: { autoCard: boolean; annotations: boolean; disabledSites: string[] };
  shortlist: Array<{ url: string; title: string; kind: string; savedAt: number }>;
};

const v1: V1Store = JSON.parse(readFileSync(new URL('./fixtures/v1-store.json', import.meta.url), 'utf8'));

function counter(): () => string {
  let n = 0;
  return () => `id-${++n}`;
}

describe('v1 → v2 migration of a stored profile', () => {
  it('brings every v1 shortlist item back whole, with an id and no invented facts', async () => {
    const area = createMemoryStorageArea({ initial: v1 });
    const store = createUserDataStore({ area, newId: counter(), now: () => new Date('2026-01-02T03:04:05.000Z') });

    const items = await store.getShortlist();

    expect(items).toHaveLength(v1.shortlist.length);
    v1.shortlist.forEach((old, i) => {
      expect(items[i]).toEqual({
        id: `id-${i + 1}`,
        url: old.url,
        title: old.title,
        kind: old.kind,
        savedAt: new Date(old.savedAt).toISOString(),
        facts: null,
        comparison: [],
      });
      // Nothing lost in the date: the ISO string reads back to the same millisecond.
      expect(Date.parse(items[i]!.savedAt)).toBe(old.savedAt);
    });
  });

  it('writes the migrated list back as v2 and keeps the v1 original under a backup key', async () => {
    const area = createMemoryStorageArea({ initial: v1 });
    const store = createUserDataStore({ area, newId: counter(), now: () => new Date('2026-01-02T03:04:05.000Z') });
    await store.migrate();

    const stored = area.dump();
    expect(stored.shortlist).toMatchObject({ schemaVersion: CURRENT_SCHEMA_VERSION });
    expect((stored.shortlist as { items: unknown[] }).items).toHaveLength(3);
    expect(stored.settings).toEqual({
      schemaVersion: CURRENT_SCHEMA_VERSION,
      settings: { ...v1.settings, cardStartsExpanded: false },
    });
    expect(stored[`${BACKUP_KEY_PREFIX}shortlist:2026-01-02T03:04:05.000Z`]).toEqual(v1.shortlist);
    expect(stored[`${BACKUP_KEY_PREFIX}settings:2026-01-02T03:04:05.000Z`]).toEqual(v1.settings);
    // A migration is not a failure: no notice.
    expect(stored.notices).toBeUndefined();
  });

  it('migrates once: a second read finds v2 and writes nothing', async () => {
    const area = createMemoryStorageArea({ initial: v1 });
    const store = createUserDataStore({ area, newId: counter() });
    const first = await store.getShortlist();
    const after = area.dump();
    const second = await store.getShortlist();
    expect(second).toEqual(first);
    expect(area.dump()).toEqual(after);
  });

  it('keeps the v1 settings and takes the default for the new card-size choice', async () => {
    const store = createUserDataStore({ area: createMemoryStorageArea({ initial: v1 }) });
    expect(await store.getSettings()).toEqual({ ...v1.settings, cardStartsExpanded: false });
  });
});

describe('migration steps', () => {
  it('rejects what is not a v1 item rather than inventing fields', () => {
    const id = counter();
    const valid = v1.shortlist[0]!;
    expect(migrateShortlistItemV1(valid, id)).not.toBeNull();
    expect(migrateShortlistItemV1({ ...valid, url: 'javascript:alert(1)' }, id)).toBeNull();
    expect(migrateShortlistItemV1({ ...valid, kind: 'none' }, id)).toBeNull();
    expect(migrateShortlistItemV1({ ...valid, savedAt: 'yesterday' }, id)).toBeNull();
    expect(migrateShortlistItemV1({ ...valid, savedAt: 8.64e15 + 1 }, id)).toBeNull();
    expect(migrateShortlistItemV1(null, id)).toBeNull();
  });

  it('rejects v1 settings with a wrong type', () => {
    expect(migrateSettingsV1(v1.settings)).toEqual({ ...v1.settings, cardStartsExpanded: false });
    expect(migrateSettingsV1({ ...v1.settings, autoCard: 'yes' })).toBeNull();
    expect(migrateSettingsV1({ ...v1.settings, disabledSites: ['not a host'] })).toBeNull();
  });

  it('reads each stored shape to the right outcome', () => {
    const id = counter();
    expect(readStoredShortlist(undefined, id).status).toBe('empty');
    expect(readStoredShortlist(v1.shortlist, id).status).toBe('migrated');
    expect(readStoredShortlist({ schemaVersion: 2, items: [] }, id).status).toBe('current');
    expect(readStoredShortlist({ schemaVersion: 3, items: [{}] }, id)).toMatchObject({ status: 'recovered', reason: 'newer-version' });
    expect(readStoredShortlist('garbage', id)).toMatchObject({ status: 'recovered', reason: 'unreadable', value: [] });
    expect(readStoredShortlist([...v1.shortlist, { url: 42 }], id)).toMatchObject({
      status: 'recovered',
      reason: 'partly-unreadable',
      unreadable: 1,
    });

    expect(readStoredSettings(undefined).status).toBe('empty');
    expect(readStoredSettings(v1.settings).status).toBe('migrated');
    expect(readStoredSettings({ schemaVersion: 2, settings: { ...v1.settings, cardStartsExpanded: true } }).status).toBe('current');
    expect(readStoredSettings([1, 2])).toMatchObject({ status: 'recovered', reason: 'unreadable' });
  });
});
