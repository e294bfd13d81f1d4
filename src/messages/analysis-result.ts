/**
 * An analysis result that arrives in a message or from session storage (`page-result`, `get-tab-result`): it left a
 * content script's hands, so it is rebuilt field by field, every string and list bounded, before anything trusts it.
 */
import { isRecord } from '../core/is-record';
import { SIGNAL_CODES, type Signal, type SignalCode } from '../core/signals';
import type { AnalysisResult, Evidence, PageKind } from '../core/types';
import { MAX_ROWS, MAX_TEXT_LENGTH, parseComparison, parsePageFacts } from '../schemas/comparison-schema';
import { parseEach } from '../schemas/parse-each';

/** Quotes are whole sentences; a longer one is cut where the table would elide it anyway. */
const MAX_QUOTE_LENGTH = 4 * MAX_TEXT_LENGTH;
const MAX_SIGNALS = 50;
const MAX_SIGNAL_ARGS = 20;

const KINDS: readonly PageKind[] = ['mba-program', 'ai-career', 'none'];

export const isPageKind = (value: unknown): value is PageKind => KINDS.some((kind) => kind === value);

/** A list's first `n` entries (the rest is dropped, not rejected: a result may carry more reasons than the card shows). */
const firstOf = (raw: unknown, n: number): unknown => (Array.isArray(raw) ? raw.slice(0, n) : raw);

const isSignalCode = (value: unknown): value is SignalCode => SIGNAL_CODES.some((code) => code === value);

/** A classification reason: a code this version knows, its arguments and its English text (page words, so cut). */
function parseSignal(raw: unknown): Signal | null {
  if (!isRecord(raw) || !isSignalCode(raw.code) || typeof raw.text !== 'string' || !Array.isArray(raw.args)) return null;
  const args: string[] = [];
  for (const arg of raw.args.slice(0, MAX_SIGNAL_ARGS)) {
    if (typeof arg !== 'string') return null;
    args.push(arg.slice(0, MAX_TEXT_LENGTH));
  }
  return { code: raw.code, args, text: raw.text.slice(0, MAX_QUOTE_LENGTH) };
}

function parseEvidence(raw: unknown): Evidence | null {
  if (!isRecord(raw) || typeof raw.fact !== 'string' || typeof raw.quote !== 'string') return null;
  return { fact: raw.fact.slice(0, MAX_TEXT_LENGTH), quote: raw.quote.slice(0, MAX_QUOTE_LENGTH) };
}

export function parseAnalysisResult(raw: unknown): AnalysisResult | null {
  if (!isRecord(raw) || typeof raw.url !== 'string' || !isPageKind(raw.kind)) return null;
  const { url, kind, confidence } = raw;
  if (typeof confidence !== 'number' || !Number.isFinite(confidence)) return null;
  const signals = parseEach(firstOf(raw.signals, MAX_SIGNALS), parseSignal);
  const facts = parsePageFacts(raw.facts);
  const comparison = parseComparison(raw.comparison);
  const evidence = parseEach(firstOf(raw.evidence, 2 * MAX_ROWS), parseEvidence);
  if (signals === null || facts === null || comparison === null || evidence === null) return null;
  return { url, kind, confidence, signals, facts, comparison, evidence };
}
