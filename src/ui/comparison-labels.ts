/** How a comparison row reads: the fact's name, the page's value and the verdict, in the user's language. */
import type { ComparisonRow, Verdict } from '../core/types';
import { t, uiLanguage } from './i18n';

const FACT_LABEL_KEYS: Record<string, string> = {
  credits: 'cardFactCredits',
  duration: 'cardFactDuration',
  stem: 'cardFactStem',
  opt: 'cardFactOpt',
  format: 'cardFactFormat',
  tuitionUSD: 'cardFactTuition',
  aiCurriculum: 'cardFactAiCurriculum',
  ethics: 'cardFactEthics',
  role: 'cardFactRole',
  skill: 'cardFactSkill',
};

const VERDICT_LABEL_KEYS: Record<Verdict, string> = {
  same: 'cardVerdictSame',
  different: 'cardVerdictDifferent',
  'not-stated': 'cardVerdictNotStated',
  'rpi-not-stated': 'cardVerdictRpiNotStated',
  covered: 'cardVerdictCovered',
  partly: 'cardVerdictPartly',
  'not-covered': 'cardVerdictNotCovered',
};

const FORMAT_LABEL_KEYS: Record<string, string> = {
  online: 'cardFormatOnline',
  'on-campus': 'cardFormatOnCampus',
  hybrid: 'cardFormatHybrid',
};

/** The row's fact name ("Credits"); an unknown fact shows its own name rather than nothing. */
export function factLabel(fact: string): string {
  const key = FACT_LABEL_KEYS[fact];
  return key === undefined ? fact : t(key);
}

export function verdictLabel(verdict: Verdict): string {
  return t(VERDICT_LABEL_KEYS[verdict]);
}

/** The page's value of a row as text ("36 credits", "$120,000", "Yes"); null reads "Not stated on this page". */
export function pageValueText(row: Pick<ComparisonRow, 'fact' | 'page'>): string {
  const value = row.page;
  if (value === null) return t('cardNotStatedOnPage');
  if (typeof value === 'boolean') return t(value ? 'cardYes' : 'cardNo');
  if (typeof value === 'number') {
    if (row.fact === 'credits') return t('cardCreditsValue', formatNumber(value));
    if (row.fact === 'tuitionUSD') return formatUsd(value);
    return formatNumber(value);
  }
  if (row.fact === 'format') {
    const key = FORMAT_LABEL_KEYS[value];
    if (key !== undefined) return t(key);
  }
  return value;
}

function formatNumber(value: number): string {
  try {
    return new Intl.NumberFormat(uiLanguage()).format(value);
  } catch {
    return String(value);
  }
}

function formatUsd(value: number): string {
  try {
    return new Intl.NumberFormat(uiLanguage(), { style: 'currency', currency: 'USD', maximumFractionDigits: 0 }).format(value);
  } catch {
    return `$${value}`;
  }
}

/** Verdicts in three tones, for colour and an icon: agreement, difference, silence. */
export function verdictTone(verdict: Verdict): 'good' | 'warn' | 'muted' {
  if (verdict === 'same' || verdict === 'covered') return 'good';
  if (verdict === 'different' || verdict === 'not-covered' || verdict === 'partly') return 'warn';
  return 'muted';
}
