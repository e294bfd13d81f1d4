/**
 * Multinomial logistic regression, trained by full-batch gradient descent (Adam) with an L2 penalty: small, and
 * deterministic (same data, same order, same weights), so `npm run train` gives the committed weights back.
 */
import type { Features } from '../../src/core/page-features';
import { TRAINING_CLASSES } from './training-classes';

export interface Example {
  features: Features;
  /** Index of the true class. */
  y: number;
  /** Site, for the vocabulary rule and grouped folds. */
  site: string;
}

export interface TrainOptions {
  classes: number;
  /** L2 penalty on the feature weights (not the biases). */
  l2: number;
  iterations: number;
  learningRate: number;
  /** A word feature is kept only when pages of this many different sites have it: no feature learnt from one site. */
  minSites: number;
  /**
   * At most this many features are shipped: a first fit ranks them by how far apart their class weights are, and
   * the model is fitted again on the strongest (the extension carries the weights to every detected page).
   */
  maxFeatures: number;
}

/**
 * 600 features: on the 2,732 development pages, the mean best macro-F1 over three fold assignments and false-card bars
 * of 1, 2, 3 and 5 % is 0.794 / 0.796 / 0.801 / 0.802 with 400 / 500 / 600 / 650 features (600 with an L2 penalty of
 * 0.001 or 0.003: 0.801 both). 600 features take the shipped weights to 9.2 KB gzip with the fact ranker's (bar 10 KB);
 * 650 would take them to about 10.
 */
export const DEFAULT_TRAINING: TrainOptions = { classes: TRAINING_CLASSES.length, l2: 0.002, iterations: 400, learningRate: 0.05, minSites: 3, maxFeatures: 600 };

export interface Fitted {
  names: string[];
  bias: number[];
  /** weights[feature][class] */
  weights: number[][];
}

/** Features seen on pages of at least `minSites` sites (the `r:` cues are always kept), sorted by name. */
export function vocabulary(examples: readonly Example[], minSites: number): string[] {
  const sites = new Map<string, Set<string>>();
  for (const e of examples) {
    for (const name of e.features.keys()) {
      let set = sites.get(name);
      if (!set) sites.set(name, (set = new Set()));
      if (set.size < minSites) set.add(e.site);
    }
  }
  return [...sites].filter(([name, set]) => name.startsWith('r:') || set.size >= minSites).map(([name]) => name).sort();
}

export function train(examples: readonly Example[], options: TrainOptions = DEFAULT_TRAINING): Fitted {
  const first = fit(examples, vocabulary(examples, options.minSites), options);
  if (first.names.length <= options.maxFeatures) return first;
  const spread = (w: number[]) => Math.max(...w) - Math.min(...w);
  const ranked = first.names.map((name, i) => ({ name, s: spread(first.weights[i] ?? []) }))
    .sort((a, b) => b.s - a.s || (a.name < b.name ? -1 : 1));
  return fit(examples, ranked.slice(0, options.maxFeatures).map((r) => r.name).sort(), options);
}

function fit(examples: readonly Example[], names: string[], options: TrainOptions): Fitted {
  const index = new Map(names.map((n, i) => [n, i]));
  const K = options.classes;
  const rows = examples.map((e) => {
    const idx: number[] = [];
    const val: number[] = [];
    for (const [name, value] of [...e.features].sort((a, b) => (a[0] < b[0] ? -1 : 1))) {
      const i = index.get(name);
      if (i !== undefined && value !== 0) {
        idx.push(i);
        val.push(value);
      }
    }
    return { idx, val, y: e.y };
  });
  // Each class weighs the same in the loss, however many pages it has.
  const perClass = new Array<number>(K).fill(0);
  for (const r of rows) perClass[r.y] = (perClass[r.y] ?? 0) + 1;
  const sampleWeight = perClass.map((n) => (n === 0 ? 0 : rows.length / (K * n)));

  const P = names.length;
  const W = new Float64Array(P * K);
  const b = new Float64Array(K);
  const mW = new Float64Array(P * K), vW = new Float64Array(P * K);
  const mb = new Float64Array(K), vb = new Float64Array(K);
  const gW = new Float64Array(P * K), gb = new Float64Array(K);
  const scores = new Float64Array(K);
  const beta1 = 0.9, beta2 = 0.999, eps = 1e-8;
  for (let t = 1; t <= options.iterations; t++) {
    gW.fill(0);
    gb.fill(0);
    for (const r of rows) {
      for (let k = 0; k < K; k++) scores[k] = b[k]!;
      for (let j = 0; j < r.idx.length; j++) {
        const base = r.idx[j]! * K;
        for (let k = 0; k < K; k++) scores[k] = scores[k]! + W[base + k]! * r.val[j]!;
      }
      let max = -Infinity;
      for (let k = 0; k < K; k++) max = Math.max(max, scores[k]!);
      let sum = 0;
      for (let k = 0; k < K; k++) sum += (scores[k] = Math.exp(scores[k]! - max));
      const w = sampleWeight[r.y]! / rows.length;
      for (let k = 0; k < K; k++) {
        const d = w * (scores[k]! / sum - (k === r.y ? 1 : 0));
        gb[k] = gb[k]! + d;
        for (let j = 0; j < r.idx.length; j++) {
          const at = r.idx[j]! * K + k;
          gW[at] = gW[at]! + d * r.val[j]!;
        }
      }
    }
    const lr = options.learningRate * Math.sqrt(1 - beta2 ** t) / (1 - beta1 ** t);
    for (let i = 0; i < W.length; i++) {
      const g = gW[i]! + options.l2 * W[i]!;
      mW[i] = beta1 * mW[i]! + (1 - beta1) * g;
      vW[i] = beta2 * vW[i]! + (1 - beta2) * g * g;
      W[i] = W[i]! - lr * mW[i]! / (Math.sqrt(vW[i]!) + eps);
    }
    for (let k = 0; k < K; k++) {
      const g = gb[k]!;
      mb[k] = beta1 * mb[k]! + (1 - beta1) * g;
      vb[k] = beta2 * vb[k]! + (1 - beta2) * g * g;
      b[k] = b[k]! - lr * mb[k]! / (Math.sqrt(vb[k]!) + eps);
    }
  }
  const weights = names.map((_, i) => Array.from(W.subarray(i * K, i * K + K)));
  return { names, bias: Array.from(b), weights };
}
