/**
 * The acceptance figures of the analysis core over the labelled corpora (issue 3): macro-F1 per set, no unrelated
 * page detected, stated MBA facts extracted right, nothing invented. The figures are printed on every run.
 */
import { describe, expect, it } from 'vitest';
import { analyzeDocument } from '../../src/core/analyze';
import type { PageFacts } from '../../src/core/types';
import { devTextPages, macroF1, PROGRAM_FACTS, savedPages, unrelatedPages, validationHtmlPages, validationTextPages, wholePages, type LabelledPage } from '../support/corpus';
import { parseDocument } from '../support/parse-html';

function classifyAll(pages: LabelledPage[]) {
  return pages.map((page) => {
    const analysis = analyzeDocument(parseDocument(page.html), { url: page.url });
    return { page, label: page.label, kind: analysis.result.kind, facts: analysis.result.facts };
  });
}

function report(name: string, results: ReturnType<typeof classifyAll>): number {
  const f1 = macroF1(results);
  const wrong = results.filter((r) => r.kind !== r.label).map((r) => `${r.page.name}: ${r.label} → ${r.kind}`);
  console.log(`[corpus] ${name}: ${results.length} pages, macro-F1 ${f1.toFixed(3)}${wrong.length ? `; wrong: ${wrong.join('; ')}` : ''}`);
  return f1;
}

describe('classification over the labelled corpora', () => {
  it('dev page texts: macro-F1 ≥ 0.95 and no unrelated page detected', () => {
    const results = classifyAll(devTextPages());
    expect(report('dev texts', results)).toBeGreaterThanOrEqual(0.95);
    expect(results.filter((r) => r.label === 'none' && r.kind !== 'none').map((r) => r.page.name)).toEqual([]);
  });

  it('whole saved pages (menus, footers, scripts): macro-F1 ≥ 0.95 and no unrelated page detected', () => {
    const results = classifyAll(wholePages());
    expect(report('whole pages', results)).toBeGreaterThanOrEqual(0.95);
    expect(results.filter((r) => r.label === 'none' && r.kind !== 'none').map((r) => r.page.name)).toEqual([]);
  });

  it('saved job-board pages: right kind on each', () => {
    const results = classifyAll(savedPages());
    report('saved job-board pages', results);
    expect(results.filter((r) => r.kind !== r.label).map((r) => r.page.name)).toEqual([]);
  });

  it('held-out page texts and whole pages (other sites): macro-F1 ≥ 0.9 each', () => {
    // Gathered after the first tuning round to measure generalisation; a few labels are marked doubtful in their notes.
    expect(report('held-out texts', classifyAll(validationTextPages()))).toBeGreaterThanOrEqual(0.9);
    expect(report('held-out whole pages', classifyAll(validationHtmlPages()))).toBeGreaterThanOrEqual(0.9);
  });

  it('130 real unrelated pages: every one is none', () => {
    const results = classifyAll(unrelatedPages());
    const detected = results.filter((r) => r.kind !== 'none').map((r) => `${r.page.name} (${r.kind})`);
    console.log(`[corpus] unrelated pages: ${results.length} pages, ${detected.length} detected${detected.length ? `: ${detected.join(', ')}` : ''}`);
    expect(detected).toEqual([]);
  });
});

function factResults(pages: LabelledPage[]) {
  return pages.filter((p) => p.label === 'mba-program')
    .map((page) => ({ page, facts: analyzeDocument(parseDocument(page.html), { url: page.url, force: true }).shown.facts }));
}

function scoreFacts(name: string, results: ReturnType<typeof factResults>) {
  let stated = 0;
  let right = 0;
  const misses: string[] = [];
  const invented: string[] = [];
  for (const { page, facts } of results) {
    const expected = page.facts ?? {};
    for (const fact of PROGRAM_FACTS) {
      const want = (expected as Partial<PageFacts>)[fact] ?? null;
      const got = facts[fact];
      if (want !== null && want !== false) {
        stated++;
        if (got === want) right++;
        else misses.push(`${page.name} ${fact}: want ${String(want)}, got ${String(got)}`);
      } else if (got !== null && got !== false) {
        invented.push(`${page.name} ${fact}: not stated, got ${String(got)}`);
      }
    }
  }
  const share = right / Math.max(1, stated);
  console.log(`[corpus] ${name} MBA facts: ${right}/${stated} stated facts right (${(share * 100).toFixed(1)} %), ${invented.length} reported but not stated`);
  if (misses.length) console.log(`[corpus] missed: ${misses.join('; ')}`);
  if (invented.length) console.log(`[corpus] invented: ${invented.join('; ')}`);
  return { share, invented };
}

describe('MBA facts', () => {
  it('held-out page texts: ≥ 80 % of stated facts right, at most one reported that is not stated', () => {
    const { share, invented } = scoreFacts('held-out', factResults(validationTextPages()));
    expect(share).toBeGreaterThanOrEqual(0.8);
    expect(invented.length).toBeLessThanOrEqual(1);
  });
});

describe('MBA facts over the dev page texts', () => {
  const pages = devTextPages().filter((p) => p.label === 'mba-program');
  const results = pages.map((page) => ({ page, facts: analyzeDocument(parseDocument(page.html), { url: page.url, force: true }).shown.facts }));

  it('extracts ≥ 90 % of stated facts right and reports none the page does not state', () => {
    let stated = 0;
    let right = 0;
    const misses: string[] = [];
    const invented: string[] = [];
    for (const { page, facts } of results) {
      const expected = page.facts ?? {};
      for (const fact of PROGRAM_FACTS) {
        const want = (expected as Partial<PageFacts>)[fact] ?? null;
        const got = facts[fact];
        const statedHere = want !== null && want !== false;
        if (statedHere) {
          stated++;
          if (got === want) right++;
          else misses.push(`${page.name} ${fact}: want ${String(want)}, got ${String(got)}`);
        } else if (got !== null && got !== false) {
          invented.push(`${page.name} ${fact}: not stated, got ${String(got)}`);
        }
      }
    }
    const share = right / Math.max(1, stated);
    console.log(`[corpus] MBA facts: ${right}/${stated} stated facts right (${(share * 100).toFixed(1)} %), ${invented.length} reported but not stated`);
    if (misses.length) console.log(`[corpus] missed: ${misses.join('; ')}`);
    if (invented.length) console.log(`[corpus] invented: ${invented.join('; ')}`);
    expect(share).toBeGreaterThanOrEqual(0.9);
    expect(invented).toEqual([]);
  });
});

describe('sliced analysis', () => {
  it('gives the same result as the one-go analysis, yielding between slices', async () => {
    const { analyzeDocumentInSlices } = await import('../../src/core/analyze');
    for (const page of wholePages().slice(0, 12)) {
      let yields = 0;
      const sliced = await analyzeDocumentInSlices(parseDocument(page.html), { url: page.url, nodesPerSlice: 200, yieldToMain: async () => { yields++; } });
      const whole = analyzeDocument(parseDocument(page.html), { url: page.url });
      expect(sliced.result).toEqual(whole.result);
      expect(yields).toBeGreaterThan(1);
    }
  });
});
