/**
 * The card in real Chromium: it appears on MBA-program and AI-career pages with the core's rows, and nowhere on
 * the labelled `other` pages; the badge and the per-tab `storage.session` entry agree; the extension logs no error.
 * Screenshots of the expanded card go to artifacts/screenshots/ (and docs/screenshots/ for the README).
 */
import { copyFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectedAnalysis, rowKeys } from './expected-analysis';
import { launchExtension, loadDevTexts, loadWholePages, ROOT, type ExtensionBrowser } from './harness';

const BADGE = { 'mba-program': 'MBA', 'ai-career': 'AI', other: '' } as const;

let browser: ExtensionBrowser;

beforeAll(async () => {
  browser = await launchExtension();
});

afterAll(async () => {
  await browser?.close();
});

interface Fixture {
  file: string;
  url: string;
  label: 'mba-program' | 'ai-career' | 'other';
  html: string;
}

async function cardRows(page: import('playwright-core').Page) {
  return browser.inCard(page, (root) =>
    Array.from(root.querySelectorAll('.comparison .row'), (row) => ({ fact: row.getAttribute('data-fact') ?? '', verdict: row.getAttribute('data-verdict') ?? '' })),
  );
}

async function checkFixture(fixture: Fixture) {
  browser.serve(fixture.url, fixture.html);
  const page = await browser.open(fixture.url);
  try {
    const expected = expectedAnalysis(fixture.html, fixture.url);
    if (fixture.label === 'other') {
      await page.waitForTimeout(600);
      expect(await page.locator('mba-lens').count(), `${fixture.file}: no card on an unrelated page`).toBe(0);
      expect(await browser.badgeText(page)).toBe('');
      const entry = (await browser.tabResult(page)) as { kind?: string } | undefined;
      expect(entry === undefined || entry.kind === 'none', `${fixture.file}: no result kept`).toBe(true);
    } else {
      expect(expected.result.kind, `${fixture.file}: the core's classification (in Node) of a ${fixture.label} page`).toBe(fixture.label);
      await browser.waitForCard(page);
      expect(await page.locator('mba-lens').count()).toBe(1);
      expect(await page.locator('mba-lens').getAttribute('data-kind')).toBe(fixture.label);
      // Compact by default; expand by click and read the rows.
      expect(await browser.inCard(page, (root) => root.querySelector('.toggle')?.getAttribute('aria-expanded'))).toBe('false');
      await browser.clickInCard(page, '.toggle');
      await page.waitForTimeout(100);
      expect(await cardRows(page)).toEqual(rowKeys(expected));
      if (fixture.label === 'mba-program') {
        expect((await cardRows(page)).map((r) => r.fact)).toEqual(['credits', 'duration', 'stem', 'opt', 'format', 'tuitionUSD', 'aiCurriculum', 'ethics']);
      }
      expect(await browser.badgeText(page)).toBe(BADGE[fixture.label]);
      const entry = (await browser.tabResult(page)) as Record<string, unknown> | undefined;
      expect(entry).toEqual(JSON.parse(JSON.stringify(expected.result)));
    }
    expect(browser.extensionErrors(page)).toEqual([]);
  } finally {
    await page.close();
  }
}

describe('whole saved pages', () => {
  const pages = loadWholePages();
  it.each(pages.map((p) => [`${p.label} ${p.file}`, p] as const))('%s', async (_name, fixture) => {
    await checkFixture(fixture);
  });
});

describe('dev texts wrapped in plain pages', () => {
  const texts = loadDevTexts();
  it.each(texts.map((t) => [`${t.label} ${t.file}`, t] as const))('%s', async (_name, fixture) => {
    await checkFixture(fixture);
  });
});

describe('screenshots of the expanded card', () => {
  // The most telling page of each kind: the MBA page that states the most facts, the career page with the most rows.
  const all: Fixture[] = [...loadWholePages(), ...loadDevTexts()];
  const score = (fixture: Fixture) => {
    const analysis = expectedAnalysis(fixture.html, fixture.url);
    if (analysis.result.kind !== fixture.label) return -1;
    return analysis.shown.comparison.filter((row) => row.page !== null).length * 100 + analysis.shown.evidence.length;
  };
  const best = (label: Fixture['label']) => all.filter((f) => f.label === label).map((f) => ({ f, s: score(f) })).sort((a, b) => b.s - a.s)[0]?.f;
  const shots = [
    { name: 'card-mba.png', fixture: best('mba-program') },
    { name: 'card-career.png', fixture: best('ai-career') },
  ];
  it.each(shots)('$name', async ({ name, fixture }) => {
    expect(fixture).toBeDefined();
    if (fixture === undefined) return;
    browser.serve(fixture.url, fixture.html);
    const page = await browser.open(fixture.url);
    try {
      await browser.waitForCard(page);
      await browser.clickInCard(page, '.toggle');
      await page.waitForTimeout(300);
      const dir = join(ROOT, 'artifacts/screenshots');
      const docs = join(ROOT, 'docs/screenshots');
      mkdirSync(dir, { recursive: true });
      mkdirSync(docs, { recursive: true });
      await page.screenshot({ path: join(dir, name) });
      copyFileSync(join(dir, name), join(docs, name));
    } finally {
      await page.close();
    }
  });
});
