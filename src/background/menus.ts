/** The context-menu item "Compare this page with RPI's AI MBA" (DESIGN §2 surface 6). */

export const COMPARE_MENU_ID = 'mba-lens-compare';

export interface MenusApi {
  removeAll(): Promise<void>;
  create(properties: { id: string; title: string; contexts: Array<'page' | 'selection' | 'link'>; documentUrlPatterns: string[] }): unknown;
}

/**
 * Creates the item afresh. Chrome keeps menu items across service-worker restarts but not across updates, and
 * Firefox event pages may lose them, so the background calls this on install and on startup; removing first makes
 * it idempotent (Chrome rejects a second item with the same id).
 */
export async function registerCompareMenu(menus: MenusApi, title: string): Promise<void> {
  await menus.removeAll();
  menus.create({
    id: COMPARE_MENU_ID,
    title,
    contexts: ['page', 'selection', 'link'],
    // The content script runs only on http(s) pages; elsewhere the item could do nothing.
    documentUrlPatterns: ['http://*/*', 'https://*/*'],
  });
}
