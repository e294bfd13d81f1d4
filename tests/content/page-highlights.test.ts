// @vitest-environment happy-dom
/**
 * Highlights without DOM changes. happy-dom has no Custom Highlight API, which is exactly the fallback case; the
 * API path is checked here against a stand-in registry, and for real in Chromium (tests/e2e/interactions).
 */
import { afterEach, describe, expect, it } from 'vitest';
import { adoptDocumentStyle, createPageHighlights, HIGHLIGHT_CSS, HIGHLIGHT_NAME, highlightApiOf } from '../../src/content/page-highlights';

function paragraphRange(text: string): Range {
  const p = document.createElement('p');
  p.textContent = text;
  document.body.append(p);
  const range = document.createRange();
  range.selectNodeContents(p);
  return range;
}

function watchMutations(): () => MutationRecord[] {
  const records: MutationRecord[] = [];
  const observer = new MutationObserver((list) => records.push(...list));
  observer.observe(document, { childList: true, subtree: true, attributes: true, characterData: true });
  return () => {
    records.push(...observer.takeRecords());
    observer.disconnect();
    return records;
  };
}

afterEach(() => {
  document.body.replaceChildren();
  document.adoptedStyleSheets = [];
});

describe('where the Custom Highlight API is missing', () => {
  it('reports itself unavailable and does nothing, without throwing', () => {
    expect(highlightApiOf(globalThis)).toBeNull();
    const range = paragraphRange('A 48-credit MBA.');
    const stop = watchMutations();
    const highlights = createPageHighlights(document, new AbortController().signal);
    expect(highlights.available).toBe(false);
    highlights.show([range]);
    highlights.clear();
    expect(document.adoptedStyleSheets).toEqual([]);
    expect(stop()).toEqual([]);
  });
});

/** A stand-in for the browser's registry and Highlight, recording what the code asks of them. */
function fakeWorld() {
  const registry = new Map<string, { ranges: Range[] }>();
  class Highlight {
    ranges: Range[];
    constructor(...ranges: Range[]) {
      this.ranges = ranges;
    }
  }
  return { registry, world: { CSS: { highlights: registry }, Highlight, CSSStyleSheet } };
}

describe('with the Custom Highlight API', () => {
  it('registers the ranges under one name and styles them from an adopted sheet, with no DOM mutation', () => {
    const { registry, world } = fakeWorld();
    const ranges = [paragraphRange('A 48-credit MBA.'), paragraphRange('STEM OPT eligible.')];
    const stop = watchMutations();
    const controller = new AbortController();
    const highlights = createPageHighlights(document, controller.signal, world);
    expect(highlights.available).toBe(true);
    highlights.show(ranges);
    expect(registry.get(HIGHLIGHT_NAME)?.ranges).toEqual(ranges);
    expect(document.adoptedStyleSheets.length).toBe(1);
    expect(stop()).toEqual([]);
    controller.abort();
    expect(registry.has(HIGHLIGHT_NAME)).toBe(false);
    expect(document.adoptedStyleSheets).toEqual([]);
  });

  it('keeps the page’s own adopted sheets', () => {
    const pageSheet = new CSSStyleSheet();
    document.adoptedStyleSheets = [pageSheet];
    const remove = adoptDocumentStyle(document, HIGHLIGHT_CSS);
    expect(remove).not.toBeNull();
    expect(document.adoptedStyleSheets.length).toBe(2);
    remove?.();
    expect(document.adoptedStyleSheets).toEqual([pageSheet]);
  });

  it('is unavailable when the browser refuses the stylesheet (so the card offers no toggle that does nothing)', () => {
    const { registry, world } = fakeWorld();
    class RefusedSheet {
      replaceSync(): void {
        throw new Error('not allowed');
      }
    }
    const highlights = createPageHighlights(document, new AbortController().signal, { ...world, CSSStyleSheet: RefusedSheet });
    expect(highlights.available).toBe(false);
    highlights.show([paragraphRange('x')]);
    expect(registry.size).toBe(0);
  });
});
