/**
 * The toolbar popup (DESIGN §2 surface 3): the current tab's comparison, the shortlist side by side with RPI, and
 * RPI's key facts with their sources; quick switches below. Everything it knows comes through `api` (messages to
 * the background, the active tab, file downloads), so tests render it with a fake.
 */
import { useEffect, useMemo, useState } from 'preact/hooks';
import type { AnalysisResult } from '../core/types';
import type { StoreNotice } from '../schemas/notices';
import { hostnameOfPage } from '../schemas/hostname';
import type { Settings } from '../schemas/settings-schema';
import type { ShortlistItem } from '../schemas/shortlist-schema';
import { askFromPage, createUserDataClient } from '../messages/client';
import { t } from '../ui/i18n';
import { RpiFacts } from '../ui/rpi-facts';
import { SettingsBrand } from '../ui/settings-brand';
import { userDataErrorText } from '../ui/settings-errors';
import { StoredDataNotices } from '../ui/settings-notices';
import { StatusRegions, useRequestStatus } from '../ui/settings-status';
import { exportShortlist, importShortlist, type ExportFormat } from '../ui/shortlist-files';
import { ShortlistPanel } from '../ui/shortlist-panel';
import { CurrentPagePanel, type AnalyzeState } from './current-page-panel';
import type { ActiveTab, PopupApi } from './popup-api';
import { PopupTabPanel, PopupTabs, tabPanelId } from './popup-tabs';
import { QuickToggles } from './quick-toggles';
import { hasComparison } from './tab-result';

export interface PopupProps {
  api: PopupApi;
  now?: () => Date;
}

type View = 'page' | 'shortlist' | 'rpi';

export function Popup({ api, now = () => new Date() }: PopupProps) {
  const client = useMemo(() => createUserDataClient(api.send), [api]);
  const [view, setView] = useState<View>('page');
  const [tab, setTab] = useState<ActiveTab | null | undefined>(undefined);
  const [result, setResult] = useState<AnalysisResult | null | undefined>(undefined);
  const [settings, setSettings] = useState<Settings | null>(null);
  const [items, setItems] = useState<ShortlistItem[] | null>(null);
  const [notices, setNotices] = useState<StoreNotice[]>([]);
  const [analyzeState, setAnalyzeState] = useState<AnalyzeState>('idle');
  const { busy, status, setStatus, track, run } = useRequestStatus();

  useEffect(() => {
    let live = true;
    void (async () => {
      const active = await api.activeTab().catch(() => null);
      const [tabResult, settingsOutcome, shortlistOutcome, noticesOutcome] = await Promise.all([
        active === null
          ? null
          : askFromPage(api.send, 'get-tab-result', { type: 'get-tab-result', tabId: active.id }),
        client.getSettings(),
        client.getShortlist(),
        client.getNotices(),
      ]);
      if (!live) return;
      setTab(active);
      setResult(tabResult);
      if (settingsOutcome.ok) setSettings(settingsOutcome.value);
      if (noticesOutcome.ok) setNotices(noticesOutcome.value);
      if (shortlistOutcome.ok) setItems(shortlistOutcome.value);
      else {
        setItems([]);
        setStatus({ text: userDataErrorText(shortlistOutcome.error.code), tone: 'error' });
      }
    })();
    return () => {
      live = false;
    };
  }, [api, client]);

  const pageUrl = result?.url ?? tab?.url ?? null;
  const host = pageUrl === null ? null : hostnameOfPage(pageUrl);
  const canAnalyze = tab !== null && tab !== undefined && (tab.url === null || /^https?:/i.test(tab.url));
  const saved = hasComparison(result ?? null) && items !== null ? items.some((item) => item.url === result?.url) : null;

  const save = () => {
    const shown = result ?? null;
    if (!hasComparison(shown)) return;
    const item = { url: shown.url, title: tab?.title ?? '', kind: shown.kind, facts: shown.facts, quotes: shown.evidence, savedAt: now().getTime() };
    void run(client.saveItem(item), (savedItem) => {
      setItems((current) => [savedItem, ...(current ?? []).filter((entry) => entry.id !== savedItem.id)]);
      return t('popupSavedStatus', savedItem.title);
    });
  };

  const analyze = async () => {
    if (tab == null) return;
    setAnalyzeState('working');
    const reached = await askFromPage(api.send, 'analyze-tab', { type: 'analyze-tab', tabId: tab.id });
    setAnalyzeState(reached === true ? 'shown' : 'unreachable');
  };

  const remove = (item: ShortlistItem) =>
    void run(client.removeItem(item.id), (remaining) => {
      setItems(remaining);
      // The focused button is gone with its row: put focus on the panel rather than lose it to the page.
      document.getElementById(tabPanelId('shortlist'))?.focus();
      return t('shortlistRemovedStatus', item.title);
    });

  const exportFile = (format: ExportFormat) => {
    if (items !== null && items.length > 0) setStatus(exportShortlist(format, items, now(), api.download));
  };

  const importFile = (file: File) =>
    void track(async () => {
      const imported = await importShortlist(file, client);
      if (imported.items !== null) setItems(imported.items);
      return imported.status;
    });

  const setSite = (siteHost: string, enabled: boolean) =>
    void run(client.setSiteEnabled(siteHost, enabled), (next) => {
      setSettings(next);
      return t(enabled ? 'popupSiteOnStatus' : 'popupSiteOffStatus', siteHost);
    });

  const setAnnotations = (enabled: boolean) =>
    void run(client.updateSettings({ annotations: enabled }), (next) => {
      setSettings(next);
      return null;
    });

  const dismiss = (notice: StoreNotice) =>
    void run(client.dismissNotice(notice.id), (remaining) => {
      setNotices(remaining);
      return null;
    });

  return (
    <div class="popup">
      <header class="popup-header">
        <SettingsBrand title={t('extName')} />
        <button type="button" class="button button-quiet" onClick={api.openOptions}>
          {t('popupOptions')}
        </button>
      </header>

      <StoredDataNotices notices={notices} onDismiss={dismiss} />

      <main class="popup-main">
        <PopupTabs<View>
          label={t('popupViewsLabel')}
          selected={view}
          onSelect={setView}
          tabs={[
            { id: 'page', label: t('popupTabPage') },
            { id: 'shortlist', label: t('popupTabShortlist'), count: items?.length },
            { id: 'rpi', label: t('popupTabRpi') },
          ]}
        >
          <PopupTabPanel id="page" selected={view}>
            <CurrentPagePanel
              result={tab === undefined ? undefined : result}
              canAnalyze={canAnalyze}
              analyzeState={analyzeState}
              onAnalyze={() => void analyze()}
              saved={saved}
              busy={busy}
              onSave={save}
              onShowShortlist={() => setView('shortlist')}
            />
          </PopupTabPanel>
          <PopupTabPanel id="shortlist" selected={view}>
            <ShortlistPanel
              items={items}
              busy={busy}
              onRemove={remove}
              onExport={exportFile}
              onImport={importFile}
              filesInOptions={api.fileDialogsCloseThePopup}
              onOpenOptions={api.openOptions}
              changes={settings?.changeHistory === true ? { now } : null}
            />
          </PopupTabPanel>
          <PopupTabPanel id="rpi" selected={view}>
            <RpiFacts />
          </PopupTabPanel>
        </PopupTabs>
      </main>

      <footer class="popup-footer">
        <QuickToggles settings={settings} host={host} busy={busy} onSiteEnabled={setSite} onAnnotations={setAnnotations} />
        <StatusRegions status={status} />
      </footer>
    </div>
  );
}
