/** The options page's on/off choices: the card (automatic or not, compact or expanded) and the highlights. */
import type { Settings } from '../schemas/settings-schema';
import { t } from './i18n';
import { SettingsSwitch } from './settings-switch';

export interface SettingsSwitchesProps {
  settings: Settings;
  busy: boolean;
  onChange(patch: Partial<Settings>): void;
}

export function SettingsSwitches({ settings, busy, onChange }: SettingsSwitchesProps) {
  return (
    <>
      <section class="settings-section" aria-labelledby="settings-card-title">
        <h2 id="settings-card-title">{t('optionsCardTitle')}</h2>
        <SettingsSwitch
          name="autoCard"
          checked={settings.autoCard}
          disabled={busy}
          describedBy="settings-auto-card-help"
          onChange={(autoCard) => onChange({ autoCard })}
        >
          {t('optionsAutoCard')}
        </SettingsSwitch>
        <p class="help muted" id="settings-auto-card-help">{t('optionsAutoCardHelp')}</p>

        <fieldset class="choice" disabled={busy}>
          <legend>{t('optionsCardStart')}</legend>
          <label class="radio-row">
            <input
              type="radio"
              name="cardStartsExpanded"
              value="compact"
              checked={!settings.cardStartsExpanded}
              onChange={() => onChange({ cardStartsExpanded: false })}
            />
            <span>{t('optionsCardCompact')}</span>
          </label>
          <label class="radio-row">
            <input
              type="radio"
              name="cardStartsExpanded"
              value="expanded"
              checked={settings.cardStartsExpanded}
              onChange={() => onChange({ cardStartsExpanded: true })}
            />
            <span>{t('optionsCardExpanded')}</span>
          </label>
        </fieldset>
      </section>

      <section class="settings-section" aria-labelledby="settings-highlights-title">
        <h2 id="settings-highlights-title">{t('optionsHighlightsTitle')}</h2>
        <SettingsSwitch
          name="annotations"
          checked={settings.annotations}
          disabled={busy}
          describedBy="settings-annotations-help"
          onChange={(annotations) => onChange({ annotations })}
        >
          {t('optionsAnnotations')}
        </SettingsSwitch>
        <p class="help muted" id="settings-annotations-help">{t('optionsAnnotationsHelp')}</p>
      </section>
    </>
  );
}
