/**
 * On an unrelated page the extension changes nothing (DESIGN §1: a false card is the worst bug; §7: no DOM
 * writes). Each of the 130 real pages in tests/fixtures/web-pages is served with `script-src 'none'`, so page
 * scripts cannot run while the extension's content script still does (extensions are exempt from a page's CSP):
 * the only writers left are the HTML parser and the extension. A recorder installed before any script counts every
 * mutation; the test then compares the whole record with the same page loaded in a browser without the extension,
 * and checks that nothing at all changed after parsing.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchExtension, detectedAs, loadWholePages, ROOT, type ExtensionBrowser, type MutationEntry } from './harness';

const DIR = join(ROOT, 'tests/fixtures/web-pages');
const NO_PAGE_SCRIPTS = { 'Content-Security-Policy': "script-src 'none'" };
/** Long enough for the gate, and where it passes for page.js to load and the full analysis to run. */
const SETTLE_MS = 900;

let withExtension: ExtensionBrowser;
let withoutExtension: ExtensionBrowser;

beforeAll(async () => {
  [withExtension, withoutExtension] = await Promise.all([launchExtension(), launchExtension({ extensionDir: null })]);
});

afterAll(async () => {
  await Promise.all([withExtension?.close(), withoutExtension?.close()]);
});

function pageUrl(file: string, html: string): string {
  const canonical = /<link[^>]+rel=["']?canonical["']?[^>]*>/i.exec(html)?.[0];
  const href = canonical ? /href=["']([^"']+)["']/i.exec(canonical)?.[1] : undefined;
  if (href !== undefined && /^https:\/\/[^/]+/i.test(href)) return href.replace(/&amp;/g, '&');
  return `https://pages.example.org/${file}`;
}

const pages = readdirSync(DIR)
  .filter((name) => name.endsWith('.html'))
  .sort()
  .map((file) => {
    const html = readFileSync(join(DIR, file), 'utf8');
    return { file, html, url: pageUrl(file, html) };
  });

function summary(entries: MutationEntry[]): string[] {
  return entries.map((e) => `${e.type} ${e.target} +${e.added.join(',')} -${e.removed.join(',')} ${e.attribute ?? ''}`);
}

describe('real unrelated pages: no card, no badge, no DOM mutation', () => {
  it('has the 130 pages', () => {
    expect(pages.length).toBe(130);
  });

  // Concurrent tabs: each page has its own tab and its own recorder, so pages cannot see each other's writes.
  it.concurrent.each(pages.map((p) => [p.file, p] as const))('%s', async (_file, page) => {
    const response = { body: page.html, headers: NO_PAGE_SCRIPTS };
    withExtension.serve(page.url, response);
    withoutExtension.serve(page.url, response);
    const [tab, baseline] = await Promise.all([
      withExtension.open(page.url, { settleMs: SETTLE_MS }),
      withoutExtension.open(page.url, { settleMs: SETTLE_MS }),
    ]);
    try {
      const mutations = await withExtension.mutations(tab);
      const baselineMutations = await withoutExtension.mutations(baseline);
      // The recorder ran (it is what makes an empty list meaningful).
      expect(await tab.evaluate(() => Symbol.for('mba-lens.e2e.mutations') in window)).toBe(true);
      expect(summary(mutations.filter((m) => m.afterParse)), 'mutations after parsing').toEqual([]);
      expect(summary(mutations), 'same record as without the extension').toEqual(summary(baselineMutations));
      expect(await tab.locator('mba-lens').count()).toBe(0);
      expect(await withExtension.badgeText(tab)).toBe('');
      const entry = (await withExtension.tabResult(tab)) as { kind?: string } | undefined;
      expect(entry === undefined || entry.kind === 'none').toBe(true);
      expect(withExtension.extensionErrors(tab)).toEqual([]);
    } finally {
      await Promise.all([tab.close(), baseline.close()]);
    }
  });

  it('positive control: a detected page served the same way does get its card', async () => {
    const fixture = detectedAs(loadWholePages(), 'mba-program')[0];
    expect(fixture).toBeDefined();
    if (fixture === undefined) return;
    withExtension.serve(fixture.url, { body: fixture.html, headers: NO_PAGE_SCRIPTS });
    const tab = await withExtension.open(fixture.url);
    try {
      await withExtension.waitForCard(tab);
      const after = (await withExtension.mutations(tab)).filter((m) => m.afterParse);
      // Exactly one write: the host element appended to <html>.
      expect(summary(after)).toEqual(['childList HTML +MBA-LENS - ']);
    } finally {
      await tab.close();
    }
  });
});
