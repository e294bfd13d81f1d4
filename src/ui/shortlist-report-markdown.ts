/**
 * The shortlist report (shortlist-report.ts) as Markdown, for pasting into notes: the same sections as the HTML
 * file, with GitHub-style tables. Every text from the report is escaped (markdown-text.ts): titles, skills and
 * quotes come from web pages, and a "|" or a line break in one must not open a new cell or row.
 */
import { escapeMarkdown, escapeMarkdownLine, markdownLink, markdownTable } from './markdown-text';
import type { ReportCell, ReportItem, ReportLink, ReportNamedFact, ReportSource, ReportTable, ShortlistReport } from './shortlist-report-model';

function link(target: ReportLink): string {
  return target.href === null ? escapeMarkdown(target.text) : markdownLink(target.text, target.href);
}

function source(src: ReportSource): string {
  const caveat = src.caveat === null ? '' : ` (${escapeMarkdown(src.caveat)})`;
  return `“${escapeMarkdown(src.quote)}” — ${link(src.link)} · ${escapeMarkdown(src.checked)}${caveat}`;
}

function cell(value: ReportCell): string {
  const parts: string[] = [];
  if (value.list !== null) parts.push(value.list.map(escapeMarkdown).join('; '));
  else if (value.text !== '') parts.push(value.muted ? `_${escapeMarkdown(value.text)}_` : escapeMarkdown(value.text));
  if (value.verdict !== null) parts.push(`**${escapeMarkdown(value.verdict)}**`);
  if (value.note !== null) parts.push(`(${escapeMarkdown(value.note)})`);
  if (value.quote !== null) parts.push(`“${escapeMarkdown(value.quote)}”`);
  if (value.sources !== null) parts.push(value.sources.map(source).join(' / '));
  return parts.join(' ');
}

function table(model: ReportTable): string {
  return [
    `**${escapeMarkdown(model.caption)}**`,
    '',
    markdownTable(
      model.columns.map(link),
      model.rows.map((row) => [escapeMarkdown(row.header), ...row.cells.map(cell)]),
    ),
  ].join('\n');
}

function item(report: ShortlistReport, entry: ReportItem): string {
  const meta = [
    `- **${escapeMarkdown(report.labels.kind)}:** ${escapeMarkdown(entry.kind)}`,
    `- **${escapeMarkdown(report.labels.address)}:** ${link(entry.address)}`,
    `- **${escapeMarkdown(report.labels.saved)}:** ${escapeMarkdown(entry.saved.text)}`,
    ...(entry.quotesMissing === null ? [] : [`- **${escapeMarkdown(report.labels.quotes)}:** _${escapeMarkdown(entry.quotesMissing)}_`]),
  ];
  return [`### ${escapeMarkdown(entry.title)}`, meta.join('\n'), table(entry.table)].join('\n\n');
}

function namedFacts(heading: string, facts: readonly ReportNamedFact[]): string[] {
  if (facts.length === 0) return [];
  const lines = facts.map((fact) => {
    const body = fact.text === null ? '' : `: ${escapeMarkdown(fact.text)}`;
    return `- **${escapeMarkdown(fact.title)}**${body} — ${source(fact.source)}`;
  });
  return [`### ${escapeMarkdown(heading)}`, lines.join('\n')];
}

export function shortlistReportMarkdown(report: ShortlistReport): string {
  const { rpi, labels } = report;
  const blocks = [
    `# ${escapeMarkdown(report.title)}`,
    escapeMarkdownLine(report.made.text),
    ...report.summary.map(escapeMarkdownLine),
  ];
  if (report.overview.length > 0) blocks.push(`## ${escapeMarkdown(labels.overview)}`, ...report.overview.map(table));
  if (report.items.length > 0) blocks.push(`## ${escapeMarkdown(labels.details)}`, ...report.items.map((entry) => item(report, entry)));
  blocks.push(
    `## ${escapeMarkdown(labels.rpi)}`,
    `${escapeMarkdownLine(`${rpi.name}, ${rpi.school}, ${rpi.institution}`)} · ${
      rpi.programPage.href === null ? escapeMarkdown(rpi.programPage.text) : markdownLink(labels.programPage, rpi.programPage.href)
    }`,
    table(rpi.facts),
    ...namedFacts(labels.tuitionContext, rpi.tuitionContext),
    ...namedFacts(labels.themes, rpi.themes),
    ...namedFacts(labels.pathways, rpi.pathways),
    '---',
    escapeMarkdownLine(report.footer),
  );
  return `${blocks.join('\n\n')}\n`;
}
