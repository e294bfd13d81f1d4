/**
 * The whole analysis on a 1 MiB adversarial page per family of the regex guard: the run in the text, the title,
 * the heading, the description, the JSON-LD and the address, all at once. Each analysis must finish, keep the CLI
 * contract, and read no more text than the snapshot's cap. How long it takes is not this test's business: speed
 * is measured by `npm run bench` (DESIGN §7), and runaway backtracking in a single expression is ruled out by the
 * static analysis of regex-safety.test.ts; the test's timeout only stops a run that never ends.
 */
import { describe, expect, it } from 'vitest';
import { analyzeDocument } from '../../src/core/analyze';
import { MAX_TEXT_CHARS } from '../../src/core/snapshot';
import { parseDocument } from '../support/parse-html';
import { analysisProblems } from '../fuzz/contract';
import { LONG_RUN, recordCases } from '../fuzz/fuzz-runs';
import { ADVERSARIAL_SEEDS, repeatTo } from './adversarial-inputs';

const PAGE_CHARS = 1 << 20;

const SKELETON = '<!doctype html><html lang="en"><head><title></title><meta name="description"><meta property="og:title"><script type="application/ld+json"></script></head><body><h1></h1><nav></nav><main><h2></h2><p></p></main></body></html>';

/**
 * The run everywhere the core reads: text, title, headings, metadata, furniture class names, JSON-LD. Filled in
 * through the DOM: linkedom takes seconds to parse a megabyte of `&lt;`, and parsing is not what is tested here.
 */
function adversarialPage(seed: string): Document {
  const run = repeatTo(seed, PAGE_CHARS);
  const doc = parseDocument(SKELETON);
  const set = (selector: string, value: string): void => void (doc.querySelector(selector)!.textContent = value);
  set('title', run.slice(0, 2_000));
  doc.querySelector('meta[name="description"]')!.setAttribute('content', run.slice(0, 100_000));
  doc.querySelector('meta[property="og:title"]')!.setAttribute('content', run.slice(0, 2_000));
  set('script', JSON.stringify({ '@type': ['EducationalOccupationalProgram', 'JobPosting'], name: run.slice(0, 100_000), title: run.slice(0, 100_000), description: run.slice(0, 200_000) }));
  set('h1', run.slice(0, 4_000));
  set('h2', run.slice(0, 4_000));
  set('nav', run.slice(0, 4_000));
  doc.querySelector('nav')!.setAttribute('class', run.slice(0, 300));
  set('p', run);
  return doc;
}

describe(`the whole analysis on a ${PAGE_CHARS >> 20} MiB adversarial page`, () => {
  for (const seed of ADVERSARIAL_SEEDS) {
    it(`a page of ${JSON.stringify(seed)} gives a well-formed result from at most the capped text`, () => {
      const doc = adversarialPage(seed);
      const url = `https://school.example/${encodeURIComponent(repeatTo(seed, 2_000))}`;
      const analysis = analyzeDocument(doc, { url, force: true });
      recordCases('adversarial page', 1);
      expect(analysisProblems(analysis)).toEqual([]);
      const { snapshot } = analysis;
      expect(snapshot.textLength).toBeLessThanOrEqual(MAX_TEXT_CHARS);
      expect(snapshot.blocks.reduce((sum, block) => sum + block.text.length, 0)).toBeLessThanOrEqual(MAX_TEXT_CHARS);
      // A run with anything to read is longer than the cap: the snapshot stops there and says so.
      if (seed.trim() !== '') expect(snapshot.truncated).toBe(true);
    }, LONG_RUN ? 120_000 : 30_000);
  }
});
