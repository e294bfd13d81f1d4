/**
 * The evidence of an analysis tied back to the live page: each quote's DOM Range (null when the page changed under
 * it) and the comparison row it supports, for highlights, "show on page" and the hover tooltip.
 */
import type { PageAnalysis } from '../core/analyze';
import { spanToRange } from '../core/locate';
import type { ComparisonRow, LocatedEvidence } from '../core/types';

export interface LocatedItem {
  evidence: LocatedEvidence;
  range: Range | null;
  row: ComparisonRow | null;
}

export function rowForEvidence(evidence: LocatedEvidence, rows: readonly ComparisonRow[]): ComparisonRow | null {
  if (evidence.fact.startsWith('skill:')) {
    const skill = evidence.fact.slice('skill:'.length);
    return rows.find((row) => row.fact === 'skill' && row.page === skill) ?? null;
  }
  return rows.find((row) => row.fact === evidence.fact) ?? null;
}

export function locateEvidence(doc: Document, analysis: PageAnalysis): LocatedItem[] {
  return analysis.shown.evidence.map((evidence) => {
    let range: Range | null = null;
    try {
      range = spanToRange(doc, analysis.snapshot, evidence.span);
    } catch {
      range = null;
    }
    return { evidence, range, row: rowForEvidence(evidence, analysis.shown.comparison) };
  });
}
