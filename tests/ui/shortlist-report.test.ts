/**
 * The shortlist as a document to share (HTML and Markdown): every saved item with its address and the day it was
 * read, every fact next to RPI's, RPI's sources with the dates they were checked, silence shown as such, and
 * hostile page text (titles, addresses, skills, quotes) kept as text: no element, attribute, link or Markdown
 * structure of its own. The HTML is parsed back (linkedom) to check what a browser would build from it; the real
 * browser opens it in tests/e2e/export.e2e.test.ts.
 *
 * Over 300 lines on purpose: the HTML and Markdown reports are checked against the same saved items and hostile
 * texts.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { compareWithReference, PROGRAM_ROWS } from '../../src/core/compare';
import type { Evidence } from '../../src/core/types';
import { RPI_PROGRAM } from '../../src/data/rpi-program';
import type { ShortlistItem } from '../../src/schemas/shortlist-schema';
import { buildShortlistReport } from '../../src/ui/shortlist-report';
import { shortlistReportHtml } from '../../src/ui/shortlist-report-html';
import { shortlistReportMarkdown } from '../../src/ui/shortlist-report-markdown';
import { shortlistHtmlFile, shortlistMarkdownFile } from '../../src/ui/shortlist-files';
import { careerFacts, programFacts } from '../storage/fixtures/facts';
import { createI18n, loadMessages } from '../support/chrome-i18n';
import { parseDocument } from '../support/parse-html';

const NOW = new Date('2026-03-01T10:00:00.000Z');

const HOSTILE_TITLE =
  '<script>alert(1)</script><img src=x onerror=alert(2)> "dq" \'sq\' & | pipe *star* _u_ [link](javascript:alert(3)) `code`\n# heading';
const HOSTILE_URL = 'https://evil.example/"><script>alert(4)</script>?q=<b>&x=\'y\'|z';
const HOSTILE_SKILL = '</td><script>alert(5)</script>|x\ny';
const HOSTILE_QUOTE = '"</q><script>alert(6)</script><a href="javascript:alert(7)">x</a> | *q*';

const program: ShortlistItem = {
  id: 'p1', url: 'https://a.example.edu/mba', title: 'A School MBA', kind: 'mba-program', savedAt: '2026-02-01T09:30:00.000Z',
  facts: programFacts(), comparison: compareWithReference('mba-program', programFacts()), history: [],
};
const role: ShortlistItem = {
  id: 'r1', url: 'https://jobs.example.com/1', title: 'Director of AI Strategy, NYC', kind: 'ai-career', savedAt: '2026-01-15T18:00:00.000Z',
  facts: careerFacts(), comparison: compareWithReference('ai-career', careerFacts()), history: [],
};
/** Saved by schema v1: no facts kept. */
const oldProgram: ShortlistItem = { ...program, id: 'old', url: 'https://old.example/mba', title: 'Old MBA', facts: null, comparison: [] };
const hostileProgram: ShortlistItem = {
  ...program, id: 'h1', url: HOSTILE_URL, title: HOSTILE_TITLE,
};
const hostileRole: ShortlistItem = {
  ...role, id: 'h2', url: 'https://jobs.example.com/<2>', title: `${HOSTILE_TITLE} (role)`,
  facts: careerFacts({ role: HOSTILE_SKILL, skills: [HOSTILE_SKILL, 'pricing'] }),
  comparison: compareWithReference('ai-career', careerFacts({ role: HOSTILE_SKILL, skills: [HOSTILE_SKILL, 'pricing'] })),
};
/** Not a valid stored item (the schema takes http(s) only), but the writers must not trust that. */
const scriptUrl: ShortlistItem = { ...program, id: 'js', url: 'javascript:alert(8)//', title: 'Script address' };

const ALL = [program, role, oldProgram];
const HOSTILE = [hostileProgram, hostileRole, scriptUrl];
type Quotes = (item: ShortlistItem) => Evidence[];
const quotesWith = (credits: string): Quotes => (item) =>
  item.kind === 'mba-program' ? [{ fact: 'credits', quote: credits }, { fact: 'duration', quote: 'in 21 to 24 months' }] : [];
const quotes = quotesWith(HOSTILE_QUOTE);

const html = (items: readonly ShortlistItem[], quotesOf?: Quotes) =>
  shortlistReportHtml(buildShortlistReport(items, { now: NOW, ...(quotesOf ? { quotesOf } : {}) }));
const markdown = (items: readonly ShortlistItem[], quotesOf?: Quotes) =>
  shortlistReportMarkdown(buildShortlistReport(items, { now: NOW, ...(quotesOf ? { quotesOf } : {}) }));

const ALLOWED_ATTRIBUTES = new Set(['class', 'id', 'lang', 'href', 'rel', 'scope', 'datetime', 'role', 'tabindex', 'aria-labelledby', 'charset', 'name', 'content', 'http-equiv', 'data-fact']);

/** Every source RPI's comparison rests on: the facts', the tuition context's, the themes' and the pathways'. */
function rpiSources() {
  return [
    ...Object.values(RPI_PROGRAM.facts).flatMap((fact) => fact.sources),
    ...RPI_PROGRAM.contextFacts.map((fact) => fact.source),
    ...RPI_PROGRAM.themes.map((theme) => theme.source),
    ...RPI_PROGRAM.careerPathways.map((pathway) => pathway.source),
  ];
}

const text = (node: Element | null | undefined) => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();

/** A saved page's details (kind, address, date, quotes) by their labels. */
function details(article: Element | null): Record<string, string> {
  return Object.fromEntries([...(article?.querySelectorAll('dl div') ?? [])].map((row) => [text(row.querySelector('dt')), text(row.querySelector('dd'))]));
}

describe('the HTML export', () => {
  const doc = parseDocument(html(ALL));

  it('is one document with a language, a title, inline CSS with a print style sheet, and nothing loaded from elsewhere', () => {
    const source = html(ALL);
    expect(source.startsWith('<!DOCTYPE html>\n<html lang="en">')).toBe(true);
    expect(text(doc.querySelector('title'))).toBe("Your shortlist compared with RPI's AI MBA");
    expect(doc.querySelector('h1')?.textContent).toBe("Your shortlist compared with RPI's AI MBA");
    const css = [...doc.querySelectorAll('style')].map((style) => style.textContent ?? '').join('\n');
    expect(css).toContain('@media print');
    expect(doc.querySelector('meta[http-equiv="Content-Security-Policy"]')?.getAttribute('content')).toMatch(/default-src 'none'/);
    expect(doc.querySelectorAll('script, link, img, iframe, object, embed, form, base, [src], [style]')).toHaveLength(0);
  });

  it('has every saved item, with its address, the day it was read and saved, and its kind', () => {
    const articles = [...doc.querySelectorAll('main article')];
    expect(articles.map((article) => text(article.querySelector('h3')))).toEqual(['A School MBA', 'Director of AI Strategy, NYC', 'Old MBA']);
    for (const [article, item] of articles.map((a, i) => [a, ALL[i]!] as const)) {
      expect(article.querySelector('dd a')?.getAttribute('href')).toBe(item.url);
      expect(article.querySelector('dd time')?.getAttribute('datetime')).toBe(item.savedAt);
    }
    expect(details(articles[0]!)).toMatchObject({ Kind: 'MBA program', Address: program.url, 'Read and saved on': 'Feb 1, 2026' });
    expect(details(articles[1]!)).toMatchObject({ Kind: 'AI role', Address: role.url, 'Read and saved on': 'Jan 15, 2026' });
  });

  it('sets each program against RPI fact by fact, and each role against its pathway and themes', () => {
    const credits = doc.querySelector('#item-1-facts tr[data-fact="credits"]');
    expect([...credits!.querySelectorAll('th, td')].map(text)).toEqual(['Credits', '48 credits', 'Differs from RPI', '36 credits']);
    const overview = doc.querySelector('#overview-programs');
    expect(text(overview?.querySelector('caption'))).toBe('Saved programs side by side with RPI');
    expect([...overview!.querySelectorAll('thead th')].map(text)).toEqual(['Fact', 'RPI AI MBA', 'A School MBA', 'Old MBA']);
    expect(overview!.querySelectorAll('tbody tr')).toHaveLength(PROGRAM_ROWS.length);
    const roleRow = doc.querySelector('#item-2-facts tr[data-fact="role"]');
    expect([...roleRow!.querySelectorAll('th, td')].map(text)).toEqual(['Role', 'Director of AI Strategy RPI pathway: Director of AI Strategy', 'Covered', 'Director of AI Strategy']);
    const skills = [...doc.querySelectorAll('#item-2-facts tr[data-fact^="skill-"]')].map((row) => [...row.querySelectorAll('td')].map(text));
    expect(skills).toEqual([
      ['AI governance', 'Covered', 'Ethics, Governance & AI Risk'],
      ['pricing', 'Covered', 'From Models to Markets'],
      ['Kubernetes', 'Not covered', "Not among the program's themes"],
    ]);
    expect(text(doc.querySelector('#overview-roles tr[data-fact="skills-not-covered"]'))).toContain('Kubernetes');
  });

  it('shows silence as silence: not stated on the page, not stated by RPI, and not saved by an old version', () => {
    const row = (table: string, fact: string) => [...doc.querySelectorAll(`#${table} tr[data-fact="${fact}"] td`)].map(text);
    expect(row('item-1-facts', 'ethics')[0]).toBe('Not stated on this page');
    expect(row('item-1-facts', 'tuitionUSD')).toEqual(['$120,000', 'RPI does not state it', 'Not stated']);
    expect(row('item-1-facts', 'format')[2]).toBe('Not stated');
    expect(row('item-3-facts', 'credits')[0]).toBe('Not saved (saved by an older version)');
    expect(row('rpi-facts', 'tuitionUSD')).toEqual(['Not stated', 'No source states this for the MBA.']);
    expect(doc.querySelector('#item-1-facts tr[data-fact="ethics"] td .muted')).not.toBeNull();
  });

  it("lists RPI's sources, each with its quote and the date it was checked (or that no one has yet)", () => {
    const section = doc.querySelector('section[aria-labelledby="rpi-title"]')!;
    const hrefs = new Set([...section.querySelectorAll('a')].map((a) => a.getAttribute('href')));
    const quotesShown = [...section.querySelectorAll('q')].map((q) => q.textContent);
    for (const source of rpiSources()) {
      expect(hrefs.has(source.url), source.url).toBe(true);
      expect(quotesShown, source.quote).toContain(source.quote);
    }
    const dated = rpiSources().filter((source) => source.verifiedOn !== null);
    expect(dated.length).toBeGreaterThan(0);
    for (const source of dated) expect(section.querySelector(`time[datetime="${source.verifiedOn}"]`)).not.toBeNull();
    expect(text(section)).toContain('verified Nov 24, 2026');
    expect(text(section)).toContain('not yet checked on the live page');
    expect(section.querySelector(`a[href="${RPI_PROGRAM.programUrl}"]`)).not.toBeNull();
  });

  it('says that the pages’ quotes were not kept, rather than showing values as if quoted', () => {
    for (const article of doc.querySelectorAll('main article')) {
      expect(details(article)['Quotes from the page']).toMatch(/^Not kept\. The shortlist keeps the values MBA Lens read, not the sentences/);
      expect([...article.querySelectorAll('thead th')].map(text)).not.toContain('Quote from the page');
    }
  });

  it('shows each value with its quote where the item has one', () => {
    const withQuotes = parseDocument(html([program, role], quotes));
    const program1 = withQuotes.querySelector('#item-1')!;
    expect(details(program1)).not.toHaveProperty('Quotes from the page');
    expect([...program1.querySelectorAll('thead th')].map(text)).toContain('Quote from the page');
    expect(program1.querySelector('tr[data-fact="credits"] q')?.textContent).toBe(HOSTILE_QUOTE);
    expect(text(program1.querySelector('tr[data-fact="duration"] q'))).toBe('in 21 to 24 months');
    expect(text(program1.querySelector('tr[data-fact="stem"] td:last-child'))).toBe('No quote kept');
    expect(details(withQuotes.querySelector('#item-2'))['Quotes from the page']).toMatch(/^Not kept\./);
  });

  it('has tables a screen reader can walk: captions, column and row headers', () => {
    for (const table of doc.querySelectorAll('table')) {
      expect(text(table.querySelector('caption')).length).toBeGreaterThan(0);
      expect([...table.querySelectorAll('thead th')].every((th) => th.getAttribute('scope') === 'col')).toBe(true);
      expect([...table.querySelectorAll('tbody th')].every((th) => th.getAttribute('scope') === 'row')).toBe(true);
    }
    expect([...doc.querySelectorAll('h1, h2')].map(text)).toEqual([
      "Your shortlist compared with RPI's AI MBA", 'At a glance', 'Each saved page', "RPI's facts and their sources",
    ]);
  });
});

describe('the HTML export of hostile pages', () => {
  const source = html(HOSTILE, quotes);
  const doc = parseDocument(source);

  it('has no script, no event handler, no style attribute and no link but http(s)', () => {
    expect(source).not.toMatch(/<script/i);
    expect(source).not.toMatch(/<[a-z][^>]*\son[a-z]+\s*=/i);
    expect(doc.querySelectorAll('script')).toHaveLength(0);
    for (const element of doc.querySelectorAll('*')) {
      for (const name of element.getAttributeNames()) {
        expect(ALLOWED_ATTRIBUTES.has(name), `<${element.localName} ${name}>`).toBe(true);
      }
    }
    for (const link of doc.querySelectorAll('[href]')) expect(link.getAttribute('href')).toMatch(/^https?:\/\//);
  });

  it('keeps titles, addresses, skills and quotes as their text', () => {
    expect(doc.querySelector('#item-1 h3')?.textContent).toBe(HOSTILE_TITLE);
    expect(doc.querySelector('title')?.textContent).toBe("Your shortlist compared with RPI's AI MBA");
    expect(doc.querySelector('#item-1 dd a')?.textContent).toBe(HOSTILE_URL);
    expect(doc.querySelector('#item-1 dd a')?.getAttribute('href')).toBe(new URL(HOSTILE_URL).href);
    expect(doc.querySelector('#item-1 tr[data-fact="credits"] q')?.textContent).toBe(HOSTILE_QUOTE);
    expect(doc.querySelector('#item-2 tr[data-fact="skill-0"] td')?.textContent).toBe(HOSTILE_SKILL);
    expect(doc.querySelector('#item-2 tr[data-fact="role"] td span')?.textContent).toBe(HOSTILE_SKILL);
  });

  it('shows an address that is not http(s) as text, not as a link', () => {
    const address = doc.querySelector('#item-3 dl div:nth-child(2) dd');
    expect(address?.querySelector('a')).toBeNull();
    expect(address?.textContent).toBe('javascript:alert(8)//');
    expect([...doc.querySelectorAll('#overview-programs thead th')].map(text)).toContain('Script address');
  });

  it('has exactly the elements of the same export with harmless text: page text adds none', () => {
    const plainFacts = careerFacts({ role: 'plain role', skills: ['plain skill', 'pricing'] });
    const tame = parseDocument(
      html(
        [
          { ...hostileProgram, title: 'Plain title', url: 'https://plain.example/' },
          { ...hostileRole, title: 'Plain role', facts: plainFacts, comparison: compareWithReference('ai-career', plainFacts) },
          scriptUrl,
        ],
        quotesWith('a plain quote'),
      ),
    );
    const tags = (d: Document) => [...d.querySelectorAll('*')].map((element) => element.localName).join(' ');
    expect(tags(doc)).toBe(tags(tame));
  });
});

describe('the Markdown export', () => {
  const md = markdown(ALL);

  it('has every saved item with its address and the day it was read and saved', () => {
    expect(md.startsWith("# Your shortlist compared with RPI's AI MBA\n")).toBe(true);
    for (const item of ALL) {
      expect(md).toContain(`### ${item.title}\n`);
      expect(md).toContain(`[${item.url}](<${item.url}>)`);
    }
    expect(md).toContain('- **Read and saved on:** Feb 1, 2026');
    expect(md).toContain('- **Read and saved on:** Jan 15, 2026');
  });

  it('has the side-by-side tables, with silence as silence', () => {
    expect(md).toContain('| Fact | RPI AI MBA | [A School MBA](<https://a.example.edu/mba>) | [Old MBA](<https://old.example/mba>) |');
    expect(md).toContain('| Credits | 36 credits | 48 credits **Differs from RPI** | _Not saved (saved by an older version)_ |');
    expect(md).toContain('| Tuition | _Not stated_ | \\$120,000 **RPI does not state it** | _Not saved (saved by an older version)_ |');
    expect(md).toContain('| Ethics \\& AI governance | _Not stated on this page_ |   | Responsible AI taught as a core part of leadership |');
    expect(md).toContain('| Skill | Kubernetes | Not covered | _Not among the program\'s themes_ |');
  });

  it("lists RPI's sources with their quotes and the dates they were checked", () => {
    for (const source of rpiSources()) expect(md).toContain(`](<${source.url}>)`);
    expect(md).toContain('“OPT-eligible for international students with a 24-month STEM extension” — [Source: lally.rpi.edu]');
    expect(md).toContain('· verified Nov 24, 2026');
    expect(md).toContain('· not yet checked on the live page');
    expect(md).toContain('| Format | _Not stated_ | _No source states this for the MBA._ |');
  });

  it('says the quotes were not kept, and shows them where they were', () => {
    expect(md.match(/- \*\*Quotes from the page:\*\* _Not kept\./g)).toHaveLength(ALL.length);
    const quoted = markdown([program], quotes);
    expect(quoted).toContain('| Fact | This page | Compared with RPI | RPI AI MBA | Quote from the page |');
    expect(quoted).toContain('| Time to complete | 21–24 months | Differs from RPI | As little as 1 year, or 4–5 semesters | “in 21 to 24 months” |');
  });
});

describe('the Markdown export of hostile pages', () => {
  const md = markdown(HOSTILE, quotes);
  const lines = md.split('\n');
  /** Pipes that split cells: those not escaped by a backslash (itself not escaped). */
  const cellPipes = (line: string) => line.match(/(?<!\\)(?:\\\\)*\|/g)?.length ?? 0;

  it('keeps every table row to the cells of its header', () => {
    let columns = 0;
    for (const line of lines) {
      if (!line.startsWith('|')) {
        columns = 0;
        continue;
      }
      if (columns === 0) columns = cellPipes(line);
      else expect(cellPipes(line), line).toBe(columns);
    }
  });

  it('lets no page text open HTML, a link, code, emphasis or a heading', () => {
    // Only the writer's own link destinations, `](<https://…>)`, open with a bare "<".
    expect(md).not.toMatch(/(?<!\\|\]\()</);
    expect(md).not.toMatch(/(?<!\\)\[(?:link|x)\]/);
    expect(md).not.toMatch(/(?<!\\)`/);
    expect(md).not.toMatch(/(?<!\\)\*(?:star|q)\*/);
    expect(lines.filter((line) => /^#/.test(line) && !/^#{1,3} /.test(line))).toEqual([]);
    expect(lines.filter((line) => line.includes('heading')).every((line) => line.includes('\\# heading'))).toBe(true);
  });

  it('keeps a line break in page text inside its line', () => {
    const details = lines.slice(lines.indexOf('## Each saved page'), lines.indexOf("## RPI's facts and their sources"));
    const titleLines = details.filter((line) => line.startsWith('### '));
    expect(titleLines).toHaveLength(HOSTILE.length);
    expect(titleLines[0]).toContain('`code`'.replace(/`/g, '\\`'));
    expect(titleLines[0]).toContain('\\# heading');
  });

  it('links only http(s) addresses', () => {
    expect(md).not.toMatch(/(?<!\\)\]\(<?javascript:/i);
    expect(md).toContain('- **Address:** javascript:alert(8)//');
  });
});

describe('in Spanish', () => {
  const globals = globalThis as unknown as { chrome: { i18n: unknown } };
  const english = globals.chrome.i18n;
  afterEach(() => {
    globals.chrome.i18n = english;
  });

  it("is written in the user's language, with RPI's English data marked as English", () => {
    globals.chrome.i18n = createI18n(loadMessages('es'), 'es');
    const doc = parseDocument(html([program]));
    expect(doc.documentElement.getAttribute('lang')).toBe('es');
    expect(text(doc.querySelector('h1'))).toBe('Tu lista comparada con el MBA en IA de RPI');
    expect(text(doc.querySelector('#item-1 tr[data-fact="credits"] th'))).toBe('Créditos');
    expect(doc.querySelector('#item-1 tr[data-fact="credits"] td:last-child')?.getAttribute('lang')).toBe('en');
    expect(doc.querySelector('#rpi-facts q')?.getAttribute('lang')).toBe('en');
    expect(text(doc.querySelector('#rpi-facts tr[data-fact="format"] td'))).toBe('No se indica');
  });
});

describe('the export files', () => {
  it('are named by the day and typed as HTML and Markdown', () => {
    expect(shortlistHtmlFile(ALL, NOW)).toMatchObject({ name: 'mba-lens-shortlist-2026-03-01.html', type: 'text/html;charset=utf-8' });
    expect(shortlistMarkdownFile(ALL, NOW)).toMatchObject({ name: 'mba-lens-shortlist-2026-03-01.md', type: 'text/markdown;charset=utf-8' });
    expect(shortlistHtmlFile(ALL, NOW).text).toContain('<time datetime="2026-03-01">Made with MBA Lens on Mar 1, 2026.</time>');
  });
});
