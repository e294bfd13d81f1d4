/**
 * Words for the classifier's features: lower-cased, accents folded ("é" → "e"), runs of letters and digits. Scripts
 * written without spaces (Chinese, Japanese, Korean) give overlapping pairs of characters instead, so that
 * "データサイエンティスト" and "数据科学家" yield features without a dictionary. Numbers are left out: a year or a
 * price says nothing about what kind of page it is, and every one would be a feature of its own.
 */
const RUN = /[\p{L}\p{N}]+/gu;
const UNSPACED = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u;
const COMBINING = /\p{M}/gu;
const DIGITS = /^\p{N}+$/u;

/** The words of `text` in order, at most `limit` of them. */
export function wordsOf(text: string, limit = 5_000): string[] {
  const words: string[] = [];
  const folded = text.toLowerCase().normalize('NFKD').replace(COMBINING, '').normalize('NFC');
  RUN.lastIndex = 0;
  let match: RegExpExecArray | null;
  while (words.length < limit && (match = RUN.exec(folded)) !== null) {
    const run = match[0];
    if (DIGITS.test(run)) continue;
    if (UNSPACED.test(run)) {
      const chars = Array.from(run);
      if (chars.length === 1) words.push(run);
      for (let i = 0; i + 1 < chars.length && words.length < limit; i++) words.push(chars[i]! + chars[i + 1]!);
    } else if (run.length > 1 || run === 'm' || run === 'b' || run === 'a') {
      words.push(run);
    }
  }
  RUN.lastIndex = 0;
  return words;
}

/** Adjacent pairs of words ("data scientist", "head of"), for the short fields where word order matters. */
export function pairsOf(words: readonly string[]): string[] {
  const pairs: string[] = [];
  for (let i = 0; i + 1 < words.length; i++) pairs.push(`${words[i]} ${words[i + 1]}`);
  return pairs;
}
