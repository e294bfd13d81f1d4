/** The popup's real `api`: the extension's runtime and tabs, through webextension-polyfill. */
import browser from 'webextension-polyfill';
import { downloadFile } from '../ui/shortlist-download';
import type { ActiveTab, PopupApi } from './popup-api';

export function browserPopupApi(doc: Document): PopupApi {
  return {
    send: (message) => browser.runtime.sendMessage(message),
    async activeTab(): Promise<ActiveTab | null> {
      const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
      if (tab?.id === undefined || tab.id < 0) return null;
      // url and title are present thanks to `activeTab` (granted by opening the popup); null if not.
      return { id: tab.id, url: tab.url ?? null, title: tab.title ?? null };
    },
    download: (file) => downloadFile(doc, file),
    openOptions: () => void browser.runtime.openOptionsPage(),
    fileDialogsCloseThePopup: __TARGET__ === 'firefox',
  };
}
