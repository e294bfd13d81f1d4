/** What the card shows: the analysis as the content script hands it over, free of DOM ranges and snapshots. */
import type { Signal } from '../core/signals';
import type { ComparisonRow, Evidence, PageFacts, PageKind } from '../core/types';
import { t } from './i18n';

export interface CardModel {
  /** The kind the card compares as (on a forced run below the threshold, the likeliest kind). */
  kind: PageKind;
  belowThreshold: boolean;
  confidence: number;
  signals: readonly Signal[];
  facts: PageFacts;
  comparison: readonly ComparisonRow[];
  evidence: readonly Evidence[];
}

export type SaveState = 'idle' | 'saving' | 'saved' | 'failed';

/** The compact card's one line: how much of the page could be compared. */
export function cardSummary(model: CardModel): string {
  if (model.kind === 'mba-program') {
    const stated = model.comparison.filter((row) => row.page !== null).length;
    return t('cardPillMba', stated, model.comparison.length);
  }
  if (model.kind === 'ai-career') {
    const skills = model.comparison.filter((row) => row.fact === 'skill');
    if (skills.length === 0) return model.comparison.length > 0 ? t('cardPillCareerRole') : t('cardPillNothing');
    const covered = skills.filter((row) => row.verdict === 'covered' || row.verdict === 'partly').length;
    return t('cardPillCareer', covered, skills.length);
  }
  return t('cardPillNothing');
}

export function kindLabel(kind: PageKind): string {
  if (kind === 'mba-program') return t('cardKindMba');
  if (kind === 'ai-career') return t('cardKindCareer');
  return t('cardKindNone');
}

export function cardHeading(kind: PageKind): string {
  if (kind === 'mba-program') return t('cardHeadingMba');
  if (kind === 'ai-career') return t('cardHeadingCareer');
  return t('cardHeadingNone');
}
