// @vitest-environment happy-dom
/** Round trip: a quote found in the snapshot maps back to a DOM Range over exactly that text. */
import { describe, expect, it } from 'vitest';
import { analyzeDocument } from '../../src/core/analyze';
import { spanToRange } from '../../src/core/locate';
import { takeSnapshot } from '../../src/core/snapshot';

function load(html: string): Document {
  document.documentElement.innerHTML = html; // test set-up only: the extension's own code never writes markup
  return document;
}

describe('spanToRange', () => {
  it('maps evidence spans back to ranges whose text is the quote', () => {
    const doc = load('<head><title>Online MBA</title></head><body><main><h1>Online <em>MBA</em></h1><p>The <b>36-credit</b> program is STEM-designated. Classes are 100% online.</p><p>Tuition is $48,000 for the full program.</p><p>Courses include machine learning and business ethics.</p></main></body>');
    // Forced: the test is about mapping quotes back, whatever the model makes of so short a page.
    const analysis = analyzeDocument(doc, { url: 'https://school.example/online-mba', force: true });
    expect(analysis.shown.kind).toBe('mba-program');
    expect(analysis.shown.evidence.length).toBeGreaterThan(3);
    for (const ev of analysis.shown.evidence) {
      const range = spanToRange(doc, analysis.snapshot, ev.span);
      expect(range, ev.fact).not.toBeNull();
      expect(range!.toString().replace(/\s+/g, ' ').trim()).toBe(ev.quote);
    }
  });

  it('maps a span that crosses inline elements', () => {
    const doc = load('<body><p>Alpha <b>beta</b> gamma</p></body>');
    const snapshot = takeSnapshot(doc, { url: 'https://x.example/' });
    const range = spanToRange(doc, snapshot, { block: 0, start: 3, end: 13 });
    expect(range!.toString()).toBe('ha beta ga');
  });

  it('returns null when the page changed under the snapshot', () => {
    const doc = load('<body><p>Alpha beta</p></body>');
    const snapshot = takeSnapshot(doc, { url: 'https://x.example/' });
    doc.body.replaceChildren(doc.createElement('div'));
    expect(spanToRange(doc, snapshot, { block: 0, start: 0, end: 5 })).toBeNull();
    expect(spanToRange(doc, snapshot, { block: 9, start: 0, end: 5 })).toBeNull();
  });
});
