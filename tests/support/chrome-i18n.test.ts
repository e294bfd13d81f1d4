import { describe, expect, it } from 'vitest';
import { t, uiLanguage } from '../../src/ui/i18n';
import { createI18n } from './chrome-i18n';

describe('the chrome.i18n stand-in', () => {
  const i18n = createI18n({
    inbox: {
      message: 'Hello $WHO$, you have $1 new messages in $$ and €',
      placeholders: { who: { content: '$2', example: 'Ann' } },
    },
    plain: { message: 'Nothing to replace' },
  });

  it('expands named placeholders, then positional substitutions, as Chrome does', () => {
    expect(i18n.getMessage('inbox', ['3', 'Ann'])).toBe('Hello Ann, you have 3 new messages in $ and €');
    expect(i18n.getMessage('INBOX', '3')).toBe('Hello , you have 3 new messages in $ and €');
    expect(i18n.getMessage('plain')).toBe('Nothing to replace');
  });

  it('answers an unknown key with an empty string', () => {
    expect(i18n.getMessage('nope')).toBe('');
  });

  it('is what src/ui/i18n reads in every test', () => {
    expect(t('extName')).toBe('MBA Lens');
    expect(t('noSuchMessage')).toBe('noSuchMessage');
    expect(uiLanguage()).toBe('en');
  });
});
