/**
 * The background: the single message listener, the badge, the per-tab results, the context menu and the keyboard
 * command. Chrome runs this as the service worker, Firefox as an event page: every listener is registered at the
 * top level, synchronously, so an event that wakes the background finds its listener.
 */
import browser, { type Runtime } from 'webextension-polyfill';
import type { AnalysisResult } from '../core/types';
import { parseToBackground, type ShowCardRequest, type ToBackgroundMessage } from '../messages/protocol';
import { t } from '../ui/i18n';
import { showBadge } from './badge';
import { isToggleCardCommand } from './commands';
import { COMPARE_MENU_ID, registerCompareMenu } from './menus';
import { mayAskAbout } from './sender-site';
import { showCardInTab, type ShowCardApi } from './show-card-in-tab';
import { clearTabResult, readTabResult, saveTabResult } from './tab-results';
import { handleUserDataMessage, migrateUserData, recordPageVisit } from './user-data';

const showCardApi: ShowCardApi = {
  sendMessage: (tabId, message) => browser.tabs.sendMessage(tabId, message, { frameId: 0 }),
  executeScript: (tabId, file) => browser.scripting.executeScript({ target: { tabId, frameIds: [0] }, files: [file] }),
  executeFunction: (tabId, leave, request) => browser.scripting.executeScript({ target: { tabId, frameIds: [0] }, func: leave, args: [request] }),
};

const extensionBase = browser.runtime.getURL('');

function requestCard(tabId: number | undefined, request: ShowCardRequest): void {
  if (tabId === undefined || tabId < 0) return;
  void showCardInTab(showCardApi, tabId, request);
}

async function onPageResult(tabId: number, result: AnalysisResult | null, forcedCard: AnalysisResult | undefined): Promise<void> {
  // The history is written before the reply, so the card's `get-page-change` that follows it finds this visit. The
  // tab's result and badge stay the detected kind; the history records the card the user asked for.
  await Promise.all([
    saveTabResult(browser.storage.session, tabId, result),
    showBadge(browser.action, tabId, result),
    recordPageVisit(forcedCard ?? result),
  ]);
}

/** Returns the reply, or undefined for messages this listener does not answer. */
function handleMessage(message: ToBackgroundMessage, sender: Runtime.MessageSender): Promise<unknown> | undefined {
  switch (message.type) {
    case 'page-result': {
      // Only a top frame's content script speaks for a tab (the manifest injects only there).
      const tabId = sender.tab?.id;
      if (tabId === undefined || (sender.frameId ?? 0) !== 0) return undefined;
      if (message.result !== null && !mayAskAbout(sender, message.result.url, extensionBase)) return undefined;
      return onPageResult(tabId, message.result, message.forcedCard).then(() => true);
    }
    case 'get-page-change':
      return mayAskAbout(sender, message.url, extensionBase) ? handleUserDataMessage(message, sender) : Promise.resolve(null);
    case 'get-tab-result':
      return readTabResult(browser.storage.session, message.tabId);
    case 'analyze-tab':
      return showCardInTab(showCardApi, message.tabId, { type: 'analyze-now' });
    default:
      return handleUserDataMessage(message, sender);
  }
}

browser.runtime.onMessage.addListener((raw: unknown, sender: Runtime.MessageSender) => {
  // Only this extension's own parts may talk to the background (DESIGN §5).
  if (sender.id !== browser.runtime.id) return undefined;
  const message = parseToBackground(raw);
  if (message === null) return undefined;
  try {
    return handleMessage(message, sender)?.catch(() => undefined);
  } catch {
    return undefined;
  }
});

browser.tabs.onRemoved.addListener((tabId) => {
  void clearTabResult(browser.storage.session, tabId).catch(() => undefined);
});

// No tabs.onUpdated clearing: its "loading" status also fires when an iframe navigates, which would wipe a live
// result. The content script clears its own entry on `pagehide` instead (and only pages that sent one do), so an
// unrelated page costs the background nothing.

function registerMenu(): void {
  void registerCompareMenu(browser.contextMenus, t('menuCompareWithRpi')).catch(() => undefined);
}
browser.runtime.onInstalled.addListener(() => {
  registerMenu();
  void migrateUserData();
});
browser.runtime.onStartup.addListener(registerMenu);

browser.contextMenus.onClicked.addListener((info, tab) => {
  if (info.menuItemId === COMPARE_MENU_ID) requestCard(tab?.id, { type: 'analyze-now' });
});

browser.commands.onCommand.addListener((command, tab) => {
  if (!isToggleCardCommand(command)) return;
  if (tab?.id !== undefined) {
    requestCard(tab.id, { type: 'toggle-card' });
    return;
  }
  void browser.tabs.query({ active: true, currentWindow: true }).then(([active]) => requestCard(active?.id, { type: 'toggle-card' }));
});
