/** The whole pipeline: snapshot → classify → extract → compare (DESIGN §3). Pure: no extension API. */
import { classifySnapshot, type Classification } from './classify';
import { compareWithReference } from './compare';
import { emptyFacts, extractFactSteps } from './extract';
import { gateDocument } from './gate';
import { takeSnapshot, takeSnapshotInSlices, type PageSnapshot, type Yielding } from './snapshot';
import type { AnalysisResult, ComparisonRow, Evidence, LocatedEvidence, PageFacts, PageKind } from './types';
import { round } from './round';
import { runSteps, runStepsYielding, type Steps } from './steps';

export interface AnalyzeOptions {
  url: string;
  /**
   * Analyse even below the detection threshold (context menu, keyboard command): the most likely kind is
   * compared and `belowThreshold` says so.
   */
  force?: boolean;
  /** The gate's verdict when the caller has just run it on this document; otherwise the analysis runs it. */
  gatePassed?: boolean;
}

export interface PageAnalysis {
  /** The contract object (CLI line without `file`; per-tab result). `kind` is the detected kind, never forced. */
  result: AnalysisResult;
  /**
   * What the card shows: the detected kind, or on a forced run the likeliest kind, with its facts, rows and
   * evidence located in the snapshot (for highlights and "scroll to quote").
   */
  shown: { kind: PageKind; facts: PageFacts; comparison: ComparisonRow[]; evidence: LocatedEvidence[] };
  /** True when the card is shown only because the user asked for it. */
  belowThreshold: boolean;
  classification: Classification;
  snapshot: PageSnapshot;
}

/**
 * `gatePassed`: the gate's verdict on the document the snapshot was taken from (gateDocument); without it, the same
 * gate over the snapshot's fields.
 */
export function analyzeSnapshot(snapshot: PageSnapshot, options: { force?: boolean; gatePassed?: boolean } = {}): PageAnalysis {
  const classification = options.gatePassed === undefined ? classifySnapshot(snapshot) : classifySnapshot(snapshot, options.gatePassed);
  return runSteps(completeAnalysis(snapshot, classification, options.force === undefined ? {} : { force: options.force }));
}

/** The evidence as the contract gives it: each fact with its quote, without where on the page it stands. */
export const quotesOf = (evidence: readonly LocatedEvidence[]): Evidence[] => evidence.map(({ fact, quote }) => ({ fact, quote }));

/** Extract and compare, as steps (steps.ts). */
function* completeAnalysis(snapshot: PageSnapshot, classification: Classification, options: { force?: boolean }): Steps<PageAnalysis> {
  const detected = classification.kind;
  const kind: PageKind = detected !== 'none' || !options.force ? detected : classification.likeliest;
  const { facts, evidence } = kind === 'none' ? { facts: emptyFacts(), evidence: [] } : yield* extractFactSteps(snapshot, kind);
  const comparison = kind === 'none' ? [] : compareWithReference(kind, facts);
  const detectedShown = detected === kind;
  const result: AnalysisResult = {
    url: snapshot.url,
    kind: detected,
    confidence: round(classification.confidence),
    signals: classification.signals,
    facts: detectedShown ? facts : emptyFacts(),
    comparison: detectedShown ? comparison : [],
    evidence: detectedShown ? quotesOf(evidence) : [],
  };
  return { result, shown: { kind, facts, comparison, evidence }, belowThreshold: !detectedShown, classification, snapshot };
}

/**
 * The card the user asked for on a page below the threshold, as a result (`kind` the kind shown, never `none`), or
 * null when the card shows the detected kind: what a saved page's fact history records of a forced visit.
 */
export function forcedCardResult(analysis: PageAnalysis): AnalysisResult | null {
  const { shown, result } = analysis;
  if (!analysis.belowThreshold || shown.kind === 'none') return null;
  return { ...result, kind: shown.kind, facts: shown.facts, comparison: shown.comparison, evidence: quotesOf(shown.evidence) };
}

/** The gate the browser runs (gateDocument), then the snapshot and the model: the CLI and the content script alike. */
export function analyzeDocument(doc: Document, options: AnalyzeOptions): PageAnalysis {
  const gatePassed = options.gatePassed ?? gateDocument(doc, options.url).pass;
  return analyzeSnapshot(takeSnapshot(doc, { url: options.url }), { gatePassed, ...(options.force === undefined ? {} : { force: options.force }) });
}

/**
 * The same analysis with a yield after the snapshot slices and between stages, for the content script: no single
 * task holds the main thread long on a huge page.
 */
export async function analyzeDocumentInSlices(doc: Document, options: AnalyzeOptions & Yielding): Promise<PageAnalysis> {
  const gatePassed = options.gatePassed ?? gateDocument(doc, options.url).pass;
  const snapshot = await takeSnapshotInSlices(doc, { url: options.url, yieldToMain: options.yieldToMain, ...(options.nodesPerSlice ? { nodesPerSlice: options.nodesPerSlice } : {}) });
  await options.yieldToMain();
  const classification = classifySnapshot(snapshot, gatePassed);
  if (classification.kind === 'none' && !options.force) return runSteps(completeAnalysis(snapshot, classification, {}));
  await options.yieldToMain();
  return runStepsYielding(completeAnalysis(snapshot, classification, options.force === undefined ? {} : { force: options.force }), options.yieldToMain);
}

