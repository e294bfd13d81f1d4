/**
 * Firefox for the end-to-end tests: Debian's firefox-esr driven by puppeteer-core over WebDriver BiDi (Playwright
 * cannot drive a stock Firefox, and there is no geckodriver here). dist/firefox is installed as a temporary add-on;
 * pages are served by request interception at their https addresses, with no network (DESIGN §9).
 *
 * FIREFOX_PATH points the tests at another binary. A missing Firefox skips the Firefox suite, except with CI=true,
 * where it fails the run (`IN_CI` in harness.ts); a missing build always fails it.
 *
 * The card's closed shadow root: WebDriver BiDi serialises it when asked (`includeShadowTree: 'all'`), and a sandbox
 * realm of the test's own (pristine built-ins, the page's DOM, as Chromium's isolated worlds) can then run code over
 * it. puppeteer-core has no public call for those options, so `inCard` talks to its BiDi browsing context directly.
 *
 * The badge and the background's per-tab result are read from one of the extension's own pages (options.html, opened
 * in a tab of its own the first time they are asked for): BiDi reaches a moz-extension page only when Firefox runs
 * with `--remote-allow-system-access`, and its address only when the add-on's UUID is fixed by the
 * `extensions.webextensions.uuids` preference.
 */
import { randomUUID } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { extensionErrorsIn, missingBrowser, ROOT, type ConsoleEntry, type ServedResponse } from './harness';

export const FIREFOX_DIST = join(ROOT, 'dist/firefox');
/** Debian's Firefox ESR; FIREFOX_PATH points the tests at another binary. */
export const FIREFOX_PATH = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';

/** moz-extension origins are a random UUID per install. */
const MOZ_EXTENSION = /moz-extension:\/\/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\//;

export interface FirefoxExtensionBrowser {
  browser: Browser;
  addonId: string;
  serve(url: string, response: string | ServedResponse): void;
  /** Opens a new tab at `url` and waits for its load event; the content script runs after it (document_idle). */
  open(url: string): Promise<{ page: Page; console: ConsoleEntry[] }>;
  /** Errors from an extension's code (moz-extension URLs in the message or its location), and errors it caught and noted. */
  extensionErrors(console: readonly ConsoleEntry[]): ConsoleEntry[];
  /**
   * Runs `fn` over the card's closed shadow root in a sandbox realm of the test's own; rejects when the page has no
   * `<mba-lens>` host with a shadow root. `fn` and `arg` cross as source text and JSON; so does the result.
   */
  inCard<R, A = undefined>(page: Page, fn: (root: ShadowRoot, arg: A) => R, arg?: A): Promise<R>;
  /** Waits until the `<mba-lens>` host and its card are rendered. */
  waitForCard(page: Page, timeoutMs?: number): Promise<void>;
  /** The toolbar badge's text on the page's tab. */
  badgeText(page: Page): Promise<string>;
  /** The `tab:<id>` entry the background keeps in `storage.session` for the page's tab, or undefined. */
  tabResult(page: Page): Promise<unknown>;
  close(): Promise<void>;
}

/** Why the Firefox suite cannot run here, or null when it can. */
export function firefoxMissing(): string | null {
  return missingBrowser('Firefox ESR', FIREFOX_PATH, 'FIREFOX_PATH', 'firefox-esr');
}

/** The parts of puppeteer-core's BiDi objects that `inCard` uses (internal API; pinned by package-lock.json). */
interface BidiRealm {
  callFunction(
    functionDeclaration: string,
    awaitPromise: boolean,
    options?: Record<string, unknown>,
  ): Promise<{ type: 'success'; result: BidiValue } | { type: 'exception'; exceptionDetails: { text: string } }>;
}
interface BidiValue {
  type: string;
  value?: unknown;
  sharedId?: string;
}
interface BidiFrame {
  browsingContext: { createWindowRealm(sandbox: string): BidiRealm };
}

/** The extension APIs the harness calls in the extension's page (evaluated there, typed here). */
interface ExtensionPageApi {
  tabs: { query(filter: { active: boolean; lastFocusedWindow: boolean }): Promise<Array<{ id?: number }>> };
  action: { getBadgeText(details: { tabId: number }): Promise<string> };
  storage: { session: { get(keys: null): Promise<Record<string, unknown>> } };
}

export interface FirefoxLaunchOptions {
  /** Firefox preferences for this browser only, e.g. to turn off a web API and run the code path older versions take. */
  prefs?: Record<string, unknown>;
}

export async function launchFirefoxExtension(options: FirefoxLaunchOptions = {}): Promise<FirefoxExtensionBrowser> {
  const missing = firefoxMissing();
  if (missing !== null) throw new Error(missing);
  // Not a reason to skip: the run builds dist/ first (global-setup.ts), so a missing build is a broken run.
  if (!existsSync(join(FIREFOX_DIST, 'manifest.json'))) throw new Error(`${FIREFOX_DIST} has no manifest.json: build it first (node build.mjs --target firefox)`);
  const manifest = JSON.parse(readFileSync(join(FIREFOX_DIST, 'manifest.json'), 'utf8')) as { browser_specific_settings: { gecko: { id: string } } };
  const extensionUuid = randomUUID();
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: FIREFOX_PATH,
    headless: true,
    args: ['--remote-allow-system-access'],
    extraPrefsFirefox: { 'extensions.webextensions.uuids': JSON.stringify({ [manifest.browser_specific_settings.gecko.id]: extensionUuid }), ...options.prefs },
  });
  const addonId = await browser.installExtension(FIREFOX_DIST);
  const served = new Map<string, ServedResponse>();
  const probes = new WeakMap<Page, BidiRealm>();

  const probeRealm = (page: Page): BidiRealm => {
    let realm = probes.get(page);
    if (realm === undefined) {
      const frame = page.mainFrame() as unknown as BidiFrame;
      if (typeof frame.browsingContext?.createWindowRealm !== 'function') throw new Error('puppeteer-core no longer exposes the BiDi browsing context');
      // A sandbox realm follows its browsing context across navigations (puppeteer-core tracks the new realm's id).
      realm = frame.browsingContext.createWindowRealm('mba-lens-e2e-probe');
      probes.set(page, realm);
    }
    return realm;
  };

  const call = async (page: Page, declaration: string, args: BidiValue[], serializationOptions: Record<string, unknown> = {}): Promise<BidiValue> => {
    const answer = await probeRealm(page).callFunction(declaration, true, { arguments: args, resultOwnership: 'none', serializationOptions });
    if (answer.type === 'exception') throw new Error(`inCard: ${answer.exceptionDetails.text}`);
    return answer.result;
  };

  let extensionPage: Promise<Page> | undefined;
  const extensionTab = (): Promise<Page> =>
    (extensionPage ??= (async () => {
      const tab = await browser.newPage();
      // puppeteer-core never sees a moz-extension navigation end (DESIGN §9): wait for the page's root instead. Not
      // with waitForSelector: while the tab swaps about:blank for the extension page, a query can hit the realm
      // being torn down and fail with a protocol error instead of trying again (seen on a loaded machine).
      void tab.goto(`moz-extension://${extensionUuid}/options/options.html`).catch(() => undefined);
      const deadline = Date.now() + 30_000;
      const ready = () => tab.evaluate(() => location.protocol === 'moz-extension:' && document.querySelector('#root') !== null).catch(() => false);
      while (!(await ready())) {
        if (Date.now() > deadline) throw new Error('the extension page did not open within 30 s');
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
      return tab;
    })().catch((error: unknown) => {
      extensionPage = undefined;
      throw error;
    }));

  const tabIds = new WeakMap<Page, number>();
  const tabIdOf = async (page: Page): Promise<number> => {
    const known = tabIds.get(page);
    if (known !== undefined) return known;
    // Opened first: the extension's page takes the front when it opens, and the page must have it back to be found.
    const tab = await extensionTab();
    await page.bringToFront();
    const id = await tab.evaluate(async () => {
      const api = (globalThis as unknown as { browser: ExtensionPageApi }).browser;
      const [active] = await api.tabs.query({ active: true, lastFocusedWindow: true });
      return active?.id ?? -1;
    });
    if (id < 0) throw new Error('no active tab');
    tabIds.set(page, id);
    return id;
  };

  const inCard = async <R, A>(page: Page, fn: (root: ShadowRoot, arg: A) => R, arg?: A): Promise<R> => {
    const host = await call(page, '() => document.querySelector("mba-lens")', [], { maxDomDepth: 1, includeShadowTree: 'all' });
    const shadow = (host.value as { shadowRoot?: BidiValue | null } | undefined)?.shadowRoot;
    if (host.type !== 'node' || shadow?.sharedId === undefined) throw new Error('no <mba-lens> host with a shadow root on the page');
    const result = await call(page, `async (root, arg) => JSON.stringify({ value: await (${fn.toString()})(root, JSON.parse(arg)) })`, [
      { type: 'node', sharedId: shadow.sharedId },
      { type: 'string', value: JSON.stringify(arg ?? null) },
    ]);
    return (JSON.parse(String(result.value)) as { value: R }).value;
  };

  return {
    browser,
    addonId,
    serve(url, response) {
      served.set(url.replace(/#.*$/, ''), typeof response === 'string' ? { body: response } : response);
    },
    async open(url) {
      const page = await browser.newPage();
      const console: ConsoleEntry[] = [];
      page.on('console', (message) => console.push({ type: message.type(), text: message.text(), url: message.location().url ?? '' }));
      page.on('pageerror', (error) => console.push({ type: 'pageerror', text: `${String(error)}\n${error instanceof Error ? (error.stack ?? '') : ''}`, url: '' }));
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
      return { page, console };
    },
    extensionErrors: (console) => extensionErrorsIn(console, MOZ_EXTENSION),
    inCard,
    async waitForCard(page, timeoutMs = 10_000) {
      await page.waitForSelector('mba-lens', { timeout: timeoutMs });
      const deadline = Date.now() + timeoutMs;
      while (!(await inCard(page, (root) => root.querySelector('.card') !== null).catch(() => false))) {
        if (Date.now() > deadline) throw new Error(`the card did not render within ${timeoutMs} ms`);
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
    },
    async badgeText(page) {
      const tabId = await tabIdOf(page);
      return (await extensionTab()).evaluate(async (id) => (globalThis as unknown as { browser: ExtensionPageApi }).browser.action.getBadgeText({ tabId: id }), tabId);
    },
    async tabResult(page) {
      const tabId = await tabIdOf(page);
      const all = await (await extensionTab()).evaluate(async () => (globalThis as unknown as { browser: ExtensionPageApi }).browser.storage.session.get(null));
      return all[`tab:${tabId}`];
    },
    async close() {
      await browser.close();
    },
  };
}
