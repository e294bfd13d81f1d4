/**
 * Runtime checks for the parts of an analysis result that the shortlist keeps: the page facts and the comparison
 * rows (types in src/core/types.ts, the CLI contract). They arrive from content scripts and imported files, so
 * every field is checked and every string and list is bounded before it is stored.
 */
import type { ComparisonRow, PageFacts, RowValue, Verdict } from '../core/types';
import { isRecord } from '../core/is-record';
import { parseEach } from './parse-each';

export const MAX_TEXT_LENGTH = 500;
export const MAX_SKILLS = 100;
export const MAX_ROWS = 150;

const VERDICTS: ReadonlySet<string> = new Set<Verdict>([
  'same', 'different', 'not-stated', 'rpi-not-stated', 'covered', 'partly', 'not-covered',
]);
const FORMATS: ReadonlySet<unknown> = new Set(['online', 'on-campus', 'hybrid']);

const isBoundedText = (value: unknown): value is string => typeof value === 'string' && value.length <= MAX_TEXT_LENGTH;

function numberOrNull(value: unknown): value is number | null {
  return value === null || (typeof value === 'number' && Number.isFinite(value) && value >= 0);
}

function booleanOrNull(value: unknown): value is boolean | null {
  return value === null || typeof value === 'boolean';
}

/** PageFacts with every field checked, or null. Unknown keys are dropped. */
export function parsePageFacts(raw: unknown): PageFacts | null {
  if (!isRecord(raw)) return null;
  const { credits, durationMonthsMin, durationMonthsMax, stem, opt, format, tuitionUSD, aiCurriculum, ethics, role,
    skills } = raw;
  if (!numberOrNull(credits) || !numberOrNull(durationMonthsMin) || !numberOrNull(durationMonthsMax)) return null;
  if (!numberOrNull(tuitionUSD)) return null;
  if (!booleanOrNull(stem) || !booleanOrNull(opt) || !booleanOrNull(aiCurriculum) || !booleanOrNull(ethics)) return null;
  if (format !== null && !FORMATS.has(format)) return null;
  if (role !== null && !isBoundedText(role)) return null;
  if (!Array.isArray(skills) || skills.length > MAX_SKILLS || !skills.every(isBoundedText)) return null;
  return {
    credits, durationMonthsMin, durationMonthsMax, stem, opt,
    format: format as PageFacts['format'],
    tuitionUSD, aiCurriculum, ethics, role,
    skills: [...skills],
  };
}

function isRowValue(value: unknown): value is RowValue {
  return value === null || typeof value === 'boolean' || (typeof value === 'number' && Number.isFinite(value)) ||
    isBoundedText(value);
}

/** One comparison row with exactly the contract's four fields, or null. */
export function parseComparisonRow(raw: unknown): ComparisonRow | null {
  if (!isRecord(raw) || !isBoundedText(raw.fact) || raw.fact === '') return null;
  if (!isRowValue(raw.page) || !isRowValue(raw.reference)) return null;
  if (typeof raw.verdict !== 'string' || !VERDICTS.has(raw.verdict)) return null;
  return { fact: raw.fact, page: raw.page, reference: raw.reference, verdict: raw.verdict as Verdict };
}

/** Every row valid, or null: a comparison with a row missing would misstate the page. */
export function parseComparison(raw: unknown): ComparisonRow[] | null {
  return parseEach(raw, parseComparisonRow, MAX_ROWS);
}
