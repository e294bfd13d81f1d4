/**
 * A saved page that gets a card only when asked (below the detection threshold) keeps its fact history too: saved
 * from the card the user asked for, changed, then asked for again, the card says what changed. The tab's result
 * stays the detected kind (no badge); the history records the card shown.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { evaluateInServiceWorker, launchExtension, textPage, waitUntil, type ExtensionBrowser } from './harness';

declare const chrome: { storage: { local: { get(keys: string): Promise<Record<string, unknown>> } } };

const URL = 'https://www.example-business.edu/graduate/fees/';

/** A fees page that names the MBA once: the model finds a program likelier than a career, but not enough for a card. */
function feesPage(tuition: string): string {
  const text = [
    '# Graduate fees',
    'Fees are reviewed every year by the board of trustees.',
    `Tuition for the MBA program is ${tuition} in total.`,
    'A deposit secures your place.',
  ].join('\n');
  return textPage(text, { title: 'Graduate fees | Example School of Business', url: URL });
}

const CHANGE_LINE = /^Tuition: \$62,000 → \$66,500 \(seen (today|[A-Z][a-z]{2} \d{1,2}) → today\)$/;

let browser: ExtensionBrowser;

beforeAll(async () => {
  browser = await launchExtension();
});

afterAll(async () => {
  await browser?.close();
});

async function storedHistory(): Promise<unknown[] | undefined> {
  const stored = await evaluateInServiceWorker(browser.context, browser.extensionId!, () => chrome.storage.local.get('shortlist'), undefined);
  const items = (stored.shortlist as { items: Array<{ url: string; history: unknown[] }> } | undefined)?.items ?? [];
  return items.find((item) => item.url === URL)?.history;
}

/** Asks for the card (toolbar, then "analyse anyway") and waits for its body: a card asked for opens expanded. */
async function askedCard(page: Page): Promise<void> {
  expect(await page.locator('mba-lens').count()).toBe(0);
  expect(await browser.askForCard(page)).toBe(true);
  await browser.waitForCard(page);
  await waitUntil(async () => browser.inCard(page, (root) => root.querySelector('.card-body .below-threshold') !== null), 10_000, 'the card asked for');
}

describe('a saved page below the threshold', () => {
  it('records the card asked for in the history, and shows what changed the next time it is asked for', async () => {
    browser.serve(URL, feesPage('$62,000'));
    const page = await browser.open(URL);
    try {
      await askedCard(page);
      await browser.clickInCard(page, '.action.save');
      await waitUntil(async () => (await browser.inCard(page, (root) => root.querySelector('.action.save')?.textContent)) === 'Saved', 10_000, 'saved');
      expect(await storedHistory()).toMatchObject([{ origin: 'save', facts: { tuitionUSD: 62000 } }]);

      browser.serve(URL, feesPage('$66,500'));
      await page.reload({ waitUntil: 'load' });
      await askedCard(page);
      await waitUntil(async () => (await storedHistory())?.length === 2, 10_000, 'the visit in the history');
      await waitUntil(async () => browser.inCard(page, (root) => root.querySelector('.changes') !== null), 10_000, 'the change in the card');
      const lines = await browser.inCard(page, (root) => Array.from(root.querySelectorAll('.changes .change-line'), (line) => line.textContent ?? ''));
      expect(lines).toEqual([expect.stringMatching(CHANGE_LINE)]);
      // The tab's own result is still "nothing detected".
      expect(await browser.badgeText(page)).toBe('');
      expect(browser.extensionErrors(page)).toEqual([]);
    } finally {
      await page.close();
    }
  });
});
