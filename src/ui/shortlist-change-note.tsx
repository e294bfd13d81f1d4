/**
 * The mark on a saved item in the popup's shortlist whose facts changed at the last visit of its page, opening onto
 * what changed (fact-changes.tsx), with the page's words then and now.
 */
import type { ShortlistItem } from '../schemas/shortlist-schema';
import { changedAtLastVisit, pageChangeOf } from '../storage/fact-history';
import { FactChangeList } from './fact-changes';
import { t } from './i18n';

export function ShortlistChangeNote({ item, now }: { item: ShortlistItem; now: Date }) {
  const change = changedAtLastVisit(item) ? pageChangeOf(item.kind, item.history) : null;
  if (change === null) return null;
  return (
    <details class="change-note">
      <summary>
        <span class="change-mark">{t('historyMark')}</span> {t('historyMarkSummary')}
      </summary>
      <FactChangeList change={change} now={now} />
    </details>
  );
}
