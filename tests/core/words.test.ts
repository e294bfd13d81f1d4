import { describe, expect, it } from 'vitest';
import { wordsOf } from '../../src/core/words';

describe('wordsOf', () => {
  it('folds case and accents, and leaves numbers out', () => {
    expect(wordsOf('Études de Gestion 2024 MBA')).toEqual(['etudes', 'de', 'gestion', 'mba']);
  });

  it('gives pairs of characters for scripts written without spaces, Korean syllables kept whole', () => {
    expect(wordsOf('数据科学家')).toEqual(['数据', '据科', '科学', '学家']);
    // Folding accents decomposes a Hangul syllable into its letters; they are put back together, or "학점" would
    // give pairs of letters instead of the word.
    expect(wordsOf('학점 데이터')).toEqual(['학점', '데이', '이터']);
  });
});
