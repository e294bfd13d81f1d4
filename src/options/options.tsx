/**
 * The options page (DESIGN §2 surface 5): the card and highlight switches, the sites where MBA Lens stays off,
 * and clearing saved data. Each change goes to the background, which stores it and tells every open tab, so it
 * applies at once; `settings-changed` from elsewhere (the popup, a card) keeps this page in step.
 */
import { useEffect, useMemo, useState } from 'preact/hooks';
import type { StoreNotice } from '../schemas/notices';
import { parseSettings, type Settings } from '../schemas/settings-schema';
import { createUserDataClient } from '../messages/client';
import { t } from '../ui/i18n';
import { SettingsBrand } from '../ui/settings-brand';
import { SettingsChangeHistory } from '../ui/settings-change-history';
import { SettingsClearData } from '../ui/settings-clear-data';
import { userDataErrorText } from '../ui/settings-errors';
import { StoredDataNotices } from '../ui/settings-notices';
import { SettingsShortlistFiles } from '../ui/settings-shortlist-files';
import { SettingsSiteList } from '../ui/settings-site-list';
import { StatusRegions, useRequestStatus } from '../ui/settings-status';
import { SettingsSwitches } from '../ui/settings-switches';
import { exportShortlist, importShortlist, type ExportFormat } from '../ui/shortlist-files';
import type { OptionsApi } from './options-api';

export interface OptionsProps {
  api: OptionsApi;
  now?: () => Date;
}

export function Options({ api, now = () => new Date() }: OptionsProps) {
  const client = useMemo(() => createUserDataClient(api.send), [api]);
  const [settings, setSettings] = useState<Settings | null>(null);
  const [loadFailed, setLoadFailed] = useState(false);
  const [savedCount, setSavedCount] = useState<number | null>(null);
  const [notices, setNotices] = useState<StoreNotice[]>([]);
  const { busy, status, track, run } = useRequestStatus();

  useEffect(() => {
    let live = true;
    const unsubscribe = api.subscribe((message) => {
      if (message.type !== 'settings-changed') return;
      const next = parseSettings(message.settings);
      if (next !== null) setSettings(next);
    });
    void Promise.all([client.getSettings(), client.getShortlist(), client.getNotices()]).then(([loaded, shortlist, stored]) => {
      if (!live) return;
      if (loaded.ok) setSettings(loaded.value);
      else setLoadFailed(true);
      if (shortlist.ok) setSavedCount(shortlist.value.length);
      if (stored.ok) setNotices(stored.value);
    });
    return () => {
      live = false;
      unsubscribe();
    };
  }, [api, client]);

  const applied = (next: Settings) => {
    setSettings(next);
    return t('optionsSaved');
  };

  const change = (patch: Partial<Settings>) => void run(client.updateSettings(patch), applied);

  const addSite = (host: string) =>
    void run(client.setSiteEnabled(host, false), (next) => {
      setSettings(next);
      return t('optionsSiteAdded', host);
    });

  const removeSite = (host: string) => {
    if (settings === null) return;
    void run(client.updateSettings({ disabledSites: settings.disabledSites.filter((site) => site !== host) }), (next) => {
      setSettings(next);
      return t('optionsSiteRemoved', host);
    });
  };

  const clearAll = () =>
    void run(client.clearAll(), (next) => {
      setSettings(next);
      setSavedCount(0);
      setNotices([]);
      return t('optionsCleared');
    });

  // Read the list at export time: the popup or a card may have saved since this page opened.
  const exportFile = (format: ExportFormat) =>
    void run(client.getShortlist(), (items) => {
      setSavedCount(items.length);
      return exportShortlist(format, items, now(), api.download).text;
    });

  const importFile = (file: File) =>
    void track(async () => {
      const imported = await importShortlist(file, client);
      if (imported.items !== null) setSavedCount(imported.items.length);
      return imported.status;
    });

  const dismiss = (notice: StoreNotice) =>
    void run(client.dismissNotice(notice.id), (remaining) => {
      setNotices(remaining);
      return t('optionsNoticeDismissed');
    });

  return (
    <main class="options">
      <header class="options-header">
        <SettingsBrand title={t('optionsTitle')} />
      </header>

      <StoredDataNotices notices={notices} onDismiss={dismiss} />

      {settings === null ? (
        <p class={loadFailed ? 'status tone-error' : 'muted'} role={loadFailed ? 'alert' : undefined}>
          {loadFailed ? userDataErrorText('no-response') : t('popupLoading')}
        </p>
      ) : (
        <>
          <SettingsSwitches settings={settings} busy={busy} onChange={change} />
          <SettingsChangeHistory settings={settings} busy={busy} onChange={change} />
          <SettingsSiteList sites={settings.disabledSites} busy={busy} onAdd={addSite} onRemove={removeSite} />
          <SettingsShortlistFiles
            savedCount={savedCount}
            busy={busy}
            onExport={exportFile}
            onImport={importFile}
          />
          <SettingsClearData savedCount={savedCount} busy={busy} onConfirm={clearAll} />
        </>
      )}

      <div class="options-status">
        <StatusRegions status={status} />
      </div>
    </main>
  );
}
