/**
 * The shortlist's export and import on the options page: a full tab, where file dialogs work in every browser
 * (Firefox closes the popup when one opens, so there the popup sends users here).
 */
import { t } from './i18n';
import { ShortlistFileButtons, type ShortlistFileButtonsProps } from './shortlist-file-buttons';

export interface SettingsShortlistFilesProps extends Omit<ShortlistFileButtonsProps, 'empty'> {
  savedCount: number | null;
}

export function SettingsShortlistFiles({ savedCount, ...buttons }: SettingsShortlistFilesProps) {
  return (
    <section class="settings-section" aria-labelledby="settings-shortlist-title">
      <h2 id="settings-shortlist-title">{t('optionsShortlistTitle')}</h2>
      <p class="help muted">
        {savedCount === null ? t('optionsShortlistHelp') : t('optionsShortlistHelpCount', savedCount)}
      </p>
      <ShortlistFileButtons empty={savedCount === 0} {...buttons} />
    </section>
  );
}
