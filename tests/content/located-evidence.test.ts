// @vitest-environment happy-dom
/**
 * Evidence found again after the page changes: the span while the analysed nodes are there, the quote's text and
 * context once a re-render or a single-page-app update has replaced them.
 */
import { describe, expect, it } from 'vitest';
import { analyzeDocument, type PageAnalysis } from '../../src/core/analyze';
import { locateEvidence } from '../../src/content/located-evidence';

const PAGE = '<head><title>Online MBA</title></head><body><main><h1>Online <em>MBA</em></h1><p>The <b>36-credit</b> program is STEM-designated. Classes are 100% online.</p><p>Tuition for the MBA program is $48,000 in total.</p><p>Courses include machine learning and business ethics.</p></main></body>';

/** The same statements as an app would re-render them: new elements, quotes split differently, text added around. */
const RE_RENDERED = '<div id="app"><header><nav><a href="/">Home</a> <a href="/apply">Apply</a></nav></header>'
  + '<aside class="teaser"><p>The 36-credit program is STEM-designated. Apply by May 1.</p></aside>'
  + '<main><h1><span>Online</span> <span>MBA</span></h1><section><div class="lead">Updated for 2025.</div>'
  + '<div><span>The 36-</span><span>credit program</span> is <strong>STEM-designated.</strong> Classes are 100% online.</div>'
  + '<ul><li>Tuition for the MBA program is <em>$48,000</em> in total.</li><li>Scholarships available.</li></ul>'
  + '<p>Courses include machine learning and business ethics.</p></section></main></div>';

function analyse(): { doc: Document; analysis: PageAnalysis } {
  document.documentElement.innerHTML = PAGE; // test set-up only: the extension's own code never writes markup
  // Forced: the test is about finding quotes again, whatever the model makes of so short a page.
  const analysis = analyzeDocument(document, { url: 'https://school.example/online-mba', force: true });
  expect(analysis.shown.evidence.map((ev) => ev.fact)).toEqual(expect.arrayContaining(['credits', 'tuitionUSD', 'format', 'aiCurriculum']));
  return { doc: document, analysis };
}

describe('locateEvidence', () => {
  it('maps each quote through its span while the page is as analysed', () => {
    const { doc, analysis } = analyse();
    const tuition = doc.querySelectorAll('p')[1]!.firstChild;
    for (const item of locateEvidence(doc, analysis)) expect(item.range?.toString(), item.evidence.fact).toBe(item.evidence.quote);
    const item = locateEvidence(doc, analysis).find((i) => i.evidence.fact === 'tuitionUSD');
    expect(item?.range?.startContainer).toBe(tuition);
  });

  it('finds every quote again after the page re-renders into other elements', () => {
    const { doc, analysis } = analyse();
    doc.body.innerHTML = RE_RENDERED;
    for (const item of locateEvidence(doc, analysis)) {
      expect(item.range, item.evidence.fact).not.toBeNull();
      expect(item.range!.toString(), item.evidence.fact).toBe(item.evidence.quote);
      expect(doc.body.contains(item.range!.commonAncestorContainer), item.evidence.fact).toBe(true);
    }
  });

  it('picks the copy of a repeated quote whose surroundings match, not the first one', () => {
    const { doc, analysis } = analyse();
    doc.body.innerHTML = RE_RENDERED;
    const credits = locateEvidence(doc, analysis).find((item) => item.evidence.fact === 'credits');
    expect(credits?.range?.toString()).toBe('The 36-credit program is STEM-designated.');
    expect(doc.querySelector('main')!.contains(credits!.range!.startContainer)).toBe(true);
  });

  it('does not trust a span over text nodes edited in place', () => {
    const { doc, analysis } = analyse();
    const paragraph = doc.querySelectorAll('p')[1]!;
    // Same nodes, other text: the span still fits, but no longer holds the quote.
    (paragraph.firstChild as Text).data = 'Tuition is $52,000 for the full program.';
    const tuition = locateEvidence(doc, analysis).find((item) => item.evidence.fact === 'tuitionUSD');
    expect(tuition?.range).toBeNull();
  });

  it('gives no range for a quote the update removed, and still finds the others', () => {
    const { doc, analysis } = analyse();
    doc.body.innerHTML = RE_RENDERED.replace('<li>Tuition for the MBA program is <em>$48,000</em> in total.</li>', '');
    const located = locateEvidence(doc, analysis);
    expect(located.find((item) => item.evidence.fact === 'tuitionUSD')?.range).toBeNull();
    const others = located.filter((item) => item.evidence.fact !== 'tuitionUSD');
    expect(others.length).toBeGreaterThan(0);
    for (const item of others) expect(item.range?.toString(), item.evidence.fact).toBe(item.evidence.quote);
  });
});
