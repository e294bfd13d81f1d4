/**
 * The end-to-end harness: the built extension (dist/chrome) in Debian's Chromium through playwright-core, with
 * fixture pages served at realistic https addresses by request interception (no network: anything not served is a
 * 404). Shared by the in-page, popup, benchmark and hostile-page tests.
 *
 *   const browser = await launchExtension();
 *   browser.serve('https://www.example.edu/mba/', html);
 *   const page = await browser.open('https://www.example.edu/mba/');
 *   await browser.waitForCard(page);
 *   expect(await browser.badgeText(page)).toBe('MBA');
 *   await browser.close();
 *
 * DESIGN §9 lists the launch flags verified on these machines.
 *
 * Over 300 lines on purpose: launching, serving, waiting and reading the card are the one Chromium harness every
 * end-to-end file uses.
 */
import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type BrowserContext, type CDPSession, type ConsoleMessage, type Page, type Worker } from 'playwright-core';

/** The extension APIs the harness calls inside the service worker (evaluated there, typed here). */
declare const chrome: {
  tabs: {
    query(query: { active?: boolean; lastFocusedWindow?: boolean }): Promise<Array<{ id?: number }>>;
    sendMessage(tabId: number, message: unknown, options?: { frameId?: number }): Promise<unknown>;
    get(tabId: number): Promise<{ index: number }>;
  };
  action: { getBadgeText(details: { tabId: number }): Promise<string> };
  storage: { session: { get(keys: null): Promise<Record<string, unknown>> } };
};

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
export const CHROME_DIST = join(ROOT, 'dist/chrome');
/** Debian's Chromium; CHROMIUM_PATH points the tests at another binary. */
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/**
 * True on a CI machine (CI=true, as .ci/run and the usual CI services set it). There a missing browser fails the
 * run: a suite skipped for want of its browser has tested nothing, and CI must not report that as a pass.
 */
export const IN_CI = /^(true|1)$/i.test(process.env.CI ?? '');

/**
 * Why the browser at `path` cannot be run, or null when it can: the message names the variable that overrides the
 * path and the Debian package that provides the default.
 */
export function missingBrowser(name: string, path: string, variable: string, debianPackage: string): string | null {
  if (existsSync(path)) return null;
  return `${name} not found at ${path} (install it with apt-get install -y ${debianPackage}, or set ${variable} to its binary)`;
}

/** Throws, naming the binary, when Chromium is missing: the Chromium suites fail then, in CI and out of it. */
export function requireChromium(): void {
  const missing = missingBrowser('Chromium', CHROMIUM_PATH, 'CHROMIUM_PATH', 'chromium');
  if (missing !== null) throw new Error(missing);
}

export const CHROMIUM_FLAGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export interface LaunchOptions {
  /** The unpacked extension to load; dist/chrome by default. `null` launches without any extension (baselines). */
  extensionDir?: string | null;
  /** Record every DOM mutation from before any script runs (see `mutations`). Default true. */
  recordMutations?: boolean;
  viewport?: { width: number; height: number };
  /** Extra Chromium flags. */
  args?: string[];
}

export interface ServedResponse {
  body: string | Buffer;
  contentType?: string;
  status?: number;
  headers?: Record<string, string>;
}

/** One DOM mutation, as the recorder in the page's main world saw it. */
export interface MutationEntry {
  type: MutationRecordType;
  /** Tag name (or #text, #document) of the record's target. */
  target: string;
  added: string[];
  removed: string[];
  attribute: string | null;
  /** True when it happened after DOMContentLoaded, i.e. not while the parser was building the page. */
  afterParse: boolean;
}

export interface ConsoleEntry {
  type: string;
  text: string;
  url: string;
}

export interface ExtensionBrowser {
  context: BrowserContext;
  /** Null when launched without an extension. */
  extensionId: string | null;
  serviceWorker: Worker | null;
  /** Serves `response` (or an HTML string) at `url` (fragment ignored) from now on. */
  serve(url: string, response: string | ServedResponse): void;
  /**
   * Opens a new tab at `url` and waits for its load event and, on an http(s) page of a browser with the extension,
   * until the extension's content script has run there (document_idle scripts may run after the load event). Then
   * waits `settleMs` more (default 0): only a test that checks that something does *not* happen needs that window.
   */
  open(url: string, options?: { settleMs?: number }): Promise<Page>;
  /** Reloads `page` and waits as `open` does. */
  reload(page: Page, options?: { settleMs?: number }): Promise<void>;
  /** Console messages of the page (all of them; `extensionErrors` filters the extension's). */
  consoleOf(page: Page): ConsoleEntry[];
  /** Errors from this extension's code (its URLs in the message or location), and errors it caught and noted. */
  extensionErrors(page: Page): ConsoleEntry[];
  /** The recorded mutations (needs recordMutations). */
  mutations(page: Page): Promise<MutationEntry[]>;
  tabIdOf(page: Page): Promise<number>;
  badgeText(page: Page): Promise<string>;
  /** All of `storage.session`. */
  sessionStorage(): Promise<Record<string, unknown>>;
  /** The `tab:<id>` entry of this page's tab, or undefined. */
  tabResult(page: Page): Promise<unknown>;
  /** Evaluates a function in the page's main world with the card's closed shadow root as its argument. */
  inCard<R, A = undefined>(page: Page, fn: (root: ShadowRoot, arg: A) => R, arg?: A): Promise<R>;
  /** Waits until the `<mba-lens>` host and its card are rendered. */
  waitForCard(page: Page, timeoutMs?: number): Promise<void>;
  /** Clicks an element inside the card (a real mouse click at its centre). */
  clickInCard(page: Page, selector: string): Promise<void>;
  /** Sends a message to the page's content script through the background, as the popup or a menu would. */
  sendToTab(page: Page, message: unknown): Promise<unknown>;
  /**
   * What the user's click on the toolbar button does for the page's tab: grants `activeTab` (Chromium also opens the
   * popup, unseen when headless). A context-menu click and the keyboard command grant the same.
   */
  pressToolbarButton(page: Page): Promise<void>;
  /**
   * The user asks for the card on a page where no content script listens (the gate rejected it): the toolbar click
   * grants `activeTab`, then the popup's "Analyse this page anyway" asks the background (`analyze-tab`), which
   * leaves the request in the tab and injects content/request.js to take it. Resolves to the background's answer.
   */
  askForCard(page: Page): Promise<unknown>;
  close(): Promise<void>;
}

/**
 * Runs in the page's main world before any page script (and before the content script): records every mutation
 * of the document, marking those after DOMContentLoaded. Defined on a symbol so the page does not trip over it.
 */
const MUTATION_RECORDER = `(() => {
  const log = [];
  let parsed = false;
  const name = (n) => (n && n.nodeType === 1 ? n.tagName : n ? n.nodeName : '');
  const push = (records) => {
    for (const r of records) {
      log.push({
        type: r.type, target: name(r.target), attribute: r.attributeName,
        added: Array.from(r.addedNodes, name), removed: Array.from(r.removedNodes, name), afterParse: parsed,
      });
    }
  };
  Object.defineProperty(window, Symbol.for('mba-lens.e2e.mutations'), { value: log });
  const observer = new MutationObserver(push);
  observer.observe(document, { childList: true, subtree: true, attributes: true, characterData: true });
  // Records reach the callback in batches after the fact; take the parser's last ones before flipping the flag.
  document.addEventListener('DOMContentLoaded', () => { push(observer.takeRecords()); parsed = true; }, { capture: true, once: true });
})();`;

function withoutFragment(url: string): string {
  const hash = url.indexOf('#');
  return hash < 0 ? url : url.slice(0, hash);
}

export async function launchExtension(options: LaunchOptions = {}): Promise<ExtensionBrowser> {
  const extensionDir = options.extensionDir === undefined ? CHROME_DIST : options.extensionDir;
  requireChromium();
  if (extensionDir !== null && !existsSync(join(extensionDir, 'manifest.json'))) {
    throw new Error(`${extensionDir} has no manifest.json: build it first (node build.mjs --target chrome)`);
  }
  // The unsafe-debugging flag lets DevTools press the toolbar button (Extensions.triggerAction), over Playwright's pipe.
  const extensionArgs =
    extensionDir === null ? [] : [`--disable-extensions-except=${extensionDir}`, `--load-extension=${extensionDir}`, '--enable-unsafe-extension-debugging'];
  const context = await chromium.launchPersistentContext('', {
    executablePath: CHROMIUM_PATH,
    headless: true,
    args: [...extensionArgs, ...CHROMIUM_FLAGS, ...(options.args ?? [])],
    viewport: options.viewport ?? { width: 1280, height: 900 },
  });

  const served = new Map<string, ServedResponse>();
  await context.route('**/*', async (route) => {
    const url = route.request().url();
    // Only the web is faked; the extension's own resources (page.js) load as they would for a user.
    if (!/^https?:/i.test(url)) return route.fallback();
    const entry = served.get(withoutFragment(url));
    if (entry === undefined) return route.fulfill({ status: 404, contentType: 'text/plain', body: '' });
    return route.fulfill({
      status: entry.status ?? 200,
      contentType: entry.contentType ?? 'text/html; charset=utf-8',
      body: entry.body,
      ...(entry.headers === undefined ? {} : { headers: entry.headers }),
    });
  });
  if (options.recordMutations ?? true) await context.addInitScript({ content: MUTATION_RECORDER });

  let serviceWorker: Worker | null = null;
  let extensionId: string | null = null;
  if (extensionDir !== null) {
    serviceWorker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker', { timeout: 15_000 }));
    extensionId = new URL(serviceWorker.url()).host;
  }
  const sw = <R, A>(fn: (arg: A) => R | Promise<R>, arg?: A): Promise<R> => {
    if (serviceWorker === null || extensionId === null) throw new Error('launched without an extension');
    return evaluateInServiceWorker(context, extensionId, fn, arg as A);
  };

  const consoles = new WeakMap<Page, ConsoleEntry[]>();
  const cdpSessions = new WeakMap<Page, CDPSession>();
  const tabIds = new WeakMap<Page, number>();
  const trackConsole = (page: Page) => {
    const entries: ConsoleEntry[] = [];
    consoles.set(page, entries);
    page.on('console', (message: ConsoleMessage) => entries.push({ type: message.type(), text: message.text(), url: message.location().url }));
    page.on('pageerror', (error) => entries.push({ type: 'pageerror', text: `${error.message}\n${error.stack ?? ''}`, url: '' }));
  };
  context.on('page', trackConsole);
  for (const page of context.pages()) trackConsole(page);

  const cdp = async (page: Page): Promise<CDPSession> => {
    let session = cdpSessions.get(page);
    if (session === undefined) {
      session = await context.newCDPSession(page);
      cdpSessions.set(page, session);
    }
    return session;
  };

  const tabIdOf = async (page: Page): Promise<number> => {
    const known = tabIds.get(page);
    if (known !== undefined) return known;
    await page.bringToFront();
    const id = await sw(async () => {
      const [tab] = await chrome.tabs.query({ active: true, lastFocusedWindow: true });
      return tab?.id ?? -1;
    });
    if (id < 0) throw new Error('no active tab');
    tabIds.set(page, id);
    return id;
  };

  const inCard = async <R, A>(page: Page, fn: (root: ShadowRoot, arg: A) => R, arg?: A): Promise<R> => {
    const session = await cdp(page);
    // DevTools sees closed shadow roots; the page and Playwright's selectors do not.
    const { root } = (await session.send('DOM.getDocument', { depth: -1, pierce: true })) as { root: CdpNode };
    const host = findNode(root, (node) => node.localName === 'mba-lens');
    const shadow = host?.shadowRoots?.[0];
    if (shadow === undefined) throw new Error('no <mba-lens> host with a shadow root on the page');
    const { object } = (await session.send('DOM.resolveNode', { backendNodeId: shadow.backendNodeId })) as { object: { objectId?: string } };
    if (object.objectId === undefined) throw new Error('could not resolve the shadow root');
    const result = (await session.send('Runtime.callFunctionOn', {
      objectId: object.objectId,
      functionDeclaration: `function (arg) { return (${fn.toString()})(this, arg); }`,
      arguments: [{ value: arg }],
      returnByValue: true,
      awaitPromise: true,
    })) as { result: { value?: R }; exceptionDetails?: { text: string; exception?: { description?: string } } };
    if (result.exceptionDetails) throw new Error(`inCard: ${result.exceptionDetails.exception?.description ?? result.exceptionDetails.text}`);
    return result.result.value as R;
  };

  const browser: ExtensionBrowser = {
    context,
    extensionId,
    serviceWorker,
    serve(url, response) {
      served.set(withoutFragment(url), typeof response === 'string' ? { body: response } : response);
    },
    async open(url, openOptions = {}) {
      const page = await context.newPage();
      if (!consoles.has(page)) trackConsole(page);
      await page.goto(url, { waitUntil: 'load' });
      if (extensionId !== null && /^https?:/i.test(url)) await waitForContentScript(await cdp(page), extensionId);
      if ((openOptions.settleMs ?? 0) > 0) await page.waitForTimeout(openOptions.settleMs ?? 0);
      return page;
    },
    async reload(page, reloadOptions = {}) {
      await page.reload({ waitUntil: 'load' });
      if (extensionId !== null && /^https?:/i.test(page.url())) await waitForContentScript(await cdp(page), extensionId);
      if ((reloadOptions.settleMs ?? 0) > 0) await page.waitForTimeout(reloadOptions.settleMs ?? 0);
    },
    consoleOf: (page) => consoles.get(page) ?? [],
    extensionErrors(page) {
      // Extension ids (also the per-session ids of use_dynamic_url) are 32 letters a-p; saved pages sometimes ask
      // for "chrome-extension://invalid/", which is the page's doing, not ours.
      return extensionErrorsIn(consoles.get(page) ?? [], /chrome-extension:\/\/[a-p]{32}\//);
    },
    async mutations(page) {
      return page.evaluate(() => [...((window as unknown as Record<symbol, MutationEntry[]>)[Symbol.for('mba-lens.e2e.mutations')] ?? [])]);
    },
    tabIdOf,
    async badgeText(page) {
      const tabId = await tabIdOf(page);
      return sw(async (id) => chrome.action.getBadgeText({ tabId: id }), tabId);
    },
    async sessionStorage() {
      return sw(async () => chrome.storage.session.get(null));
    },
    async tabResult(page) {
      const tabId = await tabIdOf(page);
      const all = await sw(async () => chrome.storage.session.get(null));
      return all[`tab:${tabId}`];
    },
    inCard,
    async waitForCard(page, timeoutMs = 10_000) {
      await page.waitForSelector('mba-lens', { state: 'attached', timeout: timeoutMs });
      const deadline = Date.now() + timeoutMs;
      while (Date.now() < deadline) {
        const ready = await inCard(page, (root) => root.querySelector('.card') !== null).catch(() => false);
        if (ready) return;
        await page.waitForTimeout(50);
      }
      throw new Error('the card did not render');
    },
    async clickInCard(page, selector) {
      const box = await inCard(page, (root, sel: string) => {
        const element = root.querySelector(sel);
        if (element === null) return null;
        element.scrollIntoView({ block: 'nearest' });
        const r = element.getBoundingClientRect();
        return { x: r.left + r.width / 2, y: r.top + r.height / 2 };
      }, selector);
      if (box === null) throw new Error(`no ${selector} in the card`);
      await page.mouse.click(box.x, box.y);
    },
    async sendToTab(page, message) {
      const tabId = await tabIdOf(page);
      return sw(async ([id, m]) => chrome.tabs.sendMessage(id as number, m, { frameId: 0 }), [tabId, message] as const);
    },
    async pressToolbarButton(page) {
      if (extensionId === null) throw new Error('launched without an extension');
      const index = await sw(async (id) => (await chrome.tabs.get(id)).index, await tabIdOf(page));
      await triggerToolbarAction(await browserSessionOf(context), extensionId, index);
    },
    async askForCard(page) {
      await browser.pressToolbarButton(page);
      const tabId = await tabIdOf(page);
      const popup = await context.newPage();
      try {
        await popup.goto(`chrome-extension://${extensionId}/popup/popup.html`);
        return await popup.evaluate(
          async (id) => (globalThis as unknown as { chrome: { runtime: { sendMessage(m: unknown): Promise<unknown> } } }).chrome.runtime.sendMessage({ type: 'analyze-tab', tabId: id }),
          tabId,
        );
      } finally {
        await popup.close();
        await page.bringToFront();
      }
    },
    async close() {
      await context.close();
    },
  };
  return browser;
}

/** Polls `check` until it holds, or fails naming `what`. */
export async function waitUntil(check: () => Promise<boolean>, timeoutMs = 5_000, what = 'condition'): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (await check()) return;
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error(`${what}: not met within ${timeoutMs} ms`);
}

/** The popup's Shortlist tab, once its saved items are listed (for tests that saved something first). */
export async function openShortlist(browser: ExtensionBrowser): Promise<Page> {
  const popup = await browser.open(`chrome-extension://${browser.extensionId}/popup/popup.html`);
  await popup.getByRole('tab', { name: /Shortlist/ }).click();
  await popup.locator('#panel-shortlist .saved-item').first().waitFor();
  return popup;
}

/**
 * Waits until the extension's content script has run in the page of `session` (a DevTools session attached to it),
 * i.e. until the page has the script's isolated world (origin chrome-extension://<id>). document_idle scripts may
 * run after the load event, later still on a loaded machine, so a fixed pause after load is no such wait. Chromium
 * creates the world and runs the script in one task, and DevTools answers the page's next command only after it:
 * by then content/gate.js has made its synchronous decision. Call it after a navigation's load: `Runtime.enable`
 * reports the contexts of the document there is.
 */
export async function waitForContentScript(session: CDPSession, extensionId: string, timeoutMs = 20_000): Promise<void> {
  const origin = `chrome-extension://${extensionId}`;
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    let found = false;
    const onContext = (event: { context: { origin: string; auxData?: { type?: string } } }) => {
      if (event.context.origin === origin && event.context.auxData?.type === 'isolated') found = true;
    };
    session.on('Runtime.executionContextCreated', onContext);
    try {
      // Enabling reports every existing context before it answers.
      await session.send('Runtime.enable');
      await session.send('Runtime.disable');
    } finally {
      session.off('Runtime.executionContextCreated', onContext);
    }
    if (found) return;
    if (Date.now() > deadline) throw new Error(`the content script did not run within ${timeoutMs} ms of the page's load`);
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}

/**
 * The console entries that are the extension's errors: errors and uncaught exceptions whose message or location
 * names an extension URL (`ours`) or MBA Lens, and what the content script caught and noted at debug level
 * (src/content/report-error.ts), whatever its level. Shared by the Chromium and Firefox harnesses.
 */
export function extensionErrorsIn(entries: readonly ConsoleEntry[], ours: RegExp): ConsoleEntry[] {
  return entries.filter(
    (entry) =>
      entry.text.startsWith('[MBA Lens]') ||
      ((entry.type === 'error' || entry.type === 'pageerror') && (ours.test(entry.url) || ours.test(entry.text) || entry.text.includes('MBA Lens'))),
  );
}

/** Errors of a call that reached a service worker while Chromium was stopping or replacing it. */
const WORKER_GONE = /No SW|Target (page, context or browser )?(has been )?closed|Worker (was )?(closed|destroyed)|no answer from a stopped/i;
const browserSessions = new WeakMap<BrowserContext, Promise<CDPSession>>();

/** The browser-level DevTools session of `context`'s browser, opened once and shared by the harness's helpers. */
function browserSessionOf(context: BrowserContext): Promise<CDPSession> {
  let session = browserSessions.get(context);
  if (session === undefined) {
    session = context.browser()!.newBrowserCDPSession();
    browserSessions.set(context, session);
  }
  return session;
}

/**
 * Runs `fn` in the extension's service worker. Chromium stops an idle worker whenever it likes: a call that lands
 * while it stops rejects with "No SW", and one sent to a stopped worker (Playwright may still list it) never
 * answers. So the call goes to the worker running now, one is woken (a message from an extension page, as the
 * popup sends) when none runs, and a call refused or unanswered because the worker went is made again: it never
 * took effect.
 */
export async function evaluateInServiceWorker<R, A>(
  context: BrowserContext,
  extensionId: string,
  fn: (arg: A) => R | Promise<R>,
  arg: A,
): Promise<R> {
  const origin = `chrome-extension://${extensionId}/`;
  const ours = (worker: Worker) => worker.url().startsWith(origin);
  const session = await browserSessionOf(context);
  const workerRuns = async () => {
    const { targetInfos } = (await session.send('Target.getTargets')) as { targetInfos: Array<{ type: string; url: string }> };
    return targetInfos.some((target) => target.type === 'service_worker' && target.url.startsWith(origin));
  };
  const wake = async () => {
    let extensionPage = context.pages().find((page) => page.url().startsWith(origin));
    if (extensionPage === undefined) {
      extensionPage = await context.newPage();
      await extensionPage.goto(`${origin}options/options.html`);
    }
    await extensionPage.evaluate(() =>
      (globalThis as unknown as { chrome: { runtime: { sendMessage(m: unknown): Promise<unknown> } } }).chrome.runtime
        .sendMessage({ type: 'get-tab-result', tabId: -1 })
        .catch(() => null),
    );
  };
  const running = async (): Promise<Worker> => {
    for (let tries = 0; tries < 50; tries++) {
      const listed = context.serviceWorkers().filter(ours).at(-1);
      if (listed !== undefined && (await workerRuns())) return listed;
      if (tries % 10 === 0) await wake();
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
    throw new Error('the extension has no service worker running, and a message did not wake one');
  };
  for (let attempt = 1; ; attempt++) {
    const worker = await running();
    let timer: ReturnType<typeof setTimeout> | undefined;
    const unanswered = new Promise<never>((_, reject) => {
      timer = setTimeout(() => {
        void workerRuns().then((runs) => reject(new Error(runs ? 'the service worker took over 10 s to answer' : 'no answer from a stopped service worker')));
      }, 10_000);
    });
    try {
      // Playwright's own type unboxes handles in `arg`; these calls pass plain data.
      return await Promise.race([worker.evaluate<R, A>(fn as never, arg), unanswered]);
    } catch (error) {
      if (attempt >= 4 || !WORKER_GONE.test(String(error))) throw error;
      await new Promise((resolve) => setTimeout(resolve, 250 * attempt));
    } finally {
      clearTimeout(timer);
    }
  }
}

/**
 * Presses the extension's toolbar button for the tab at `tabIndex` (its `tabs.Tab.index`), over a browser-level
 * DevTools session of a Chromium started with --enable-unsafe-extension-debugging.
 */
export async function triggerToolbarAction(session: CDPSession, extensionId: string, tabIndex: number): Promise<void> {
  // triggerAction wants the tab's target (not its page's); tab targets are listed only when asked for.
  const { targetInfos } = (await session.send('Target.getTargets', { filter: [{ type: 'tab' }] } as never)) as unknown as {
    targetInfos: Array<{ targetId: string; embedderData?: { tabStripIndex?: number } }>;
  };
  const tab = targetInfos.find((info) => info.embedderData?.tabStripIndex === tabIndex);
  if (tab === undefined) throw new Error(`no tab target at index ${tabIndex}`);
  await session.send('Extensions.triggerAction' as never, { id: extensionId, targetId: tab.targetId } as never);
}

interface CdpNode {
  nodeId: number;
  backendNodeId: number;
  localName?: string;
  children?: CdpNode[];
  shadowRoots?: CdpNode[];
  contentDocument?: CdpNode;
}

function findNode(node: CdpNode, match: (node: CdpNode) => boolean): CdpNode | null {
  const stack: CdpNode[] = [node];
  while (stack.length > 0) {
    const current = stack.pop()!;
    if (match(current)) return current;
    for (const child of current.children ?? []) stack.push(child);
    for (const child of current.shadowRoots ?? []) stack.push(child);
  }
  return null;
}

// The fixture loaders moved to their own file; re-exported so existing imports keep working.
export { detectedAs, fixtureUrl, loadDevTexts, loadWholePages, textPage, type DevTextFixture, type WholePageFixture } from './fixture-pages';
