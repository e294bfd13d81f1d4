/**
 * The browser's `i18n` API as this world sees it: `chrome.i18n.getMessage` is synchronous and exists in Chromium and
 * Firefox alike, so the UI's strings need no polyfill. Tests install a `chrome.i18n` (tests/setup).
 */
export interface I18nApi {
  getMessage(key: string, substitutions?: string | string[]): string;
  getUILanguage?(): string;
}

export function i18nApi(): I18nApi | undefined {
  const g = globalThis as { chrome?: { i18n?: I18nApi }; browser?: { i18n?: I18nApi } };
  return g.browser?.i18n ?? g.chrome?.i18n;
}
