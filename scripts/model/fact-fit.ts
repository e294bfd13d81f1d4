/**
 * The fact ranker's training (src/core/fact-ranker.ts): every candidate phrase of a labelled MBA page is an example,
 * positive when its value is the page's labelled value (for a length: its shortest or longest). One logistic model
 * per fact; each fact's threshold is chosen on out-of-fold predictions of site-grouped cross-validation over the
 * development part, trading a right value against an invented one at INVENTION_COST. Deterministic.
 */
import { extractFacts, programFactCandidates } from '../../src/core/extract';
import type { FactCandidate, RankedFact } from '../../src/core/fact-candidates';
import type { FactModel, FactWeights, FormatModel } from '../../src/core/fact-ranker';
import { formatCues } from '../../src/core/format-cues';
import { contentIndices } from '../../src/core/extract';
import { foldedBlocks } from '../../src/core/extract-program';
import { pageHeadline } from '../../src/core/page-zones';
import { round } from '../../src/core/round';
import type { PageFacts } from '../../src/core/types';
import type { ReadPage } from './corpus';
import { foldOf, FOLDS } from './fit';
import { train, type Example, type TrainOptions } from './logistic';

export const RANKED_FACTS: readonly RankedFact[] = ['credits', 'duration', 'tuition'];
/** The facts the learned part reads, each with its own threshold. */
export type LearnedFact = RankedFact | 'format';
export const LEARNED_FACTS: readonly LearnedFact[] = [...RANKED_FACTS, 'format'];
export type Thresholds = Record<LearnedFact, number>;
const FORMAT_CLASSES: FormatModel['classes'] = ['none', 'online', 'on-campus', 'hybrid'];
const FORMAT_TRAINING: TrainOptions = { classes: 4, l2: 0.02, iterations: 300, learningRate: 0.05, minSites: 3, maxFeatures: 100 };
/** An invented value costs this many right ones: a wrong row with a quote is worse than an empty row. */
export const INVENTION_COST = 2;
const FACT_TRAINING: TrainOptions = { classes: 2, l2: 0.01, iterations: 300, learningRate: 0.05, minSites: 3, maxFeatures: 100 };
const THRESHOLDS = Array.from({ length: 15 }, (_, i) => round(0.2 + i * 0.05));

/** The labelled MBA pages: the ranker's pages. */
export const factPages = (pages: readonly ReadPage[]): ReadPage[] => pages.filter((p) => p.kind === 'mba-program' && p.entry.facts !== null);

function isPositive(fact: RankedFact, candidate: FactCandidate, truth: Partial<PageFacts>): boolean {
  if (fact === 'credits') return candidate.value === truth.credits;
  if (fact === 'tuition') return candidate.value === truth.tuitionUSD;
  return candidate.value === truth.durationMonthsMin || candidate.value === truth.durationMonthsMax;
}

const squash = (text: string) => text.replace(/\s+/g, ' ').trim();

/** Whether a duration phrase lies inside one of the page's labelled quotes of the program's length. */
function inLengthQuote(candidate: FactCandidate, evidence: Record<string, string>): boolean {
  const block = squash(candidate.match.text);
  const at = squash(candidate.match.text.slice(0, candidate.match.index)).length;
  return LENGTH_QUOTES.some((key) => {
    const quote = squash(evidence[key] ?? '');
    for (let i = quote ? block.indexOf(quote) : -1; i >= 0; i = block.indexOf(quote, i + 1)) if (at >= i - 1 && at <= i + quote.length) return true;
    return false;
  });
}
const LENGTH_QUOTES = ['durationMonthsMin', 'durationMonthsMax'];

/**
 * A page's examples of one fact. A length's value is often repeated by phrases that do not state it (an instalment
 * plan over 24 months on a two-year program's page): where the labeller quoted the length, only the phrases inside
 * the quotes are positive and the other phrases of the same value are left out, neither taught as right nor as wrong.
 */
function examplesOf(pages: readonly ReadPage[], fact: RankedFact): Example[] {
  const examples: Example[] = [];
  for (const page of pages) {
    const truth = page.entry.facts ?? {};
    const evidence = page.entry.evidence ?? {};
    const quoted = fact === 'duration' && LENGTH_QUOTES.some((key) => evidence[key]);
    for (const candidate of programFactCandidates(page.snapshot)) {
      if (candidate.fact !== fact) continue;
      const y = isPositive(fact, candidate, truth) ? 1 : 0;
      if (y === 1 && quoted && !inLengthQuote(candidate, evidence)) continue;
      examples.push({ features: candidate.features, y, site: page.entry.site });
    }
  }
  return examples;
}

function fitFact(pages: readonly ReadPage[], fact: RankedFact, threshold: number): FactModel {
  const fitted = train(examplesOf(pages, fact), FACT_TRAINING);
  const weights: Record<string, number> = {};
  fitted.names.forEach((name, i) => {
    const w = fitted.weights[i] ?? [0, 0];
    const value = round((w[1] ?? 0) - (w[0] ?? 0), 2);
    if (Math.abs(value) >= 0.02) weights[name] = value;
  });
  return { bias: round((fitted.bias[1] ?? 0) - (fitted.bias[0] ?? 0), 3), threshold, weights };
}

function fitFormat(pages: readonly ReadPage[], threshold: number): FormatModel {
  const examples: Example[] = pages.map((page) => {
    const { snapshot } = page;
    const cues = formatCues(foldedBlocks(snapshot.blocks), contentIndices(snapshot), pageHeadline(snapshot).join(' '));
    return { features: cues.features, y: FORMAT_CLASSES.indexOf(page.entry.facts?.format ?? 'none'), site: page.entry.site };
  });
  const fitted = train(examples, FORMAT_TRAINING);
  const weights: Record<string, number[]> = {};
  fitted.names.forEach((name, i) => {
    const w = fitted.weights[i] ?? [];
    const mean = w.reduce((a, b) => a + b, 0) / Math.max(1, w.length);
    const centred = w.map((x) => round(x - mean, 2));
    if (centred.some((x) => Math.abs(x) >= 0.02)) weights[name] = centred.map((x) => (Object.is(x, -0) ? 0 : x));
  });
  const meanBias = fitted.bias.reduce((a, b) => a + b, 0) / Math.max(1, fitted.bias.length);
  return { classes: [...FORMAT_CLASSES], bias: fitted.bias.map((x) => round(x - meanBias, 3)), threshold, weights };
}

export function fitFactWeights(pages: readonly ReadPage[], thresholds: Thresholds): FactWeights {
  const labelled = factPages(pages);
  return {
    credits: fitFact(labelled, 'credits', thresholds.credits),
    duration: fitFact(labelled, 'duration', thresholds.duration),
    tuition: fitFact(labelled, 'tuition', thresholds.tuition),
    format: fitFormat(labelled, thresholds.format),
  };
}

/** Weights fitted on all folds but one, for each fold (thresholds are set when they are used). */
export function foldWeights(pages: readonly ReadPage[]): FactWeights[] {
  const labelled = factPages(pages);
  const half = { credits: 0.5, duration: 0.5, tuition: 0.5, format: 0.5 };
  return Array.from({ length: FOLDS }, (_, fold) => fitFactWeights(labelled.filter((p) => foldOf(p.entry.site) !== fold), half));
}

const withThresholds = (weights: FactWeights, t: Thresholds): FactWeights => ({
  credits: { ...weights.credits, threshold: t.credits },
  duration: { ...weights.duration, threshold: t.duration },
  tuition: { ...weights.tuition, threshold: t.tuition },
  format: { ...weights.format, threshold: t.format },
});

/** The facts each page gets from weights fitted without its site (out of fold), at the given thresholds. */
export function crossValidatedFacts(pages: readonly ReadPage[], folds: readonly FactWeights[], thresholds: Thresholds): Map<ReadPage, PageFacts> {
  const out = new Map<ReadPage, PageFacts>();
  for (const page of factPages(pages)) {
    const weights = folds[foldOf(page.entry.site)];
    if (weights) out.set(page, extractFacts(page.snapshot, 'mba-program', withThresholds(weights, thresholds)).facts);
  }
  return out;
}

const FIELDS: Record<LearnedFact, Array<keyof PageFacts>> = { credits: ['credits'], duration: ['durationMonthsMin', 'durationMonthsMax'], tuition: ['tuitionUSD'], format: ['format'] };

/** Right values minus INVENTION_COST × invented ones, for one fact's fields. */
function utility(facts: Map<ReadPage, PageFacts>, fact: LearnedFact): number {
  let u = 0;
  for (const [page, got] of facts) {
    for (const field of FIELDS[fact]) {
      const want = page.entry.facts?.[field] ?? null;
      const value = got[field];
      if (want === null) u -= value === null ? 0 : INVENTION_COST;
      else if (value === want) u += 1;
      else if (value !== null) u -= 1;
    }
  }
  return u;
}

/** Each fact's threshold: the one whose out-of-fold facts score best (the weights do not depend on it). */
export function chooseThresholds(pages: readonly ReadPage[], folds: readonly FactWeights[]): Thresholds {
  const chosen: Thresholds = { credits: 0.5, duration: 0.5, tuition: 0.5, format: 0.5 };
  const best: Thresholds = { credits: -Infinity, duration: -Infinity, tuition: -Infinity, format: -Infinity };
  for (const t of THRESHOLDS) {
    const facts = crossValidatedFacts(pages, folds, { credits: t, duration: t, tuition: t, format: t });
    for (const fact of LEARNED_FACTS) {
      const u = utility(facts, fact);
      if (u > best[fact]) {
        best[fact] = u;
        chosen[fact] = t;
      }
    }
  }
  return chosen;
}

/** The shipped fact weights: thresholds from cross-validation on the development pages, weights fitted on all of them. */
export function trainFactWeights(devPages: readonly ReadPage[]): FactWeights {
  const labelled = factPages(devPages);
  return fitFactWeights(labelled, chooseThresholds(labelled, foldWeights(labelled)));
}

export const thresholdsOf = (weights: FactWeights): Thresholds => ({
  credits: weights.credits.threshold, duration: weights.duration.threshold, tuition: weights.tuition.threshold, format: weights.format.threshold,
});
