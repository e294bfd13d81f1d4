/**
 * The comparison of one page with RPI's program: a row per fact (MBA pages) or the role and each skill (career
 * pages), each with the page's value, RPI's value and its source, the verdict and the page's own words.
 * Standalone: the in-page card and the popup both render it; only the card passes `onQuoteActivate` (the popup
 * has no page to scroll). Page text is rendered as text only.
 */
import type { ComparisonRow, Evidence, PageFacts, PageKind } from '../core/types';
import type { FactSource } from '../data/program-schema';
import { factLabel, pageValueText, verdictLabel, verdictTone } from './comparison-labels';
import { evidenceForRow, rpiReferenceFor, safeHttpUrl } from './comparison-reference';
import { t } from './i18n';

export interface ComparisonTableProps {
  kind: PageKind;
  comparison: readonly ComparisonRow[];
  facts: PageFacts;
  evidence: readonly Evidence[];
  /** Called with the evidence and its index in `evidence` when the user activates a quote. */
  onQuoteActivate?: ((evidence: Evidence, index: number) => void) | undefined;
  /** Per evidence index, whether the quote can still be found on the page; a quote that cannot is plain text. */
  quoteLocatable?: ((index: number) => boolean) | undefined;
}

/** Quotes are whole sentences; past this many characters the rest is elided (the full text stays in `title`). */
const QUOTE_DISPLAY_CHARS = 220;

export function ComparisonTable(props: ComparisonTableProps) {
  if (props.comparison.length === 0) return null;
  return (
    <ul class="comparison" aria-label={t('cardRowsLabel')} data-kind={props.kind}>
      {props.comparison.map((row, i) => (
        <ComparisonRowItem key={`${row.fact}:${String(row.page)}:${i}`} row={row} {...props} />
      ))}
    </ul>
  );
}

function ComparisonRowItem(props: ComparisonTableProps & { row: ComparisonRow }) {
  const { row } = props;
  const rpi = rpiReferenceFor(row);
  const quotes = evidenceForRow(row, props.evidence);
  const tone = verdictTone(row.verdict);
  const fact = row.fact === 'skill' && typeof row.page === 'string' ? `${factLabel('skill')}: ${row.page}` : factLabel(row.fact);
  return (
    <li class={`row tone-${tone}`} data-fact={row.fact} data-verdict={row.verdict}>
      <div class="row-head">
        <span class="fact">{fact}</span>
        <span class={`verdict tone-${tone}`}>{verdictLabel(row.verdict)}</span>
      </div>
      <dl class="values">
        <div class="value page-value">
          <dt>{t('cardColumnPage')}</dt>
          <dd>
            <span class={row.page === null ? 'not-stated' : undefined}>{pageValueText(row)}</span>
            {quotes.map(({ item, index }) => (
              <Quote key={index} item={item} index={index} onQuoteActivate={props.onQuoteActivate} quoteLocatable={props.quoteLocatable} />
            ))}
          </dd>
        </div>
        <div class="value rpi-value">
          <dt>{t('cardColumnRpi')}</dt>
          <dd>
            <span>{rpi.display}</span>
            {rpi.sources.map((source, i) => (
              <SourceLine key={i} source={source} />
            ))}
          </dd>
        </div>
      </dl>
    </li>
  );
}

interface QuoteProps extends Pick<ComparisonTableProps, 'onQuoteActivate' | 'quoteLocatable'> {
  item: Evidence;
  index: number;
}

function Quote({ item: evidence, index, onQuoteActivate, quoteLocatable }: QuoteProps) {
  const text = evidence.quote.length > QUOTE_DISPLAY_CHARS ? `${evidence.quote.slice(0, QUOTE_DISPLAY_CHARS - 1)}…` : evidence.quote;
  const locatable = onQuoteActivate !== undefined && (quoteLocatable?.(index) ?? true);
  if (!locatable) {
    return (
      <q class="quote" title={evidence.quote}>
        {text}
      </q>
    );
  }
  return (
    <button type="button" class="quote" title={t('cardQuoteButton')} data-evidence={index} onClick={() => onQuoteActivate(evidence, index)}>
      <q>{text}</q>
    </button>
  );
}

function SourceLine({ source }: { source: FactSource }) {
  const href = safeHttpUrl(source.url);
  const host = href === null ? source.url : new URL(href).hostname;
  const verified = source.verifiedOn === null ? t('cardNotYetVerified') : t('cardVerifiedOn', source.verifiedOn);
  return (
    <span class="source">
      {href === null ? (
        <span>{t('cardSourceLink', host)}</span>
      ) : (
        <a href={href} target="_blank" rel="noopener noreferrer" title={source.quote}>
          {t('cardSourceLink', host)}
        </a>
      )}
      <span class="verified"> · {verified}</span>
    </span>
  );
}
