/**
 * What changed between two readings of the same page: the facts as the card compares them (the page side of
 * compare.ts's rows, so "duration" is the one value the card shows, not its two ends), each with the page's own
 * words on both sides where they were kept. Pure: the history of saved pages (src/storage/fact-history.ts) calls
 * it, and so do its tests.
 */
import { compareWithReference, PROGRAM_ROWS } from './compare';
import type { Evidence, PageFacts, PageKind, RowValue } from './types';

/** One reading of a page: its facts and the quote each came from. */
export interface FactReading {
  facts: PageFacts;
  quotes: readonly Evidence[];
}

/**
 * One fact that changed. `fact` is a comparison row's fact ('credits', 'duration', 'tuitionUSD', …, 'role',
 * 'skill'); a skill that appeared has `before` null, one that went has `after` null. A quote is null where the
 * value is not stated or its quote was not kept.
 */
export interface FactChange {
  fact: string;
  before: RowValue;
  after: RowValue;
  beforeQuote: string | null;
  afterQuote: string | null;
}

/** The evidence key of a row's fact, as extract.ts writes it: skills carry their name. */
export function evidenceKey(fact: string, value: RowValue): string {
  return fact === 'skill' ? `skill:${String(value)}` : fact;
}

/** The first quote kept for a row's fact, or null. */
export function quoteFor(quotes: readonly Evidence[], fact: string, value: RowValue): string | null {
  if (value === null) return null;
  const key = evidenceKey(fact, value);
  return quotes.find((entry) => entry.fact === key)?.quote ?? null;
}

function pageValues(kind: PageKind, facts: PageFacts): Map<string, RowValue> {
  const values = new Map<string, RowValue>();
  for (const row of compareWithReference(kind, facts)) if (row.fact !== 'skill') values.set(row.fact, row.page);
  return values;
}

function change(fact: string, before: RowValue, after: RowValue, older: FactReading, newer: FactReading): FactChange {
  return { fact, before, after, beforeQuote: quoteFor(older.quotes, fact, before), afterQuote: quoteFor(newer.quotes, fact, after) };
}

/**
 * The facts that differ between `older` and `newer`, in the card's order: for a program page each of its rows;
 * for a career page the role, then the skills no longer listed and the skills newly listed (skills compare
 * without regard to case, as the extractor dedupes them). Empty when nothing the card shows changed.
 */
export function diffFacts(kind: Exclude<PageKind, 'none'>, older: FactReading, newer: FactReading): FactChange[] {
  const changes: FactChange[] = [];
  const before = pageValues(kind, older.facts);
  const after = pageValues(kind, newer.facts);
  const facts = kind === 'mba-program' ? PROGRAM_ROWS : (['role'] as const);
  for (const fact of facts) {
    const was = before.get(fact) ?? null;
    const now = after.get(fact) ?? null;
    if (was !== now) changes.push(change(fact, was, now, older, newer));
  }
  if (kind === 'ai-career') {
    const has = (skills: readonly string[], skill: string) => skills.some((entry) => entry.toLowerCase() === skill.toLowerCase());
    for (const skill of older.facts.skills) if (!has(newer.facts.skills, skill)) changes.push(change('skill', skill, null, older, newer));
    for (const skill of newer.facts.skills) if (!has(older.facts.skills, skill)) changes.push(change('skill', null, skill, older, newer));
  }
  return changes;
}
