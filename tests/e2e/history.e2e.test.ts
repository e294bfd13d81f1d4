/**
 * "What changed since you saved it" in real Chromium: a program page is saved from its card, a changed version of
 * the page is then served at the same https address, and after a reload the card and the popup's shortlist say
 * what changed, old → new, with the page's words from both versions. With the option turned off on the options
 * page, a further change is neither recorded nor shown. Screenshots go to artifacts/screenshots/ (and the two the
 * README shows to docs/screenshots/).
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { evaluateInServiceWorker, launchExtension, openShortlist, textPage, waitUntil, type ExtensionBrowser } from './harness';
import { MBA_OPENING } from './sample-texts';
import { saveScreenshot } from './screenshots';

/** The extension API called inside the service worker (evaluated there, typed here). */
declare const chrome: { storage: { local: { get(keys: string): Promise<Record<string, unknown>> } } };

const URL = 'https://www.example-business.edu/mba/full-time/';
const TITLE = 'Full-time MBA | Example School of Business';

/** The program page, with its tuition as given: the one fact that changes between versions. */
function programPage(tuition: string): string {
  const text = [
    ...MBA_OPENING,
    '## Tuition',
    `Tuition for the MBA program is ${tuition} in total.`,
  ].join('\n');
  return textPage(text, { title: TITLE, url: URL });
}

const quoteOf = (tuition: string) => `Tuition for the MBA program is ${tuition} in total.`;

/** The change's line: the save is "today" too, unless the test ran across midnight (then it is that date). */
const CHANGE_LINE = /^Tuition: \$62,000 → \$66,500 \(seen (today|[A-Z][a-z]{2} \d{1,2}) → today\)$/;

let browser: ExtensionBrowser;

beforeAll(async () => {
  browser = await launchExtension();
});

afterAll(async () => {
  await browser?.close();
});

/** Opens the page (or reloads it), waits for the card and expands it. */
async function expandedCard(page: Page): Promise<void> {
  await browser.waitForCard(page);
  if ((await browser.inCard(page, (root) => root.querySelector('.toggle')?.getAttribute('aria-expanded'))) !== 'true') {
    await browser.clickInCard(page, '.toggle');
  }
  await waitUntil(async () => browser.inCard(page, (root) => root.querySelector('.card-body') !== null), 10_000, 'the expanded card');
}

interface ShownChange {
  title: string | null;
  lines: string[];
  quotes: string[];
}

const cardChange = (page: Page): Promise<ShownChange | null> =>
  browser.inCard(page, (root) => {
    const section = root.querySelector('.changes');
    if (section === null) return null;
    return {
      title: section.querySelector('h3')?.textContent ?? null,
      lines: Array.from(section.querySelectorAll('.change-line'), (line) => line.textContent ?? ''),
      quotes: Array.from(section.querySelectorAll('q'), (q) => q.textContent ?? ''),
    };
  });

/** The saved items as the background stores them. */
async function storedItems(): Promise<Array<{ url: string; history: unknown[] }>> {
  const stored = await evaluateInServiceWorker(browser.context, browser.extensionId!, () => chrome.storage.local.get('shortlist'), undefined);
  return (stored.shortlist as { items: Array<{ url: string; history: unknown[] }> }).items;
}

describe('what changed since you saved it', () => {
  it('shows the changed tuition in the card and the popup, with both quotes, after the saved page changed', async () => {
    browser.serve(URL, programPage('$62,000'));
    const page = await browser.open(URL);
    try {
      await expandedCard(page);
      expect(await cardChange(page)).toBeNull();
      await browser.clickInCard(page, '.action.save');
      await waitUntil(async () => (await browser.inCard(page, (root) => root.querySelector('.action.save')?.textContent)) === 'Saved', 10_000, 'saved');
      const [saved] = await storedItems();
      expect(saved).toMatchObject({ url: URL, history: [{ origin: 'save', facts: { tuitionUSD: 62000 }, quotes: expect.arrayContaining([{ fact: 'tuitionUSD', quote: quoteOf('$62,000') }]) }] });

      // The school changes its page; the user comes back to it.
      browser.serve(URL, programPage('$66,500'));
      await page.reload({ waitUntil: 'load' });
      await browser.waitForCard(page);
      // The compact card flags it; the expanded card says what changed.
      await waitUntil(async () => (await browser.inCard(page, (root) => root.querySelector('.toggle .changed-flag')?.textContent)) === 'page changed', 10_000, 'the flag on the pill');
      await expandedCard(page);
      await waitUntil(async () => (await cardChange(page)) !== null, 10_000, 'the change in the card');
      expect(await cardChange(page)).toEqual({
        title: 'Changed since you saved it',
        lines: [expect.stringMatching(CHANGE_LINE)],
        quotes: [quoteOf('$62,000'), quoteOf('$66,500')],
      });
      await saveScreenshot(page, 'card-changed-since-saved.png', { readme: true });
      expect((await storedItems())[0]?.history).toHaveLength(2);
      expect(browser.extensionErrors(page)).toEqual([]);
    } finally {
      await page.close();
    }

    const popup = await openShortlist(browser);
    try {
      const item = popup.locator('#panel-shortlist .saved-item').first();
      expect(await item.locator('.change-mark').textContent()).toBe('Changed');
      await item.locator('.change-note summary').click();
      expect(await item.locator('.change-line').allTextContents()).toEqual([expect.stringMatching(CHANGE_LINE)]);
      expect(await item.locator('.change-note q').allTextContents()).toEqual([quoteOf('$62,000'), quoteOf('$66,500')]);
      await saveScreenshot(popup.locator('.popup'), 'popup-shortlist-changed.png', { readme: true });
      expect(browser.consoleOf(popup).filter((entry) => entry.type === 'error' || entry.type === 'pageerror')).toEqual([]);
    } finally {
      await popup.close();
    }
  });

  it('with the option off, records and shows nothing', async () => {
    const options = await browser.open(`chrome-extension://${browser.extensionId}/options/options.html`, { settleMs: 0 });
    try {
      const toggle = options.locator('input[name="changeHistory"]');
      await toggle.waitFor();
      expect(await toggle.isChecked()).toBe(true);
      await toggle.click();
      await options.getByText('Saved. Open tabs use the new setting now.').waitFor();
      expect(await toggle.isChecked()).toBe(false);
    } finally {
      await options.close();
    }
    const before = await storedItems();

    browser.serve(URL, programPage('$70,000'));
    const page = await browser.open(URL);
    try {
      await expandedCard(page);
      // Long enough for the page result to reach the background and for a change, if any, to come back.
      await page.waitForTimeout(1_000);
      expect(await cardChange(page)).toBeNull();
      expect(await browser.inCard(page, (root) => root.querySelector('.changed-flag') !== null)).toBe(false);
      expect(await storedItems()).toEqual(before);
    } finally {
      await page.close();
    }

    const popup = await openShortlist(browser);
    try {
      expect(await popup.locator('#panel-shortlist .saved-item').count()).toBe(1);
      expect(await popup.locator('#panel-shortlist .change-note').count()).toBe(0);
    } finally {
      await popup.close();
    }
  });
});
