// @vitest-environment happy-dom
/**
 * The annotation tooltip by keyboard (WCAG 1.4.13): focus on a statement shows its comparison, Escape hides it
 * without moving focus, it stays hidden while focus stays, and comes back when focus returns. The pointer path
 * needs real layout (caret positions, boxes) and is checked in Chromium (tests/e2e/a11y.e2e.test.ts).
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { watchAnnotationHover } from '../../src/content/annotation-hover';

let lifetime: AbortController;
let shown: string[];
let hidden: number;

function statement(id: string, text: string): HTMLAnchorElement {
  const p = document.createElement('p');
  const link = document.createElement('a');
  link.href = `#${id}`;
  link.id = id;
  link.textContent = text;
  p.append('Before ', link, ' after.');
  document.body.append(p);
  return link;
}

function rangeOver(node: Node): Range {
  const range = document.createRange();
  range.selectNodeContents(node.parentNode!);
  return range;
}

const escape = () => document.activeElement!.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));

beforeEach(() => {
  document.body.replaceChildren();
  lifetime = new AbortController();
  shown = [];
  hidden = 0;
});

afterEach(() => lifetime.abort());

describe('the tooltip by keyboard', () => {
  it('shows on focus, hides on Escape without moving focus, and shows again when focus comes back', () => {
    const credits = statement('credits', '48-credit program');
    const other = statement('other', 'a link elsewhere');
    watchAnnotationHover<string>(
      {
        win: window,
        doc: document,
        targets: () => [{ range: rangeOver(credits), value: 'credits' }],
        isOwnNode: () => false,
        show: (value) => shown.push(value),
        hide: () => hidden++,
      },
      lifetime.signal,
    );
    credits.focus();
    expect(shown).toEqual(['credits']);
    escape();
    expect(hidden).toBe(1);
    expect(document.activeElement).toBe(credits);
    // Escape again, with nothing shown, does nothing.
    escape();
    expect(hidden).toBe(1);
    other.focus();
    credits.focus();
    expect(shown).toEqual(['credits', 'credits']);
  });

  it('listens no more once its visit is over', () => {
    const credits = statement('credits', '48-credit program');
    watchAnnotationHover<string>(
      { win: window, doc: document, targets: () => [{ range: rangeOver(credits), value: 'credits' }], isOwnNode: () => false, show: (v) => shown.push(v), hide: () => hidden++ },
      lifetime.signal,
    );
    lifetime.abort();
    credits.focus();
    escape();
    expect(shown).toEqual([]);
    expect(hidden).toBe(0);
  });
});
