/** Finding statements in snapshot blocks, with the quote and its span for evidence. */
import { quoteSelector } from './quote-anchor';
import type { TextBlock } from './snapshot';
import type { LocatedEvidence, TextSpan } from './types';

export interface BlockMatch {
  block: number;
  /** The block's text. */
  text: string;
  index: number;
  match: RegExpExecArray;
}

const NUMBER_WORDS: Record<string, number> = {
  one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11,
  twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18, nineteen: 19,
  twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90,
};

/** "Forty-eight", "twelve", "36", "46.5", "1,5" → number; null when it is not a number. */
export function parseNumber(raw: string): number | null {
  const text = raw.trim().toLowerCase();
  if (/^\d{1,6}(?:[.,]\d{1,2})?$/.test(text)) return Number(text.replace(',', '.'));
  const parts = text.split(/[-\s]+/);
  let total = 0;
  for (const part of parts) {
    const value = NUMBER_WORDS[part];
    if (value === undefined) return null;
    total += value;
  }
  return parts.length > 0 ? total : null;
}

/** Number words as a regex source, longest first so "forty-eight" wins over "forty". */
export const NUMBER_WORD_SOURCE = String.raw`(?:(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[- ](?:one|two|three|four|five|six|seven|eight|nine))?|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|one|two|three|four|five|six|seven|eight|nine|ten)`;

/** Page or list words as literal regex source. */
export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
}

/** Every match of `re` (global) in the given blocks, in page order, at most `cap`. */
export function findInBlocks(blocks: readonly TextBlock[], indices: readonly number[], re: RegExp, cap = 200): BlockMatch[] {
  const out: BlockMatch[] = [];
  for (const index of indices) {
    const text = blocks[index]!.text;
    re.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = re.exec(text)) !== null) {
      out.push({ block: index, text, index: m.index, match: m });
      if (out.length >= cap) return out;
      if (m[0].length === 0) re.lastIndex++;
    }
  }
  re.lastIndex = 0;
  return out;
}

/** Sorts matches as they stand on the page: by block, then by place in the block. */
export const inPageOrder = (x: BlockMatch, y: BlockMatch): number => x.block - y.block || x.index - y.index;

export function before(m: BlockMatch, chars: number): string {
  return m.text.slice(Math.max(0, m.index - chars), m.index);
}

export function after(m: BlockMatch, chars: number): string {
  const end = m.index + m.match[0].length;
  return m.text.slice(end, end + chars);
}

const MAX_QUOTE = 240;

/** A full stop ends a sentence only before a space ("46.5 credits" is one sentence). */
function endsSentence(text: string, i: number): boolean {
  const c = text[i];
  if (c === '!' || c === '?' || c === '•' || c === '|') return true;
  return c === '.' && (i + 1 >= text.length || text[i + 1] === ' ');
}

/** The sentence around a match (bounded), as the quote shown to the user and the span highlighted on the page. */
export function sentenceSpan(m: BlockMatch): TextSpan {
  const text = m.text;
  const matchEnd = m.index + m.match[0].length;
  let start = m.index;
  const floor = Math.max(0, m.index - MAX_QUOTE / 2);
  while (start > floor && !endsSentence(text, start - 1)) start--;
  // Cut at a word boundary when no sentence boundary was near: a quote never starts mid-word.
  if (start === floor && start > 0 && text[start - 1] !== ' ') {
    while (start < m.index && text[start] !== ' ') start++;
  }
  while (start < m.index && text[start] === ' ') start++;
  let end = matchEnd;
  const ceiling = Math.min(text.length, matchEnd + MAX_QUOTE / 2);
  while (end < ceiling && !endsSentence(text, end)) end++;
  if (end === ceiling && end < text.length && text[end] !== ' ') {
    while (end > matchEnd && text[end - 1] !== ' ') end--;
  } else if (end < text.length && text[end] !== '•' && text[end] !== '|') end++;
  while (end > matchEnd && text[end - 1] === ' ') end--;
  return { block: m.block, start, end };
}

/** Evidence over `span` of a block's `text`: the quote shown to the user, its span and the anchor that finds it again. */
export function evidenceAt(fact: string, text: string, span: TextSpan): LocatedEvidence {
  const anchor = quoteSelector(text, span);
  return { fact, quote: anchor.exact, span, anchor };
}

export function evidenceFor(fact: string, m: BlockMatch): LocatedEvidence {
  return evidenceAt(fact, m.text, sentenceSpan(m));
}
