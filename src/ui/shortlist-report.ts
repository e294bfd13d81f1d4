/**
 * The shortlist as a document to share (the HTML and Markdown exports): what it says, in the user's language, with
 * no markup yet. `shortlist-report-html.ts` and `shortlist-report-markdown.ts` write it out; both escape every text
 * of this model, since titles, addresses, skills and quotes come from web pages.
 *
 * It says what the popup's side-by-side view says (the same cells: shortlist-values.ts), then each saved page with
 * its address, the day it was read and saved, and every fact next to RPI's, then RPI's facts with their sources and
 * the dates they were checked. An item's quotes are those of its newest history snapshot (`quotesOf` may supply
 * others); an item without any, saved before history was kept, says so instead of showing a value as if it were
 * quoted.
 */
import { PROGRAM_ROWS } from '../core/compare';
import type { ComparisonRow, Evidence } from '../core/types';
import type { FactSource, ReferenceProgram } from '../data/program-schema';
import { RPI_PROGRAM } from '../data/rpi-program';
import type { ShortlistItem } from '../schemas/shortlist-schema';
import { factLabel, verdictLabel } from './comparison-labels';
import { evidenceForRow, rpiReferenceFor, safeHttpUrl } from './comparison-reference';
import { formatDateTimeDay, formatIsoDate } from './format-date';
import { messagesLanguage, t } from './i18n';
import {
  DATA_LANGUAGE,
  type ReportCell,
  type ReportColumn,
  type ReportItem,
  type ReportLink,
  type ReportRow,
  type ReportRpi,
  type ReportSource,
  type ReportTable,
  type ShortlistReport,
} from './shortlist-report-model';
import { careerSummary, itemRows, programCell, type ItemCell } from './shortlist-values';

export interface ReportOptions {
  now: Date;
  /** The quotes kept for an item; by default those of its newest history snapshot. */
  quotesOf?: (item: ShortlistItem) => readonly Evidence[];
  program?: ReferenceProgram;
}

function cell(text: string, extra: Partial<ReportCell> = {}): ReportCell {
  return { text, list: null, muted: false, verdict: null, note: null, quote: null, sources: null, lang: null, ...extra };
}

const muted = (text: string): ReportCell => cell(text, { muted: true });

function link(url: string): ReportLink {
  return { text: url, href: safeHttpUrl(url) };
}

function hostOf(href: string | null, url: string): string {
  return href === null ? url : new URL(href).hostname;
}

function source(src: FactSource): ReportSource {
  const href = safeHttpUrl(src.url);
  return {
    quote: src.quote,
    link: { text: t('rpiFactsSource', hostOf(href, src.url)), href },
    checked: src.verifiedOn === null ? t('rpiFactsNotYetVerified') : t('rpiFactsVerifiedOn', formatIsoDate(src.verifiedOn)),
    checkedOn: src.verifiedOn,
    caveat: src.caveat ?? null,
  };
}

/** RPI's side of an MBA fact: its display text, or "Not stated" where its sources are silent. */
function rpiCell(fact: string, program: ReferenceProgram, withSources: boolean): ReportCell {
  const rpi = rpiReferenceFor({ fact, page: null, reference: null, verdict: 'not-stated' }, program);
  if (rpi.sources.length === 0) return muted(t('rpiFactsNotStated'));
  return cell(rpi.display, { lang: DATA_LANGUAGE, sources: withSources ? rpi.sources.map(source) : null });
}

function itemColumn(item: ShortlistItem): ReportColumn {
  return { text: item.title, href: safeHttpUrl(item.url) };
}

function factColumns(items: readonly ShortlistItem[]): ReportColumn[] {
  return [
    { text: t('shortlistFactColumn'), href: null },
    { text: t('shortlistRpiColumn'), href: null },
    ...items.map(itemColumn),
  ];
}

/** A saved program's value for a fact (`programCell`), as the popup's side-by-side view shows it. */
function programValueCell(value: ItemCell): ReportCell {
  if (value.row === null || value.row.page === null) return muted(value.text);
  return cell(value.text, { verdict: verdictLabel(value.row.verdict) });
}

function programOverview(items: readonly ShortlistItem[], program: ReferenceProgram): ReportTable {
  return {
    id: 'overview-programs',
    caption: t('shortlistComparePrograms'),
    columns: factColumns(items),
    rows: PROGRAM_ROWS.map((fact) => ({
      key: fact,
      header: factLabel(fact),
      cells: [rpiCell(fact, program, false), ...items.map((item) => programValueCell(programCell(item, fact)))],
    })),
  };
}

function listCell(list: readonly string[], extra: Partial<ReportCell> = {}): ReportCell {
  return list.length === 0 ? muted(t('shortlistNone')) : cell('', { list, ...extra });
}

function roleCell(item: ShortlistItem, role: ComparisonRow | null): ReportCell {
  if (role === null) return muted(item.facts === null ? t('shortlistFactsNotSaved') : t('shortlistNotStated'));
  return cell(String(role.page), {
    verdict: verdictLabel(role.verdict),
    note: role.reference === null ? null : t('shortlistRoleMatches', String(role.reference)),
  });
}

const SKILL_ROW_KEYS = {
  covered: 'shortlistSkillsCovered',
  partly: 'shortlistSkillsPartly',
  'not-covered': 'shortlistSkillsNotCovered',
} as const;

function roleOverview(items: readonly ShortlistItem[], program: ReferenceProgram): ReportTable {
  const summaries = items.map((item) => ({ item, summary: careerSummary(item) }));
  const themes = program.themes.map((theme) => theme.title);
  return {
    id: 'overview-roles',
    caption: t('shortlistCompareRoles'),
    columns: factColumns(items),
    rows: [
      {
        key: 'role',
        header: factLabel('role'),
        cells: [
          listCell(program.careerPathways.map((pathway) => pathway.title), { lang: DATA_LANGUAGE }),
          ...summaries.map(({ item, summary }) => roleCell(item, summary.role)),
        ],
      },
      ...(['covered', 'partly', 'not-covered'] as const).map((verdict) => ({
        key: `skills-${verdict}`,
        header: t(SKILL_ROW_KEYS[verdict]),
        cells: [
          verdict === 'covered' ? listCell(themes, { lang: DATA_LANGUAGE }) : cell(''),
          ...summaries.map(({ summary }) => listCell(summary.skills[verdict])),
        ],
      })),
    ],
  };
}

function quoteCell(row: ComparisonRow | null, quotes: readonly Evidence[]): ReportCell {
  const found = row === null ? [] : evidenceForRow(row, quotes).map(({ item }) => item.quote);
  return found.length === 0 ? muted(t('exportNoQuote')) : cell('', { quote: found.join(' … ') });
}

/** One saved page: each of its facts (a program) or its role and skills (a role), next to RPI's. */
function itemTable(item: ShortlistItem, index: number, quotes: readonly Evidence[], program: ReferenceProgram): ReportTable {
  const withQuotes = quotes.length > 0;
  const columns: ReportColumn[] = [
    { text: t('shortlistFactColumn'), href: null },
    { text: t('exportColumnPage'), href: null },
    { text: t('exportColumnVerdict'), href: null },
    { text: t('shortlistRpiColumn'), href: null },
    ...(withQuotes ? [{ text: t('exportColumnQuote'), href: null }] : []),
  ];
  const row = (key: string, header: string, page: ReportCell, rpi: ReportCell, compared: ComparisonRow | null): ReportRow => ({
    key,
    header,
    // The verdict has its own column here; the overview keeps it beside the value.
    cells: [{ ...page, verdict: null }, page.verdict === null ? cell('') : cell(page.verdict), rpi, ...(withQuotes ? [quoteCell(compared, quotes)] : [])],
  });

  let rows: ReportRow[];
  if (item.kind === 'mba-program') {
    rows = PROGRAM_ROWS.map((fact) => {
      const value = programCell(item, fact);
      return row(fact, factLabel(fact), programValueCell(value), rpiCell(fact, program, false), value.row);
    });
  } else {
    const all = itemRows(item);
    const role = all.find((entry) => entry.fact === 'role') ?? null;
    const rpiRole = role === null ? cell('') : referenceCell(role, program);
    rows = [
      row('role', factLabel('role'), roleCell(item, role), rpiRole, role),
      ...all
        .filter((entry) => entry.fact === 'skill' && typeof entry.page === 'string')
        .map((entry, i) => row(`skill-${i}`, factLabel('skill'), cell(String(entry.page), { verdict: verdictLabel(entry.verdict) }), referenceCell(entry, program), entry)),
    ];
    if (item.facts === null) rows.push(row('skills', factLabel('skill'), muted(t('shortlistFactsNotSaved')), cell(''), null));
  }
  return { id: `item-${index + 1}-facts`, caption: t('exportItemCaption', item.title), columns, rows };
}

/** RPI's pathway or theme for a role or skill row; "no pathway / theme" where none covers it. */
function referenceCell(row: ComparisonRow, program: ReferenceProgram): ReportCell {
  const rpi = rpiReferenceFor(row, program);
  return rpi.sources.length === 0 ? muted(rpi.display) : cell(rpi.display, { lang: DATA_LANGUAGE });
}

function reportItem(item: ShortlistItem, index: number, quotes: readonly Evidence[], program: ReferenceProgram): ReportItem {
  return {
    id: `item-${index + 1}`,
    title: item.title,
    kind: t(item.kind === 'mba-program' ? 'shortlistKindProgram' : 'shortlistKindRole'),
    address: link(item.url),
    saved: { iso: item.savedAt, text: formatDateTimeDay(item.savedAt) },
    quotesMissing: quotes.length > 0 ? null : t('exportQuotesNotSaved'),
    table: itemTable(item, index, quotes, program),
  };
}

function rpiSection(program: ReferenceProgram): ReportRpi {
  return {
    name: program.name,
    school: program.school,
    institution: program.institution,
    programPage: { text: program.programUrl, href: safeHttpUrl(program.programUrl) },
    facts: {
      id: 'rpi-facts',
      caption: t('exportRpiCaption'),
      columns: [
        { text: t('shortlistFactColumn'), href: null },
        { text: t('shortlistRpiColumn'), href: null },
        { text: t('exportColumnSources'), href: null },
      ],
      rows: PROGRAM_ROWS.map((fact) => {
        const value = rpiCell(fact, program, true);
        const sources = value.sources ?? [];
        return {
          key: fact,
          header: factLabel(fact),
          cells: [{ ...value, sources: null }, sources.length === 0 ? muted(t('rpiFactsNoSource')) : cell('', { sources })],
        };
      }),
    },
    tuitionContext: program.contextFacts.map((fact) => ({ title: fact.label, text: fact.display, source: source(fact.source) })),
    themes: program.themes.map((theme) => ({ title: theme.title, text: theme.summary, source: source(theme.source) })),
    pathways: program.careerPathways.map((pathway) => ({ title: pathway.title, text: null, source: source(pathway.source) })),
  };
}

export function buildShortlistReport(items: readonly ShortlistItem[], options: ReportOptions): ShortlistReport {
  const program = options.program ?? RPI_PROGRAM;
  // The quotes of the facts as last seen (the item's newest snapshot; items saved before history was kept have none).
  const quotesOf = options.quotesOf ?? ((item: ShortlistItem) => item.history.at(-1)?.quotes ?? []);
  const programs = items.filter((item) => item.kind === 'mba-program');
  const roles = items.filter((item) => item.kind === 'ai-career');
  const madeOn = options.now.toISOString();
  return {
    lang: messagesLanguage(),
    title: t('exportTitle'),
    made: { iso: madeOn.slice(0, 10), text: t('exportMadeOn', formatDateTimeDay(madeOn)) },
    summary: [t('exportCounts', programs.length, roles.length), t('exportIntro')],
    overview: [
      ...(programs.length > 0 ? [programOverview(programs, program)] : []),
      ...(roles.length > 0 ? [roleOverview(roles, program)] : []),
    ],
    items: items.map((item, index) => reportItem(item, index, quotesOf(item), program)),
    rpi: rpiSection(program),
    footer: t('exportFooter'),
    labels: {
      overview: t('exportOverviewTitle'),
      details: t('exportDetailsTitle'),
      rpi: t('exportRpiTitle'),
      kind: t('shortlistCsvKind'),
      address: t('exportAddress'),
      saved: t('exportReadOn'),
      quotes: t('exportQuotes'),
      programPage: t('rpiFactsProgramPage'),
      tuitionContext: t('rpiFactsTuitionContext'),
      themes: t('rpiFactsThemes'),
      pathways: t('rpiFactsPathways'),
    },
  };
}
