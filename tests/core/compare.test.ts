import { describe, expect, it } from 'vitest';
import { compareWithReference, roleCoverage, skillCoverage } from '../../src/core/compare';
import { emptyFacts } from '../../src/core/extract';
import type { PageFacts } from '../../src/core/types';

const program = (facts: Partial<PageFacts>) => compareWithReference('mba-program', { ...emptyFacts(), ...facts });

describe('MBA comparison', () => {
  it('has a row per fact, in the card order, with the four contract fields', () => {
    const rows = program({});
    expect(rows.map((r) => r.fact)).toEqual(['credits', 'duration', 'stem', 'opt', 'format', 'tuitionUSD', 'aiCurriculum', 'ethics']);
    for (const row of rows) expect(Object.keys(row)).toEqual(['fact', 'page', 'reference', 'verdict']);
  });

  it('says not-stated where the page is silent and never invents RPI values', () => {
    const rows = program({});
    expect(rows.find((r) => r.fact === 'credits')).toEqual({ fact: 'credits', page: null, reference: 36, verdict: 'not-stated' });
    expect(rows.find((r) => r.fact === 'tuitionUSD')!.reference).toBeNull();
  });

  it('compares values: same, different, and RPI silent', () => {
    const rows = program({ credits: 36, stem: true, durationMonthsMin: 24, durationMonthsMax: 72, tuitionUSD: 60000, format: 'online' });
    const verdict = (fact: string) => rows.find((r) => r.fact === fact)!.verdict;
    expect([verdict('credits'), verdict('stem'), verdict('duration'), verdict('tuitionUSD'), verdict('format')]).toEqual(['same', 'same', 'different', 'rpi-not-stated', 'rpi-not-stated']);
    expect(verdict('credits')).toBe('same');
    expect(program({ credits: 48 }).find((r) => r.fact === 'credits')!.verdict).toBe('different');
    expect(program({ durationMonthsMin: 12, durationMonthsMax: 12 }).find((r) => r.fact === 'duration')).toMatchObject({ page: '12 months', reference: '12–20 months', verdict: 'same' });
  });
});

describe('career comparison', () => {
  it.each([
    ['Director of AI Strategy', 'covered', 'Director of AI Strategy'],
    ['Chief AI Officer', 'covered'],
    ['Head of Data', 'covered', 'Head of Data'],
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
