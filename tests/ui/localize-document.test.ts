// @vitest-environment happy-dom
/** The extension pages take their title and `lang` from the messages they show. */
import { afterEach, describe, expect, it } from 'vitest';
import { messagesLanguage, t } from '../../src/ui/i18n';
import { localizeDocument } from '../../src/ui/localize-document';
import { createI18n, loadMessages } from '../support/chrome-i18n';

const globals = globalThis as unknown as { chrome: { i18n: unknown } };
const english = globals.chrome.i18n;

afterEach(() => {
  globals.chrome.i18n = english;
});

describe('localizeDocument', () => {
  it('sets the title and lang in English', () => {
    localizeDocument(document, t('optionsTitle'));
    expect(document.title).toBe('MBA Lens options');
    expect(document.documentElement.lang).toBe('en');
  });

  it('sets them in Spanish, even where the browser reports another UI language', () => {
    globals.chrome.i18n = createI18n(loadMessages('es'), 'en-US');
    localizeDocument(document, t('optionsTitle'));
    expect(document.title).toBe('Opciones de MBA Lens');
    expect(document.documentElement.lang).toBe('es');
  });

  it('says English where there are no messages at all', () => {
    globals.chrome.i18n = { getMessage: () => '', getUILanguage: () => 'fr' };
    expect(messagesLanguage()).toBe('en');
  });
});
