/**
 * Every user-visible string goes through here: the messages of `_locales` (built from `src/locales/`), read through
 * the browser's i18n API (src/platform/i18n-api.ts).
 */
import { i18nApi as api } from '../platform/i18n-api';

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
