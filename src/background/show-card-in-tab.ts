/**
 * On-demand analysis of a tab (context menu, keyboard command, popup button): the content script's listener takes
 * the request. Where no copy of it runs (a tab opened before the extension was installed or updated), the background
 * leaves the request in the tab's content-script world and injects content/request.js, which takes it. `activeTab` covers both
 * injections: the menu click, the command and the popup each grant it for that tab.
 */
import { leaveRequest } from '../content/injection-guard';
import type { ShowCardRequest } from '../messages/protocol';

export interface ShowCardApi {
  sendMessage(tabId: number, message: ShowCardRequest): Promise<unknown>;
  executeScript(tabId: number, file: string): Promise<unknown>;
  /** Runs `leave(request)` in the tab's content-script world. */
  executeFunction(tabId: number, leave: (request: ShowCardRequest) => void, request: ShowCardRequest): Promise<unknown>;
}

/** The script that takes a request left in the tab and loads page.js with it (request-entry.ts). */
export const REQUEST_SCRIPT = 'content/request.js';

/** True when the content script took the request or was injected to take it; false where no script may run. */
export async function showCardInTab(api: ShowCardApi, tabId: number, request: ShowCardRequest): Promise<boolean> {
  if (await reached(api, tabId, request)) return true;
  try {
    await api.executeFunction(tabId, leaveRequest, request);
    await api.executeScript(tabId, REQUEST_SCRIPT);
    return true;
  } catch {
    // Pages no extension may script (the browser's own pages, the web store, PDF viewers): nothing to show there.
    return false;
  }
}

async function reached(api: ShowCardApi, tabId: number, request: ShowCardRequest): Promise<boolean> {
  try {
    // page.js acknowledges synchronously; "Receiving end does not exist" rejects.
    return (await api.sendMessage(tabId, request)) !== undefined;
  } catch {
    return false;
  }
}
