/**
 * The in-page card (DESIGN §2 surface 1): a compact pill that never takes focus on its own, expanding on request to
 * the comparison, with save, highlights, "not on this site", close and "why am I seeing this?".
 * Controlled: the content script owns the state (expanded, highlights, saved) and re-renders on change, so a
 * keyboard command or a settings change can drive the card as well as a click can.
 * Keyboard: every control is a native button, link or summary, in reading order; Escape collapses the expanded card
 * onto its toggle, and in the compact card hands focus back to the page (`onLeave`). Nothing traps focus.
 */
import { useRef } from 'preact/hooks';
import type { Evidence } from '../core/types';
import type { PageChange } from '../schemas/fact-history';
import { cardHeading, cardSummary, kindLabel, type CardModel, type SaveState } from './card-model';
import { ComparisonTable } from './comparison-table';
import { FactChangesSection } from './fact-changes';
import { t } from './i18n';
import { signalText } from './signal-text';

export interface CardProps {
  model: CardModel;
  expanded: boolean;
  onExpandedChange(expanded: boolean): void;
  /** Highlights: `available` is false where the browser cannot highlight without touching the DOM. */
  highlights: { available: boolean; on: boolean };
  onHighlightsChange(on: boolean): void;
  onQuoteActivate(evidence: Evidence, index: number): void;
  quoteLocatable?: ((index: number) => boolean) | undefined;
  saveState: SaveState;
  onSave(): void;
  onClose(): void;
  onDisableSite(): void;
  /** Escape in the compact card: the content script returns focus to where it was on the page. */
  onLeave?: (() => void) | undefined;
  /** On a saved page: what changed in its facts since it was saved or last seen (fact-changes.tsx). */
  change?: PageChange | null | undefined;
  /** The clock, for "today" in the change's dates. */
  now?: (() => Date) | undefined;
}

const BODY_ID = 'mba-lens-card-body';
const CHANGES_TITLE_ID = 'mba-lens-card-changes-title';

export function Card(props: CardProps) {
  const toggleRef = useRef<HTMLButtonElement>(null);
  const { model, expanded } = props;

  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key !== 'Escape' || event.defaultPrevented) return;
    event.stopPropagation();
    if (!expanded) {
      props.onLeave?.();
      return;
    }
    props.onExpandedChange(false);
    // The focused control is about to disappear; keep keyboard users on the card rather than losing focus to <body>.
    toggleRef.current?.focus();
  };

  return (
    <section class={`card ${expanded ? 'expanded' : 'compact'}`} aria-label={t('cardName')} onKeyDown={onKeyDown}>
      <div class="card-head">
        <button
          ref={toggleRef}
          type="button"
          class="toggle"
          aria-expanded={expanded}
          aria-controls={BODY_ID}
          title={t('cardExpandHint')}
          onClick={() => props.onExpandedChange(!expanded)}
        >
          <span class="logo" aria-hidden="true">
            ◆
          </span>
          <span class="summary">{cardSummary(model)}</span>
          {props.change != null && <span class="changed-flag">{t('historyPillChanged')}</span>}
        </button>
        <button type="button" class="close" aria-label={t('cardClose')} title={t('cardClose')} onClick={() => props.onClose()}>
          <span aria-hidden="true">×</span>
        </button>
      </div>
      {expanded && <CardBody {...props} />}
    </section>
  );
}

function CardBody(props: CardProps) {
  const { model } = props;
  return (
    <div class="card-body" id={BODY_ID}>
      <h2 class="heading">{cardHeading(model.kind)}</h2>
      {model.belowThreshold && (
        <p class="notice below-threshold">
          {t('cardBelowThreshold')} {model.kind !== 'none' && t('cardBelowThresholdKind', kindLabel(model.kind))}
        </p>
      )}
      {props.change != null && (
        <FactChangesSection change={props.change} now={(props.now ?? (() => new Date()))()} headingId={CHANGES_TITLE_ID} />
      )}
      <ComparisonTable
        kind={model.kind}
        comparison={model.comparison}
        facts={model.facts}
        evidence={model.evidence}
        onQuoteActivate={props.onQuoteActivate}
        quoteLocatable={props.quoteLocatable}
      />
      <div class="actions">
        {model.kind !== 'none' && <SaveButton state={props.saveState} onSave={props.onSave} />}
        {model.evidence.length > 0 && props.highlights.available && (
          // A switch: its name stays "Page highlights" (the words on it, WCAG 2.5.3), its state is aria-checked, and
          // the visible On / Off is for the eye only.
          <button
            type="button"
            role="switch"
            class="action highlights"
            aria-checked={props.highlights.on}
            onClick={() => props.onHighlightsChange(!props.highlights.on)}
          >
            {t('cardHighlightsSwitch')}
            <span class="switch-state" aria-hidden="true">
              {t(props.highlights.on ? 'cardSwitchOn' : 'cardSwitchOff')}
            </span>
          </button>
        )}
        <button type="button" class="action disable-site" onClick={() => props.onDisableSite()}>
          {t('cardDisableSite')}
        </button>
      </div>
      {model.evidence.length > 0 && !props.highlights.available && <p class="notice">{t('cardHighlightsUnsupported')}</p>}
      <WhyDetails model={model} />
    </div>
  );
}

function SaveButton({ state, onSave }: { state: SaveState; onSave(): void }) {
  const label = state === 'saved' ? t('cardSaved') : state === 'failed' ? t('cardSaveFailed') : t('cardSave');
  return (
    <button type="button" class="action save" disabled={state === 'saving' || state === 'saved'} onClick={() => onSave()}>
      {label}
    </button>
  );
}

function WhyDetails({ model }: { model: CardModel }) {
  const percent = Math.round(Math.max(0, Math.min(1, model.confidence)) * 100);
  return (
    <details class="why">
      <summary>{t('cardWhy')}</summary>
      <p class="confidence">{t('cardConfidence', percent)}</p>
      {model.signals.length === 0 ? (
        <p>{t('cardNoSignals')}</p>
      ) : (
        <ul class="signals">
          {model.signals.map((signal, i) => (
            <li key={i}>{signalText(signal)}</li>
          ))}
        </ul>
      )}
    </details>
  );
}
