/**
 * "Clear saved data" with an inline confirmation step ("Are you sure? Yes / Cancel") instead of `window.confirm`,
 * which blocks the page, cannot be styled, and is suppressed in some extension contexts. Focus moves to Cancel
 * when the question appears (the safe choice), and back to the first button when it goes; Escape cancels.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import { t } from './i18n';

export interface SettingsClearDataProps {
  /** Saved items, for the question's wording; null while unknown. */
  savedCount: number | null;
  busy: boolean;
  onConfirm(): void;
}

export function SettingsClearData({ savedCount, busy, onConfirm }: SettingsClearDataProps) {
  const [asking, setAsking] = useState(false);
  const cancelButton = useRef<HTMLButtonElement>(null);
  const clearButton = useRef<HTMLButtonElement>(null);
  const wasAsking = useRef(false);

  useEffect(() => {
    if (asking) cancelButton.current?.focus();
    else if (wasAsking.current) clearButton.current?.focus();
    wasAsking.current = asking;
  }, [asking]);

  return (
    <section class="settings-section danger-zone" aria-labelledby="settings-clear-title">
      <h2 id="settings-clear-title">{t('optionsClearTitle')}</h2>
      <p class="help muted">
        {savedCount === null ? t('optionsClearHelp') : t('optionsClearHelpCount', savedCount)}
      </p>
      {asking ? (
        <div
          class="confirm"
          role="group"
          aria-labelledby="settings-clear-question"
          onKeyDown={(event) => {
            if (event.key !== 'Escape') return;
            event.preventDefault();
            setAsking(false);
          }}
        >
          <p id="settings-clear-question" class="confirm-question">{t('optionsClearQuestion')}</p>
          <div class="confirm-buttons">
            <button
              type="button"
              class="button button-danger"
              disabled={busy}
              onClick={() => {
                setAsking(false);
                onConfirm();
              }}
            >
              {t('optionsClearYes')}
            </button>
            <button type="button" class="button" ref={cancelButton} onClick={() => setAsking(false)}>
              {t('optionsClearCancel')}
            </button>
          </div>
        </div>
      ) : (
        <button type="button" class="button" ref={clearButton} disabled={busy} onClick={() => setAsking(true)}>
          {t('optionsClearButton')}
        </button>
      )}
    </section>
  );
}
