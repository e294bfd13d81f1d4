/**
 * The classes the page model is trained on: the two card kinds, and `none` in two parts, the pages that name an MBA
 * in their headline or first lines (articles, rankings, other degrees' pages, listing sites) and all the others.
 * `none` is a mixture: a single linear class must stand both for "an MBA article, not a program page" and for "a
 * weather page", and in cross-validation the split scored a better macro-F1 at the same false-card bar than `none`
 * whole (0.802 against 0.762) and than `none` split at random (0.768). The extension adds the parts up again
 * (model.ts `kindProbabilities`): it shows the same three kinds.
 */
import type { ReadPage } from './corpus';

export const TRAINING_CLASSES = ['mba-program', 'ai-career', 'none:mba-named', 'none:other'] as const;

/** The index in TRAINING_CLASSES of a labelled page's class: its kind, or for `none`, the part it is in. */
export function trainingClassOf(page: Pick<ReadPage, 'kind' | 'features'>): number {
  if (page.kind !== 'none') return TRAINING_CLASSES.indexOf(page.kind);
  const mbaNamed = page.features.has('r:mba-in-headline') || page.features.has('r:mba-in-first-lines');
  return TRAINING_CLASSES.indexOf(mbaNamed ? 'none:mba-named' : 'none:other');
}
