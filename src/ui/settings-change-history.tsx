/** The options page's switch for "what changed since you saved it": on, a saved page's facts are kept in a short history. */
import type { Settings } from '../schemas/settings-schema';
import { t } from './i18n';
import { SettingsSwitch } from './settings-switch';

export interface SettingsChangeHistoryProps {
  settings: Settings;
  busy: boolean;
  onChange(patch: Partial<Settings>): void;
}

export function SettingsChangeHistory({ settings, busy, onChange }: SettingsChangeHistoryProps) {
  return (
    <section class="settings-section" aria-labelledby="settings-history-title">
      <h2 id="settings-history-title">{t('historyOptionTitle')}</h2>
      <SettingsSwitch
        name="changeHistory"
        checked={settings.changeHistory}
        disabled={busy}
        describedBy="settings-history-help"
        onChange={(changeHistory) => onChange({ changeHistory })}
      >
        {t('historyOption')}
      </SettingsSwitch>
      <p class="help muted" id="settings-history-help">{t('historyOptionHelp')}</p>
    </section>
  );
}
