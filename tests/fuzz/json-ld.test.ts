/**
 * JSON-LD is the page author's free-form JSON: any value, any depth, the wrong type in every field. Reading it
 * never throws and always gives strings where the summary promises strings.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyzeDocument } from '../../src/core/analyze';
import { readJsonLd, summariseJsonLd, type JsonLdSummary } from '../../src/core/json-ld';
import { parseDocument } from '../support/parse-html';
import { jsonLdText } from './arbitraries';
import { analysisProblems } from './contract';
import { checkProperty, FUZZ_TIMEOUT } from './fuzz-runs';

function summaryProblems(summary: JsonLdSummary): string[] {
  const problems: string[] = [];
  if (!summary.types.every((t) => typeof t === 'string')) problems.push('a type is not a string');
  for (const p of summary.programs) for (const [key, value] of Object.entries(p)) if (typeof value !== 'string') problems.push(`program.${key} is ${typeof value}`);
  for (const j of summary.jobPostings) for (const [key, value] of Object.entries(j)) if (typeof value !== 'string') problems.push(`jobPosting.${key} is ${typeof value}`);
  return problems;
}

/** Any JavaScript value JSON.parse can give, and a few it cannot (shared and cyclic references). */
const jsonish: fc.Arbitrary<unknown> = fc.oneof(
  fc.jsonValue({ maxDepth: 6 }),
  jsonLdText.map((t) => {
    try {
      return JSON.parse(t) as unknown;
    } catch {
      return t;
    }
  }),
  fc.dictionary(fc.constantFrom('@type', 'name', 'description', '@graph', '__proto__', 'constructor', 'toString', 'numberOfCredits'), fc.jsonValue({ maxDepth: 3 })),
);

describe('JSON-LD of any shape', () => {
  it('summariseJsonLd gives strings for every field, whatever the value', () => {
    checkProperty('json-ld: summariseJsonLd on any JSON', fc.property(fc.array(jsonish, { maxLength: 4 }), (values) => {
      expect(summaryProblems(summariseJsonLd(values))).toEqual([]);
    }));
  }, FUZZ_TIMEOUT);

  it('a page of hostile JSON-LD scripts analyses without throwing', () => {
    const scripts = fc.array(fc.tuple(jsonLdText, fc.constantFrom('application/ld+json', 'APPLICATION/LD+JSON', 'application/ld+json; charset=utf-8', 'application/json')), { minLength: 1, maxLength: 5 });
    checkProperty('json-ld: hostile scripts in a page', fc.property(scripts, (list) => {
      const head = list.map(([text, type]) => `<script type="${type}">${text}</script>`).join('');
      const doc = parseDocument(`<html><head><title>Online MBA</title>${head}</head><body><h1>Online MBA</h1><p>36 credits.</p></body></html>`);
      expect(summaryProblems(readJsonLd(doc))).toEqual([]);
      expect(analysisProblems(analyzeDocument(doc, { url: 'https://school.example/mba', force: true }))).toEqual([]);
    }));
  }, FUZZ_TIMEOUT);

  it('cyclic and shared references end (JSON.parse cannot make them, but the reader must not loop)', () => {
    const course: Record<string, unknown> = { '@type': 'Course', name: 'MBA' };
    course.self = course;
    course.list = [course, course, [course]];
    const shared = { '@type': 'JobPosting', title: 'AI Product Manager' };
    const summary = summariseJsonLd([course, { '@graph': Array.from({ length: 5_000 }, () => shared) }]);
    expect(summaryProblems(summary)).toEqual([]);
    expect(summary.programs.length).toBeGreaterThan(0);
  });
});
