/**
 * Property tests: random and malformed HTML never makes the core throw (the quick version; `npm run fuzz` runs the
 * long one when it exists).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyzeDocument } from '../../src/core/analyze';
import { summariseJsonLd } from '../../src/core/json-ld';
import { parseDocument } from '../support/parse-html';

const TAGS = ['div', 'p', 'span', 'h1', 'h2', 'nav', 'footer', 'main', 'script', 'style', 'li', 'table', 'td', 'mba-lens', 'pre', 'template'];
const WORDS = ['MBA', 'credits', '36-credit', 'STEM', 'OPT', '$60,000', 'tuition', 'AI', 'Director of AI Strategy', 'online', 'hybrid', 'years', 'months', 'Ⅿ', '\u202e', '\u200b', 'é', '👩‍💻', '<', '>', '&amp;', '"', 'ΜΒΑ'];

const fragment: fc.Arbitrary<string> = fc.letrec((tie) => ({
  node: fc.oneof(
    { depthSize: 'small' },
    fc.constantFrom(...WORDS),
    fc.string(),
    fc.tuple(fc.constantFrom(...TAGS), fc.array(tie('node'), { maxLength: 5 }), fc.boolean()).map(([tag, kids, closed]) => `<${tag}>${kids.join(' ')}${closed ? `</${tag}>` : ''}`),
  ),
})).node as fc.Arbitrary<string>;

describe('the core never throws', () => {
  it('on random markup', () => {
    fc.assert(
      fc.property(fragment, fc.string(), fc.webUrl(), (body, title, url) => {
        const html = `<html><head><title>${title}</title></head><body>${body}</body></html>`;
        const { result } = analyzeDocument(parseDocument(html), { url, force: true });
        expect(['mba-program', 'ai-career', 'none']).toContain(result.kind);
      }),
      { numRuns: 300 },
    );
  });

  it('on random strings as pages and as URLs', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 2000 }), fc.string(), (html, url) => {
        analyzeDocument(parseDocument(html), { url });
      }),
      { numRuns: 300 },
    );
  });

  it('on JSON-LD of any shape', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        const summary = summariseJsonLd([value]);
        expect(Array.isArray(summary.types)).toBe(true);
      }),
      { numRuns: 500 },
    );
    const cyclic: Record<string, unknown> = { '@type': 'Course' };
    cyclic.self = cyclic;
    expect(summariseJsonLd([cyclic]).programs.length).toBeGreaterThan(0);
  });
});
