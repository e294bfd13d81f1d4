/**
 * The shortlist shared as one HTML file, in real Chromium: a real MBA page and a real career page saved with the
 * card's Save button, and a page with a hostile title and address saved through the same message; the popup's
 * "Export HTML" downloads the file, which is then opened from disk in a browser *without* the extension, as the
 * person it was sent to would open it. It must show every saved item with its address and date, RPI's sources
 * with their dates, run nothing (no script element, no on… attribute, no dialog, the page's title untouched),
 * and pass axe. It is also printed to PDF, and "Export Markdown" is checked to hold the same items.
 * Saves `export-html.png` (also to docs/screenshots/ for the README) and `export-html-print.png` to
 * artifacts/screenshots/, and the exported files and a PDF print to artifacts/exports/.
 */
import { mkdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Download, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { RPI_PROGRAM } from '../../src/data/rpi-program';
import { programFacts } from '../storage/fixtures/facts';
import { axeViolations } from './axe';
import { expectedAnalysis } from './expected-analysis';
import { detectedAs, launchExtension, loadDevTexts, loadWholePages, openShortlist, ROOT, type ExtensionBrowser } from './harness';
import { saveScreenshot } from './screenshots';

/** The extension API called inside extension pages (evaluated there, typed here). */
declare const chrome: { runtime: { sendMessage(message: unknown): Promise<unknown> } };

const EXPORTS = join(ROOT, 'artifacts/exports');

/** What a hostile page could put in its title: markup, an event handler that would rename the page, Markdown. */
const HOSTILE_TITLE = `<img src=x onerror="document.title='pwned'"><script>document.title='pwned'</script> "Quoted" & | *MBA*`;
const HOSTILE_URL = `https://evil.example/mba?"><svg onload=alert(1)>&q='x'`;
/** The same title as a Markdown heading: every character that could make markup escaped. */
const HOSTILE_MARKDOWN = `### \\<img src=x onerror="document.title='pwned'"\\>\\<script\\>document.title='pwned'\\</script\\> "Quoted" \\& \\| \\*MBA\\*`;

let browser: ExtensionBrowser;
let reader: ExtensionBrowser;

beforeAll(async () => {
  mkdirSync(EXPORTS, { recursive: true });
  browser = await launchExtension();
  // The person the file is sent to: a browser with no extension at all.
  reader = await launchExtension({ extensionDir: null, recordMutations: false });
});

afterAll(async () => {
  await browser?.close();
  await reader?.close();
});


/** The detected MBA pages that state the most facts (as the core in Node reads them), so the export has values to show. */
function programsStatingMost(count: number): Array<{ url: string; html: string }> {
  const pages = [...detectedAs(loadWholePages(), 'mba-program'), ...detectedAs(loadDevTexts(), 'mba-program')];
  const stated = (page: { url: string; html: string }) => expectedAnalysis(page.html, page.url).result.comparison.filter((row) => row.page !== null).length;
  return pages
    .map((page) => ({ page, stated: stated(page) }))
    .sort((a, b) => b.stated - a.stated)
    .slice(0, count)
    .map(({ page }) => page);
}

/** Opens a fixture page, waits for its card and presses its Save button, then waits until the save is stored. */
async function saveWithCard(url: string, html: string): Promise<void> {
  browser.serve(url, html);
  const page = await browser.open(url);
  try {
    await browser.waitForCard(page);
    if (await browser.inCard(page, (root) => root.querySelector('.card.compact') !== null)) await browser.clickInCard(page, '.toggle');
    await browser.clickInCard(page, '.action.save');
    await expect.poll(() => browser.inCard(page, (root) => root.querySelector('.action.save')?.hasAttribute('disabled') ?? false)).toBe(true);
    expect(browser.extensionErrors(page)).toEqual([]);
  } finally {
    await page.close();
  }
}

async function saveFile(download: Download, name: string): Promise<string> {
  const path = join(EXPORTS, name);
  await download.saveAs(path);
  return path;
}

interface Saved {
  url: string;
  title: string;
  savedAt: string;
}

async function exportFrom(popup: Page, button: 'Export HTML' | 'Export Markdown', name: string): Promise<{ path: string; suggested: string }> {
  const download = popup.waitForEvent('download');
  await popup.locator('#panel-shortlist').getByRole('button', { name: button }).click();
  const file = await download;
  return { path: await saveFile(file, name), suggested: file.suggestedFilename() };
}

/** Opens a saved file from disk in the browser without the extension, recording any dialog a script would open. */
async function openFromDisk(path: string): Promise<{ page: Page; dialogs: string[] }> {
  const page = await reader.context.newPage();
  const dialogs: string[] = [];
  page.on('dialog', (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  await page.goto(pathToFileURL(path).href, { waitUntil: 'load' });
  await page.waitForTimeout(300);
  return { page, dialogs };
}

async function listed(popup: Page): Promise<Saved[]> {
  const list = (await popup.evaluate(() => chrome.runtime.sendMessage({ type: 'get-shortlist' }))) as { ok: true; value: Saved[] };
  return list.value;
}

/** What must hold for any export: it ran nothing and links only to http(s) pages. */
async function expectInert(page: Page, dialogs: readonly string[]): Promise<void> {
  expect(dialogs).toEqual([]);
  expect(await page.title()).toBe("Your shortlist compared with RPI's AI MBA");
  expect(await page.locator('script').count()).toBe(0);
  const handlers = await page.evaluate(() =>
    [...document.querySelectorAll('*')].flatMap((element) =>
      element.getAttributeNames().filter((name) => name.toLowerCase().startsWith('on')).map((name) => `${element.localName}[${name}]`),
    ),
  );
  expect(handlers).toEqual([]);
  const hrefs = await page.locator('[href]').evaluateAll((links) => links.map((link) => link.getAttribute('href') ?? ''));
  expect(hrefs.length).toBeGreaterThan(0);
  for (const href of hrefs) expect(href).toMatch(/^https?:\/\//);
  expect(reader.consoleOf(page).filter((entry) => entry.type === 'error' || entry.type === 'pageerror')).toEqual([]);
}

/** Every saved item: its title (as text), its address, and the day it was read and saved. */
async function expectItems(page: Page, saved: readonly Saved[]): Promise<void> {
  const articles = page.locator('main article');
  expect(await articles.count()).toBe(saved.length);
  for (const [index, item] of saved.entries()) {
    const article = articles.nth(index);
    expect(await article.locator('h3').textContent()).toBe(item.title);
    expect(await article.locator('dd').nth(1).textContent()).toBe(item.url);
    expect(await article.locator('dd time').getAttribute('datetime')).toBe(item.savedAt);
    expect(await article.locator('table caption').textContent()).toBe(`${item.title} compared with RPI`);
  }
}

describe('the shortlist exported as HTML', () => {
  it('is downloaded from the popup, next to the CSV export, and reads anywhere: items, RPI sources, axe, print', async () => {
    const programs = programsStatingMost(2);
    const career = detectedAs(loadDevTexts(), 'ai-career')[0];
    if (programs.length < 2 || career === undefined) throw new Error('not enough mba-program or ai-career fixtures');
    for (const page of [...programs, career]) await saveWithCard(page.url, page.html);

    const popup = await openShortlist(browser);
    let saved: Saved[];
    let exported: { path: string; suggested: string };
    try {
      saved = await listed(popup);
      expect(saved.map((item) => item.url).sort()).toEqual([...programs, career].map((page) => page.url).sort());
      const buttons = await popup.locator('#panel-shortlist [role="group"] button').allTextContents();
      expect(buttons).toEqual(['Export CSV', 'Export HTML', 'Export Markdown', 'Export JSON', 'Import JSON…']);
      exported = await exportFrom(popup, 'Export HTML', 'shortlist.html');
      await popup.getByText('Exported 3 saved items as a page to share or print (HTML).').waitFor();
      expect(browser.consoleOf(popup).filter((entry) => entry.type === 'error' || entry.type === 'pageerror')).toEqual([]);
    } finally {
      await popup.close();
    }
    expect(exported.suggested).toMatch(/^mba-lens-shortlist-\d{4}-\d{2}-\d{2}\.html$/);

    const { page, dialogs } = await openFromDisk(exported.path);
    try {
      await expectInert(page, dialogs);
      expect(await page.evaluate(() => document.documentElement.lang)).toBe('en');
      await expectItems(page, saved);
      expect(await page.locator('#overview-programs caption').textContent()).toBe('Saved programs side by side with RPI');
      expect(await page.locator('#overview-roles caption').textContent()).toBe('Saved roles side by side with RPI');

      // RPI's sources, each with the date it was checked or a word that no one has yet; silence as silence.
      const rpi = page.locator('section[aria-labelledby="rpi-title"]');
      const rpiLinks = await rpi.locator('a').evaluateAll((links) => links.map((link) => link.getAttribute('href')));
      for (const source of Object.values(RPI_PROGRAM.facts).flatMap((fact) => fact.sources)) expect(rpiLinks).toContain(source.url);
      expect(await rpi.locator('time[datetime="2026-11-24"]').count()).toBeGreaterThan(0);
      expect(await rpi.textContent()).toContain('not yet checked on the live page');
      expect(await page.locator('#rpi-facts tr[data-fact="tuitionUSD"] td').first().textContent()).toBe('Not stated');

      expect(await axeViolations(page)).toEqual([]);
      await saveScreenshot(page, 'export-html.png', { readme: true });

      // Print to PDF: the print style sheet applies (wide tables unclipped) and Chromium makes the file.
      await page.emulateMedia({ media: 'print' });
      expect(await page.locator('.table-wrap').first().evaluate((element) => getComputedStyle(element).overflowX)).toBe('visible');
      await saveScreenshot(page, 'export-html-print.png', { fullPage: true });
      const pdf = join(EXPORTS, 'shortlist.pdf');
      await page.pdf({ path: pdf, format: 'A4' });
      expect(statSync(pdf).size).toBeGreaterThan(10_000);
    } finally {
      await page.close();
    }
  });

  it("keeps a hostile page's title and address as text, in HTML and in Markdown, and runs nothing", async () => {
    const popup = await openShortlist(browser);
    let saved: Saved[];
    let html: { path: string; suggested: string };
    let markdown: { path: string; suggested: string };
    try {
      // The same message the card's Save button sends, with what a hostile page could make of its title.
      const reply = (await popup.evaluate(
        (item) => chrome.runtime.sendMessage({ type: 'shortlist-add', item }),
        { url: HOSTILE_URL, title: HOSTILE_TITLE, kind: 'mba-program', facts: programFacts({ tuitionUSD: null }), savedAt: 0 },
      )) as { ok: boolean };
      expect(reply.ok).toBe(true);
      saved = await listed(popup);
      expect(saved.map((item) => [item.title, item.url])).toContainEqual([HOSTILE_TITLE, HOSTILE_URL]);
      await popup.reload({ waitUntil: 'load' });
      await popup.getByRole('tab', { name: /Shortlist/ }).click();
      await popup.locator('#panel-shortlist .saved-item').nth(saved.length - 1).waitFor();
      html = await exportFrom(popup, 'Export HTML', 'shortlist-hostile.html');
      markdown = await exportFrom(popup, 'Export Markdown', 'shortlist-hostile.md');
    } finally {
      await popup.close();
    }
    expect(markdown.suggested).toMatch(/^mba-lens-shortlist-\d{4}-\d{2}-\d{2}\.md$/);

    const { page, dialogs } = await openFromDisk(html.path);
    try {
      await expectInert(page, dialogs);
      await expectItems(page, saved);
      // The hostile item was saved without a tuition: its cell says so.
      const hostile = saved.findIndex((item) => item.title === HOSTILE_TITLE) + 1;
      expect((await page.locator(`#item-${hostile}-facts tr[data-fact="tuitionUSD"] td`).first().textContent())?.trim()).toBe('Not stated on this page');
      expect(await axeViolations(page)).toEqual([]);
    } finally {
      await page.close();
    }

    const notes = readFileSync(markdown.path, 'utf8');
    const details = notes.split('\n').slice(notes.split('\n').indexOf('## Each saved page'));
    const titles = details.filter((line) => line.startsWith('### ')).slice(0, saved.length);
    expect(titles).toEqual(saved.map((item) => (item.title === HOSTILE_TITLE ? HOSTILE_MARKDOWN : `### ${item.title}`)));
    for (const source of Object.values(RPI_PROGRAM.facts).flatMap((fact) => fact.sources)) expect(notes).toContain(`](<${source.url}>)`);
  });
});
