/**
 * The evidence of an analysis tied back to the live page: each quote's DOM Range (null when the quote is no longer on
 * the page) and the comparison row it supports, for highlights, "show on page" and the hover tooltip.
 */
import type { PageAnalysis } from '../core/analyze';
import { spanToRange } from '../core/locate';
import { anchorQuote, rangeHoldsQuote, readPageText, type PageText } from '../core/quote-anchor';
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

/** The span in the snapshot, if its text nodes are still on the page and still hold the quote. */
function rangeFromSpan(doc: Document, analysis: PageAnalysis, evidence: LocatedEvidence): Range | null {
  try {
    const range = spanToRange(doc, analysis.snapshot, evidence.span);
    return range !== null && rangeHoldsQuote(range, evidence.anchor) ? range : null;
  } catch {
    return null;
  }
}

/**
 * The span first (cheap while the page is as analysed); after a re-render or a single-page-app update has replaced
 * those nodes, the quote found again by its text and context, reading the page once for all such quotes.
 */
export function locateEvidence(doc: Document, analysis: PageAnalysis): LocatedItem[] {
  let text: PageText | null = null;
  return analysis.shown.evidence.map((evidence) => {
    let range = rangeFromSpan(doc, analysis, evidence);
    if (range === null) {
      try {
        text ??= readPageText(doc);
        range = anchorQuote(doc, evidence.anchor, text);
      } catch {
        range = null;
      }
    }
    return { evidence, range, row: rowForEvidence(evidence, analysis.shown.comparison) };
  });
}
