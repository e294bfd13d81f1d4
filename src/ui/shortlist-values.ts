/**
 * What a saved item says, fact by fact, for the side-by-side view and the CSV export: the same rows and texts the
 * card showed (src/core/compare.ts, src/ui/comparison-labels.ts), read from the saved comparison.
 */
import { compareWithReference } from '../core/compare';
import type { ComparisonRow, CoverageVerdict } from '../core/types';
import type { ShortlistItem } from '../schemas/shortlist-schema';
import { pageValueText } from './comparison-labels';
import { rpiReferenceFor } from './comparison-reference';
import { t } from './i18n';

/** The saved rows; an item saved with facts but no rows (an import from elsewhere) gets them computed. */
export function itemRows(item: ShortlistItem): ComparisonRow[] {
  if (item.comparison.length > 0 || item.facts === null) return item.comparison;
  return compareWithReference(item.kind, item.facts);
}

export interface ItemCell {
  text: string;
  row: ComparisonRow | null;
}

/**
 * One MBA fact of a saved program. Items from schema v1 kept no facts: "not saved" says so, where "not stated"
 * would wrongly claim the page was silent.
 */
export function programCell(item: ShortlistItem, fact: string): ItemCell {
  const row = itemRows(item).find((entry) => entry.fact === fact) ?? null;
  if (row === null) return { text: item.facts === null ? t('shortlistFactsNotSaved') : t('shortlistNotStated'), row: null };
  return { text: pageValueText(row), row };
}

export interface CareerSummary {
  role: ComparisonRow | null;
  skills: Record<CoverageVerdict, string[]>;
}

export function careerSummary(item: ShortlistItem): CareerSummary {
  const rows = itemRows(item);
  const skills: Record<CoverageVerdict, string[]> = { covered: [], partly: [], 'not-covered': [] };
  for (const row of rows) {
    if (row.fact !== 'skill' || typeof row.page !== 'string') continue;
    if (row.verdict === 'covered' || row.verdict === 'partly' || row.verdict === 'not-covered') skills[row.verdict].push(row.page);
  }
  return { role: rows.find((row) => row.fact === 'role') ?? null, skills };
}

/** RPI's display text for an MBA fact row, as the card's RPI column shows it. */
export function rpiDisplay(fact: string): string {
  return rpiReferenceFor({ fact, page: null, reference: null, verdict: 'not-stated' }).display;
}
