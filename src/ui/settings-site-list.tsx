/**
 * "Sites where MBA Lens stays off": the list with a remove button per site, and a form to add one. What the user
 * types is checked here (a hostname or a pasted address) so a mistake is explained next to the field; the
 * background checks it again before storing.
 */
import { useState } from 'preact/hooks';
import { isHostOnList, normaliseHostname } from '../schemas/hostname';
import { t } from './i18n';

export interface SettingsSiteListProps {
  sites: readonly string[];
  busy: boolean;
  onAdd(hostname: string): void;
  onRemove(hostname: string): void;
}

export function SettingsSiteList({ sites, busy, onAdd, onRemove }: SettingsSiteListProps) {
  const [input, setInput] = useState('');
  const [error, setError] = useState<string | null>(null);

  const submit = (event: Event) => {
    event.preventDefault();
    const host = normaliseHostname(input);
    if (host === null) {
      setError(t('optionsSiteInvalid'));
      return;
    }
    if (isHostOnList(host, sites)) {
      setError(t('optionsSiteDuplicate', host));
      return;
    }
    setError(null);
    setInput('');
    onAdd(host);
  };

  return (
    <section class="settings-section" aria-labelledby="settings-sites-title">
      <h2 id="settings-sites-title">{t('optionsSitesTitle')}</h2>
      <p class="help muted">{t('optionsSitesHelp')}</p>

      {sites.length === 0 ? (
        <p class="muted empty-line">{t('optionsSitesEmpty')}</p>
      ) : (
        <ul class="site-list" aria-labelledby="settings-sites-title">
          {sites.map((site) => (
            <li key={site} class="site-item">
              <span class="site-name">{site}</span>
              <button
                type="button"
                class="button button-quiet"
                disabled={busy}
                aria-label={t('optionsSiteRemoveNamed', site)}
                onClick={() => onRemove(site)}
              >
                {t('optionsSiteRemove')}
              </button>
            </li>
          ))}
        </ul>
      )}

      <form class="site-form" onSubmit={submit} noValidate>
        <label for="settings-site-input">{t('optionsSiteAddLabel')}</label>
        <div class="site-form-row">
          <input
            id="settings-site-input"
            type="text"
            inputMode="url"
            autoComplete="off"
            spellcheck={false}
            placeholder="example.edu"
            value={input}
            aria-invalid={error !== null}
            aria-describedby={error !== null ? 'settings-site-error' : undefined}
            onInput={(event) => {
              setInput(event.currentTarget.value);
              if (error !== null) setError(null);
            }}
          />
          <button type="submit" class="button" disabled={busy}>
            {t('optionsSiteAdd')}
          </button>
        </div>
        <p id="settings-site-error" class="field-error" role="alert">
          {error ?? ''}
        </p>
      </form>
    </section>
  );
}
