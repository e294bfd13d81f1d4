import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CURRENT_SCHEMA_VERSION, migrateSettingsV1, migrateShortlistItemV1, migrateShortlistItemV2 } from '../../src/storage/migrations';
import { parseShortlistExport } from '../../src/storage/shortlist-export';
import { BACKUP_KEY_PREFIX, readStoredSettings, readStoredShortlist } from '../../src/storage/stored-records';
import { createUserDataStore } from '../../src/storage/user-data-store';
import { createMemoryStorageArea } from './memory-storage-area';

type V1Store = {
  settings: { autoCard: boolean; annotations: boolean; disabledSites: string[] };
  shortlist: Array<{ url: string; title: string; kind: string; savedAt: number }>;
};

const v1: V1Store = JSON.parse(readFileSync(new URL('./fixtures/v1-store.json', import.meta.url), 'utf8'));

type V2Store = {
  settings: { schemaVersion: 2; settings: Record<string, unknown> };
  shortlist: { schemaVersion: 2; items: Array<Record<string, unknown>> };
};

/** A v2 profile as v2 wrote it: a program and a role saved with facts and rows, and an item v1 had saved. */
const v2: V2Store = JSON.parse(readFileSync(new URL('./fixtures/v2-store.json', import.meta.url), 'utf8'));

function counter(): () => string {
  let n = 0;
  return () => `id-${++n}`;
}

describe('v1 → current migration of a stored profile', () => {
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
        history: [],
      });
      // Nothing lost in the date: the ISO string reads back to the same millisecond.
      expect(Date.parse(items[i]!.savedAt)).toBe(old.savedAt);
    });
  });

  it('writes the migrated list back as the current version and keeps the v1 original under a backup key', async () => {
    const area = createMemoryStorageArea({ initial: v1 });
    const store = createUserDataStore({ area, newId: counter(), now: () => new Date('2026-01-02T03:04:05.000Z') });
    await store.migrate();

    const stored = area.dump();
    expect(stored.shortlist).toMatchObject({ schemaVersion: CURRENT_SCHEMA_VERSION });
    expect((stored.shortlist as { items: unknown[] }).items).toHaveLength(3);
    expect(stored.settings).toEqual({
      schemaVersion: CURRENT_SCHEMA_VERSION,
      settings: { ...v1.settings, cardStartsExpanded: false, changeHistory: true },
    });
    expect(stored[`${BACKUP_KEY_PREFIX}shortlist:2026-01-02T03:04:05.000Z`]).toEqual(v1.shortlist);
    expect(stored[`${BACKUP_KEY_PREFIX}settings:2026-01-02T03:04:05.000Z`]).toEqual(v1.settings);
    // A migration is not a failure: no notice.
    expect(stored.notices).toBeUndefined();
  });

  it('migrates once: a second read finds the current version and writes nothing', async () => {
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
    expect(await store.getSettings()).toEqual({ ...v1.settings, cardStartsExpanded: false, changeHistory: true });
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
    expect(migrateSettingsV1(v1.settings)).toEqual({ ...v1.settings, cardStartsExpanded: false, changeHistory: true });
    expect(migrateSettingsV1({ ...v1.settings, autoCard: 'yes' })).toBeNull();
    expect(migrateSettingsV1({ ...v1.settings, disabledSites: ['not a host'] })).toBeNull();
  });

  it('reads each stored shape to the right outcome', () => {
    const id = counter();
    expect(readStoredShortlist(undefined, id).status).toBe('empty');
    expect(readStoredShortlist(v1.shortlist, id).status).toBe('migrated');
    expect(readStoredShortlist({ schemaVersion: 2, items: [] }, id)).toMatchObject({ status: 'migrated', fromVersion: 2 });
    expect(readStoredShortlist({ schemaVersion: 3, items: [] }, id).status).toBe('current');
    expect(readStoredShortlist({ schemaVersion: 4, items: [{}] }, id)).toMatchObject({ status: 'recovered', reason: 'newer-version' });
    expect(readStoredShortlist('garbage', id)).toMatchObject({ status: 'recovered', reason: 'unreadable', value: [] });
    expect(readStoredShortlist([...v1.shortlist, { url: 42 }], id)).toMatchObject({
      status: 'recovered',
      reason: 'partly-unreadable',
      unreadable: 1,
    });

    expect(readStoredSettings(undefined).status).toBe('empty');
    expect(readStoredSettings(v1.settings).status).toBe('migrated');
    expect(readStoredSettings({ schemaVersion: 2, settings: { ...v1.settings, cardStartsExpanded: true } })).toMatchObject({ status: 'migrated', fromVersion: 2 });
    expect(readStoredSettings({ schemaVersion: 3, settings: { ...v1.settings, cardStartsExpanded: true, changeHistory: false } }).status).toBe('current');
    expect(readStoredSettings([1, 2])).toMatchObject({ status: 'recovered', reason: 'unreadable' });
  });
});

describe('v2 → v3 migration: every item gains an empty history, settings the history switch', () => {
  const at = () => new Date('2026-04-01T12:00:00.000Z');

  it('brings every v2 item back exactly as it was, with an empty history', async () => {
    const store = createUserDataStore({ area: createMemoryStorageArea({ initial: v2 }), newId: counter(), now: at });
    const items = await store.getShortlist();
    expect(items).toEqual(v2.shortlist.items.map((item) => ({ ...item, history: [] })));
  });

  it('keeps every v2 setting and turns the history on by default', async () => {
    const store = createUserDataStore({ area: createMemoryStorageArea({ initial: v2 }), now: at });
    expect(await store.getSettings()).toEqual({ ...v2.settings.settings, changeHistory: true });
  });

  it('writes v3 back, keeps the v2 originals under backup keys, and raises no notice', async () => {
    const area = createMemoryStorageArea({ initial: v2 });
    await createUserDataStore({ area, newId: counter(), now: at }).migrate();
    const stored = area.dump();
    expect(stored.shortlist).toMatchObject({ schemaVersion: 3 });
    expect(stored.settings).toMatchObject({ schemaVersion: 3, settings: { changeHistory: true } });
    expect(stored['backup:shortlist:2026-04-01T12:00:00.000Z']).toEqual(v2.shortlist);
    expect(stored['backup:settings:2026-04-01T12:00:00.000Z']).toEqual(v2.settings);
    expect(stored.notices).toBeUndefined();
    expect(migrateShortlistItemV2(v2.shortlist.items[0])).toEqual({ ...v2.shortlist.items[0], history: [] });
  });

  it('migrates a v2 export file the same way', () => {
    const file = { format: 'mba-lens-shortlist', schemaVersion: 2, exportedAt: '2026-03-20T00:00:00.000Z', items: v2.shortlist.items };
    expect(parseShortlistExport(file, counter())).toEqual({
      ok: true, items: v2.shortlist.items.map((item) => ({ ...item, history: [] })), unreadable: 0,
    });
  });
});

describe('a v3 item whose history cannot be read', () => {
  const at = () => new Date('2026-04-02T12:00:00.000Z');
  const snapshot = {
    firstSeen: '2026-03-12T15:20:00.000Z', lastSeen: '2026-03-12T15:20:00.000Z', origin: 'save',
    facts: v2.shortlist.items[0]!.facts, quotes: [{ fact: 'tuitionUSD', quote: 'Tuition is $62,000.' }],
  };
  const good = { ...v2.shortlist.items[0], history: [snapshot] };
  const corruptions: Array<[string, unknown]> = [
    ['not a list', 'yesterday'],
    ['a snapshot with a bad date', [{ ...snapshot, firstSeen: 'March' }]],
    ['a snapshot with bad facts', [{ ...snapshot, facts: { credits: 'many' } }]],
    ['a quote past its bound', [{ ...snapshot, quotes: [{ fact: 'tuitionUSD', quote: 'x'.repeat(10_000) }] }]],
    ['more snapshots than kept', Array.from({ length: 6 }, () => snapshot)],
    ['snapshots out of order', [{ ...snapshot, firstSeen: '2026-03-20T00:00:00.000Z', lastSeen: '2026-03-20T00:00:00.000Z' }, snapshot]],
    ['no history at all', undefined],
  ];

  it.each(corruptions)('%s: the item survives whole with its history dropped, and the user is told', async (_name, history) => {
    const broken = { ...v2.shortlist.items[1], history };
    const raw = { schemaVersion: 3, items: [good, broken] };
    const area = createMemoryStorageArea({ initial: { shortlist: raw } });
    const store = createUserDataStore({ area, newId: counter(), now: at });

    const items = await store.getShortlist();
    expect(items).toEqual([good, { ...v2.shortlist.items[1], history: [] }]);
    const [notice] = await store.getNotices();
    expect(notice).toMatchObject({ area: 'shortlist', reason: 'history-unreadable', unreadable: 1 });
    // The original, history and all, is kept under the backup key the notice names.
    expect(area.dump()[notice!.backupKey]).toEqual(raw);
    expect(area.dump().shortlist).toEqual({ schemaVersion: 3, items });
  });

  it('is read as it is when its history is valid', () => {
    expect(readStoredShortlist({ schemaVersion: 3, items: [good] }, counter())).toEqual({ status: 'current', value: [good] });
  });

  it('is imported without its history rather than skipped', () => {
    const file = { format: 'mba-lens-shortlist', schemaVersion: 3, exportedAt: '2026-03-20T00:00:00.000Z', items: [{ ...good, history: 'junk' }] };
    expect(parseShortlistExport(file, counter())).toEqual({ ok: true, items: [{ ...good, history: [] }], unreadable: 0 });
  });
});
