/**
 * The page-kind model: multinomial logistic regression over the features of page-features.ts. Its weights are
 * learned from the labelled corpus by `npm run train` (scripts/model/) and stored in model-weights.json; nothing
 * here is tuned by hand. The model is trained on `none` in parts (`none:…` classes, scripts/model/training-classes.ts):
 * a page kind's probability is the sum of its parts'. A page gets a card only when the likelier card kind beats
 * `none` and its probability reaches that kind's stored threshold, itself chosen by cross-validation.
 */
import stored from './model-weights.json';
import type { Features } from './page-features';
import type { PageKind } from './types';

export type CardKind = Exclude<PageKind, 'none'>;

/** The page kinds, in the order of every probability vector. */
export const CLASSES: readonly PageKind[] = ['mba-program', 'ai-career', 'none'];

export type Thresholds = Record<CardKind, number>;

export interface ModelWeights {
  /** The classes the model was trained on, in the order of every weight vector: a page kind, or a part of one (`none:…`). */
  classes: string[];
  /** Least probability of each card kind for a card. */
  thresholds: Thresholds;
  bias: number[];
  /** Feature name → one weight per class. */
  features: Record<string, number[]>;
}

export const MODEL: ModelWeights = stored as ModelWeights;

export interface Contribution {
  feature: string;
  value: number;
  /** How much the feature moved the page towards the kind, against the other kinds. */
  push: number;
}

export interface ModelVerdict {
  kind: PageKind;
  /** Probability of each page kind, in CLASSES order. */
  probabilities: number[];
  /** The probability of `kind`. */
  confidence: number;
  /** The likelier of the two card kinds, for an analysis the user asks for on a page without a card. */
  likeliest: CardKind;
  /** The features that pushed the page most towards `likeliest`, strongest first. */
  reasons: Contribution[];
}

export function softmax(scores: readonly number[]): number[] {
  const max = Math.max(...scores);
  const exps = scores.map((s) => Math.exp(s - max));
  const sum = exps.reduce((a, b) => a + b, 0);
  return exps.map((e) => e / sum);
}

/** The page kind a trained class is (or is a part of). */
export const kindOfClass = (name: string): PageKind => CLASSES.find((kind) => name === kind || name.startsWith(`${kind}:`)) ?? 'none';

/** Each page kind's probability (CLASSES order) from the trained classes' (`model.classes` order). */
export function kindProbabilities(classProbabilities: readonly number[], model: ModelWeights = MODEL): number[] {
  const byKind = CLASSES.map(() => 0);
  model.classes.forEach((name, i) => {
    const k = CLASSES.indexOf(kindOfClass(name));
    byKind[k] = (byKind[k] ?? 0) + (classProbabilities[i] ?? 0);
  });
  return byKind;
}

/** The class scores (log-odds up to a constant) of a feature vector, in `model.classes` order. */
export function classScores(features: Features, model: ModelWeights = MODEL): number[] {
  const scores = [...model.bias];
  for (const [name, value] of features) {
    const weights = Object.hasOwn(model.features, name) ? model.features[name] : undefined;
    if (weights === undefined) continue;
    for (let k = 0; k < scores.length; k++) scores[k] = (scores[k] ?? 0) + (weights[k] ?? 0) * value;
  }
  return scores;
}

const REASONS = 12;

/** The likelier card kind, from probabilities in CLASSES order. */
export function likeliestCardKind(probabilities: readonly number[]): CardKind {
  return (probabilities[0] ?? 0) >= (probabilities[1] ?? 0) ? 'mba-program' : 'ai-career';
}

/** The kind a page is shown as: the likelier card kind where it beats `none` and reaches its threshold, else `none`. */
export function shownKind(probabilities: readonly number[], thresholds: Thresholds): PageKind {
  const kind = likeliestCardKind(probabilities);
  const p = probabilities[CLASSES.indexOf(kind)] ?? 0;
  return p >= (probabilities[2] ?? 0) && p >= thresholds[kind] ? kind : 'none';
}

export function judgePage(features: Features, model: ModelWeights = MODEL): ModelVerdict {
  const probabilities = kindProbabilities(softmax(classScores(features, model)), model);
  const likeliest = likeliestCardKind(probabilities);
  const kind = shownKind(probabilities, model.thresholds);
  // A reason pushes the page towards its likeliest card kind (one trained class) against each other kind. A kind
  // trained in parts weighs a feature as the mean of its parts (each part weighs the same in training): the part of
  // `none` made of pages that name an MBA up top must not hide that naming an MBA up top is a reason for an MBA card.
  const k = model.classes.indexOf(likeliest);
  const rivals = CLASSES.filter((other) => other !== likeliest).map((other) => model.classes.flatMap((name, i) => (kindOfClass(name) === other ? [i] : [])));
  const reasons: Contribution[] = [];
  for (const [feature, value] of features) {
    const weights = Object.hasOwn(model.features, feature) ? model.features[feature] : undefined;
    if (weights === undefined) continue;
    const rival = Math.max(...rivals.map((parts) => parts.reduce((sum, i) => sum + (weights[i] ?? 0), 0) / Math.max(1, parts.length)));
    const push = value * ((weights[k] ?? 0) - rival);
    if (push > 0) reasons.push({ feature, value, push });
  }
  reasons.sort((a, b) => b.push - a.push || (a.feature < b.feature ? -1 : 1));
  return { kind, probabilities, confidence: probabilities[CLASSES.indexOf(kind)] ?? 0, likeliest, reasons: reasons.slice(0, REASONS) };
}
