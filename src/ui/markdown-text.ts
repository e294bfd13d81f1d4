/**
 * Page text made safe for Markdown (CommonMark and GitHub's tables): it reads as the same words in any renderer,
 * never as emphasis, code, a link, raw HTML, a heading or a new table cell. Any ASCII punctuation may be escaped
 * with a backslash (https://spec.commonmark.org/0.31.2/#backslash-escapes); only the characters that could change
 * the meaning of a line are, so the file still reads well as plain text.
 */

/**
 * ` * _ ~ emphasis and code; [ ] links; < > raw HTML and autolinks; | table cells (GFM: escaped pipes stay in their
 * cell); # headings; & entities; $ the maths of some notes apps; \ itself.
 */
const INLINE_SPECIAL = /[\\`*_~[\]<>|#&$]/g;

/** What starts a block at the beginning of a line: a list, a quote, a setext underline, an ordered list item. */
const BLOCK_START = /^(?:[-+=>]|\d+(?=[.)]))/;

/** One line of text: whitespace (line breaks included) collapsed to spaces, every significant character escaped. */
export function escapeMarkdown(value: string): string {
  return value.replace(/\s+/g, ' ').trim().replace(INLINE_SPECIAL, '\\$&');
}

/** Text that starts a line of its own (a paragraph), where a leading "-" or "1." would start a list. */
export function escapeMarkdownLine(value: string): string {
  const inline = escapeMarkdown(value);
  const start = BLOCK_START.exec(inline);
  if (start === null) return inline;
  // An ordered-list number is defused by escaping its "." or ")"; a marker by escaping itself.
  return /^\d/.test(start[0]) ? `${start[0]}\\${inline.slice(start[0].length)}` : `\\${inline}`;
}

/** A link with escaped text and a pointy-bracket destination (spaces and parentheses allowed, escapes honoured). */
export function markdownLink(label: string, href: string): string {
  return `[${escapeMarkdown(label)}](<${href.replace(/[\s]/g, encodeURIComponent).replace(/[\\<>|]/g, '\\$&')}>)`;
}

/** A GFM table: a header row, the delimiter row, the body; every cell already escaped (a single line). */
export function markdownTable(header: readonly string[], rows: ReadonlyArray<readonly string[]>): string {
  const line = (cells: readonly string[]) => `| ${cells.map((cell) => (cell === '' ? ' ' : cell)).join(' | ')} |`;
  return [line(header), line(header.map(() => '---')), ...rows.map(line)].join('\n');
}
