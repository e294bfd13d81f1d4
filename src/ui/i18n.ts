/**
 * Every user-visible string goes through here (issue 8: `_locales`, `browser.i18n`).
 * `i18n.getMessage` is synchronous and exists as `chrome.i18n` in both Chromium and Firefox, so this needs no
 * polyfill; tests install a `chrome.i18n` built from `src/locales/en/*.json` (see tests/setup).
 */
interface I18nApi {
  getMessage(key: string, substitutions?: string | string[]): string;
  getUILanguage?(): string;
}

function api(): I18nApi | undefined {
  const g = globalThis as { chrome?: { i18n?: I18nApi }; browser?: { i18n?: I18nApi } };
  return g.browser?.i18n ?? g.chrome?.i18n;
}

/** The message for `key` in the user's language; the key itself if it is missing (a test checks none is). */
export function t(key: string, ...substitutions: Array<string | number>): string {
  const message = api()?.getMessage(key, substitutions.map(String));
  return message && message.length > 0 ? message : key;
}

/**
 * The language of the messages actually shown (a `messagesLanguage` message in each locale): the browser may run in
 * a language MBA Lens has no messages for, and then shows English, which must then be marked as English.
 */
export function messagesLanguage(): string {
  const language = t('messagesLanguage');
  return language === 'messagesLanguage' ? 'en' : language;
}

export function uiLanguage(): string {
  return api()?.getUILanguage?.() ?? 'en';
}
