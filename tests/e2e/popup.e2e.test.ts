/**
 * The toolbar popup in real Chromium, opened as chrome-extension://<id>/popup/popup.html: RPI's key facts with
 * their rpi.edu sources, the current tab's comparison (saved to the shortlist from there), "analyse anyway", and
 * no console error. Screenshots (light and dark) go to artifacts/screenshots/.
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

const popupUrl = () => `chrome-extension://${browser.extensionId}/popup/popup.html`;

function consoleErrors(page: Page) {
  return browser.consoleOf(page).filter((entry) => entry.type === 'error' || entry.type === 'pageerror' || entry.type === 'warning');
}

/**
 * The popup over a web page. A real popup cannot be opened headless, so popup.html is loaded in a tab that is then
 * sent to the background and reloaded: its `tabs.query({ active: true, currentWindow: true })` then finds `page`,
 * exactly as the toolbar popup finds the tab it was opened over.
 */
async function popupOver(page: Page): Promise<Page> {
  const popup = await browser.open(popupUrl(), { settleMs: 0 });
  await page.bringToFront();
  await popup.reload({ waitUntil: 'load' });
  await popup.waitForSelector('#panel-page :is(.current-page, .empty-state)');
  return popup;
}

describe('the popup page', () => {
  it("shows RPI's 36 credits, STEM designation and OPT with rpi.edu sources, and logs no error", async () => {
    const popup = await browser.open(popupUrl());
    try {
      await popup.getByRole('tab', { name: 'RPI facts' }).click();
      const panel = popup.locator('#panel-rpi');
      await panel.waitFor({ state: 'visible' });
      const fact = (name: string) => panel.locator(`.fact-item[data-fact="${name}"]`);
      expect(await fact('credits').textContent()).toContain('36 credits');
      expect(await fact('stem').textContent()).toContain('STEM-designated');
      expect(await fact('opt').textContent()).toContain('OPT-eligible, with the 24-month STEM extension');
      expect(await fact('tuitionUSD').textContent()).toContain('Not stated');
      for (const name of ['credits', 'stem', 'opt']) {
        const hrefs = await fact(name).locator('.source a').evaluateAll((links) => links.map((a) => (a as HTMLAnchorElement).href));
        expect(hrefs.length, name).toBeGreaterThan(0);
        for (const href of hrefs) expect(href).toMatch(/^https:\/\/[a-z.]*rpi\.edu\//);
      }
      await popup.screenshot({ path: join(SHOTS, 'popup-rpi-facts-light.png') });
      await popup.emulateMedia({ colorScheme: 'dark' });
      await popup.screenshot({ path: join(SHOTS, 'popup-rpi-facts-dark.png') });
      expect(consoleErrors(popup)).toEqual([]);
    } finally {
      await popup.close();
    }
  });

  it("shows the current tab's comparison and saves it to the shortlist", async () => {
    const fixture = detectedAs(loadWholePages(), 'mba-program')[0];
    if (fixture === undefined) throw new Error('no mba-program fixture');
    browser.serve(fixture.url, fixture.html);
    const page = await browser.open(fixture.url);
    await browser.waitForCard(page);
    const popup = await popupOver(page);
    try {
      const panel = popup.locator('#panel-page');
      expect(await panel.locator('.comparison .row').count()).toBe(8);
      await popup.screenshot({ path: join(SHOTS, 'popup-this-page.png') });
      await panel.getByRole('button', { name: 'Save program to shortlist' }).click();
      await panel.getByText('Saved to your shortlist.').waitFor();
      await popup.getByRole('tab', { name: /Shortlist/ }).click();
      const saved = popup.locator('#panel-shortlist .saved-item');
      expect(await saved.count()).toBe(1);
      expect(await popup.locator('#panel-shortlist table caption').first().textContent()).toBe('Saved programs side by side with RPI');
      // The popup's own box, as the toolbar shows it (the tab around it is only where the test opened it).
      await saveScreenshot(popup.locator('.popup'), 'popup-shortlist.png', { readme: true });
      expect(consoleErrors(popup)).toEqual([]);
    } finally {
      await popup.close();
      await page.close();
    }
  });

  it('analyses a page that was not detected, on request', async () => {
    const url = 'https://blog.example.org/notes/weekend';
    browser.serve(url, '<!doctype html><title>Weekend notes</title><p>We baked bread and walked by the river.</p>');
    const page = await browser.open(url);
    expect(await page.locator('mba-lens').count()).toBe(0);
    // The toolbar click that opens a real popup grants activeTab, which the background needs to inject here.
    await browser.pressToolbarButton(page);
    const popup = await popupOver(page);
    try {
      const panel = popup.locator('#panel-page');
      expect(await panel.textContent()).toContain('Nothing to compare here');
      await panel.getByRole('button', { name: 'Analyse this page anyway' }).click();
      await panel.getByText('the comparison card is shown on the page', { exact: false }).waitFor();
      await page.waitForSelector('mba-lens', { state: 'attached' });
      expect(consoleErrors(popup)).toEqual([]);
    } finally {
      await popup.close();
      await page.close();
    }
  });
});
