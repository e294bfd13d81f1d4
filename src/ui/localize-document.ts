/**
 * The extension pages' HTML is written once, in English; at start-up each page takes its title and `lang` from the
 * messages, so the tab title reads in the user's language and screen readers pronounce the page in the language
 * it is shown in.
 */
import { messagesLanguage } from './i18n';

export function localizeDocument(doc: Document, title: string): void {
  doc.documentElement.lang = messagesLanguage();
  doc.title = title;
}
