/**
 * Pages no generator stumbles on by chance: tens of thousands of nesting levels, megabyte text nodes,
 * attributes and titles, tens of thousands of elements, JSON-LD at its size limits. Each is analysed once, at a
 * size that keeps `npm test` quick, and at full size under `npm run fuzz`; the analysis must not throw and must
 * keep the contract.
 */
import { describe, expect, it } from 'vitest';
import { analyzeDocument, type PageAnalysis } from '../../src/core/analyze';
import { analyzeSource } from '../../src/cli/analyze-source';
import { parseDocument } from '../support/parse-html';
import { analysisProblems, contractProblems } from './contract';
import { FUZZ_TIMEOUT, LONG_RUN, recordCases } from './fuzz-runs';

/** The size for `npm test`, or the size for `npm run fuzz`. */
const size = (quick: number, long: number): number => (LONG_RUN ? long : quick);
const MB = 1 << 20;

function check(name: string, analysis: PageAnalysis): void {
  recordCases(`extreme: ${name}`, 1);
  expect(analysisProblems(analysis)).toEqual([]);
}

/** A page around the given body, title and head, as a program page would have it. */
function html(body: string, { title = 'Online MBA', head = '' } = {}): string {
  return `<!doctype html><html lang="en"><head><title>${title}</title>${head}</head><body>${body}</body></html>`;
}

/** Builds nesting with DOM calls: linkedom's parser is quadratic in depth, the DOM itself is not. */
function deepDocument(depth: number, tags: readonly string[]): Document {
  const doc = parseDocument(html('<main><h1>Online MBA</h1></main>'));
  let node: Element = doc.querySelector('main')!;
  for (let i = 0; i < depth; i++) node = node.appendChild(doc.createElement(tags[i % tags.length]!));
  node.append(doc.createTextNode('The 36-credit STEM-designated MBA takes 12 to 24 months. Tuition is $48,000 for the full program.'));
  return doc;
}

const page = (doc: Document, force = true): PageAnalysis => analyzeDocument(doc, { url: 'https://school.example/online-mba', force });

describe('deep nesting', { timeout: FUZZ_TIMEOUT }, () => {
  const depth = size(20_000, 100_000);
  it(`${depth} nested block elements`, () => {
    check('deep blocks', page(deepDocument(depth, ['div', 'section', 'p', 'li'])));
  });

  it(`${depth} nested inline elements, headings and furniture among them`, () => {
    check('deep inline', page(deepDocument(depth, ['span', 'b', 'i', 'h2', 'nav', 'em', 'aside', 'a'])));
  });

  const unclosed = size(5_000, 30_000);
  it(`${unclosed} unclosed tags in source, through the CLI`, () => {
    const source = html(`<h1>Online MBA</h1>${'<div><span><p><li><b>'.repeat(unclosed / 5)}The 36-credit MBA program.`);
    const result = analyzeSource(source, 'deep.html', 'https://school.example/mba');
    recordCases('extreme: deep source', 1);
    expect(contractProblems(result, 'deep.html')).toEqual([]);
  });
});

describe('giant text', { timeout: FUZZ_TIMEOUT }, () => {
  for (const chars of LONG_RUN ? [1 * MB, 5 * MB] : [1 * MB]) {
    const mb = `${chars / MB} MB`;
    it(`a ${mb} text node without a space`, () => {
      check('giant word', page(parseDocument(html(`<h1>Online MBA</h1><p>${'MBA'.repeat(chars / 3)}</p>`))));
    });
    it(`a ${mb} text node of facts`, () => {
      check('giant facts', page(parseDocument(html(`<h1>Online MBA</h1><p>${'The 36-credit STEM MBA takes 12 months; tuition $48,000. '.repeat(chars / 58)}</p>`))));
    });
    it(`a ${mb} text node broken by blank lines every few characters`, () => {
      check('giant breaks', page(parseDocument(html(`<h1>Online MBA</h1><p>${'MBA 36\n\n'.repeat(chars / 8)}</p><pre>${'36 credits\n'.repeat(chars / 11 / 4)}</pre>`))));
    });
    it(`a ${mb} title, heading, description, class, style and aria-level`, () => {
      const big = 'Online MBA 36 credits '.repeat(chars / 22);
      const head = `<meta name="description" content="${big}"><meta property="og:title" content="${big}"><link rel="canonical" href="https://school.example/${'mba/'.repeat(chars / 4 / 8)}">`;
      // 50,000 class names: linkedom itself fails on many more (see the known bugs below).
      const body = `<h1 class="${'site-nav '.repeat(50_000)}">${big}</h1><p style="${'color:red; '.repeat(chars / 11)}">x</p><div role="heading" aria-level="${'9'.repeat(chars / 8)}">${big.slice(0, 5000)}</div>`;
      check('giant fields', page(parseDocument(html(body, { title: big, head }))));
    });
    it(`a ${mb} URL`, () => {
      const doc = parseDocument(html('<h1>Online MBA</h1><p>36 credits.</p>'));
      check('giant url', analyzeDocument(doc, { url: `https://school.example/${'online-mba/'.repeat(chars / 11)}?q=${'%E0%A4%A'.repeat(1000)}`, force: true }));
    });
  }
});

describe('wide pages', { timeout: FUZZ_TIMEOUT }, () => {
  const siblings = size(20_000, 100_000);
  it(`${siblings} sibling elements`, () => {
    check('wide', page(parseDocument(html(`<h1>Online MBA</h1>${'<span>MBA </span>'.repeat(siblings)}`))));
  });
  const sections = size(2_000, 10_000);
  it(`${sections} sections of headings, tables and list items of facts`, () => {
    check('many headings', page(parseDocument(html('<h1>Online MBA</h1><h2>36 credits</h2><table><tr><td>Tuition $48,000</td></tr></table><li>AI ethics</li>'.repeat(sections)))));
  });
  it('one element with 10,000 attributes', () => {
    const attrs = Array.from({ length: 10_000 }, (_, i) => `data-a${i}="nav"`).join(' ');
    check('many attributes', page(parseDocument(html(`<h1 ${attrs} class="nav" role="navigation">Online MBA</h1><p>36 credits</p>`))));
  });
});

describe('JSON-LD at its limits', { timeout: FUZZ_TIMEOUT }, () => {
  const script = (json: string): string => `<script type="application/ld+json">${json}</script>`;
  const scripts = size(5, 20);
  it(`${scripts} scripts of half a megabyte of programs with long fields`, () => {
    const program = JSON.stringify({ '@type': 'EducationalOccupationalProgram', name: 'MBA '.repeat(5_000), description: 'AI '.repeat(5_000), numberOfCredits: '36'.repeat(2_000), timeToComplete: 'P1Y' });
    const one = `[${Array.from({ length: Math.floor(490_000 / (program.length + 1)) }, () => program).join(',')}]`;
    check('json-ld big', page(parseDocument(html('<h1>Online MBA</h1>', { head: script(one).repeat(scripts) }))));
  });
  const graph = size(10_000, 50_000);
  it(`an @graph of ${graph} nodes and numbers JSON cannot hold`, () => {
    const nodes = Array.from({ length: graph }, (_, i) => `{"@type":"${i % 2 ? 'Course' : 'JobPosting'}","name":1e309,"title":-1e309,"numberOfCredits":${i}}`).join(',');
    check('json-ld graph', page(parseDocument(html('<h1>Online MBA</h1>', { head: script(`{"@graph":[${nodes}]}`) }))));
  });
  it('deep nesting in a key the reader does not follow', () => {
    check('json-ld deep elsewhere', page(parseDocument(html('<h1>Online MBA</h1>', { head: script(`{"@type":"Course","name":"MBA","x":${'['.repeat(100_000)}${']'.repeat(100_000)}}`) }))));
  });
});

describe('bugs the fuzzers found, fixed (kept as regression tests)', { timeout: FUZZ_TIMEOUT }, () => {
  // BUG (the CLI's DOM, linkedom 0.18.15, reached through src/cli/analyze-source.ts parseHtmlDocument): the
  // className setter does `classList.add(...value.split(/\s+/))`, and spreading ~150,000 class names into one
  // call overflows the stack, so a 300 KB file with `class="a a a …"` makes analyzeSource throw (the CLI then
  // prints an error object for the file). Fix in parseHtmlDocument: on a RangeError, parse again with over-long
  // class attributes emptied (or report it to linkedom: add the tokens in a loop).
  it('a class attribute of 150,000 names, through the CLI', () => {
    const result = analyzeSource(html(`<h1 class="${'a '.repeat(150_000)}">Online MBA</h1><p>36 credits.</p>`), 'classes.html');
    expect(contractProblems(result, 'classes.html')).toEqual([]);
  });

  // BUG (src/core/json-ld.ts, text()): text() recurses into arrays and into `name`/`value`/`@value` objects
  // without a depth limit, so JSON-LD nested ~10,000 deep in name, description, title, skills… overflows the
  // stack ("RangeError: Maximum call stack size exceeded") and analyzeDocument / analyzeSource throw. The CLI
  // then prints an error object for the file; in the content script the page gets no analysis at all.
  // Fix: give text() a depth parameter and return '' past a small depth (e.g. 4).
  const script = (json: string): string => `<script type="application/ld+json">${json}</script>`;
  it('JSON-LD arrays nested 100,000 deep in a program name', () => {
    const json = `{"@type":"Course","name":${'['.repeat(100_000)}"MBA"${']'.repeat(100_000)}}`;
    check('json-ld deep name', page(parseDocument(html('<h1>Online MBA</h1>', { head: script(json) }))));
  });
  it('JSON-LD objects nested 50,000 deep through "name" in a job posting', () => {
    const json = `{"@type":"JobPosting","title":${'{"name":'.repeat(50_000)}"AI Product Manager"${'}'.repeat(50_000)}}`;
    const result = analyzeSource(html('<h1>AI Product Manager</h1>', { head: script(json) }), 'deep.html');
    expect(contractProblems(result, 'deep.html')).toEqual([]);
  });
});
