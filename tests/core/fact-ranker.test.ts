/** The rule that turns scored length phrases into a range (fact-ranker.ts decideRange), apart from the weights. */
import { describe, expect, it } from 'vitest';
import type { FactCandidate } from '../../src/core/fact-candidates';
import { decideRange, type Scored } from '../../src/core/fact-ranker';
import type { BlockMatch } from '../../src/core/text-match';

const phrase = (block: number, text = ''): BlockMatch => ({ block, text, index: 0, match: Object.assign([text], { index: 0, input: text }) as RegExpExecArray });
const scored = (value: number, probability: number, match: BlockMatch, features: string[] = []): Scored => {
  const candidate: FactCandidate = { fact: 'duration', value, match, features: new Map(features.map((f) => [f, 1])) };
  return { candidate, probability };
};
const range = (list: Scored[]) => {
  const r = decideRange(list, 0.65);
  return r ? [r.min.candidate.value, r.max.candidate.value] : null;
};

describe('decideRange', () => {
  it('gives nothing when no phrase is sure', () => {
    expect(range([scored(24, 0.5, phrase(1))])).toBeNull();
  });

  it('reads a range phrase whole: its other end counts however unsure ("two to six years")', () => {
    const twoToSix = phrase(1);
    expect(range([scored(24, 0.8, twoToSix, ['e:low']), scored(72, 0.3, twoToSix, ['e:high'])])).toEqual([24, 72]);
  });

  it('widens the range with a time limit stated beside a sure length, not with one elsewhere on the page', () => {
    const limit = (block: number) => scored(72, 0.45, phrase(block), ['r:max-limit']);
    expect(range([scored(24, 0.9, phrase(1)), limit(1)])).toEqual([24, 72]);
    expect(range([scored(24, 0.9, phrase(1)), limit(7)])).toEqual([24, 24]);
  });

  it("widens the range with another track's length stated beside a sure one", () => {
    expect(range([scored(18, 0.9, phrase(1), ['r:track']), scored(36, 0.5, phrase(1), ['r:track'])])).toEqual([18, 36]);
  });

  it('does not widen with an unsure length that is not a time limit', () => {
    expect(range([scored(24, 0.9, phrase(1)), scored(36, 0.5, phrase(1))])).toEqual([24, 24]);
  });
});
