/**
 * Property tests of the CLI's core (`analyzeSource`): any source, any file name, any --url gives one object in
 * the contract's shape, never an exception.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyzeSource } from '../../src/cli/analyze-source';
import { anyText, factSentence, page, phrase, url } from './arbitraries';
import { contractProblems, quotesNotOnPage } from './contract';
import { checkProperty, FUZZ_TIMEOUT } from './fuzz-runs';

const source = fc.oneof(
  { weight: 3, arbitrary: page().map((p) => p.html) },
  { weight: 2, arbitrary: fc.array(fc.oneof(factSentence, phrase, anyText), { maxLength: 20 }).map((lines) => lines.join('\n')) },
  { weight: 1, arbitrary: fc.string({ maxLength: 2000 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 500 }) },
  { weight: 1, arbitrary: fc.constantFrom('', '\ufeff', '\u0000\u0001\u0002', '<', '<html', '<!doctype html>', '# MBA\n\n36 credits', '\r\n\r\n', '<div>'.repeat(500), '<p>MBA</p>'.repeat(500)) },
);

const fileName = fc.oneof(
  fc.constantFrom('page.html', 'a b.html', 'dir/../mba.txt', './x', '/abs/path/mba.html', 'ΜΒΑ.html', '%E0%A4%A.html', '?#.html', 'C:\\pages\\mba.html', '', '.', '..', '\u202eLMTH.exe'),
  fc.string({ minLength: 1, maxLength: 40 }).filter((s) => !s.includes('\u0000')),
);

describe('analyzeSource never throws and keeps the CLI contract', () => {
  it('on random sources, file names and URLs', () => {
    checkProperty('analyzeSource: random sources, files and URLs', fc.property(source, fileName, fc.option(url, { nil: undefined }), (text, file, explicitUrl) => {
      const result = analyzeSource(text, file, explicitUrl);
      expect(contractProblems(result, file)).toEqual([]);
      // --url wins; otherwise the canonical link or og:url when it is http(s), else the file's own URL.
      if (explicitUrl) expect(result.url).toBe(explicitUrl);
      else expect(result.url).toMatch(/^(?:https?|file):/);
    }));
  }, FUZZ_TIMEOUT);

  it('quotes the page: on a plain-text page every quote is the text of the page', () => {
    // Plain text is read line by line as it is, so the page's text is the source itself.
    const text = fc.array(fc.oneof(factSentence, factSentence, phrase, anyText), { minLength: 2, maxLength: 25 }).map((lines) => ['Online MBA program', ...lines].join('\n').replace(/[<>]/g, ' '));
    checkProperty('analyzeSource: plain-text quotes are the page text', fc.property(text, (t) => {
      const result = analyzeSource(t, 'page.txt', 'https://school.example/online-mba');
      expect(contractProblems(result, 'page.txt')).toEqual([]);
      expect(quotesNotOnPage(result.evidence, t.split('\n'))).toEqual([]);
    }));
  }, FUZZ_TIMEOUT);
});
