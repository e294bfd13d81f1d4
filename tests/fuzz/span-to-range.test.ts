// @vitest-environment happy-dom
/**
 * spanToRange is what highlights and "scroll to quote" stand on, and it runs on a live page that may have
 * changed since the snapshot. Any span at all, on any page, before or after the page changed: a Range or null,
 * never an exception. On pages whose text is all visible, evidence spans map back to exactly their quotes.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyzeDocument } from '../../src/core/analyze';
import { spanToRange } from '../../src/core/locate';
import type { TextSpan } from '../../src/core/types';
import { foldLookalikes } from '../../src/core/patterns';
import { page } from './arbitraries';
import { analysisProblems, fold, TOLERATE_FOLDED_LOOKALIKES } from './contract';
import { checkProperty, FUZZ_TIMEOUT } from './fuzz-runs';

/**
 * Loads a page into the test window's document. happy-dom's Ranges read as empty in a DOMParser document, so
 * pages go into the window's own; iframes are renamed because happy-dom logs an error for each one it may not load.
 * happy-dom's own parser throws on some misnested markup (`<table><html>`); such a case is skipped, as the code
 * under test never saw a page.
 */
function parse(html: string): Document {
  const inner = html.slice(html.indexOf('>', html.indexOf('<html')) + 1).replace(/<\/html>$/, '');
  try {
    document.documentElement.innerHTML = inner.replace(/<(\/?)iframe/gi, '<$1x-iframe'); // test set-up only: the extension's own code never writes markup
  } catch {
    fc.pre(false);
  }
  return document;
}

const offset = fc.oneof(
  { weight: 4, arbitrary: fc.integer({ min: -5, max: 4_500 }) },
  { weight: 1, arbitrary: fc.constantFrom(Number.NaN, Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY, -0, 0.5, 1e-9, 2 ** 31, 2 ** 32 + 1, Number.MAX_SAFE_INTEGER, Number.MIN_SAFE_INTEGER) },
  { weight: 1, arbitrary: fc.double() },
);

const span: fc.Arbitrary<TextSpan> = fc.record({
  block: fc.oneof(fc.integer({ min: -3, max: 40 }), fc.constantFrom(Number.NaN, 0.5, Number.POSITIVE_INFINITY, 2 ** 32)),
  start: offset,
  end: offset,
});

function checkRange(range: Range | null): void {
  if (range === null) return;
  expect(range.startContainer.nodeType).toBe(3);
  expect(range.endContainer.nodeType).toBe(3);
  expect(typeof range.toString()).toBe('string');
}

/** The evidence spans, nudged: off by one either way, swapped, widened past the block. */
function nudged(spans: TextSpan[], delta: number): TextSpan[] {
  return spans.flatMap((s) => [
    { ...s, start: s.start + delta, end: s.end - delta },
    { ...s, start: s.end, end: s.start },
    { ...s, end: s.end + 10_000 },
    { ...s, block: s.block + delta },
  ]);
}

describe('spanToRange never throws', () => {
  it('for any span on any page', () => {
    checkProperty('spanToRange: any span on any page', fc.property(page(), fc.array(span, { maxLength: 20 }), fc.integer({ min: -2, max: 2 }), ({ html, url }, spans, delta) => {
      const doc = parse(html);
      const analysis = analyzeDocument(doc, { url, force: true });
      const evidenceSpans = analysis.shown.evidence.map((e) => e.span);
      for (const s of [...spans, ...evidenceSpans, ...nudged(evidenceSpans, delta)]) checkRange(spanToRange(doc, analysis.snapshot, s));
    }));
  }, FUZZ_TIMEOUT);

  it('after the page changed under the snapshot (nodes removed, text shortened, body replaced)', () => {
    const change = fc.constantFrom('remove-element', 'shorten-text', 'empty-text', 'replace-body', 'clear-root', 'split-text', 'normalize');
    checkProperty('spanToRange: page changed after the snapshot', fc.property(page(), fc.array(change, { minLength: 1, maxLength: 6 }), fc.nat(), fc.array(span, { maxLength: 8 }), ({ html, url }, changes, seed, spans) => {
      const doc = parse(html);
      const analysis = analyzeDocument(doc, { url, force: true });
      changes.forEach((kind, i) => {
        const elements = [...doc.querySelectorAll('body *')];
        const texts = analysis.snapshot.blocks.flatMap((b) => b.segments.map((s) => s.node));
        const text = texts[(seed + i) % Math.max(1, texts.length)];
        if (kind === 'remove-element') elements[(seed + i) % Math.max(1, elements.length)]?.remove();
        else if (kind === 'shorten-text' && text) text.data = text.data.slice(0, text.data.length >> 1);
        else if (kind === 'empty-text' && text) text.data = '';
        else if (kind === 'replace-body' && doc.body) doc.body.replaceWith(doc.createElement('body'));
        else if (kind === 'clear-root') doc.documentElement.replaceChildren();
        else if (kind === 'split-text' && text && text.data.length > 1 && text.parentNode) text.splitText(text.data.length >> 1);
        else if (kind === 'normalize') doc.body?.normalize();
      });
      for (const s of [...analysis.shown.evidence.map((e) => e.span), ...spans]) {
        const range = spanToRange(doc, analysis.snapshot, s);
        checkRange(range);
        if (range) expect(range.startContainer.isConnected && range.endContainer.isConnected).toBe(true);
      }
    }));
  }, FUZZ_TIMEOUT);
});

describe('evidence maps back to the page', () => {
  it('on pages whose text is all visible, each evidence range reads exactly its quote', () => {
    checkProperty('spanToRange: evidence maps back to its quote', fc.property(page({ plain: true }), ({ html, url }) => {
      const doc = parse(html);
      const analysis = analyzeDocument(doc, { url, force: true });
      expect(analysisProblems(analysis)).toEqual([]);
      for (const ev of analysis.shown.evidence) {
        const range = spanToRange(doc, analysis.snapshot, ev.span);
        expect(range, ev.fact).not.toBeNull();
        const text = fold(range!.toString()).trim();
        expect(TOLERATE_FOLDED_LOOKALIKES && text !== ev.quote ? foldLookalikes(text) : text, ev.fact).toBe(ev.quote);
      }
    }));
  }, FUZZ_TIMEOUT);
});
