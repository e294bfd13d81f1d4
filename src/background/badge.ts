/** The toolbar badge per tab (DESIGN §2 surface 4, a contract): `MBA`, `AI`, or empty. */
import type { AnalysisResult } from '../core/types';

export type BadgeText = 'MBA' | 'AI' | '';

/** The part of `action` the badge needs, so tests pass a fake. */
export interface BadgeApi {
  setBadgeText(details: { tabId: number; text: string }): Promise<void>;
  setBadgeBackgroundColor(details: { tabId: number; color: string }): Promise<void>;
}

/** Lally's red: the badge should read as "RPI compared this page", not as an error or a count. */
const BADGE_COLOR = '#a6192e';

export function badgeTextFor(result: AnalysisResult | null): BadgeText {
  if (result === null) return '';
  if (result.kind === 'mba-program') return 'MBA';
  if (result.kind === 'ai-career') return 'AI';
  return '';
}

/** Sets the tab's badge; a tab that closed meanwhile is not an error worth reporting. */
export async function showBadge(action: BadgeApi, tabId: number, result: AnalysisResult | null): Promise<void> {
  const text = badgeTextFor(result);
  try {
    if (text !== '') await action.setBadgeBackgroundColor({ tabId, color: BADGE_COLOR });
    await action.setBadgeText({ tabId, text });
  } catch {
    // "No tab with id": the tab went away between the message and this call.
  }
}
