import type { Signal } from './signals';

/** The kinds of page MBA Lens recognises (DESIGN §5, CLI contract). */
export type PageKind = 'mba-program' | 'ai-career' | 'none';

export type DeliveryFormat = 'online' | 'on-campus' | 'hybrid';

/** The facts of the CLI contract. Facts that do not apply to the page kind are null (skills: empty). */
export interface PageFacts {
  credits: number | null;
  durationMonthsMin: number | null;
  durationMonthsMax: number | null;
  stem: boolean | null;
  opt: boolean | null;
  format: DeliveryFormat | null;
  tuitionUSD: number | null;
  aiCurriculum: boolean | null;
  ethics: boolean | null;
  role: string | null;
  skills: string[];
}

export type FactName = Exclude<keyof PageFacts, 'durationMonthsMin' | 'durationMonthsMax'> | 'duration';

/** MBA fact rows: same / different from RPI, or silent on one side. */
export type FactVerdict = 'same' | 'different' | 'not-stated' | 'rpi-not-stated';
/** Career rows: how well RPI's themes or pathways cover the role or skill. */
export type CoverageVerdict = 'covered' | 'partly' | 'not-covered';
export type Verdict = FactVerdict | CoverageVerdict;

export type RowValue = string | number | boolean | null;

/** One row of the comparison (CLI contract: exactly these four fields). */
export interface ComparisonRow {
  fact: string;
  page: RowValue;
  reference: RowValue;
  verdict: Verdict;
}

/** Evidence as the CLI prints it. */
export interface Evidence {
  fact: string;
  quote: string;
}

/** The analysis result: the CLI object without `file`; also the per-tab result kept by the background. */
export interface AnalysisResult {
  url: string;
  kind: PageKind;
  confidence: number;
  /** Why the page was classified so: codes the UI translates, each with its English text (see signals.ts). */
  signals: Signal[];
  facts: PageFacts;
  comparison: ComparisonRow[];
  evidence: Evidence[];
}

/** Where a quote sits in the snapshot: block index and character offsets in that block's text. */
export interface TextSpan {
  block: number;
  start: number;
  end: number;
}

/**
 * A quote anchored by its text, as annotation tools do (W3C Web Annotation TextQuoteSelector): the quote and the
 * text just around it, whitespace-normalised. It finds the quote again after the page re-renders, when the span's
 * text nodes are gone.
 */
export interface TextQuoteSelector {
  exact: string;
  prefix: string;
  suffix: string;
}

/** Evidence with its place on the page, for highlights and "scroll to quote". */
export interface LocatedEvidence extends Evidence {
  /** Where the quote was in the snapshot: the fast path back to the DOM while the page is unchanged. */
  span: TextSpan;
  /** The quote by its text: the fallback once the page has re-rendered. */
  anchor: TextQuoteSelector;
}
