/**
 * The adversarial strings of the regex guard and of the adversarial-page test: runs of the characters and words
 * the core's expressions match, repeated to a size.
 */
import { LONG_RUN } from '../fuzz/fuzz-runs';

/**
 * The first line: single characters and the words the patterns look for, each of which a regex may repeat; the rest
 * widen it (all of them under `npm run fuzz`).
 */
export const ADVERSARIAL_SEEDS: readonly string[] = [
  'a', ' ', '1', '-', 'MBA ', 'AI ', '$1,', 'credit ', 'Master of ',
  '\n', '\n \n', '.', 'a ', '1 ', '1,', '<', 'senior ', 'head of AI ', 'not ', 'total ', '1 to 2 ', 'ΜΒΑ ', '\t',
  ...(LONG_RUN ? ['A', '1.', '<a ', ';', ':', '/', 'aA1-_ ', '\u200b', 'é', '%20', '"@type": ', '- ', 'Ph.D ', '$ ', 'credits credits '] : []),
];

/** `seed` repeated to exactly `size` characters. */
export function repeatTo(seed: string, size: number): string {
  return seed.repeat(Math.ceil(size / seed.length)).slice(0, size);
}
