/**
 * The popup's quick switches: the card on this site (the "sites where it stays off" list) and the inline
 * highlights. Each change goes to the background, which stores it and tells every open tab at once.
 */
import type { Settings } from '../schemas/settings-schema';
import { isHostOnList } from '../schemas/hostname';
import { t } from '../ui/i18n';
import { SettingsSwitch } from '../ui/settings-switch';

export interface QuickTogglesProps {
  settings: Settings | null;
  /** The current page's hostname; null where MBA Lens cannot run or the browser does not say. */
  host: string | null;
  busy: boolean;
  onSiteEnabled(host: string, enabled: boolean): void;
  onAnnotations(enabled: boolean): void;
}

export function QuickToggles({ settings, host, busy, onSiteEnabled, onAnnotations }: QuickTogglesProps) {
  const disabled = settings === null || busy;
  const siteOn = settings !== null && host !== null && !isHostOnList(host, settings.disabledSites);
  return (
    <fieldset class="toggles">
      <legend class="visually-hidden">{t('popupTogglesLabel')}</legend>
      <SettingsSwitch
        checked={siteOn}
        disabled={disabled || host === null}
        onChange={(enabled) => host !== null && onSiteEnabled(host, enabled)}
      >
        {host === null ? t('popupToggleSiteUnavailable') : t('popupToggleSite', host)}
      </SettingsSwitch>
      <SettingsSwitch checked={settings?.annotations ?? false} disabled={disabled} onChange={onAnnotations}>
        {t('popupToggleAnnotations')}
      </SettingsSwitch>
    </fieldset>
  );
}
