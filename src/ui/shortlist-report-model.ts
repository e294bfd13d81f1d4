/**
 * What the shared shortlist says (shortlist-report.ts builds it, in the user's language), before any markup: the
 * two writers, shortlist-report-html.ts and shortlist-report-markdown.ts, read only this. Every string in it is
 * text, to be escaped by the writer; ids and keys are made by the builder, never from page text.
 */

/** The language the bundled RPI data is written in (src/data/rpi-program.ts). */
export const DATA_LANGUAGE = 'en';

/** A link only where the address is http(s) (DESIGN §6); anything else is shown as text. */
export interface ReportLink {
  text: string;
  href: string | null;
}

export interface ReportDate {
  /** Machine-readable: YYYY-MM-DD or an ISO 8601 date-time. */
  iso: string;
  /** The date in words, or a sentence that gives it. */
  text: string;
}

/** Where an RPI fact comes from. */
export interface ReportSource {
  /** The exact phrase of the source (in DATA_LANGUAGE). */
  quote: string;
  link: ReportLink;
  /** "verified 24 Nov 2026" or "not yet checked on the live page". */
  checked: string;
  /** YYYY-MM-DD, or null when no one has checked it yet. */
  checkedOn: string | null;
  /** What the source does not cover (in DATA_LANGUAGE). */
  caveat: string | null;
}

export interface ReportCell {
  text: string;
  /** Several short texts (skills, pathways), shown as a list; `text` is then empty. */
  list: readonly string[] | null;
  /** Silence ("Not stated", "None"), shown muted. */
  muted: boolean;
  /** The verdict against RPI, where there is a value to compare. */
  verdict: string | null;
  /** A second line ("RPI pathway: …"). */
  note: string | null;
  /** A quote from the page, shown as such. */
  quote: string | null;
  sources: readonly ReportSource[] | null;
  /** Set when the text is RPI's data rather than a translated message. */
  lang: string | null;
}

/** A column's header: text, or a saved page's title linking to it. */
export type ReportColumn = ReportLink;

export interface ReportRow {
  /** Stable, made of fact names: safe as an attribute. */
  key: string;
  header: string;
  cells: ReportCell[];
}

export interface ReportTable {
  /** An element id, made here (never from page text). */
  id: string;
  caption: string;
  columns: ReportColumn[];
  rows: ReportRow[];
}

export interface ReportItem {
  id: string;
  title: string;
  kind: string;
  address: ReportLink;
  saved: ReportDate;
  /** Why this item shows no quotes, or null when it has some. */
  quotesMissing: string | null;
  table: ReportTable;
}

export interface ReportNamedFact {
  title: string;
  text: string | null;
  source: ReportSource;
}

export interface ReportRpi {
  name: string;
  school: string;
  institution: string;
  programPage: ReportLink;
  facts: ReportTable;
  tuitionContext: ReportNamedFact[];
  themes: ReportNamedFact[];
  pathways: ReportNamedFact[];
}

export interface ShortlistReport {
  lang: string;
  title: string;
  made: ReportDate;
  summary: string[];
  overview: ReportTable[];
  items: ReportItem[];
  rpi: ReportRpi;
  footer: string;
  /** Headings and labels the writers need. */
  labels: {
    overview: string;
    details: string;
    rpi: string;
    kind: string;
    address: string;
    saved: string;
    quotes: string;
    programPage: string;
    tuitionContext: string;
    themes: string;
    pathways: string;
  };
}
