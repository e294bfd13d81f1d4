/**
 * Firefox for the end-to-end tests: Debian's firefox-esr driven by puppeteer-core over WebDriver BiDi (Playwright
 * cannot drive a stock Firefox, and there is no geckodriver here). dist/firefox is installed as a temporary add-on;
 * pages are served by request interception at their https addresses, with no network (DESIGN §9).
 *
 * FIREFOX_PATH points the tests at another binary. A missing Firefox skips the Firefox suite, except with CI=true,
 * where it fails the run (`IN_CI` in harness.ts); a missing build always fails it.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { missingBrowser, ROOT, type ServedResponse } from './harness';

export const FIREFOX_DIST = join(ROOT, 'dist/firefox');
/** Debian's Firefox ESR; FIREFOX_PATH points the tests at another binary. */
export const FIREFOX_PATH = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';

export interface FirefoxExtensionBrowser {
  browser: Browser;
  addonId: string;
  serve(url: string, response: string | ServedResponse): void;
  /** Opens a new tab at `url`, waits for load and for document_idle content scripts to have run. */
  open(url: string, settleMs?: number): Promise<{ page: Page; console: Array<{ type: string; text: string }> }>;
  close(): Promise<void>;
}

/** Why the Firefox suite cannot run here, or null when it can. */
export function firefoxMissing(): string | null {
  return missingBrowser('Firefox ESR', FIREFOX_PATH, 'FIREFOX_PATH', 'firefox-esr');
}

export async function launchFirefoxExtension(): Promise<FirefoxExtensionBrowser> {
  const missing = firefoxMissing();
  if (missing !== null) throw new Error(missing);
  // Not a reason to skip: the run builds dist/ first (global-setup.ts), so a missing build is a broken run.
  if (!existsSync(join(FIREFOX_DIST, 'manifest.json'))) throw new Error(`${FIREFOX_DIST} has no manifest.json: build it first (node build.mjs --target firefox)`);
  const browser = await puppeteer.launch({ browser: 'firefox', executablePath: FIREFOX_PATH, headless: true });
  const addonId = await browser.installExtension(FIREFOX_DIST);
  const served = new Map<string, ServedResponse>();
  return {
    browser,
    addonId,
    serve(url, response) {
      served.set(url.replace(/#.*$/, ''), typeof response === 'string' ? { body: response } : response);
    },
    async open(url, settleMs = 1_200) {
      const page = await browser.newPage();
      const console: Array<{ type: string; text: string }> = [];
      page.on('console', (message) => console.push({ type: message.type(), text: message.text() }));
      page.on('pageerror', (error) => console.push({ type: 'pageerror', text: String(error) }));
      await page.setRequestInterception(true);
      // A request may still be in flight when a test closes its page; answering it then is not an error.
      const ignore = () => undefined;
      page.on('request', (request) => {
        const target = request.url();
        if (!/^https?:/i.test(target)) return void request.continue().catch(ignore);
        const entry = served.get(target.replace(/#.*$/, ''));
        if (entry === undefined) return void request.respond({ status: 404, contentType: 'text/plain', body: '' }).catch(ignore);
        return void request
          .respond({
            status: entry.status ?? 200,
            contentType: entry.contentType ?? 'text/html; charset=utf-8',
            body: entry.body,
            ...(entry.headers === undefined ? {} : { headers: entry.headers }),
          })
          .catch(ignore);
      });
      await page.goto(url, { waitUntil: 'load' });
      await new Promise((resolve) => setTimeout(resolve, settleMs));
      return { page, console };
    },
    async close() {
      await browser.close();
    },
  };
}
