/**
 * "This page" in the popup: the comparison the card shows for the current tab, with a button to save it to the
 * shortlist; or, where the page has nothing to compare, a clear empty state with a button to analyse it anyway.
 */
import type { AnalysisResult } from '../core/types';
import { RPI_PROGRAM } from '../data/rpi-program';
import { ComparisonTable } from '../ui/comparison-table';
import { t } from '../ui/i18n';
import { signalText } from '../ui/signal-text';
import { hasComparison } from './tab-result';

/** Where an "analyse anyway" request stands. */
export type AnalyzeState = 'idle' | 'working' | 'shown' | 'unreachable';

export interface CurrentPagePanelProps {
  /** undefined while loading; null when there is no result for this tab. */
  result: AnalysisResult | null | undefined;
  /** The tab can be analysed at all (an http(s) page, or one whose address the browser does not reveal). */
  canAnalyze: boolean;
  analyzeState: AnalyzeState;
  onAnalyze(): void;
  /** Whether the page is on the shortlist (null: unknown yet). */
  saved: boolean | null;
  busy: boolean;
  onSave(): void;
  onShowShortlist(): void;
}

export function CurrentPagePanel(props: CurrentPagePanelProps) {
  const { result } = props;
  if (result === undefined) return <p class="muted">{t('popupLoading')}</p>;
  if (!hasComparison(result)) return <NothingToCompare {...props} />;
  const isProgram = result.kind === 'mba-program';
  return (
    <div class="current-page">
      <div class="page-head">
        <span class={`kind-chip kind-${result.kind}`}>{t(isProgram ? 'shortlistKindProgram' : 'shortlistKindRole')}</span>
        <h2 class="page-heading">{t(isProgram ? 'popupHeadingProgram' : 'popupHeadingRole')}</h2>
      </div>
      <ComparisonTable kind={result.kind} comparison={result.comparison} facts={result.facts} evidence={result.evidence} />
      <div class="actions">
        {props.saved === true ? (
          <p class="saved-note">
            <span aria-hidden="true">✓ </span>
            {t('popupSaved')}{' '}
            <button type="button" class="link-button" onClick={props.onShowShortlist}>
              {t('popupShowShortlist')}
            </button>
          </p>
        ) : (
          <button type="button" class="button button-primary" disabled={props.busy || props.saved === null} onClick={props.onSave}>
            {t(isProgram ? 'popupSaveProgram' : 'popupSaveRole')}
          </button>
        )}
      </div>
      {result.signals.length > 0 && (
        <details class="why">
          <summary>{t('popupWhy')}</summary>
          <ul class="plain-list">
            {result.signals.map((signal, i) => (
              <li key={i}>{signalText(signal)}</li>
            ))}
          </ul>
        </details>
      )}
    </div>
  );
}

function NothingToCompare({ canAnalyze, analyzeState, onAnalyze }: CurrentPagePanelProps) {
  const { credits, stem, opt } = RPI_PROGRAM.facts;
  return (
    <div class="empty-state">
      <p class="empty-title">{t('popupNothingTitle')}</p>
      <p class="muted">{t('popupNothingBody')}</p>
      {canAnalyze ? (
        <button type="button" class="button button-primary" disabled={analyzeState === 'working'} onClick={onAnalyze}>
          {t('popupAnalyzeAnyway')}
        </button>
      ) : (
        <p class="muted">{t('popupCannotRunHere')}</p>
      )}
      <p class="status-line" role="status">
        {analyzeState === 'shown' ? t('popupAnalyzeShown') : analyzeState === 'unreachable' ? t('popupCannotRunHere') : ''}
      </p>
      <div class="glance" aria-label={t('popupGlanceLabel')} role="group">
        <p class="glance-title">{t('popupGlanceLabel')}</p>
        <ul class="glance-list">
          <li>{credits.display}</li>
          <li>{stem.display}</li>
          <li>{opt.display}</li>
        </ul>
      </div>
    </div>
  );
}
