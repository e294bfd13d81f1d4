/**
 * The classes the page model is trained on: the two card kinds, and `none` in three parts: the pages that name an MBA
 * in their headline or first lines (articles, rankings, other degrees' pages, listing sites), the others that name AI
 * in their content (AI news, courses, explainers, other jobs' postings), and all the rest.
 * `none` is a mixture: a single linear class must stand both for "an MBA article, not a program page" and for "a
 * weather page". In cross-validation the MBA-named part scored a better macro-F1 at the same false-card bar than
 * `none` whole (0.802 against 0.762) and than `none` split at random (0.768). The AI-named part, measured on three
 * fold assignments at false-card bars of 1, 2, 3 and 5 %: mean best macro-F1 0.791 against 0.777 without it (0.706
 * against 0.685 at the 1 % bar); a part for the 10 pages with an AI role in their headline scored 0.784, one for the
 * pages naming AI at least twice 0.790. The extension adds the parts up again (model.ts `kindProbabilities`): it
 * shows the same three kinds.
 */
import type { ReadPage } from './corpus';

export const TRAINING_CLASSES = ['mba-program', 'ai-career', 'none:mba-named', 'none:ai-named', 'none:other'] as const;

/** The index in TRAINING_CLASSES of a labelled page's class: its kind, or for `none`, the part it is in. */
export function trainingClassOf(page: Pick<ReadPage, 'kind' | 'features'>): number {
  if (page.kind !== 'none') return TRAINING_CLASSES.indexOf(page.kind);
  const mbaNamed = page.features.has('r:mba-in-headline') || page.features.has('r:mba-in-first-lines');
  const aiNamed = page.features.has('r:ai-mentions');
  return TRAINING_CLASSES.indexOf(mbaNamed ? 'none:mba-named' : aiNamed ? 'none:ai-named' : 'none:other');
}
