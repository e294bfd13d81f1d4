/**
 * The shortlist's export files (CSV for spreadsheets, HTML to share or print and Markdown for notes, versioned JSON
 * for import) and the import of such a file, shared by the popup and the options page. The CSV has RPI's program as
 * its first row, then one row per saved item, with the same texts as the side-by-side view; the HTML and Markdown
 * files are the report of shortlist-report.ts.
 */
import { PROGRAM_ROWS } from '../core/compare';
import { RPI_PROGRAM } from '../data/rpi-program';
import { MAX_IMPORT_CHARS, toShortlistExport } from '../storage/shortlist-export';
import type { ShortlistItem } from '../schemas/shortlist-schema';
import type { UserDataClient } from '../messages/client';
import { factLabel } from './comparison-labels';
import { t } from './i18n';
import { userDataErrorText } from './settings-errors';
import type { StatusMessage } from './settings-status';
import { csvFileText } from './shortlist-csv';
import type { DownloadFile } from './shortlist-download';
import { buildShortlistReport } from './shortlist-report';
import { shortlistReportHtml } from './shortlist-report-html';
import { shortlistReportMarkdown } from './shortlist-report-markdown';
import { careerSummary, programCell, rpiDisplay } from './shortlist-values';

function fileDate(now: Date): string {
  return now.toISOString().slice(0, 10);
}

export function shortlistCsvRows(items: readonly ShortlistItem[]): string[][] {
  const header = [
    t('shortlistCsvTitle'), t('shortlistCsvKind'), t('shortlistCsvUrl'), t('shortlistCsvSavedAt'),
    ...PROGRAM_ROWS.map((fact) => factLabel(fact)),
    factLabel('role'), t('shortlistCsvRoleMatch'),
    t('shortlistSkillsCovered'), t('shortlistSkillsPartly'), t('shortlistSkillsNotCovered'),
  ];
  const rpi = [
    RPI_PROGRAM.name, t('shortlistKindReference'), RPI_PROGRAM.programUrl, '',
    ...PROGRAM_ROWS.map(rpiDisplay),
    RPI_PROGRAM.careerPathways.map((pathway) => pathway.title).join('; '), '',
    RPI_PROGRAM.themes.map((theme) => theme.title).join('; '), '', '',
  ];
  const rows = items.map((item) => {
    const isProgram = item.kind === 'mba-program';
    const career = isProgram ? null : careerSummary(item);
    return [
      item.title,
      t(isProgram ? 'shortlistKindProgram' : 'shortlistKindRole'),
      item.url,
      item.savedAt,
      ...PROGRAM_ROWS.map((fact) => (isProgram ? programCell(item, fact).text : '')),
      career?.role ? String(career.role.page) : '',
      career?.role ? String(career.role.reference ?? '') : '',
      career ? career.skills.covered.join('; ') : '',
      career ? career.skills.partly.join('; ') : '',
      career ? career.skills['not-covered'].join('; ') : '',
    ];
  });
  return [header, rpi, ...rows];
}

export function shortlistCsvFile(items: readonly ShortlistItem[], now: Date): DownloadFile {
  return { name: `mba-lens-shortlist-${fileDate(now)}.csv`, type: 'text/csv;charset=utf-8', text: csvFileText(shortlistCsvRows(items)) };
}

export function shortlistJsonFile(items: readonly ShortlistItem[], now: Date): DownloadFile {
  return {
    name: `mba-lens-shortlist-${fileDate(now)}.json`,
    type: 'application/json',
    text: `${JSON.stringify(toShortlistExport(items, now), null, 2)}\n`,
  };
}

/** One HTML file that reads (and prints) the same anywhere, with no script in it. */
export function shortlistHtmlFile(items: readonly ShortlistItem[], now: Date): DownloadFile {
  return {
    name: `mba-lens-shortlist-${fileDate(now)}.html`,
    type: 'text/html;charset=utf-8',
    text: shortlistReportHtml(buildShortlistReport(items, { now })),
  };
}

export function shortlistMarkdownFile(items: readonly ShortlistItem[], now: Date): DownloadFile {
  return {
    name: `mba-lens-shortlist-${fileDate(now)}.md`,
    type: 'text/markdown;charset=utf-8',
    text: shortlistReportMarkdown(buildShortlistReport(items, { now })),
  };
}

export type ExportFormat = 'csv' | 'json' | 'html' | 'markdown';

const EXPORT_FILES: Record<ExportFormat, (items: readonly ShortlistItem[], now: Date) => DownloadFile> = {
  csv: shortlistCsvFile,
  json: shortlistJsonFile,
  html: shortlistHtmlFile,
  markdown: shortlistMarkdownFile,
};

const EXPORTED_KEYS = {
  csv: 'shortlistExportedCsv',
  json: 'shortlistExportedJson',
  html: 'shortlistExportedHtml',
  markdown: 'shortlistExportedMarkdown',
} as const;

export type ReadImport = { ok: true; file: unknown } | { ok: false; reason: 'too-large' | 'not-json' };

/** Parses the chosen file as JSON; the background checks what it holds. */
export async function readImportFile(file: Pick<File, 'size' | 'text'>): Promise<ReadImport> {
  if (file.size > MAX_IMPORT_CHARS) return { ok: false, reason: 'too-large' };
  try {
    return { ok: true, file: JSON.parse(await file.text()) as unknown };
  } catch {
    return { ok: false, reason: 'not-json' };
  }
}

/** Downloads the shortlist in one of the export formats; returns what to tell the user. */
export function exportShortlist(
  format: ExportFormat,
  items: readonly ShortlistItem[],
  now: Date,
  download: (file: DownloadFile) => void,
): StatusMessage {
  download(EXPORT_FILES[format](items, now));
  return { tone: 'info', text: t(EXPORTED_KEYS[format], items.length) };
}

/** Reads a chosen file and asks the background to merge it; the new list on success, and what to tell the user. */
export async function importShortlist(
  file: Pick<File, 'size' | 'text'>,
  client: Pick<UserDataClient, 'importShortlist'>,
): Promise<{ status: StatusMessage; items: ShortlistItem[] | null }> {
  const read = await readImportFile(file);
  if (!read.ok) {
    return { status: { tone: 'error', text: t(read.reason === 'too-large' ? 'shortlistImportTooLarge' : 'shortlistImportNotJson') }, items: null };
  }
  const outcome = await client.importShortlist(read.file);
  if (!outcome.ok) return { status: { tone: 'error', text: userDataErrorText(outcome.error.code) }, items: null };
  const { added, updated, skipped, items } = outcome.value;
  return { status: { tone: 'info', text: t('shortlistImportedStatus', added, updated, skipped) }, items };
}
