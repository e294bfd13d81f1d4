import { describe, expect, it } from 'vitest';
import { parseEach } from '../../src/schemas/parse-each';

const parsePositive = (entry: unknown): number | null => (typeof entry === 'number' && entry > 0 ? entry : null);

describe('parseEach (stored and received lists)', () => {
  it('keeps every entry, in order, when each parses', () => {
    expect(parseEach([3, 1, 2], parsePositive)).toEqual([3, 1, 2]);
    expect(parseEach([], parsePositive)).toEqual([]);
  });

  it('rejects the whole list for one bad entry, a list over its bound, or no list at all', () => {
    expect(parseEach([1, -1, 2], parsePositive)).toBeNull();
    expect(parseEach([1, 2, 3], parsePositive, 2)).toBeNull();
    expect(parseEach([1, 2], parsePositive, 2)).toEqual([1, 2]);
    expect(parseEach({ 0: 1, length: 1 }, parsePositive)).toBeNull();
    expect(parseEach('12', parsePositive)).toBeNull();
    expect(parseEach(null, parsePositive)).toBeNull();
  });
});
