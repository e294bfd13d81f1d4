/**
 * The current tab's result as the popup gets it from the background (`get-tab-result`). It left a content
 * script's hands, so every field the popup renders is checked again before use.
 */
import type { AnalysisResult, Evidence } from '../core/types';
import { isAnalysisResultShape } from '../messages/protocol';
import { MAX_ROWS, MAX_TEXT_LENGTH, parseComparison, parsePageFacts } from '../storage/comparison-schema';

/** Quotes are whole sentences; a longer one is cut where the table would elide it anyway. */
const MAX_QUOTE_LENGTH = 4 * MAX_TEXT_LENGTH;

function parseEvidence(raw: readonly unknown[]): Evidence[] | null {
  const evidence: Evidence[] = [];
  for (const entry of raw.slice(0, 2 * MAX_ROWS)) {
    if (typeof entry !== 'object' || entry === null) return null;
    const { fact, quote } = entry as Record<string, unknown>;
    if (typeof fact !== 'string' || typeof quote !== 'string') return null;
    evidence.push({ fact: fact.slice(0, MAX_TEXT_LENGTH), quote: quote.slice(0, MAX_QUOTE_LENGTH) });
  }
  return evidence;
}

export function parseTabResult(raw: unknown): AnalysisResult | null {
  if (!isAnalysisResultShape(raw)) return null;
  const facts = parsePageFacts(raw.facts);
  const comparison = parseComparison(raw.comparison);
  const evidence = parseEvidence(raw.evidence);
  if (facts === null || comparison === null || evidence === null) return null;
  // Signals carry words from the page (a heading's match): cut like any other page text.
  const signals = raw.signals.slice(0, 50).map((s) => ({
    code: s.code,
    args: s.args.slice(0, 20).map((arg) => arg.slice(0, MAX_TEXT_LENGTH)),
    text: s.text.slice(0, 4 * MAX_TEXT_LENGTH),
  }));
  return { ...raw, signals, facts, comparison, evidence };
}

/** True when the result has something the popup can show and save. */
export function hasComparison(result: AnalysisResult | null): result is AnalysisResult & { kind: 'mba-program' | 'ai-career' } {
  return result !== null && result.kind !== 'none' && result.comparison.length > 0;
}
