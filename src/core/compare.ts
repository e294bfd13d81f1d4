/**
 * compare: the page's facts against RPI's (DESIGN §3). MBA pages get a row per fact; career pages get the role
 * against RPI's career pathways and each skill against the program's themes.
 */
import { RPI_PROGRAM } from '../data/rpi-program';
import type { ReferenceProgram } from '../data/program-schema';
import type { ComparisonRow, CoverageVerdict, FactVerdict, PageFacts, PageKind, RowValue } from './types';

/** The MBA rows, in the order the card shows them. */
export const PROGRAM_ROWS = ['credits', 'duration', 'stem', 'opt', 'format', 'tuitionUSD', 'aiCurriculum', 'ethics'] as const;
export type ProgramRow = (typeof PROGRAM_ROWS)[number];

function factVerdict(page: RowValue, reference: RowValue, same: boolean): FactVerdict {
  if (page === null) return 'not-stated';
  if (reference === null) return 'rpi-not-stated';
  return same ? 'same' : 'different';
}

function durationText(min: number | null, max: number | null): string | null {
  if (min === null && max === null) return null;
  if (min === null) return `up to ${max} months`;
  if (max === null) return `at least ${min} months`;
  return min === max ? `${min} months` : `${min}–${max} months`;
}

function programRows(facts: PageFacts, program: ReferenceProgram): ComparisonRow[] {
  const ref = program.facts;
  const rows: ComparisonRow[] = [];
  const simple = (fact: Exclude<ProgramRow, 'duration'>) => {
    const page = facts[fact];
    const reference = ref[fact].value;
    rows.push({ fact, page, reference, verdict: factVerdict(page, reference, page === reference) });
  };
  simple('credits');
  const pageDuration = durationText(facts.durationMonthsMin, facts.durationMonthsMax);
  const refDuration = durationText(ref.durationMonthsMin.value, ref.durationMonthsMax.value);
  // Ranges that overlap describe programs that can take the same time.
  // A one-ended statement ("within 24 months") is open at its other end.
  const overlap = ref.durationMonthsMin.value !== null && ref.durationMonthsMax.value !== null
    && (facts.durationMonthsMin ?? 0) <= ref.durationMonthsMax.value && (facts.durationMonthsMax ?? Number.POSITIVE_INFINITY) >= ref.durationMonthsMin.value;
  rows.push({ fact: 'duration', page: pageDuration, reference: refDuration, verdict: factVerdict(pageDuration, refDuration, overlap) });
  for (const fact of ['stem', 'opt', 'format', 'tuitionUSD', 'aiCurriculum', 'ethics'] as const) simple(fact);
  return rows;
}

function normalise(text: string): string {
  return text.toLowerCase().replace(/[^a-z0-9&/+ -]+/g, ' ').replace(/\s+/g, ' ').trim();
}

function containsTerm(text: string, term: string): boolean {
  const index = text.indexOf(term);
  if (index < 0) return false;
  const beforeOk = index === 0 || !/[a-z0-9]/.test(text[index - 1]!);
  const end = index + term.length;
  const afterOk = end >= text.length || !/[a-z0-9]/.test(text[end]!);
  return (beforeOk && afterOk) || containsTerm(text.slice(index + 1), term);
}

export interface Coverage {
  verdict: CoverageVerdict;
  /** The theme or pathway title that covers it, or null. */
  by: string | null;
}

export function skillCoverage(skill: string, program: ReferenceProgram = RPI_PROGRAM): Coverage {
  const text = normalise(skill);
  for (const theme of program.themes) if (theme.terms.some((t) => containsTerm(text, t) || containsTerm(t, text))) return { verdict: 'covered', by: theme.title };
  for (const theme of program.themes) if (theme.relatedTerms.some((t) => containsTerm(text, t) || containsTerm(t, text))) return { verdict: 'partly', by: theme.title };
  return { verdict: 'not-covered', by: null };
}

export function roleCoverage(role: string, program: ReferenceProgram = RPI_PROGRAM): Coverage {
  const text = normalise(role);
  let best: { title: string; length: number } | null = null;
  for (const pathway of program.careerPathways) {
    for (const term of pathway.roleTerms) {
      if (containsTerm(text, term) && (best === null || term.length > best.length)) best = { title: pathway.title, length: term.length };
    }
  }
  if (best) return { verdict: best.length >= text.length * 0.6 ? 'covered' : 'partly', by: best.title };
  // An AI or data role outside the named pathways still draws on the program's themes.
  if (/\b(?:ai|ml|machine learning|data|genai|generative)\b/.test(text)) return { verdict: 'partly', by: null };
  return { verdict: 'not-covered', by: null };
}

function careerRows(facts: PageFacts, program: ReferenceProgram): ComparisonRow[] {
  const rows: ComparisonRow[] = [];
  if (facts.role !== null) {
    const coverage = roleCoverage(facts.role, program);
    rows.push({ fact: 'role', page: facts.role, reference: coverage.by, verdict: coverage.verdict });
  }
  for (const skill of facts.skills) {
    const coverage = skillCoverage(skill, program);
    rows.push({ fact: 'skill', page: skill, reference: coverage.by, verdict: coverage.verdict });
  }
  return rows;
}

export function compareWithReference(kind: Exclude<PageKind, 'none'> | PageKind, facts: PageFacts, program: ReferenceProgram = RPI_PROGRAM): ComparisonRow[] {
  if (kind === 'mba-program') return programRows(facts, program);
  if (kind === 'ai-career') return careerRows(facts, program);
  return [];
}
