/** The product mark and name heading the popup and the options page. */
import { t } from './i18n';

export function SettingsBrand({ title }: { title: string }) {
  return (
    <div class="brand">
      <span class="brand-mark" aria-hidden="true">
        ML
      </span>
      <div>
        <h1 class="brand-name">{title}</h1>
        <p class="brand-tagline">{t('popupTagline')}</p>
      </div>
    </div>
  );
}
