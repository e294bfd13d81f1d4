/**
 * classify: is this page about one MBA program, about an AI / data role, or neither?
 *
 * The cheap gate (gate.ts) decides whether the page is worth a look at all; the model (model.ts) then weighs the
 * page's features (page-features.ts) with weights learned from the labelled corpus. The features that pushed the
 * page most towards its kind become the reasons shown in "why am I seeing this?".
 */
import { gateSnapshot } from './gate';
import { CLASSES, judgePage, type CardKind } from './model';
import { pageFeatures } from './page-features';
import { pageZones } from './page-zones';
import { reasonSignals } from './reasons';
import { signal, type Signal } from './signals';
import type { PageSnapshot } from './snapshot';
import type { PageKind } from './types';
import { round } from './round';

export interface Classification {
  kind: PageKind;
  /** 0..1: the model's probability of `kind`. */
  confidence: number;
  /** The reasons, as codes the UI translates (with English text), shown in "why am I seeing this?". */
  signals: Signal[];
  /** The more likely of the two card kinds, for an analysis the user forces on a `none` page. */
  likeliest: CardKind;
  /** False when the cheap gate stopped the page: no card, whatever the model says. */
  gatePassed: boolean;
  /** The model's probability of each kind. */
  probabilities: Record<PageKind, number>;
}

/**
 * The page's kind. `gatePassed` is the gate's verdict on the live document where there is one (gateDocument, as
 * the browser and the CLI both run it); a snapshot made from text is judged by the same gate over its fields.
 * The model runs either way, so that an analysis the user asks for on a stopped page shows its likeliest kind.
 */
export function classifySnapshot(snapshot: PageSnapshot, gatePassed: boolean = gateSnapshot(snapshot)): Classification {
  const zones = pageZones(snapshot);
  const verdict = judgePage(pageFeatures(snapshot, zones));
  const p = (kind: PageKind) => round(verdict.probabilities[CLASSES.indexOf(kind)] ?? 0);
  const probabilities = { 'mba-program': p('mba-program'), 'ai-career': p('ai-career'), none: p('none') };
  if (!gatePassed) {
    return { kind: 'none', confidence: 1, signals: [signal('gate-nothing')], likeliest: verdict.likeliest, gatePassed, probabilities };
  }
  const signals = reasonSignals(verdict.reasons, { snapshot, zones, kind: verdict.likeliest });
  return { kind: verdict.kind, confidence: round(verdict.confidence), signals, likeliest: verdict.likeliest, gatePassed, probabilities };
}
