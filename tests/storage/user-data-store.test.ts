import { describe, expect, it } from 'vitest';
import { compareWithReference } from '../../src/core/compare';
import { defaultSettings } from '../../src/schemas/settings-schema';
import { toShortlistExport } from '../../src/storage/shortlist-export';
import { MAX_SHORTLIST_ITEMS, type ShortlistItem } from '../../src/schemas/shortlist-schema';
import { CURRENT_SCHEMA_VERSION } from '../../src/storage/migrations';
import { shortlistRecord } from '../../src/storage/stored-records';
import { UserDataError } from '../../src/storage/user-data-error';
import { createUserDataStore } from '../../src/storage/user-data-store';
import { addItem, careerFacts, programFacts } from './fixtures/facts';
import { createMemoryStorageArea } from './memory-storage-area';

const NOW = new Date('2026-03-01T10:00:00.000Z');

function storeOver(initial: Record<string, unknown> = {}, quotaBytes?: number) {
  const area = createMemoryStorageArea(quotaBytes === undefined ? { initial } : { initial, quotaBytes });
  let n = 0;
  const store = createUserDataStore({ area, now: () => NOW, newId: () => `id-${++n}` });
  return { area, store };
}

async function rejection(promise: Promise<unknown>): Promise<UserDataError> {
  const error = await promise.then(() => null, (e: unknown) => e);
  expect(error).toBeInstanceOf(UserDataError);
  return error as UserDataError;
}

describe('the write queue', () => {
  it('keeps all 100 items when 100 saves arrive at once', async () => {
    const { store } = storeOver();
    const saved = await Promise.all(Array.from({ length: 100 }, (_, i) => store.saveItem(addItem(i))));
    const items = await store.getShortlist();
    expect(items).toHaveLength(100);
    expect(new Set(items.map((item) => item.url)).size).toBe(100);
    expect(new Set(saved.map((item) => item.id)).size).toBe(100);
  });

  it('is what saves them: the same 100 read-modify-writes without it lose items on this fake', async () => {
    // The control for the test above: the fake really interleaves concurrent reads and writes.
    const area = createMemoryStorageArea();
    await Promise.all(
      Array.from({ length: 100 }, async (_, i) => {
        const list = ((await area.get('list')).list as number[] | undefined) ?? [];
        await area.set({ list: [...list, i] });
      }),
    );
    expect(((await area.get('list')).list as number[]).length).toBeLessThan(100);
  });

  it('keeps settings changes and saves made at the same moment', async () => {
    const { store } = storeOver();
    await Promise.all([
      store.updateSettings({ annotations: false }),
      store.saveItem(addItem(1)),
      store.setSiteEnabled('a.example', false),
      store.setSiteEnabled('b.example', false),
      store.updateSettings({ cardStartsExpanded: true }),
      store.saveItem(addItem(2)),
    ]);
    expect(await store.getSettings()).toEqual({
      autoCard: true, cardStartsExpanded: true, annotations: false, disabledSites: ['a.example', 'b.example'], changeHistory: true,
    });
    expect(await store.getShortlist()).toHaveLength(2);
  });
});

describe('saving and removing', () => {
  it('stores the facts and computes the comparison itself, with its own clock and id', async () => {
    const { store } = storeOver();
    const item = await store.saveItem({ ...addItem(1), savedAt: 12345 });
    expect(item).toEqual({
      id: 'id-1',
      url: 'https://school-1.example.edu/mba',
      title: 'Program 1',
      kind: 'mba-program',
      savedAt: NOW.toISOString(),
      facts: programFacts(),
      comparison: compareWithReference('mba-program', programFacts()),
      // The save's facts and quotes, as the first snapshot of the page's history.
      history: [{ firstSeen: NOW.toISOString(), lastSeen: NOW.toISOString(), origin: 'save', facts: programFacts(), quotes: [] }],
    });
  });

  it('refreshes a page saved again instead of adding a twin', async () => {
    const { store } = storeOver();
    const first = await store.saveItem(addItem(1));
    await store.saveItem(addItem(2));
    const again = await store.saveItem({ ...addItem(1), title: 'Program 1, renamed' });
    const items = await store.getShortlist();
    expect(items.map((item) => item.title)).toEqual(['Program 1, renamed', 'Program 2']);
    expect(again.id).toBe(first.id);
  });

  it('refuses an invalid draft without writing', async () => {
    const { area, store } = storeOver();
    for (const bad of [
      { ...addItem(1), url: 'javascript:alert(1)' },
      { ...addItem(1), kind: 'none' },
      { ...addItem(1), facts: { ...programFacts(), credits: 'many' } },
      { ...addItem(1), facts: { ...careerFacts(), skills: 'all of them' } },
      null,
    ]) {
      expect((await rejection(store.saveItem(bad))).code).toBe('invalid-payload');
    }
    expect(area.dump()).toEqual({});
  });

  it('removes by id and leaves the rest', async () => {
    const { store } = storeOver();
    const a = await store.saveItem(addItem(1));
    await store.saveItem(addItem(2));
    expect((await store.removeItem(a.id)).map((item) => item.title)).toEqual(['Program 2']);
    expect(await store.removeItem('no-such-id')).toHaveLength(1);
  });

  it('says the shortlist is full rather than dropping the oldest item', async () => {
    const items: ShortlistItem[] = Array.from({ length: MAX_SHORTLIST_ITEMS }, (_, i) => ({
      id: `x${i}`, url: `https://e.example/${i}`, title: `T${i}`, kind: 'ai-career', savedAt: NOW.toISOString(),
      facts: null, comparison: [], history: [],
    }));
    const { store } = storeOver({ shortlist: shortlistRecord(items) });
    expect((await rejection(store.saveItem(addItem(1)))).code).toBe('shortlist-full');
    expect(await store.getShortlist()).toHaveLength(MAX_SHORTLIST_ITEMS);
  });
});

describe('a full quota', () => {
  it('returns quota-exceeded and leaves the stored list as it was', async () => {
    const { area, store } = storeOver({}, 6000);
    let saved = 0;
    let error: UserDataError | null = null;
    while (error === null && saved < 100) {
      error = await store.saveItem(addItem(saved)).then(() => null, (e: UserDataError) => e);
      if (error === null) saved += 1;
    }
    expect(error?.code).toBe('quota-exceeded');
    expect(saved).toBeGreaterThan(0);
    const before = area.dump();
    expect(await store.getShortlist()).toHaveLength(saved);
    expect(area.dump()).toEqual(before);
  });

  it('fails a settings change the same way, keeping the old settings', async () => {
    const { store } = storeOver({}, 10);
    expect((await rejection(store.updateSettings({ autoCard: false }))).code).toBe('quota-exceeded');
    expect(await store.getSettings()).toEqual(defaultSettings());
  });
});

describe('a corrupt store', () => {
  it('keeps unreadable settings aside, starts from the defaults, and raises a notice', async () => {
    const { area, store } = storeOver({ settings: 'not settings at all' });
    expect(await store.getSettings()).toEqual(defaultSettings());
    const stored = area.dump();
    const [notice] = await store.getNotices();
    expect(notice).toMatchObject({ kind: 'store-recovered', area: 'settings', reason: 'unreadable' });
    expect(stored[notice!.backupKey]).toBe('not settings at all');
    expect(stored.settings).toEqual({ schemaVersion: CURRENT_SCHEMA_VERSION, settings: defaultSettings() });
  });

  it('salvages the readable fields of damaged settings', async () => {
    const { store } = storeOver({ settings: { schemaVersion: CURRENT_SCHEMA_VERSION, settings: { autoCard: false, annotations: 'maybe', disabledSites: ['ok.example', 7] } } });
    expect(await store.getSettings()).toEqual({ ...defaultSettings(), autoCard: false, disabledSites: ['ok.example'] });
    expect(await store.getNotices()).toHaveLength(1);
  });

  it('keeps the readable items of a damaged shortlist and counts the rest', async () => {
    const { store: source } = storeOver();
    const good = await source.saveItem(addItem(1));
    const raw = { schemaVersion: CURRENT_SCHEMA_VERSION, items: [good, { id: 'broken', url: 'https://x.example', title: 5 }] };
    const { area, store } = storeOver({ shortlist: raw });
    expect(await store.getShortlist()).toEqual([good]);
    const [notice] = await store.getNotices();
    expect(notice).toMatchObject({ area: 'shortlist', reason: 'partly-unreadable', unreadable: 1 });
    expect(area.dump()[notice!.backupKey]).toEqual(raw);
  });

  it('does not overwrite data it cannot back up', async () => {
    const { area, store } = storeOver({ shortlist: { schemaVersion: CURRENT_SCHEMA_VERSION, items: 'x'.repeat(200) } }, 250);
    expect((await rejection(store.getShortlist())).code).toBe('quota-exceeded');
    expect(area.dump().shortlist).toEqual({ schemaVersion: CURRENT_SCHEMA_VERSION, items: 'x'.repeat(200) });
  });

  it('lets the user dismiss a notice', async () => {
    const { store } = storeOver({ shortlist: 17 });
    expect(await store.getShortlist()).toEqual([]);
    const [notice] = await store.getNotices();
    expect(await store.dismissNotice(notice!.id)).toEqual([]);
    expect(await store.getNotices()).toEqual([]);
  });
});

describe('sites where MBA Lens stays off', () => {
  it('adds a normalised hostname once and lifts parent entries when turned back on', async () => {
    const { store } = storeOver();
    await store.setSiteEnabled('https://WWW.Example.com/mba', false);
    await store.setSiteEnabled('www.example.com', false);
    expect((await store.getSettings()).disabledSites).toEqual(['www.example.com']);
    await store.setSiteEnabled('example.org', false);
    const after = await store.setSiteEnabled('news.example.org', true);
    expect(after.disabledSites).toEqual(['www.example.com']);
  });

  it('refuses what is not a hostname', async () => {
    const { store } = storeOver();
    expect((await rejection(store.setSiteEnabled('not a site', false))).code).toBe('invalid-payload');
    expect((await rejection(store.updateSettings({ disabledSites: ['ok.example', 'javascript:x'] }))).code).toBe('invalid-payload');
    expect((await rejection(store.updateSettings({ autoCard: 'no' }))).code).toBe('invalid-payload');
    expect((await rejection(store.updateSettings({ unknownKey: true }))).code).toBe('invalid-payload');
  });
});

describe('export, import and clearing', () => {
  it('round-trips the shortlist through its JSON export into an empty profile', async () => {
    const { store: source } = storeOver();
    await source.saveItem(addItem(1));
    await source.saveItem(addItem(2, 'ai-career'));
    const items = await source.getShortlist();
    const file = JSON.parse(JSON.stringify(toShortlistExport(items, NOW)));

    const { store } = storeOver();
    const summary = await store.importShortlist(file);
    expect(summary).toMatchObject({ added: 2, updated: 0, unchanged: 0, skipped: 0 });
    expect(await store.getShortlist()).toEqual(items);
  });

  it('merges: a page already saved keeps the newer copy; unreadable entries are counted', async () => {
    const { store } = storeOver();
    const mine = await store.saveItem(addItem(1));
    const older = { ...mine, id: 'other', title: 'Old title', savedAt: '2020-01-01T00:00:00.000Z' };
    const newer = { ...mine, id: 'other2', url: 'https://school-9.example.edu/mba', title: 'New' };
    const summary = await store.importShortlist({ format: 'mba-lens-shortlist', schemaVersion: CURRENT_SCHEMA_VERSION, items: [older, newer, { junk: true }] });
    expect(summary).toMatchObject({ added: 1, updated: 0, unchanged: 1, skipped: 1 });
    expect((await store.getShortlist()).find((item) => item.id === mine.id)?.title).toBe('Program 1');
  });

  it('imports a v1 file through the same migration', async () => {
    const { store } = storeOver();
    const summary = await store.importShortlist({
      format: 'mba-lens-shortlist',
      schemaVersion: 1,
      items: [{ url: 'https://a.example/mba', title: 'A', kind: 'mba-program', savedAt: 0 }],
    });
    expect(summary.added).toBe(1);
    expect(summary.items[0]).toMatchObject({ url: 'https://a.example/mba', savedAt: '1970-01-01T00:00:00.000Z', facts: null });
  });

  it('refuses a file that is not an export, or comes from a newer version', async () => {
    const { store } = storeOver();
    expect((await rejection(store.importShortlist({ hello: 'world' }))).code).toBe('invalid-payload');
    const newer = await rejection(store.importShortlist({ format: 'mba-lens-shortlist', schemaVersion: 99, items: [] }));
    expect(newer.message).toMatch(/newer version/);
  });

  it('clears every key it owns, backups included, and nothing else', async () => {
    const { area, store } = storeOver({ settings: 'corrupt', unrelated: 1 });
    await store.getSettings();
    await store.saveItem(addItem(1));
    expect(Object.keys(area.dump()).length).toBeGreaterThan(3);
    expect(await store.clearAll()).toEqual(defaultSettings());
    expect(area.dump()).toEqual({ unrelated: 1 });
  });
});
