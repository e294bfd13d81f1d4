/**
 * The same extension in Firefox ESR: the card appears on the labelled MBA-program and AI-career whole pages, with
 * its highlights, and never on the `other` ones. Firefox's closed shadow roots are out of a test's reach (no
 * DevTools-protocol pierce over BiDi), so the card's contents are checked in Chromium; here the host element, its
 * kind and the highlight registry, plus a screenshot, show that the Firefox build works in Firefox.
 *
 * Without Firefox the suite is skipped, saying why; with CI=true a missing Firefox fails the run instead.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectedAnalysis } from './expected-analysis';
import { FIREFOX_PATH, firefoxMissing, launchFirefoxExtension, type FirefoxExtensionBrowser } from './firefox-harness';
import { detectedAs, IN_CI, loadWholePages, ROOT } from './harness';

const missing = firefoxMissing();
if (missing !== null && !IN_CI) console.warn(`[e2e] Firefox ESR suite skipped: ${missing}. With CI=true this fails the run.`);

let firefox: FirefoxExtensionBrowser;

beforeAll(async () => {
  if (missing === null) firefox = await launchFirefoxExtension();
});

afterAll(async () => {
  await firefox?.close();
});

describe('Firefox ESR', () => {
  // Outside CI a missing Firefox skips the suite (the warning above says why); with CI=true this test fails the run.
  it.skipIf(missing !== null && !IN_CI)(`is installed (${FIREFOX_PATH}; FIREFOX_PATH overrides it)`, () => {
    if (missing !== null) throw new Error(`CI=true, and ${missing}: the Firefox end-to-end suite cannot run, and a skipped suite is not a pass`);
  });

  const inFirefox = it.skipIf(missing !== null);
  const pages = loadWholePages();
  inFirefox.each(pages.map((p) => [`${p.label} ${p.file}`, p] as const))('%s', async (_name, fixture) => {
    firefox.serve(fixture.url, fixture.html);
    const { page, console } = await firefox.open(fixture.url);
    try {
      const expected = expectedAnalysis(fixture.html, fixture.url);
      const host = await page.evaluate(() => {
        const hosts = document.querySelectorAll('mba-lens');
        return { count: hosts.length, kind: hosts[0]?.getAttribute('data-kind') ?? null, highlighted: CSS.highlights.has('mba-lens') };
      });
      // The card exactly where the core (in Node, as the CLI) detects the page; how often it is right is the corpus's figure.
      if (expected.result.kind === 'none') {
        expect(host).toEqual({ count: 0, kind: null, highlighted: false });
      } else {
        expect(host.count).toBe(1);
        expect(host.kind).toBe(expected.result.kind);
        expect(host.highlighted).toBe(expected.shown.evidence.length > 0);
      }
      expect(console.filter((m) => (m.type === 'error' || m.type === 'pageerror') && /moz-extension:|MBA Lens/.test(m.text))).toEqual([]);
    } finally {
      await page.close();
    }
  });

  inFirefox('screenshot of the card on an MBA page', async () => {
    const fixture = detectedAs(pages, 'mba-program')[0];
    if (fixture === undefined) return;
    firefox.serve(fixture.url, fixture.html);
    const { page } = await firefox.open(fixture.url);
    try {
      const dir = join(ROOT, 'artifacts/screenshots');
      mkdirSync(dir, { recursive: true });
      await page.screenshot({ path: join(dir, 'card-mba-firefox.png') });
    } finally {
      await page.close();
    }
  });
});
