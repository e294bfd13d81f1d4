import { describe, expect, it } from 'vitest';
import { mayAskAbout } from '../../src/background/sender-site';

const BASE = 'chrome-extension://abcdefghijklmnop/';

describe('a content script speaks only for its own site', () => {
  it('answers a page about its own site, whatever path a single-page app has moved to', () => {
    expect(mayAskAbout({ url: 'https://school.example/mba', tab: {} }, 'https://school.example/mba#fees', BASE)).toBe(true);
    expect(mayAskAbout({ url: 'https://school.example/mba', tab: {} }, 'https://school.example/programs/emba', BASE)).toBe(true);
  });

  it('refuses a page asking about another site, or about a look-alike of its own', () => {
    expect(mayAskAbout({ url: 'https://evil.example/', tab: {} }, 'https://school.example/mba', BASE)).toBe(false);
    expect(mayAskAbout({ url: 'http://school.example/mba', tab: {} }, 'https://school.example/mba', BASE)).toBe(false);
    expect(mayAskAbout({ url: 'https://school.example.evil.example/', tab: {} }, 'https://school.example/mba', BASE)).toBe(false);
  });

  it('refuses a sender with no address and an address that is not one', () => {
    expect(mayAskAbout({}, 'https://school.example/mba', BASE)).toBe(false);
    expect(mayAskAbout({ url: 'https://school.example/mba' }, 'not a url', BASE)).toBe(false);
  });

  it('lets the extension\'s own pages ask about any address, and falls back to the tab\'s address', () => {
    expect(mayAskAbout({ url: `${BASE}popup.html` }, 'https://school.example/mba', BASE)).toBe(true);
    expect(mayAskAbout({ tab: { url: 'https://school.example/' } }, 'https://school.example/mba', BASE)).toBe(true);
  });
});
