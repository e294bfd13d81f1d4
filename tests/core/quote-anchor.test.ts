// @vitest-environment happy-dom
/** Anchoring quotes by their text: the selector built from a block, and the quote found again in a changed page. */
import { describe, expect, it } from 'vitest';
import { anchorQuote, quoteSelector, readPageText } from '../../src/core/quote-anchor';

function load(html: string): Document {
  document.body.innerHTML = html; // test set-up only: the extension's own code never writes markup
  return document;
}

function spanOf(text: string, quote: string, from = 0): { block: number; start: number; end: number } {
  const start = text.indexOf(quote, from);
  return { block: 0, start, end: start + quote.length };
}

describe('quoteSelector', () => {
  it('keeps the quote and up to 32 characters of the block either side', () => {
    const text = 'Our accelerated option lets you finish the 36-credit program in as little as 12 months of full-time study on campus.';
    const selector = quoteSelector(text, spanOf(text, 'the 36-credit program'));
    expect(selector.exact).toBe('the 36-credit program');
    expect(selector.prefix).toBe('elerated option lets you finish ');
    expect(selector.prefix.length).toBe(32);
    expect(selector.suffix).toBe(' in as little as 12 months of fu');
    expect(selector.suffix.length).toBe(32);
  });

  it('collapses whitespace and stops at the block edges', () => {
    const text = 'Tuition:    $48,000   total';
    const selector = quoteSelector(text, { block: 0, start: 0, end: 20 });
    expect(selector).toEqual({ exact: 'Tuition: $48,000', prefix: '', suffix: ' total' });
  });
});

describe('anchorQuote', () => {
  it('finds the quote across elements and returns a range over exactly its text', () => {
    const doc = load('<main><p>Intro.</p><p>The program is <b>36</b> <i>credits</i> in all.</p></main>');
    const range = anchorQuote(doc, { exact: 'The program is 36 credits', prefix: '', suffix: ' in all.' });
    expect(range?.toString()).toBe('The program is 36 credits');
  });

  it('picks the one of two identical quotes whose context matches', () => {
    const doc = load('<p>Part-time track: Classes are online. Weekend residencies.</p><p>Full-time track: Classes are online. Summer internship.</p>');
    const second = anchorQuote(doc, { exact: 'Classes are online.', prefix: 'Full-time track: ', suffix: ' Summer internship.' });
    expect(second?.toString()).toBe('Classes are online.');
    expect(second?.startContainer).toBe(doc.querySelectorAll('p')[1]!.firstChild);
    const first = anchorQuote(doc, { exact: 'Classes are online.', prefix: 'Part-time track: ', suffix: ' Weekend' });
    expect(first?.startContainer).toBe(doc.querySelectorAll('p')[0]!.firstChild);
  });

  it('takes the first occurrence when the context does not decide', () => {
    const doc = load('<p>STEM designated.</p><p>STEM designated.</p>');
    const range = anchorQuote(doc, { exact: 'STEM designated.', prefix: 'something else', suffix: '' });
    expect(range?.startContainer).toBe(doc.querySelector('p')!.firstChild);
  });

  it('ignores differences in whitespace between the quote and the page', () => {
    const doc = load('<p>Tuition\n      is <span>$48,000</span>for the\tprogram.</p>');
    const range = anchorQuote(doc, { exact: 'Tuition is $48,000 for the program.', prefix: '', suffix: '' });
    expect(range?.toString().replace(/\s+/g, ' ')).toBe('Tuition is $48,000for the program.');
  });

  it('returns null when the quote is not on the page, or is empty', () => {
    const doc = load('<p>The program is 36 credits.</p>');
    expect(anchorQuote(doc, { exact: 'The program is 48 credits', prefix: '', suffix: '' })).toBeNull();
    expect(anchorQuote(doc, { exact: '   ', prefix: '', suffix: '' })).toBeNull();
  });

  it('skips hidden text and the extension’s own host element, as the snapshot does', () => {
    const doc = load('<p hidden>Classes are online.</p><mba-lens>Classes are online.</mba-lens><p>Only here: Classes are online.</p>');
    const range = anchorQuote(doc, { exact: 'Classes are online.', prefix: '', suffix: '' });
    expect(range?.startContainer).toBe(doc.querySelectorAll('p')[1]!.firstChild);
  });

  it('reads the page once for several quotes', () => {
    const doc = load('<p>Alpha beta.</p><p>Gamma delta.</p>');
    const text = readPageText(doc);
    expect(text.chars).toBe('Alphabeta.Gammadelta.');
    expect(anchorQuote(doc, { exact: 'Gamma delta.', prefix: '', suffix: '' }, text)?.toString()).toBe('Gamma delta.');
  });
});
