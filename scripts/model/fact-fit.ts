/**
 * The fact ranker's training (src/core/fact-ranker.ts): every candidate phrase of a labelled MBA page is an example,
 * positive when its value is the page's labelled value (for a length: its shortest or longest). One logistic model
 * per fact; each fact's threshold is chosen on out-of-fold predictions of site-grouped cross-validation over the
 * development part, trading a right value against an invented one at INVENTION_COST, with inventions kept within
 * MAX_INVENTION_RATE. Deterministic.
 */
import { extractFacts, programFactCandidates, programFormatValues } from '../../src/core/extract';
import type { FactCandidate, RankedFact } from '../../src/core/fact-candidates';
import type { FactModel, FactWeights } from '../../src/core/fact-ranker';
import { round } from '../../src/core/round';
import type { PageFacts } from '../../src/core/types';
import type { ReadPage } from './corpus';
import { foldOf, FOLDS } from './fit';
import { PROGRAM_FACTS } from './fact-score';
import { train, type Example, type TrainOptions } from './logistic';

export const RANKED_FACTS: readonly RankedFact[] = ['credits', 'duration', 'tuition'];
/** The facts the learned part reads, each with its own threshold. */
export type LearnedFact = RankedFact | 'format';
export const LEARNED_FACTS: readonly LearnedFact[] = [...RANKED_FACTS, 'format'];
export type Thresholds = Record<LearnedFact, number>;
/** An invented value costs this many right ones: a wrong row with a quote is worse than an empty row. */
export const INVENTION_COST = 2;
const FACT_TRAINING: TrainOptions = { classes: 2, l2: 0.01, iterations: 300, learningRate: 0.05, minSites: 3, maxFeatures: 100 };
/**
 * A format is judged once per page and format (format-cues.ts `formatValues`): ten times fewer examples than phrases,
 * so a stronger penalty. Facts right at invention caps of 28 and 32 in cross-validation: 1,560 / 1,576 with the
 * phrase model, 1,567 / 1,579 at 0.03, 1,575 / 1,587 at 0.1, 1,577 / 1,580 at 0.2.
 */
const FORMAT_TRAINING: TrainOptions = { ...FACT_TRAINING, l2: 0.1 };
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
function examplesOf(pages: readonly ReadPage[], fact: LearnedFact): Example[] {
  const examples: Example[] = [];
  for (const page of pages) {
    const truth = page.entry.facts ?? {};
    if (fact === 'format') {
      // A page's format is positive when it is the page's labelled format.
      for (const candidate of programFormatValues(page.snapshot)) {
        examples.push({ features: candidate.features, y: candidate.value === truth.format ? 1 : 0, site: page.entry.site });
      }
      continue;
    }
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

function fitFact(pages: readonly ReadPage[], fact: LearnedFact, threshold: number): FactModel {
  const fitted = train(examplesOf(pages, fact), fact === 'format' ? FORMAT_TRAINING : FACT_TRAINING);
  const weights: Record<string, number> = {};
  fitted.names.forEach((name, i) => {
    const w = fitted.weights[i] ?? [0, 0];
    const value = round((w[1] ?? 0) - (w[0] ?? 0), 2);
    if (Math.abs(value) >= 0.02) weights[name] = value;
  });
  return { bias: round((fitted.bias[1] ?? 0) - (fitted.bias[0] ?? 0), 3), threshold, weights };
}

export function fitFactWeights(pages: readonly ReadPage[], thresholds: Thresholds): FactWeights {
  const labelled = factPages(pages);
  return {
    credits: fitFact(labelled, 'credits', thresholds.credits),
    duration: fitFact(labelled, 'duration', thresholds.duration),
    tuition: fitFact(labelled, 'tuition', thresholds.tuition),
    format: fitFact(labelled, 'format', thresholds.format),
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

/**
 * At most this share of the values that the pages do not state may be invented, counted over all nine facts in
 * cross-validation (the goal of "facts that are right or absent"): the thresholds are the best trade within it.
 */
export const MAX_INVENTION_RATE = 0.01;

interface Tally {
  /** Right values minus wrong ones minus INVENTION_COST × invented ones. */
  utility: number;
  invented: number;
}

function tally(facts: Map<ReadPage, PageFacts>, fields: ReadonlyArray<keyof PageFacts>): Tally {
  let utility = 0;
  let invented = 0;
  for (const [page, got] of facts) {
    for (const field of fields) {
      const want = page.entry.facts?.[field] ?? null;
      const value = got[field];
      if (want === null) {
        if (value !== null) {
          invented++;
          utility -= INVENTION_COST;
        }
      } else if (value === want) utility += 1;
      else if (value !== null) utility -= 1;
    }
  }
  return { utility, invented };
}

/**
 * Each fact's threshold (the weights do not depend on it): of all the combinations whose out-of-fold inventions,
 * the rule-read facts' included, stay within MAX_INVENTION_RATE of the unstated values, the one that scores best.
 * Each fact's values depend on its own threshold alone, so each (fact, threshold) is tallied once.
 */
export function chooseThresholds(pages: readonly ReadPage[], folds: readonly FactWeights[]): Thresholds {
  const tallies = new Map<LearnedFact, Tally[]>(LEARNED_FACTS.map((fact) => [fact, []]));
  let ruleInventions = 0;
  let unstated = 0;
  for (const t of THRESHOLDS) {
    const facts = crossValidatedFacts(pages, folds, { credits: t, duration: t, tuition: t, format: t });
    for (const fact of LEARNED_FACTS) tallies.get(fact)!.push(tally(facts, FIELDS[fact]));
    if (t === THRESHOLDS[0]) {
      const ruleFields = PROGRAM_FACTS.filter((f) => !LEARNED_FACTS.some((fact) => FIELDS[fact].includes(f)));
      ruleInventions = tally(facts, ruleFields).invented;
      for (const [page] of facts) unstated += PROGRAM_FACTS.filter((f) => (page.entry.facts?.[f] ?? null) === null).length;
    }
  }
  const allowed = MAX_INVENTION_RATE * unstated - ruleInventions;
  const best: { utility: number; picks: number[] | null } = { utility: -Infinity, picks: null };
  const pick = (i: number, picks: number[], utility: number, invented: number): void => {
    if (invented > allowed) return;
    if (i === LEARNED_FACTS.length) {
      if (utility > best.utility) Object.assign(best, { utility, picks });
      return;
    }
    tallies.get(LEARNED_FACTS[i]!)!.forEach((t, k) => pick(i + 1, [...picks, k], utility + t.utility, invented + t.invented));
  };
  pick(0, [], 0, 0);
  const last = THRESHOLDS.length - 1;
  const picks = best.picks ?? LEARNED_FACTS.map(() => last);
  return Object.fromEntries(LEARNED_FACTS.map((fact, i) => [fact, THRESHOLDS[picks[i]!]!])) as Thresholds;
}

/** The shipped fact weights: thresholds from cross-validation on the development pages, weights fitted on all of them. */
export function trainFactWeights(devPages: readonly ReadPage[]): FactWeights {
  const labelled = factPages(devPages);
  return fitFactWeights(labelled, chooseThresholds(labelled, foldWeights(labelled)));
}

export const thresholdsOf = (weights: FactWeights): Thresholds => ({
  credits: weights.credits.threshold, duration: weights.duration.threshold, tuition: weights.tuition.threshold, format: weights.format.threshold,
});
