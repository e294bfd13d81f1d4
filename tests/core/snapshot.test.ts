import { describe, expect, it } from 'vitest';
import { MAX_TEXT_CHARS, snapshotFromText, takeSnapshot } from '../../src/core/snapshot';
import { parseDocument } from '../support/parse-html';

const snap = (body: string, head = '') => takeSnapshot(parseDocument(`<!doctype html><html lang="en"><head>${head}</head><body>${body}</body></html>`), { url: 'https://example.org/p' });
const texts = (body: string) => snap(body).blocks.map((b) => b.text.trim());

describe('takeSnapshot', () => {
  it('reads title, language, meta and canonical link', () => {
    const s = snap('<p>x</p>', '<title> A  title </title><meta name="description" content="About it"><link rel="canonical" href="https://example.org/c"><meta property="og:url" content="https://example.org/og"><meta property="og:title" content="OG">');
    expect([s.title, s.lang, s.description, s.canonicalUrl, s.ogUrl, s.ogTitle]).toEqual(['A title', 'en', 'About it', 'https://example.org/c', 'https://example.org/og', 'OG']);
  });

  it('splits text into blocks at block elements and keeps inline text together', () => {
    expect(texts('<p>One <b>bold</b> line</p><div>Two<span> parts</span></div><ul><li>A</li><li>B</li></ul>')).toEqual(['One bold line', 'Two parts', 'A', 'B']);
  });

  it('skips scripts, styles, hidden and aria-hidden content and its own host element', () => {
    expect(texts('<p>seen</p><script>var x = "MBA"</script><style>p{}</style><p hidden>h</p><p aria-hidden="true">a</p><p style="display: none">d</p><mba-lens>card</mba-lens><template><p>t</p></template>')).toEqual(['seen']);
  });

  it('marks menus, headers and footers outside the main content as boilerplate, but not the article header', () => {
    const s = snap('<header>Site MBA menu</header><nav>Programs</nav><main><header class="page-header"><h1>Title</h1></header><p>Body</p></main><div class="site-footer">Footer</div><footer>Foot</footer>');
    expect(s.blocks.map((b) => [b.text.trim(), b.boilerplate])).toEqual([
      ['Site MBA menu', true], ['Programs', true], ['Title', false], ['Body', false], ['Footer', true], ['Foot', true],
    ]);
    expect(s.blocks.find((b) => b.text === 'Title')!.level).toBe(1);
  });

  it('does not take a body class such as "header-6" for furniture', () => {
    expect(snap('<div class="header-6"><p>Content</p></div>').blocks[0]!.boilerplate).toBe(false);
  });

  it('reads a layout wrapper named like furniture ("no-sidebar") as content when it holds most of the page, but not the furniture inside it', () => {
    const s = snap('<div class="wrapper no-sidebar"><nav>Programs menu</nav><div class="sidebar">Apply now</div><h1>Online MBA</h1><p>The online MBA takes 24 months and 60 credits of study.</p></div><footer>Contact us</footer>');
    expect(s.blocks.map((b) => [b.text.trim(), b.boilerplate])).toEqual([
      ['Programs menu', true], ['Apply now', true], ['Online MBA', false], ['The online MBA takes 24 months and 60 credits of study.', false], ['Contact us', true],
    ]);
  });

  it('reads a page left inside an unclosed <header> as content, and a small header as furniture', () => {
    expect(snap('<header><h1>Department of MBA</h1><p>The department offers a two-year full-time MBA programme.</p><p>Admissions open.</p>').blocks.every((b) => !b.boilerplate)).toBe(true);
    expect(snap('<header>School menu</header><p>The department offers a two-year full-time MBA programme.</p>').blocks[0]!.boilerplate).toBe(true);
  });

  it('reads deeply nested wrappers named like furniture as one layout, and a small menu inside them as furniture', () => {
    const depth = 5_000;
    const s = snap(`${'<div class="menu">'.repeat(depth)}<p>The MBA takes two years.</p><div class="sidebar">x</div>${'</div>'.repeat(depth)}`);
    expect(s.blocks.map((b) => [b.text, b.boilerplate])).toEqual([['The MBA takes two years.', false], ['x', true]]);
  });

  it('never takes the main landmark for furniture, whatever its class says', () => {
    expect(snap('<div role="main" class="page--sticky-sidebar"><p>Body</p></div><div class="sidebar">Side</div>').blocks.map((b) => b.boilerplate)).toEqual([false, true]);
  });

  it('starts a new block at blank lines, and at every line inside <pre>', () => {
    expect(texts('<div>First para\n\nSecond para</div><pre>a\nb</pre>')).toEqual(['First para', 'Second para', 'a', 'b']);
  });

  it('caps the text it reads and says so', () => {
    const big = snap(`<p>${'word '.repeat(MAX_TEXT_CHARS / 2)}</p>`);
    expect(big.truncated).toBe(true);
    expect(big.textLength).toBeLessThanOrEqual(MAX_TEXT_CHARS);
  });

  it('survives very deep nesting without recursion', () => {
    const depth = 20_000;
    const s = snap(`${'<div>'.repeat(depth)}deep${'</div>'.repeat(depth)}`);
    expect(s.blocks.map((b) => b.text)).toEqual(['deep']);
  });

  it('parses JSON-LD defensively', () => {
    const s = snap('', '<script type="application/ld+json">{"@type":"JobPosting","title":"Head of AI"}</script><script type="application/ld+json">{not json</script><script type="application/ld+json">{"@graph":[{"@type":["EducationalOccupationalProgram"],"name":"Online MBA","numberOfCredits":36}]}</script>');
    expect(s.jsonLd.types).toEqual(expect.arrayContaining(['JobPosting', 'EducationalOccupationalProgram']));
    expect(s.jsonLd.jobPostings[0]!.title).toBe('Head of AI');
    expect(s.jsonLd.programs[0]).toMatchObject({ name: 'Online MBA', credits: '36' });
  });
});

describe('snapshotFromText', () => {
  it('makes one block per non-empty line', () => {
    expect(snapshotFromText('A\n\nB\n  \nC', { url: 'u', title: 'T' }).blocks.map((b) => b.text)).toEqual(['A', 'B', 'C']);
  });
});
