/**
 * Anchoring a quote by its text rather than by DOM nodes, so evidence is found again after a re-render or a
 * single-page-app update: the W3C Web Annotation TextQuoteSelector (https://www.w3.org/TR/annotation-model/#text-quote-selector),
 * as hypothesis/client anchors annotations (dom-anchor-text-quote). Pure: works on the Document it is given.
 */
import { takeSnapshot } from './snapshot';
import type { TextQuoteSelector, TextSpan } from './types';

/** Characters of context kept on each side: enough to tell repeated quotes apart, small enough to survive edits nearby. */
export const CONTEXT_CHARS = 32;
/** Occurrences of a quote scored at most: a page repeating one sentence thousands of times costs no more. */
const MAX_CANDIDATES = 1_000;

function collapseSpaces(text: string): string {
  return text.replace(/\s+/g, ' ');
}

/** Whitespace is where re-renders differ most (indentation, line breaks, nodes split or joined), so matching ignores it. */
function withoutSpaces(text: string): string {
  return text.replace(/\s+/g, '');
}

/** The selector for `span` of a block's text: the quote (as shown to the user) and up to CONTEXT_CHARS either side. */
export function quoteSelector(text: string, span: TextSpan): TextQuoteSelector {
  // A raw window wider than the context, so that CONTEXT_CHARS remain after runs of spaces collapse.
  const window = CONTEXT_CHARS * 4;
  return {
    exact: collapseSpaces(text.slice(span.start, span.end)).trim(),
    prefix: collapseSpaces(text.slice(Math.max(0, span.start - window), span.start)).slice(-CONTEXT_CHARS),
    suffix: collapseSpaces(text.slice(span.end, span.end + window)).slice(0, CONTEXT_CHARS),
  };
}

/** The page's visible text without whitespace, each character pointing back to its place in a text node. */
export interface PageText {
  chars: string;
  nodes: Text[];
  offsets: number[];
}

/**
 * Reads the document as the snapshot does (same visibility rules, the extension's own host skipped, the same cap on
 * huge pages), so a quote taken from a snapshot is found in the text read here.
 */
export function readPageText(doc: Document): PageText {
  const snapshot = takeSnapshot(doc, { url: doc.URL || 'about:blank' });
  const chars: string[] = [];
  const nodes: Text[] = [];
  const offsets: number[] = [];
  for (const block of snapshot.blocks) {
    for (const segment of block.segments) {
      for (let i = 0; i < segment.length; i++) {
        const c = block.text[segment.start + i]!;
        if (c === ' ') continue; // the snapshot turned every whitespace character into a space
        chars.push(c);
        nodes.push(segment.node);
        offsets.push(segment.nodeStart + i);
      }
    }
  }
  return { chars: chars.join(''), nodes, offsets };
}

/** Length of the common ending of `context` and the page text ending at `end`. */
function prefixScore(context: string, text: string, end: number): number {
  let n = 0;
  while (n < context.length && n < end && context[context.length - 1 - n] === text[end - 1 - n]) n++;
  return n;
}

/** Length of the common beginning of `context` and the page text starting at `start`. */
function suffixScore(context: string, text: string, start: number): number {
  let n = 0;
  while (n < context.length && start + n < text.length && context[n] === text[start + n]) n++;
  return n;
}

/**
 * A Range over the occurrence of `selector.exact` in the current page whose surroundings best match its prefix and
 * suffix (the first one on a tie); null when the quote is no longer on the page. `text` lets a caller anchoring
 * several quotes read the page once.
 */
export function anchorQuote(doc: Document, selector: TextQuoteSelector, text: PageText = readPageText(doc)): Range | null {
  const exact = withoutSpaces(selector.exact);
  if (exact.length === 0) return null;
  const prefix = withoutSpaces(selector.prefix);
  const suffix = withoutSpaces(selector.suffix);
  const page = text.chars;
  let best = -1;
  let bestScore = -1;
  let candidates = 0;
  for (let at = page.indexOf(exact); at >= 0 && candidates < MAX_CANDIDATES; at = page.indexOf(exact, at + 1), candidates++) {
    const score = prefixScore(prefix, page, at) + suffixScore(suffix, page, at + exact.length);
    if (score > bestScore) {
      best = at;
      bestScore = score;
    }
    if (score === prefix.length + suffix.length) break;
  }
  if (best < 0) return null;
  const last = best + exact.length - 1;
  try {
    const range = doc.createRange();
    range.setStart(text.nodes[best]!, text.offsets[best]!);
    range.setEnd(text.nodes[last]!, text.offsets[last]! + 1);
    return range;
  } catch {
    // The page changed between reading its text and building the range.
    return null;
  }
}

/** True when `range` still covers the selector's quote (whitespace aside): a span over text nodes edited in place does not. */
export function rangeHoldsQuote(range: Range, selector: TextQuoteSelector): boolean {
  return withoutSpaces(range.toString()) === withoutSpaces(selector.exact);
}
