import { describe, expect, it } from 'vitest';
import { compareWithReference, roleCoverage, skillCoverage } from '../../src/core/compare';
import { emptyFacts } from '../../src/core/extract';
import type { PageFacts } from '../../src/core/types';
import type { ReferenceProgram } from '../../src/data/program-schema';
import { RPI_PROGRAM } from '../../src/data/rpi-program';

// RPI's side of every row comes from the bundled data, as compare.ts reads it, so these tests hold when the
// data is re-verified and a figure changes.
const ref = RPI_PROGRAM.facts;

/** RPI's value of a fact these tests need stated; a clear failure if the data stops stating it. */
function stated<T>(fact: keyof typeof ref): T {
  const { value } = ref[fact];
  if (value === null) throw new Error(`these tests need RPI's ${fact} to be stated in src/data/rpi-program.ts`);
  return value as T;
}

/** RPI's data with the given facts unstated: the "RPI silent" case, whatever the bundled data says today. */
function rpiSilentOn(...facts: Array<keyof typeof ref>): ReferenceProgram {
  const silent = Object.fromEntries(facts.map((fact) => [fact, { value: null, display: 'Not stated', sources: [] }]));
  return { ...RPI_PROGRAM, facts: { ...ref, ...silent } };
}

const program = (facts: Partial<PageFacts>, reference: ReferenceProgram = RPI_PROGRAM) =>
  compareWithReference('mba-program', { ...emptyFacts(), ...facts }, reference);

const SIMPLE_ROWS = ['credits', 'stem', 'opt', 'format', 'tuitionUSD', 'aiCurriculum', 'ethics'] as const;

describe('MBA comparison', () => {
  it('has a row per fact, in the card order, with the four contract fields', () => {
    const rows = program({});
    expect(rows.map((r) => r.fact)).toEqual(['credits', 'duration', 'stem', 'opt', 'format', 'tuitionUSD', 'aiCurriculum', 'ethics']);
    for (const row of rows) expect(Object.keys(row)).toEqual(['fact', 'page', 'reference', 'verdict']);
  });

  it('says not-stated where the page is silent and never invents RPI values', () => {
    const rows = program({});
    expect(rows.find((r) => r.fact === 'credits')).toEqual({ fact: 'credits', page: null, reference: stated<number>('credits'), verdict: 'not-stated' });
    // Each reference is RPI's bundled value as it stands: null where the data states none.
    for (const fact of SIMPLE_ROWS) expect(rows.find((r) => r.fact === fact)!.reference, fact).toBe(ref[fact].value);
    expect(program({}, rpiSilentOn('tuitionUSD')).find((r) => r.fact === 'tuitionUSD')!.reference).toBeNull();
  });

  it('compares values: same, different, and RPI silent', () => {
    const credits = stated<number>('credits');
    const minMonths = stated<number>('durationMonthsMin');
    const maxMonths = stated<number>('durationMonthsMax');
    const rows = program(
      { credits, stem: stated<boolean>('stem'), durationMonthsMin: maxMonths + 4, durationMonthsMax: maxMonths + 52, tuitionUSD: 60000, format: 'online' },
      rpiSilentOn('tuitionUSD', 'format'),
    );
    const verdict = (fact: string) => rows.find((r) => r.fact === fact)!.verdict;
    expect([verdict('credits'), verdict('stem'), verdict('duration'), verdict('tuitionUSD'), verdict('format')]).toEqual(['same', 'same', 'different', 'rpi-not-stated', 'rpi-not-stated']);
    expect(verdict('credits')).toBe('same');
    expect(program({ credits: credits + 12 }).find((r) => r.fact === 'credits')!.verdict).toBe('different');
    const rpiDuration = minMonths === maxMonths ? `${minMonths} months` : `${minMonths}–${maxMonths} months`;
    expect(program({ durationMonthsMin: minMonths, durationMonthsMax: minMonths }).find((r) => r.fact === 'duration')).toMatchObject({
      page: `${minMonths} months`,
      reference: rpiDuration,
      verdict: 'same',
    });
  });
});

/** The title of one of RPI's career pathways, as the bundled data names it. */
const pathway = (id: string): string => {
  const found = RPI_PROGRAM.careerPathways.find((p) => p.id === id);
  if (found === undefined) throw new Error(`no career pathway '${id}' in src/data/rpi-program.ts`);
  return found.title;
};

describe('career comparison', () => {
  it.each([
    ['Director of AI Strategy', 'covered', pathway('director-of-ai-strategy')],
    ['Chief AI Officer', 'covered'],
    ['Head of Data', 'covered', pathway('head-of-data')],
    ['Lead Machine Learning Engineer', 'partly'],
    ['Registered Nurse', 'not-covered'],
  ])('role %s is %s', (role, verdict, by?: string) => {
    const coverage = roleCoverage(role);
    expect(coverage.verdict).toBe(verdict);
    if (by) expect(coverage.by).toBe(by);
  });

  it.each([
    ['ROI projections', 'covered'],
    ['EU AI Act compliance knowledge', 'covered'],
    ['Cross-functional communication', 'covered'],
    ['Python', 'partly'],
    ['Kubernetes', 'not-covered'],
  ])('skill %s is %s', (skill, verdict) => {
    expect(skillCoverage(skill).verdict).toBe(verdict);
  });

  it('makes a role row and a row per skill', () => {
    const rows = compareWithReference('ai-career', { ...emptyFacts(), role: 'Chief AI Officer', skills: ['bias', 'Kubernetes'] });
    expect(rows.map((r) => [r.fact, r.page, r.verdict])).toEqual([['role', 'Chief AI Officer', 'covered'], ['skill', 'bias', 'covered'], ['skill', 'Kubernetes', 'not-covered']]);
  });

  it('has no rows for pages of no kind', () => {
    expect(compareWithReference('none', emptyFacts())).toEqual([]);
  });
});

describe('career facts', () => {
  it('takes the skills a page lists under a skills heading, in its own words, then known skill terms', async () => {
    const { extractFacts } = await import('../../src/core/extract');
    const { snapshotFromText } = await import('../../src/core/snapshot');
    const text = ['Director of AI Strategy', 'Key skills', '- Building business cases: ROI models', '- Stakeholder storytelling', '| Vendor diligence | why it matters |', 'You will also own the EU AI Act compliance roadmap.'].join('\n');
    const { facts } = extractFacts(snapshotFromText(text, { url: 'https://jobs.example/1', title: 'Director of AI Strategy' }), 'ai-career');
    expect(facts.role).toBe('Director of AI Strategy');
    expect(facts.skills.slice(0, 3)).toEqual(['Building business cases', 'Stakeholder storytelling', 'Vendor diligence']);
    expect(facts.skills).toContain('EU AI Act');
  });
});
