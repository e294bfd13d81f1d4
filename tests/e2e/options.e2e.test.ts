/**
 * The options page in real Chromium: it renders with no console error, and a change made there reaches an open
 * tab at once (the background broadcasts `settings-changed`; the tab's card goes when its site is switched off).
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchExtension, detectedAs, loadWholePages, ROOT, type ExtensionBrowser } from './harness';
import { saveScreenshot } from './screenshots';

let browser: ExtensionBrowser;
const SHOTS = join(ROOT, 'artifacts/screenshots');

beforeAll(async () => {
  browser = await launchExtension();
  mkdirSync(SHOTS, { recursive: true });
});

afterAll(async () => {
  await browser?.close();
});

const optionsUrl = () => `chrome-extension://${browser.extensionId}/options/options.html`;

function consoleErrors(page: Page) {
  return browser.consoleOf(page).filter((entry) => entry.type === 'error' || entry.type === 'pageerror' || entry.type === 'warning');
}

describe('the options page', () => {
  it('renders every section with no console error', async () => {
    const options = await browser.open(optionsUrl());
    try {
      await options.getByRole('heading', { name: 'MBA Lens options' }).waitFor();
      for (const name of ['The comparison card', 'Highlights on the page', 'Sites where MBA Lens stays off', 'Saved data']) {
        expect(await options.getByRole('heading', { name }).count(), name).toBe(1);
      }
      expect(await options.getByRole('switch', { name: /Show the card automatically/ }).isChecked()).toBe(true);
      await saveScreenshot(options, 'options-light.png', { fullPage: true, readme: true });
      await options.emulateMedia({ colorScheme: 'dark' });
      await options.screenshot({ path: join(SHOTS, 'options-dark.png'), fullPage: true });
      expect(consoleErrors(options)).toEqual([]);
    } finally {
      await options.close();
    }
  });

  it('switches a site off in an open tab at once', async () => {
    const fixture = detectedAs(loadWholePages(), 'mba-program')[0];
    if (fixture === undefined) throw new Error('no mba-program fixture');
    browser.serve(fixture.url, fixture.html);
    const page = await browser.open(fixture.url);
    const options = await browser.open(optionsUrl());
    try {
      await browser.waitForCard(page);
      const host = new URL(fixture.url).hostname;
      await options.getByLabel(/Add a site/).fill(fixture.url);
      await options.getByRole('button', { name: 'Add', exact: true }).click();
      await options.getByText(`MBA Lens now stays off on ${host}.`).waitFor();
      expect(await options.locator('.site-name').allTextContents()).toEqual([host]);
      // No reload: the open tab hears `settings-changed` and takes its card away.
      await page.waitForSelector('mba-lens', { state: 'detached', timeout: 5_000 });
      expect(await browser.badgeText(page)).toBe('');
      expect(consoleErrors(options)).toEqual([]);
      expect(browser.extensionErrors(page)).toEqual([]);
    } finally {
      await options.close();
      await page.close();
    }
  });

  it('asks inline before clearing saved data, then clears it', async () => {
    const options = await browser.open(optionsUrl());
    try {
      await options.getByRole('button', { name: 'Clear saved data…' }).click();
      await options.getByText(/^Are you sure\?/).waitFor();
      await options.screenshot({ path: join(SHOTS, 'options-clear-confirm.png'), fullPage: true });
      await options.getByRole('button', { name: 'Yes, clear everything' }).click();
      await options.getByText(/All saved data was cleared/).waitFor();
      expect(await options.locator('.site-name').count()).toBe(0);
    } finally {
      await options.close();
    }
  });
});
