/**
 * Property tests of the whole pipeline on linkedom's DOM (the CLI's): random and malformed pages, and pages dense
 * with statements of fact, never make analyzeDocument throw, and every result keeps the CLI contract, with quotes
 * that are the page's own text. Quick counts in `npm test`; `npm run fuzz` runs many more (fuzz-runs.ts).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyzeDocument } from '../../src/core/analyze';
import { parseDocument } from '../support/parse-html';
import { anyText, factSentence, page, phrase, url } from './arbitraries';
import { analysisProblems, fold, quotesNotOnPage } from './contract';
import { checkProperty, FUZZ_TIMEOUT } from './fuzz-runs';

/** A page about a program or a role, dense with statements of fact, so the extractors do most of the work. */
const factPage = fc
  .record({
    title: fc.constantFrom('Online MBA', 'Executive MBA', 'ΜΒΑ Πρόγραμμα', 'STEM MBA in AI', 'Director of AI Strategy', 'AI Product Manager', 'Chief AI Officer'),
    lines: fc.array(fc.oneof(factSentence, factSentence, phrase, anyText), { minLength: 3, maxLength: 16 }),
    tag: fc.constantFrom('p', 'li', 'div', 'td', 'span', 'h2'),
    url,
  })
  .map(({ title, lines, tag, url: address }) => ({
    html: `<!doctype html><html><head><title>${title}</title></head><body><main><h1>${title}</h1>${lines.map((l) => `<${tag}>${l.replace(/</g, '&lt;')}</${tag}>`).join('\n')}</main></body></html>`,
    url: address,
  }));

describe('analyzeDocument never throws and keeps the contract', () => {
  it('on random markup', () => {
    checkProperty('analyzeDocument: random markup', fc.property(page(), fc.boolean(), ({ html, url: address }, force) => {
      const analysis = analyzeDocument(parseDocument(html), { url: address, force });
      expect(analysisProblems(analysis)).toEqual([]);
    }));
  }, FUZZ_TIMEOUT);

  it('on forced analysis of pages dense with facts', () => {
    checkProperty('analyzeDocument: forced analysis of dense fact text', fc.property(factPage, fc.boolean(), ({ html, url: address }, force) => {
      const analysis = analyzeDocument(parseDocument(html), { url: address, force });
      expect(analysisProblems(analysis)).toEqual([]);
    }));
  }, FUZZ_TIMEOUT);
});

describe('bugs the fuzzers found, fixed (kept as regression tests)', () => {
  // BUG (src/core/extract-program.ts, programFactSteps): evidence is quoted from `folded` blocks, whose Greek
  // and Cyrillic lookalikes were replaced by Latin letters, so the quote "Το MBA …" is not on a page that says
  // "Το ΜΒΑ …". Fix: quote from the page's own block text: build the quote from blocks[span.block].text.
  it('quotes keep the page\'s own letters (Greek ΜΒΑ stays Greek)', () => {
    const html = '<html><head><title>ΜΒΑ</title></head><body><main><h1>Το ΜΒΑ</h1><p>Το πρόγραμμα ΜΒΑ είναι 90 ECTS credits in total.</p><p>The ΜΒΑ program takes 18 months to complete.</p><p>Curriculum, admissions, GMAT, cohort, tuition.</p></main></body></html>';
    const analysis = analyzeDocument(parseDocument(html), { url: 'https://school.example/mba' });
    expect(analysis.result.evidence.length).toBeGreaterThan(0);
    expect(quotesNotOnPage(analysis.result.evidence, analysis.snapshot.blocks.map((b) => fold(b.text)), false)).toEqual([]);
  });
});
