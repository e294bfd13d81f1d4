/**
 * On-demand analysis of a tab (context menu, keyboard command, popup button): tell its content script to show the
 * card; where there is none (a tab opened before the extension was installed or updated), inject the gate first.
 * `activeTab` covers the injection: the menu click, the command and the popup each grant it for that tab.
 */

export type ShowCardRequest = { type: 'analyze-now' } | { type: 'toggle-card' };

export interface ShowCardApi {
  sendMessage(tabId: number, message: ShowCardRequest): Promise<unknown>;
  executeScript(tabId: number, file: string): Promise<unknown>;
}

/** The always-on script, as the manifest names it; its own guard keeps a second injection from doing anything. */
export const GATE_SCRIPT = 'content/gate.js';

/** True when the content script answered; false when it could not be reached, even after injecting it. */
export async function showCardInTab(api: ShowCardApi, tabId: number, request: ShowCardRequest): Promise<boolean> {
  if (await reached(api, tabId, request)) return true;
  try {
    await api.executeScript(tabId, GATE_SCRIPT);
  } catch {
    // Pages no extension may script (the browser's own pages, the web store, PDF viewers): nothing to show there.
    return false;
  }
  return reached(api, tabId, request);
}

async function reached(api: ShowCardApi, tabId: number, request: ShowCardRequest): Promise<boolean> {
  try {
    // The content script acknowledges synchronously; "Receiving end does not exist" rejects.
    return (await api.sendMessage(tabId, request)) !== undefined;
  } catch {
    return false;
  }
}
