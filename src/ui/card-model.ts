/** What the card shows: the analysis as the content script hands it over, free of DOM ranges and snapshots. */
import type { PageAnalysis } from '../core/analyze';
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

/** How much of the page could be compared: what the pill says and what a screen reader hears. */
type CardCount =
  | { what: 'facts'; stated: number; total: number }
  | { what: 'skills'; covered: number; total: number }
  | { what: 'role' }
  | { what: 'nothing' };

function cardCount(model: CardModel): CardCount {
  if (model.kind === 'mba-program') {
    return { what: 'facts', stated: model.comparison.filter((row) => row.page !== null).length, total: model.comparison.length };
  }
  if (model.kind === 'ai-career') {
    const skills = model.comparison.filter((row) => row.fact === 'skill');
    if (skills.length === 0) return model.comparison.length > 0 ? { what: 'role' } : { what: 'nothing' };
    const covered = skills.filter((row) => row.verdict === 'covered' || row.verdict === 'partly').length;
    return { what: 'skills', covered, total: skills.length };
  }
  return { what: 'nothing' };
}

/** The compact card's one line: how much of the page could be compared. */
export function cardSummary(model: CardModel): string {
  const count = cardCount(model);
  if (count.what === 'facts') return t('cardPillMba', count.stated, count.total);
  if (count.what === 'skills') return t('cardPillCareer', count.covered, count.total);
  return count.what === 'role' ? t('cardPillCareerRole') : t('cardPillNothing');
}

/** What a screen reader announces once when the card appears: what was compared, and where the card is. */
export function cardAnnouncement(model: CardModel): string {
  const count = cardCount(model);
  if (count.what === 'facts') return t('cardAnnounceMba', count.stated, count.total);
  if (count.what === 'skills') return t('cardAnnounceCareer', count.covered, count.total);
  return count.what === 'role' ? t('cardAnnounceCareerRole') : t('cardAnnounceNothing');
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

/** What the card shows of an analysis. */
export function cardModelOf(analysis: PageAnalysis): CardModel {
  return {
    kind: analysis.shown.kind,
    belowThreshold: analysis.belowThreshold,
    confidence: analysis.result.confidence,
    signals: analysis.result.signals,
    facts: analysis.shown.facts,
    comparison: analysis.shown.comparison,
    evidence: analysis.shown.evidence,
  };
}
