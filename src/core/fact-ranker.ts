/**
 * Which candidate phrases (fact-candidates.ts, format-cues.ts) state this program's credits, length, tuition or
 * delivery format: a logistic model per fact, its weights learned from the labelled corpus by `npm run train`
 * (fact-weights.json), and the rule that turns scores into a value — or into none. A value is given only when its
 * best phrase clears the fact's threshold and no phrase for another value comes close: two competing readings give
 * null, never a guess.
 */
import { RESTATED_LENGTH_CUE, type FactCandidate, type RankedFact } from './fact-candidates';
import { valueFeatures, type FormatCandidate, type FormatValue } from './format-cues';
import shipped from './fact-weights.json';

export interface FactModel {
  bias: number;
  /** A phrase counts as stating the fact at this probability or above (chosen by cross-validation). */
  threshold: number;
  weights: Record<string, number>;
}

export type FactWeights = Record<RankedFact | 'format', FactModel>;

/** A competing value this close to the best one (in probability) leaves the fact undecided. */
export const AMBIGUITY_MARGIN = 0.3;

export interface Scored<C extends { value: unknown } = FactCandidate> {
  candidate: C;
  probability: number;
}

export function scoreCandidate(model: FactModel, candidate: { features: ReadonlyMap<string, number> }): number {
  let z = model.bias;
  for (const [name, value] of candidate.features) z += (model.weights[name] ?? 0) * value;
  return 1 / (1 + Math.exp(-z));
}

export function scoreAll(weights: FactWeights, candidates: readonly FactCandidate[], fact: RankedFact): Scored[] {
  const model = weights[fact];
  return candidates.filter((c) => c.fact === fact).map((candidate) => ({ candidate, probability: scoreCandidate(model, candidate) }));
}

/**
 * Each format the page names, with its probability of being this program's delivery format (judged on all its phrases
 * together) and, for the evidence, its phrase that says it best (judged alone by the same weights).
 */
export function scoreFormat(weights: FactWeights, values: readonly FormatValue[]): Array<Scored<FormatCandidate>> {
  return values.map(({ value, features, phrases }) => {
    let match: FormatCandidate['match'] = null;
    let best = -1;
    for (const phrase of phrases) {
      if (phrase.match === null) continue;
      const p = scoreCandidate(weights.format, { features: valueFeatures([phrase]) });
      if (p > best) [best, match] = [p, phrase.match];
    }
    return { candidate: { value, match, features }, probability: scoreCandidate(weights.format, { features }) };
  });
}

/**
 * The value of a single-valued fact (credits, tuition, format): the best phrase, or null when none is sure or two
 * values compete.
 */
export function decideSingle<C extends { value: unknown }>(scored: ReadonlyArray<Scored<C>>, threshold: number): Scored<C> | null {
  const sure = scored.filter((s) => s.probability >= threshold);
  if (sure.length === 0) return null;
  const best = sure.reduce((x, y) => (y.probability > x.probability ? y : x));
  const rival = scored.find((s) => s.candidate.value !== best.candidate.value && best.probability - s.probability < AMBIGUITY_MARGIN);
  return rival ? null : best;
}

/** Lengths this close to the best one (in probability) widen the range: the page's other tracks or time limits. */
export const RANGE_MARGIN = 0.2;

/** A time limit or a track's length beside a kept length widens the range at this much less than the threshold. */
export const LIMIT_SLACK = 0.3;
const WIDENING_CUES = ['r:max-limit', 'r:min-limit', 'r:track'];
// A length in semesters or terms on a page that gives one in years or months restates it, and a semester's months
// vary: it does not widen the range (LABELLING.md).
const widens = (candidate: FactCandidate) => WIDENING_CUES.some((cue) => candidate.features.has(cue)) && !candidate.features.has(RESTATED_LENGTH_CUE);

/**
 * The shortest and longest of the lengths the page states for the program, each with its phrase: the surest phrase
 * (with the other end of its range, "2 to 5 years"), widened by other sure phrases nearly as sure as it and by the
 * time limits and other tracks' lengths stated beside them.
 */
export function decideRange(scored: readonly Scored[], threshold: number): { min: Scored; max: Scored } | null {
  const sure = scored.filter((s) => s.probability >= threshold);
  if (sure.length === 0) return null;
  const best = sure.reduce((x, y) => (y.probability > x.probability ? y : x));
  const close = sure.filter((s) => best.probability - s.probability < RANGE_MARGIN);
  // A kept phrase's range is read whole ("two to six years"), its other end however sure.
  const phrases = new Set(close.map((s) => s.candidate.match));
  // A time limit or another track's length stated beside a kept length ("minimum 2 years, maximum 6 years", "18 months
  // full-time or 36 months part-time") widens the range though less sure.
  const blocks = new Set(close.map((s) => s.candidate.match.block));
  const limits = scored.filter((s) => blocks.has(s.candidate.match.block) && s.probability >= threshold - LIMIT_SLACK && widens(s.candidate));
  const kept = [...close, ...limits, ...scored.filter((s) => phrases.has(s.candidate.match))];
  const min = kept.reduce((x, y) => (y.candidate.value < x.candidate.value ? y : x));
  const max = kept.reduce((x, y) => (y.candidate.value > x.candidate.value ? y : x));
  return { min, max };
}

export const FACT_WEIGHTS: FactWeights = shipped as FactWeights;
