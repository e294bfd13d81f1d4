/**
 * A popup `api` for component tests: messages go through the real protocol parser and the real user-data
 * handler over an in-memory `storage.local`, so the popup is tested against the code that answers it in the
 * extension. Only the parts the in-page engineer's background answers (tab results, analyse) are canned.
 */
import type { AnalysisResult } from '../../src/core/types';
import { parseToBackground, type Message } from '../../src/messages/protocol';
import type { ActiveTab, PopupApi } from '../../src/popup/popup-api';
import type { DownloadFile } from '../../src/ui/shortlist-download';
import type { Settings } from '../../src/schemas/settings-schema';
import { createUserDataHandler } from '../../src/background/user-data-handler';
import { createUserDataStore } from '../../src/storage/user-data-store';
import { createMemoryStorageArea, type MemoryStorageArea } from '../storage/memory-storage-area';

export interface FakePopupApi extends PopupApi {
  area: MemoryStorageArea;
  sent: Message[];
  downloads: DownloadFile[];
  announced: Settings[];
  optionsOpened: number;
}

export interface FakePopupOptions {
  tab?: ActiveTab | null;
  tabResult?: AnalysisResult | null;
  /** What `analyze-tab` answers: true when the content script was reached. */
  analyzeReaches?: boolean;
  initialStorage?: Record<string, unknown>;
  fileDialogsCloseThePopup?: boolean;
}

export function fakePopupApi(options: FakePopupOptions = {}): FakePopupApi {
  const area = createMemoryStorageArea({ initial: options.initialStorage ?? {} });
  const announced: Settings[] = [];
  let n = 0;
  const store = createUserDataStore({ area, newId: () => `item-${++n}`, now: () => new Date('2026-03-01T10:00:00.000Z') });
  const handle = createUserDataHandler({ store, announceSettings: (settings) => announced.push(settings) });
  const api: FakePopupApi = {
    area,
    sent: [],
    downloads: [],
    announced,
    optionsOpened: 0,
    async send(raw) {
      // Through JSON, as messages are between extension contexts.
      const message = parseToBackground(JSON.parse(JSON.stringify(raw)));
      if (message === null) throw new Error(`invalid message ${JSON.stringify(raw)}`);
      api.sent.push(message);
      if (message.type === 'get-tab-result') return options.tabResult ?? null;
      if (message.type === 'analyze-tab') return options.analyzeReaches ?? true;
      const reply = handle(message);
      return reply === undefined ? undefined : JSON.parse(JSON.stringify(await reply));
    },
    activeTab: async () => (options.tab === undefined ? { id: 7, url: 'https://www.example.edu/mba', title: 'Example MBA' } : options.tab),
    download: (file) => void api.downloads.push(file),
    openOptions: () => void (api.optionsOpened += 1),
    fileDialogsCloseThePopup: options.fileDialogsCloseThePopup ?? false,
  };
  return api;
}
