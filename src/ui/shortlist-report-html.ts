/**
 * The shortlist report (shortlist-report.ts) as one self-contained HTML file to share: inline CSS only, a print
 * style sheet so "Print to PDF" reads well, and nothing that runs. Every text is escaped (html-text.ts), links are
 * http(s) only, and a Content-Security-Policy in the file itself forbids scripts and every outside resource, so
 * even a browser that opened a tampered copy would load and run nothing.
 */
import { constant, el, join, text, type Html } from './html-text';
import {
  DATA_LANGUAGE,
  type ReportCell,
  type ReportColumn,
  type ReportItem,
  type ReportLink,
  type ReportNamedFact,
  type ReportRpi,
  type ReportSource,
  type ReportTable,
  type ShortlistReport,
} from './shortlist-report-model';

const CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src 'none'; base-uri 'none'; form-action 'none'";

const STYLES = `
:root { color-scheme: light; }
body { margin: 0 auto; max-width: 75rem; padding: 1.5rem; background: #fff; color: #1b1b1b;
  font: 15px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif; }
h1 { font-size: 1.6rem; line-height: 1.25; margin: 0 0 .5rem; }
h2 { font-size: 1.3rem; margin: 2.25rem 0 .75rem; padding-bottom: .25rem; border-bottom: 2px solid #1b1b1b; }
h3 { font-size: 1.1rem; margin: 1.75rem 0 .5rem; }
p { margin: .25rem 0 .5rem; }
a { color: #0b57d0; }
.doc-head p { max-width: 60rem; }
.made { color: #4a4a4a; }
.table-wrap { overflow-x: auto; margin: .5rem 0 1.25rem; }
.table-wrap:focus-visible { outline: 2px solid #0b57d0; outline-offset: 2px; }
table { border-collapse: collapse; width: 100%; }
caption { caption-side: top; text-align: left; font-weight: 600; padding: 0 0 .35rem; }
th, td { border: 1px solid #b4b4b4; padding: .4rem .55rem; text-align: left; vertical-align: top; overflow-wrap: anywhere; }
thead th { background: #e9eef5; }
tbody th { background: #f5f5f5; font-weight: 600; }
.muted { color: #4a4a4a; font-style: italic; }
.verdict { display: block; font-size: .875em; font-weight: 600; }
.note, .checked, .caveat { color: #4a4a4a; font-size: .875em; }
.note, .caveat { display: block; }
.cell-list, .sources, .plain { margin: 0; padding-left: 1.15rem; }
.sources li + li, .plain li + li { margin-top: .35rem; }
q { font-style: italic; }
dl.meta { display: grid; grid-template-columns: max-content 1fr; gap: .2rem 1rem; margin: 0 0 .75rem; }
dl.meta div { display: contents; }
dl.meta dt { font-weight: 600; }
dl.meta dd { margin: 0; overflow-wrap: anywhere; }
footer { margin-top: 2.5rem; padding-top: .5rem; border-top: 1px solid #b4b4b4; color: #4a4a4a; font-size: .875em; }
@media print {
  @page { margin: 1.4cm; }
  body { max-width: none; padding: 0; font-size: 10pt; color: #000; }
  a { color: #000; }
  .table-wrap { overflow: visible; }
  thead { display: table-header-group; }
  tr, li, dl.meta { break-inside: avoid; }
  h2, h3, caption { break-after: avoid; }
  thead th, tbody th { background: #fff; }
  th, td { border-color: #777; }
  .muted, .made, .note, .checked, .caveat, footer { color: #333; }
}
`;

interface Context {
  lang: string;
}

/** `lang` for text in another language than the document's (RPI's data is English). */
function langOf(ctx: Context, lang: string | null): string | null {
  return lang !== null && lang !== ctx.lang ? lang : null;
}

function linkOrText(link: ReportLink, attrs: { lang?: string | null } = {}): Html {
  return link.href === null
    ? el('span', { lang: attrs.lang ?? null }, text(link.text))
    : el('a', { href: link.href, rel: 'noopener noreferrer', lang: attrs.lang ?? null }, text(link.text));
}

function sourceItem(ctx: Context, source: ReportSource): Html {
  return el(
    'li',
    {},
    el('q', { lang: langOf(ctx, DATA_LANGUAGE) }, text(source.quote)),
    text(' — '),
    linkOrText(source.link),
    text(' · '),
    el('span', { class: 'checked' }, source.checkedOn === null ? text(source.checked) : el('time', { datetime: source.checkedOn }, text(source.checked))),
    source.caveat !== null && el('span', { class: 'caveat', lang: langOf(ctx, DATA_LANGUAGE) }, text(source.caveat)),
  );
}

function sourceList(ctx: Context, sources: readonly ReportSource[]): Html {
  return el('ul', { class: 'sources' }, ...sources.map((source) => sourceItem(ctx, source)));
}

/** The parts of a cell, a space apart so its text reads (and copies) as words. */
function cellContent(ctx: Context, cell: ReportCell): Html {
  return join([
    cell.list !== null
      ? el('ul', { class: 'cell-list' }, ...cell.list.map((entry) => el('li', {}, text(entry))))
      : cell.text !== '' && el('span', { class: cell.muted ? 'muted' : null }, text(cell.text)),
    cell.verdict !== null && el('span', { class: 'verdict' }, text(cell.verdict)),
    cell.note !== null && el('span', { class: 'note' }, text(cell.note)),
    cell.quote !== null && el('q', {}, text(cell.quote)),
    cell.sources !== null && sourceList(ctx, cell.sources),
  ], ' ');
}

function columnHeader(column: ReportColumn): Html {
  return el('th', { scope: 'col' }, column.href === null ? text(column.text) : el('a', { href: column.href, rel: 'noopener noreferrer' }, text(column.text)));
}

/** A table in a focusable region named by its caption, so a wide table can be scrolled from the keyboard too. */
function table(ctx: Context, model: ReportTable): Html {
  const captionId = `${model.id}-caption`;
  return el(
    'div',
    { class: 'table-wrap', role: 'region', 'aria-labelledby': captionId, tabindex: '0' },
    el(
      'table',
      { id: model.id },
      el('caption', { id: captionId }, text(model.caption)),
      el('thead', {}, el('tr', {}, ...model.columns.map(columnHeader))),
      el(
        'tbody',
        {},
        ...model.rows.map((row) =>
          el(
            'tr',
            { 'data-fact': row.key },
            el('th', { scope: 'row' }, text(row.header)),
            ...row.cells.map((cell) => el('td', { lang: langOf(ctx, cell.lang) }, cellContent(ctx, cell))),
          ),
        ),
      ),
    ),
  );
}

function metaRow(term: string, value: Html): Html {
  return el('div', {}, el('dt', {}, text(term)), el('dd', {}, value));
}

function itemArticle(ctx: Context, report: ShortlistReport, item: ReportItem): Html {
  const titleId = `${item.id}-title`;
  return el(
    'article',
    { id: item.id, 'aria-labelledby': titleId },
    el('h3', { id: titleId }, text(item.title)),
    el(
      'dl',
      { class: 'meta' },
      metaRow(report.labels.kind, text(item.kind)),
      metaRow(report.labels.address, linkOrText(item.address)),
      metaRow(report.labels.saved, el('time', { datetime: item.saved.iso }, text(item.saved.text))),
      item.quotesMissing !== null && metaRow(report.labels.quotes, el('span', { class: 'muted' }, text(item.quotesMissing))),
    ),
    table(ctx, item.table),
  );
}

function namedFacts(ctx: Context, id: string, heading: string, facts: readonly ReportNamedFact[]): Html | null {
  if (facts.length === 0) return null;
  return join([
    el('h3', { id }, text(heading)),
    el(
      'ul',
      { class: 'plain', 'aria-labelledby': id },
      ...facts.map((fact) =>
        el(
          'li',
          {},
          el('strong', { lang: langOf(ctx, DATA_LANGUAGE) }, text(fact.title)),
          fact.text !== null && join([text(': '), el('span', { lang: langOf(ctx, DATA_LANGUAGE) }, text(fact.text))]),
          sourceList(ctx, [fact.source]),
        ),
      ),
    ),
  ]);
}

function rpiSection(ctx: Context, report: ShortlistReport, rpi: ReportRpi): Html {
  return el(
    'section',
    { 'aria-labelledby': 'rpi-title' },
    el('h2', { id: 'rpi-title' }, text(report.labels.rpi)),
    el(
      'p',
      {},
      el('span', { lang: langOf(ctx, DATA_LANGUAGE) }, text(`${rpi.name}, ${rpi.school}, ${rpi.institution}`)),
      text(' · '),
      rpi.programPage.href === null
        ? text(rpi.programPage.text)
        : el('a', { href: rpi.programPage.href, rel: 'noopener noreferrer' }, text(report.labels.programPage)),
    ),
    table(ctx, rpi.facts),
    namedFacts(ctx, 'rpi-tuition-context', report.labels.tuitionContext, rpi.tuitionContext),
    namedFacts(ctx, 'rpi-themes', report.labels.themes, rpi.themes),
    namedFacts(ctx, 'rpi-pathways', report.labels.pathways, rpi.pathways),
  );
}

export function shortlistReportHtml(report: ShortlistReport): string {
  const ctx: Context = { lang: report.lang };
  const head = el(
    'head',
    {},
    el('meta', { charset: 'utf-8' }),
    el('meta', { name: 'viewport', content: 'width=device-width, initial-scale=1' }),
    el('meta', { 'http-equiv': 'Content-Security-Policy', content: CSP }),
    el('meta', { name: 'referrer', content: 'no-referrer' }),
    el('meta', { name: 'generator', content: 'MBA Lens' }),
    el('title', {}, text(report.title)),
    el('style', {}, constant(STYLES)),
  );
  const body = el(
    'body',
    {},
    el(
      'header',
      { class: 'doc-head' },
      el('h1', {}, text(report.title)),
      el('p', { class: 'made' }, el('time', { datetime: report.made.iso }, text(report.made.text))),
      ...report.summary.map((line) => el('p', {}, text(line))),
    ),
    el(
      'main',
      {},
      report.overview.length > 0 &&
        el('section', { 'aria-labelledby': 'overview-title' }, el('h2', { id: 'overview-title' }, text(report.labels.overview)), ...report.overview.map((model) => table(ctx, model))),
      report.items.length > 0 &&
        el('section', { 'aria-labelledby': 'details-title' }, el('h2', { id: 'details-title' }, text(report.labels.details)), ...report.items.map((item) => itemArticle(ctx, report, item))),
      rpiSection(ctx, report, report.rpi),
    ),
    el('footer', {}, el('p', {}, text(report.footer))),
  );
  return `<!DOCTYPE html>\n${el('html', { lang: report.lang }, head, body)}\n`;
}
