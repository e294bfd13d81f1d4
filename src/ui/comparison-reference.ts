/**
 * RPI's side of a comparison row, from the bundled program data (DESIGN §4): the display text and the sources the
 * card links to. The row's `reference` field carries values (36, true) or a theme / pathway title; the user sees
 * the data's own display texts and where each comes from.
 */
import type { ComparisonRow, Evidence } from '../core/types';
import type { FactSource, ReferenceProgram } from '../data/program-schema';
import { RPI_PROGRAM } from '../data/rpi-program';
import { t } from './i18n';

export interface RpiReference {
  display: string;
  sources: FactSource[];
}

type ProgramFactKey = keyof ReferenceProgram['facts'];

const ROW_FACT_KEYS: Record<string, ProgramFactKey> = {
  credits: 'credits',
  duration: 'durationMonthsMin',
  stem: 'stem',
  opt: 'opt',
  format: 'format',
  tuitionUSD: 'tuitionUSD',
  aiCurriculum: 'aiCurriculum',
  ethics: 'ethics',
};

export function rpiReferenceFor(row: ComparisonRow, program: ReferenceProgram = RPI_PROGRAM): RpiReference {
  if (row.fact === 'role') {
    const pathway = program.careerPathways.find((p) => p.title === row.reference || p.id === row.reference);
    return pathway ? { display: pathway.title, sources: [pathway.source] } : { display: t('cardNoPathway'), sources: [] };
  }
  if (row.fact === 'skill') {
    const theme = program.themes.find((th) => th.title === row.reference || th.id === row.reference);
    return theme ? { display: theme.title, sources: [theme.source] } : { display: t('cardNoTheme'), sources: [] };
  }
  const key = ROW_FACT_KEYS[row.fact];
  if (key === undefined) return { display: row.reference === null ? '' : String(row.reference), sources: [] };
  const fact = program.facts[key];
  // Duration is one row over two facts; the minimum's display reads as the source does (see rpi-program.ts).
  const sources = key === 'durationMonthsMin' ? uniqueSources([...fact.sources, ...program.facts.durationMonthsMax.sources]) : fact.sources;
  return { display: fact.display, sources };
}

function uniqueSources(sources: FactSource[]): FactSource[] {
  const seen = new Set<string>();
  return sources.filter((s) => {
    const key = `${s.url}\n${s.quote}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/**
 * The evidence behind a row, with its index in the evidence list (skill rows: `skill:<the page's phrase>`). A quote
 * that states two of the row's facts at once ("2 to 6 years": the shortest and the longest length) is shown once.
 */
export function evidenceForRow<E extends Evidence>(row: ComparisonRow, evidence: readonly E[]): Array<{ item: E; index: number }> {
  const fact = row.fact === 'skill' ? `skill:${String(row.page)}` : row.fact;
  const found: Array<{ item: E; index: number }> = [];
  evidence.forEach((item, index) => {
    if (item.fact === fact && !found.some((f) => f.item.quote === item.quote)) found.push({ item, index });
  });
  return found;
}

/** Only http(s) links are rendered as links (DESIGN §6); anything else is shown as text. */
export function safeHttpUrl(url: string): string | null {
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'https:' || parsed.protocol === 'http:' ? parsed.href : null;
  } catch {
    return null;
  }
}
