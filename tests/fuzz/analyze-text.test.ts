/**
 * Property tests of the whole pipeline on text that is hard to read: numbers in every notation, odd Unicode
 * (bidi controls, zero-width characters, combining marks, ZWJ emoji, lookalike letters) and random strings as
 * pages and as addresses. analyzeDocument never throws and keeps the CLI contract.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyzeDocument } from '../../src/core/analyze';
import { parseDocument } from '../support/parse-html';
import { anyText, factSentence, numberText, oddUnicode, phrase, url } from './arbitraries';
import { analysisProblems } from './contract';
import { checkProperty, FUZZ_TIMEOUT } from './fuzz-runs';

describe('analyzeDocument never throws and keeps the contract', () => {
  it('on numbers in every format', () => {
    const sentence = fc.tuple(fc.constantFrom('The program is', 'Tuition:', 'Total cost', 'Complete in', 'requires a total of', 'Program fee', 'It takes'), numberText, fc.constantFrom(' credits.', ' credit hours', '-credit MBA', ' months.', ' years', ' to 24 months', ' for the full program.', ' ECTS', '', ' semesters to complete.'))
      .map(([a, n, b]) => `${a} ${n}${b}`);
    checkProperty('analyzeDocument: numbers in every format', fc.property(fc.array(sentence, { minLength: 1, maxLength: 12 }), (lines) => {
      const html = `<html><head><title>Online MBA</title></head><body><main><h1>Online MBA program</h1>${lines.map((l) => `<p>${l}</p>`).join('')}<p>Curriculum, admissions, GMAT, cohort, tuition.</p></main></body></html>`;
      const analysis = analyzeDocument(parseDocument(html), { url: 'https://school.example/online-mba', force: true });
      expect(analysisProblems(analysis)).toEqual([]);
      const { credits, tuitionUSD, durationMonthsMin, durationMonthsMax } = analysis.shown.facts;
      // Whatever the notation, an extracted number is a plain finite non-negative number.
      for (const n of [credits, tuitionUSD, durationMonthsMin, durationMonthsMax]) if (n !== null) expect(Number.isFinite(n) && n >= 0).toBe(true);
    }));
  }, FUZZ_TIMEOUT);

  it('on odd Unicode everywhere (bidi marks, zero-width, combining marks, ZWJ emoji, lookalikes)', () => {
    const weird = fc.array(fc.oneof(oddUnicode, phrase, factSentence), { minLength: 1, maxLength: 20 }).map((parts) => parts.join(''));
    checkProperty('analyzeDocument: odd Unicode', fc.property(fc.nat(4), weird, weird, url, (overrides, title, body, address) => {
      const html = `<html dir="rtl"><head><title>${title.replace(/</g, '')}</title></head><body><h1>${title.replace(/</g, '')}</h1><p>${body.replace(/</g, '')}</p><p>${'\u202e'.repeat(overrides)}${body.replace(/</g, '')}</p></body></html>`;
      const analysis = analyzeDocument(parseDocument(html), { url: address, force: true });
      expect(analysisProblems(analysis)).toEqual([]);
    }));
  }, FUZZ_TIMEOUT);

  it('on random strings as pages and as URLs', () => {
    checkProperty('analyzeDocument: random strings as pages and URLs', fc.property(fc.oneof(fc.string({ maxLength: 3000 }), fc.string({ unit: 'binary', maxLength: 1000 }), anyText), fc.oneof(url, fc.string()), fc.boolean(), (html, address, force) => {
      const analysis = analyzeDocument(parseDocument(html), { url: address, force });
      expect(analysisProblems(analysis)).toEqual([]);
      expect(analysis.result.url).toBe(address);
    }));
  }, FUZZ_TIMEOUT);
});

