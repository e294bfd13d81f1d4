/**
 * What changed on a saved page since it was saved or last seen (src/schemas/fact-history.ts): one line per fact,
 * "Tuition: $62,000 → $66,500 (seen 12 Mar → today)", with the page's words then and now. The card shows it as a
 * section of its own; the popup's shortlist under a saved item's mark. Page text is rendered as text only.
 */
import type { FactChange } from '../core/fact-changes';
import type { RowValue } from '../core/types';
import type { PageChange } from '../schemas/fact-history';
import { factLabel, pageValueText } from './comparison-labels';
import { t, uiLanguage } from './i18n';

export interface FactChangeListProps {
  change: PageChange;
  /** The clock, for "today". */
  now: Date;
}

function sameDay(a: Date, b: Date): boolean {
  return a.getFullYear() === b.getFullYear() && a.getMonth() === b.getMonth() && a.getDate() === b.getDate();
}

/** "today", "12 Mar", or "12 Mar 2025" for another year, in the user's language. */
export function seenDate(iso: string, now: Date): string {
  const date = new Date(iso);
  if (sameDay(date, now)) return t('historyToday');
  const options: Intl.DateTimeFormatOptions = { day: 'numeric', month: 'short' };
  if (date.getFullYear() !== now.getFullYear()) options.year = 'numeric';
  try {
    return new Intl.DateTimeFormat(uiLanguage(), options).format(date);
  } catch {
    return iso.slice(0, 10);
  }
}

function valueText(fact: string, value: RowValue): string {
  return value === null ? t('historyNotStated') : pageValueText({ fact, page: value });
}

/** The change in words: "Tuition: $62,000 → $66,500", or a skill that is now (no longer) listed. */
export function changeText(change: FactChange): string {
  if (change.fact === 'skill' && change.before === null) return t('historySkillAdded', String(change.after));
  if (change.fact === 'skill' && change.after === null) return t('historySkillRemoved', String(change.before));
  return t('historyChangeValue', factLabel(change.fact), valueText(change.fact, change.before), valueText(change.fact, change.after));
}

function QuoteLine({ label, value, quote, side }: { label: string; value: RowValue; quote: string | null; side: 'before' | 'after' }) {
  // A value the page does not state has no words to quote.
  if (value === null) return null;
  return (
    <div class={`change-quote change-${side}`}>
      <dt>{label}</dt>
      <dd>{quote === null ? <span class="not-kept">{t('historyQuoteNotKept')}</span> : <q>{quote}</q>}</dd>
    </div>
  );
}

export function FactChangeList({ change, now }: FactChangeListProps) {
  const seen = t('historySeen', seenDate(change.before, now), seenDate(change.after, now));
  return (
    <ul class="fact-changes">
      {change.changes.map((entry, i) => (
        <li class="fact-change" data-fact={entry.fact} key={`${entry.fact}:${String(entry.before)}:${String(entry.after)}:${i}`}>
          <p class="change-line">
            <span class="change-what">{changeText(entry)}</span> <span class="change-seen">{seen}</span>
          </p>
          <dl class="change-quotes">
            <QuoteLine label={t('historyQuoteThen')} value={entry.before} quote={entry.beforeQuote} side="before" />
            <QuoteLine label={t('historyQuoteNow')} value={entry.after} quote={entry.afterQuote} side="after" />
          </dl>
        </li>
      ))}
    </ul>
  );
}

/** The heading's words: since the save, or since a later visit that had seen other facts. */
export function changeTitle(change: PageChange): string {
  return t(change.sinceSave ? 'historyTitleSinceSave' : 'historyTitleSinceSeen');
}

/** The card's section: a heading and the list. */
export function FactChangesSection({ change, now, headingId }: FactChangeListProps & { headingId: string }) {
  return (
    <section class="changes" aria-labelledby={headingId}>
      <h3 class="changes-title" id={headingId}>
        {changeTitle(change)}
      </h3>
      <FactChangeList change={change} now={now} />
    </section>
  );
}
