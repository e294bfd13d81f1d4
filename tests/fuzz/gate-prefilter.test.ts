/**
 * The always-on script ends on `mayNameNearbyTopic` alone where it answers false, so it must answer true on every
 * address and title where `judgeTexts` would not stop: texts built from the judge's own words, phrases and terms, in any case, cut
 * or glued to other words, among random words, punctuation and non-Latin letters.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  AI_PHRASES, AI_TERMS, AI_WORDS, judgeTexts, LOOKALIKES, MBA_PHRASES, JOB_WORDS, mayNameNearbyTopic, PASS_TERMS, ROLE_TERMS, ROLE_WORDS, TOPIC_STEMS, urlText,
} from '../../src/core/gate';
import { checkProperty, FUZZ_TIMEOUT } from './fuzz-runs';

const vocabulary = [...MBA_PHRASES, ...LOOKALIKES, ...AI_WORDS, ...AI_PHRASES, ...AI_TERMS, ...ROLE_WORDS, ...ROLE_TERMS, ...PASS_TERMS, ...JOB_WORDS, ...TOPIC_STEMS, 'mba'];
const separators = [' ', '-', '.', '/', '\n', '_', '|', ' – ', "'", ':', '', 'é', '人', '?', '#', '%20', '%', '://'];

const fragment = fc.oneof(
  fc.constantFrom(...vocabulary),
  fc.constantFrom(...vocabulary).chain((word) => fc.nat({ max: word.length }).map((cut) => word.slice(0, cut))),
  fc.constantFrom(...vocabulary).map((word) => word.toUpperCase()),
  fc.string({ unit: fc.constantFrom('a', 'i', 'm', 'l', 'b', 'k', 'p', 'v', 'e', 'd', 'h', 'r', 'o', '1', '_'), maxLength: 6 }),
  fc.string({ maxLength: 8 }),
  fc.string({ unit: 'grapheme', maxLength: 4 }),
);
const text = fc.array(fc.tuple(fragment, fc.constantFrom(...separators)), { maxLength: 10 }).map((parts) => parts.map(([f, s]) => f + s).join(''));

describe('the gate prefilter', () => {
  it('lets on every text the judge does not stop', () => {
    checkProperty('gate: the prefilter stops no text the judge lets on', fc.property(text, text, (address, title) => {
      if (judgeTexts([urlText(address), title], []) === 'stop') return;
      expect(mayNameNearbyTopic(address, title)).toBe(true);
    }));
  }, FUZZ_TIMEOUT);
});
