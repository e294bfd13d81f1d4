import { describe, expect, it } from 'vitest';
import type { AnalysisResult, Evidence, PageFacts } from '../../src/core/types';
import { keptQuotes, MAX_KEPT_QUOTE_LENGTH, MAX_SNAPSHOT_QUOTES, MAX_SNAPSHOTS, type FactSnapshot } from '../../src/schemas/fact-history';
import type { ShortlistItem } from '../../src/schemas/shortlist-schema';
import {
  changedAtLastVisit, itemHistoryAfterVisit, pageChangeOf, snapshotOf, withReading,
} from '../../src/storage/fact-history';
import { createUserDataStore } from '../../src/storage/user-data-store';
import { addItem, programFacts } from './fixtures/facts';
import { createMemoryStorageArea } from './memory-storage-area';

/** Noon, so that the local calendar day is the same in every time zone the tests may run in. */
const day = (d: number, hour = 12) => new Date(Date.UTC(2026, 2, d, hour, 0, 0));
const TUITION_THEN: Evidence = { fact: 'tuitionUSD', quote: 'Tuition is $62,000.' };
const TUITION_NOW: Evidence = { fact: 'tuitionUSD', quote: 'Tuition is now $66,500.' };
const then = () => ({ facts: programFacts({ tuitionUSD: 62000 }), quotes: [TUITION_THEN] });
const now = () => ({ facts: programFacts({ tuitionUSD: 66500 }), quotes: [TUITION_NOW] });

function saved(at = day(12)): FactSnapshot[] {
  return [snapshotOf(then(), at, 'save')];
}

describe('what a reading adds to the history', () => {
  it('starts the history with the save, keeping only the quotes', () => {
    expect(withReading([], 'mba-program', then(), day(12), 'save')).toEqual([
      { firstSeen: day(12).toISOString(), lastSeen: day(12).toISOString(), origin: 'save', facts: then().facts, quotes: [TUITION_THEN] },
    ]);
  });

  it('writes nothing for the same facts on the same day, and moves lastSeen on a later day', () => {
    expect(withReading(saved(), 'mba-program', then(), day(12, 18), 'visit')).toBeNull();
    const later = withReading(saved(), 'mba-program', then(), day(14), 'visit');
    expect(later).toEqual([{ ...saved()[0], lastSeen: day(14).toISOString() }]);
  });

  it('appends a snapshot when the facts changed', () => {
    const history = withReading(saved(), 'mba-program', now(), day(20), 'visit');
    expect(history).toHaveLength(2);
    expect(history?.[1]).toEqual({ firstSeen: day(20).toISOString(), lastSeen: day(20).toISOString(), origin: 'visit', facts: now().facts, quotes: [TUITION_NOW] });
  });

  it(`keeps at most ${MAX_SNAPSHOTS} snapshots, dropping the oldest`, () => {
    let history: FactSnapshot[] = saved(day(1));
    for (let d = 2; d <= 9; d++) {
      history = withReading(history, 'mba-program', { facts: programFacts({ tuitionUSD: 60000 + d }), quotes: [] }, day(d), 'visit') ?? history;
    }
    expect(history).toHaveLength(MAX_SNAPSHOTS);
    expect(history.map((snapshot) => snapshot.facts.tuitionUSD)).toEqual([60005, 60006, 60007, 60008, 60009]);
  });

  it('keeps one short quote per fact, and no more than the bound', () => {
    const many = Array.from({ length: 100 }, (_, i) => ({ fact: `skill:S${i}`, quote: 'q'.repeat(1000) }));
    const kept = keptQuotes([{ fact: 'credits', quote: 'first' }, { fact: 'credits', quote: 'second' }, ...many]);
    expect(kept).toHaveLength(MAX_SNAPSHOT_QUOTES);
    expect(kept[0]).toEqual({ fact: 'credits', quote: 'first' });
    expect(kept.every((entry) => entry.quote.length <= MAX_KEPT_QUOTE_LENGTH)).toBe(true);
  });

  it('takes the facts saved again as the saved ones, so a change saved over is no longer news', () => {
    const visited = withReading(saved(), 'mba-program', now(), day(20), 'visit')!;
    expect(pageChangeOf('mba-program', visited)).not.toBeNull();
    const resaved = withReading(visited, 'mba-program', now(), day(20, 13), 'save')!;
    expect(resaved.at(-1)?.origin).toBe('save');
    expect(pageChangeOf('mba-program', resaved)).toBeNull();
  });
});

describe('the change the card and the popup show', () => {
  it('compares the last two snapshots, with both quotes and when each was seen', () => {
    const seenAgain = withReading(saved(day(12)), 'mba-program', then(), day(15), 'visit')!;
    const history = withReading(seenAgain, 'mba-program', now(), day(20), 'visit')!;
    expect(pageChangeOf('mba-program', history)).toEqual({
      before: day(15).toISOString(),
      after: day(20).toISOString(),
      sinceSave: true,
      changes: [{ fact: 'tuitionUSD', before: 62000, after: 66500, beforeQuote: TUITION_THEN.quote, afterQuote: TUITION_NOW.quote }],
    });
  });

  it('says "since you last saw it" when the earlier facts were a later visit\'s', () => {
    const first = withReading(saved(day(1)), 'mba-program', now(), day(5), 'visit')!;
    const second = withReading(first, 'mba-program', then(), day(9), 'visit')!;
    expect(pageChangeOf('mba-program', second)).toMatchObject({ sinceSave: false, changes: [{ before: 66500, after: 62000 }] });
  });

  it('has nothing to show for a page seen once', () => {
    expect(pageChangeOf('mba-program', saved())).toBeNull();
    expect(pageChangeOf('mba-program', [])).toBeNull();
  });

  it('marks the item while the last visit is the one that found the change', () => {
    const item = (history: FactSnapshot[]) => ({ kind: 'mba-program' as const, history });
    const changed = withReading(saved(day(12)), 'mba-program', now(), day(20), 'visit')!;
    expect(changedAtLastVisit(item(saved()))).toBe(false);
    expect(changedAtLastVisit(item(changed))).toBe(true);
    // Seen again the same day: still the visit that found it.
    expect(withReading(changed, 'mba-program', now(), day(20, 20), 'visit')).toBeNull();
    // Seen again another day with nothing new: no longer marked, though the card still says what changed.
    const later = withReading(changed, 'mba-program', now(), day(22), 'visit')!;
    expect(changedAtLastVisit(item(later))).toBe(false);
    expect(pageChangeOf('mba-program', later)).not.toBeNull();
  });
});

describe('an item saved without a history (before v3, or with the option off)', () => {
  const item: ShortlistItem = {
    id: 'a', url: 'https://a.example.edu/mba', title: 'A', kind: 'mba-program', savedAt: day(12).toISOString(),
    facts: programFacts({ tuitionUSD: 62000 }), comparison: [], history: [],
  };

  it('starts from the facts it was saved with, without quotes', () => {
    const history = itemHistoryAfterVisit(item, now(), day(20))!;
    expect(pageChangeOf('mba-program', history)).toEqual({
      before: day(12).toISOString(), after: day(20).toISOString(), sinceSave: true,
      changes: [{ fact: 'tuitionUSD', before: 62000, after: 66500, beforeQuote: null, afterQuote: TUITION_NOW.quote }],
    });
  });

  it('keeps the saved facts as its first snapshot when nothing changed', () => {
    expect(itemHistoryAfterVisit(item, then(), day(12, 14))).toEqual([
      { firstSeen: item.savedAt, lastSeen: item.savedAt, origin: 'save', facts: item.facts, quotes: [] },
    ]);
  });

  it('starts from the visit for a v1 item that kept no facts', () => {
    expect(itemHistoryAfterVisit({ ...item, facts: null }, now(), day(20))).toEqual([snapshotOf(now(), day(20), 'visit')]);
  });
});

describe('the store', () => {
  const URL = 'https://school-1.example.edu/mba';

  function result(facts: PageFacts, evidence: Evidence[], overrides: Partial<AnalysisResult> = {}): AnalysisResult {
    return { url: URL, kind: 'mba-program', confidence: 0.9, signals: [], facts, comparison: [], evidence, ...overrides };
  }

  function storeAt(clock: { now: Date }, initial: Record<string, unknown> = {}) {
    const area = createMemoryStorageArea({ initial });
    let n = 0;
    return { area, store: createUserDataStore({ area, now: () => clock.now, newId: () => `id-${++n}` }) };
  }

  it('records a saved page\'s visits and answers what changed, for that address only', async () => {
    const clock = { now: day(12) };
    const { store } = storeAt(clock);
    await store.saveItem({ ...addItem(1), facts: then().facts, quotes: [TUITION_THEN, { fact: 'credits', quote: 'A 48-credit program.' }] });
    expect(await store.getPageChange(URL)).toBeNull();

    clock.now = day(20);
    await store.recordVisit(result(now().facts, [TUITION_NOW], { url: `${URL}#tuition` }));
    const change = await store.getPageChange(`${URL}#top`);
    expect(change).toEqual({
      before: day(12).toISOString(), after: day(20).toISOString(), sinceSave: true,
      changes: [{ fact: 'tuitionUSD', before: 62000, after: 66500, beforeQuote: TUITION_THEN.quote, afterQuote: TUITION_NOW.quote }],
    });
    expect(await store.getPageChange('https://school-2.example.edu/mba')).toBeNull();
    const [item] = await store.getShortlist();
    expect(item?.history).toHaveLength(2);
    // What the user saved stays as saved: the history says what changed, the item keeps the saved comparison.
    expect(item?.facts?.tuitionUSD).toBe(62000);
  });

  it('ignores pages not on the shortlist, pages read as another kind, and pages with nothing detected', async () => {
    const clock = { now: day(12) };
    const { area, store } = storeAt(clock);
    await store.saveItem({ ...addItem(1), facts: then().facts, quotes: [TUITION_THEN] });
    const before = area.dump();
    clock.now = day(20);
    await store.recordVisit(result(now().facts, [], { url: 'https://elsewhere.example.edu/mba' }));
    await store.recordVisit(result(now().facts, [], { kind: 'ai-career' }));
    await store.recordVisit(result(now().facts, [], { kind: 'none' }));
    expect(area.dump()).toEqual(before);
  });

  it('with the option off, records nothing, not even at the save, and shows nothing', async () => {
    const clock = { now: day(12) };
    const { area, store } = storeAt(clock);
    await store.updateSettings({ changeHistory: false });
    const item = await store.saveItem({ ...addItem(1), facts: then().facts, quotes: [TUITION_THEN] });
    expect(item.history).toEqual([]);
    const before = area.dump();
    clock.now = day(20);
    await store.recordVisit(result(now().facts, [TUITION_NOW]));
    expect(area.dump()).toEqual(before);
    expect(await store.getPageChange(URL)).toBeNull();
  });

  it('with the option turned off later, keeps what it had but shows nothing until it is on again', async () => {
    const clock = { now: day(12) };
    const { store } = storeAt(clock);
    await store.saveItem({ ...addItem(1), facts: then().facts, quotes: [TUITION_THEN] });
    clock.now = day(20);
    await store.recordVisit(result(now().facts, [TUITION_NOW]));
    await store.updateSettings({ changeHistory: false });
    expect(await store.getPageChange(URL)).toBeNull();
    await store.updateSettings({ changeHistory: true });
    expect(await store.getPageChange(URL)).not.toBeNull();
  });
});
