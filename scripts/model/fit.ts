/**
 * From labelled pages to the shipped model: site-grouped folds, the thresholds chosen by cross-validation, and the
 * weights as model-weights.json stores them. Used by `npm run train`, `npm run eval` and the test that checks the
 * committed weights.
 */
import { CLASSES, judgePage, shownKind, type ModelWeights, type Thresholds } from '../../src/core/model';
import type { PageKind } from '../../src/core/types';
import type { ReadPage } from './corpus';
import { DEFAULT_TRAINING, train, type Example, type TrainOptions } from './logistic';
import { round } from '../../src/core/round';
import { TRAINING_CLASSES, trainingClassOf } from './training-classes';

export { CLASSES };
export const FOLDS = 5;
/**
 * At most this share of the corpus's negatives may get a card in cross-validation when the thresholds are chosen.
 * The corpus's negatives are mostly hard ones (MBA articles, other degrees, non-AI postings); `npm run eval` prints
 * what other bars would cost.
 */
export const MAX_FALSE_CARD_RATE = 0.03;
const THRESHOLDS = Array.from({ length: 70 }, (_, i) => round(0.3 + i * 0.01));

/** A stable hash of a site's name (FNV-1a), so that fold and split assignments never depend on order. */
export function siteHash(site: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < site.length; i++) h = Math.imul(h ^ site.charCodeAt(i), 0x01000193) >>> 0;
  return h;
}

export const foldOf = (site: string): number => siteHash(site) % FOLDS;

const examplesOf = (pages: readonly ReadPage[]): Example[] =>
  pages.map((p) => ({ features: p.features, y: trainingClassOf(p), site: p.entry.site }));


/** The fitted weights as the extension ships them: centred per feature (softmax ignores a shared shift), rounded, zeros dropped. */
export function fitModel(pages: readonly ReadPage[], thresholds: Thresholds, options: TrainOptions = DEFAULT_TRAINING): ModelWeights {
  const fitted = train(examplesOf(pages), options);
  const features: Record<string, number[]> = {};
  fitted.names.forEach((name, i) => {
    const w = fitted.weights[i] ?? [];
    const mean = w.reduce((a, b) => a + b, 0) / w.length;
    const centred = w.map((x) => round(x - mean, 2));
    if (centred.some((x) => Math.abs(x) >= 0.02)) features[name] = centred.map((x) => (Object.is(x, -0) ? 0 : x));
  });
  const meanBias = fitted.bias.reduce((a, b) => a + b, 0) / fitted.bias.length;
  return { classes: [...TRAINING_CLASSES], thresholds, bias: fitted.bias.map((x) => round(x - meanBias, 3)), features };
}

export interface Prediction {
  page: ReadPage;
  probabilities: number[];
}

/**
 * Out-of-fold probabilities for every page: each fold's pages scored by a model fitted on the other folds' sites
 * (those of them that `inTraining` keeps: all by default).
 */
export function crossValidate(pages: readonly ReadPage[], options: TrainOptions = DEFAULT_TRAINING, inTraining: (page: ReadPage) => boolean = () => true): Prediction[] {
  const predictions: Prediction[] = [];
  for (let fold = 0; fold < FOLDS; fold++) {
    const training = pages.filter((p) => foldOf(p.entry.site) !== fold && inTraining(p));
    const held = pages.filter((p) => foldOf(p.entry.site) === fold);
    if (held.length === 0) continue;
    const model = fitModel(training, { 'mba-program': 0.5, 'ai-career': 0.5 }, options);
    for (const page of held) predictions.push({ page, probabilities: judgePage(page.features, model).probabilities });
  }
  return predictions;
}

/** The kind shown at these thresholds: no card where the gate stopped the page (DESIGN §3). */
export function kindAt(probabilities: readonly number[], thresholds: Thresholds, gatePassed: boolean): PageKind {
  return gatePassed ? shownKind(probabilities, thresholds) : 'none';
}

/** One threshold for both card kinds. */
export const both = (t: number): Thresholds => ({ 'mba-program': t, 'ai-career': t });

export interface Scored {
  label: PageKind;
  kind: PageKind;
  language: string;
  whole: boolean;
}

export function macroF1(pairs: ReadonlyArray<Pick<Scored, 'label' | 'kind'>>): number {
  let sum = 0;
  for (const kind of CLASSES) {
    const tp = pairs.filter((p) => p.kind === kind && p.label === kind).length;
    const fp = pairs.filter((p) => p.kind === kind && p.label !== kind).length;
    const fn = pairs.filter((p) => p.kind !== kind && p.label === kind).length;
    sum += tp === 0 ? (fp === 0 && fn === 0 ? 1 : 0) : (2 * tp) / (2 * tp + fp + fn);
  }
  return sum / CLASSES.length;
}

export const falseCards = (pairs: ReadonlyArray<Pick<Scored, 'label' | 'kind'>>) => ({
  cards: pairs.filter((p) => p.label === 'none' && p.kind !== 'none').length,
  negatives: pairs.filter((p) => p.label === 'none').length,
});

export function scoreAt(predictions: readonly Prediction[], thresholds: Thresholds): Scored[] {
  return predictions.map(({ page, probabilities }) => ({
    label: page.kind, kind: kindAt(probabilities, thresholds, page.gatePassed), language: page.entry.language, whole: page.entry.whole,
  }));
}

/** The thresholds (one per card kind) with the best cross-validated macro-F1 among those that keep false cards within the bar. */
export function chooseThresholds(predictions: readonly Prediction[]): Thresholds {
  const last = THRESHOLDS[THRESHOLDS.length - 1] ?? 0.99;
  let best = both(last);
  let bestF1 = -1;
  for (const mba of THRESHOLDS) {
    for (const career of THRESHOLDS) {
      const thresholds = { 'mba-program': mba, 'ai-career': career };
      const scored = scoreAt(predictions, thresholds);
      const { cards, negatives } = falseCards(scored);
      if (negatives > 0 && cards / negatives > MAX_FALSE_CARD_RATE) continue;
      const f1 = macroF1(scored);
      if (f1 > bestF1 + 1e-9) {
        bestF1 = f1;
        best = thresholds;
      }
    }
  }
  return best;
}

/** What `npm run train` writes: the thresholds chosen by cross-validation on the pages, the weights fitted on them all. */
export function trainShippedModel(pages: readonly ReadPage[], options: TrainOptions = DEFAULT_TRAINING): { model: ModelWeights; predictions: Prediction[] } {
  const predictions = crossValidate(pages, options);
  return { model: fitModel(pages, chooseThresholds(predictions), options), predictions };
}
