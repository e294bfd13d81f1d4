/**
 * "No network requests, ever" (DESIGN §6, SECURITY.md), proven in the browser: every request made while the
 * extension is installed and used (detected and undetected pages, the card's actions, the shortlist, the popup with
 * its exports, the options page, on-demand analysis) is recorded, and none may leave for the network.
 *
 * Two witnesses, recording from before the extension exists (the browser starts without it; it is installed over
 * DevTools once they listen):
 *  - Playwright's own network events for every page and every service worker (it holds each new target until its
 *    network tracking is on, so nothing escapes it at start-up);
 *  - a browser-level DevTools session that attaches to every target it discovers (pages, extension pages, service
 *    and other workers) and records `Network.requestWillBeSent` there. It attaches as soon as a target appears,
 *    so a target's very first request can race it; the first witness covers that.
 * The fixture pages are plain text pages with no subresource, so the only requests a page itself makes are the
 * navigations the test asks for; `chrome-extension:` loads (the lazily imported content/page.js, the extension
 * pages' own files) stay inside the browser and are not network. The last test makes a request on purpose from the
 * service worker, the content script's world, an extension page and a web page, and checks both witnesses saw each:
 * the zero of the first test is a measured zero.
 *
 * Over 300 lines on purpose: the two witnesses must record the whole session, every surface used inside it.
 */
import type { CDPSession, Page, Worker } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PageKind } from '../../src/core/types';
import { CHROME_DIST, detectedAs, evaluateInServiceWorker, launchExtension, loadDevTexts, triggerToolbarAction, waitForContentScript, type ExtensionBrowser } from './harness';

/** The extension APIs the test calls inside the service worker (evaluated there, typed here). */
declare const chrome: {
  tabs: {
    query(query: { active?: boolean; lastFocusedWindow?: boolean }): Promise<Array<{ id?: number }>>;
    sendMessage(tabId: number, message: unknown, options?: { frameId?: number }): Promise<unknown>;
    get(tabId: number): Promise<{ index: number }>;
  };
  storage: { local: { get(keys: null): Promise<Record<string, unknown>> } };
};

interface RecordedRequest {
  witness: 'playwright' | 'devtools';
  url: string;
  /** Who made it: "service worker …", "page …", or the DevTools target's type and address. */
  source: string;
  resourceType: string;
  navigation: boolean;
}

/** Schemes that reach the network. Everything else (chrome-extension:, blob:, data:, about:) stays in the browser. */
const NETWORK = /^(https?|wss?|ftp):/i;
/** Where the self-check sends its deliberate requests (served by the harness's interception, never the internet). */
const SELF_CHECK = 'https://self-check.privacy.example';
/**
 * Without an icon of its own a page gets `/favicon.ico` fetched for it by the browser; an inline one leaves the
 * fixture with no subresource at all, so that any request but its navigation is suspect.
 */
const NO_FAVICON = '<link rel="icon" href="data:,">';

function withoutSubresources(html: string): string {
  return html.replace(/<head>/i, `<head>${NO_FAVICON}`);
}

function withoutFragment(url: string): string {
  const hash = url.indexOf('#');
  return hash < 0 ? url : url.slice(0, hash);
}

interface Recorder {
  requests: RecordedRequest[];
  session: CDPSession;
  /** Target types and addresses the DevTools witness attached to. */
  attached(): string[];
  /** Resolves once the DevTools witness records on this page's target. */
  watching(page: Page): Promise<void>;
}

async function startRecorder(browser: ExtensionBrowser): Promise<Recorder> {
  const { context } = browser;
  const requests: RecordedRequest[] = [];

  context.on('request', (request) => {
    const worker = request.serviceWorker();
    let source = 'unknown';
    if (worker !== null) source = `service worker ${worker.url()}`;
    else {
      try {
        source = `page ${request.frame().url()}`;
      } catch {
        source = 'no frame';
      }
    }
    requests.push({ witness: 'playwright', url: request.url(), source, resourceType: request.resourceType(), navigation: request.isNavigationRequest() });
  });

  const cdpBrowser = context.browser();
  if (cdpBrowser === null) throw new Error('no browser-level DevTools session');
  const session = await cdpBrowser.newBrowserCDPSession();
  // Non-flat sessions (the only kind a Playwright CDPSession can drive): commands and events travel inside
  // Target.sendMessageToTarget / Target.receivedMessageFromTarget.
  const targets = new Map<string, { sessionId: string | null; description: string; network: boolean }>();
  const bySession = new Map<string, string>();
  const pending = new Map<number, (reply: unknown) => void>();
  let nextId = 0;
  const sendTo = (sessionId: string, method: string, params: object = {}) =>
    new Promise<{ error?: unknown }>((resolve) => {
      const id = ++nextId;
      pending.set(id, resolve as (reply: unknown) => void);
      session.send('Target.sendMessageToTarget', { sessionId, message: JSON.stringify({ id, method, params }) }).catch((error: unknown) => {
        pending.delete(id);
        resolve({ error });
      });
    });
  session.on('Target.receivedMessageFromTarget', (event: { sessionId: string; message: string }) => {
    const message = JSON.parse(event.message) as { id?: number; method?: string; params?: Record<string, unknown> };
    if (message.id !== undefined) {
      pending.get(message.id)?.(message);
      pending.delete(message.id);
      return;
    }
    const description = targets.get(bySession.get(event.sessionId) ?? '')?.description ?? 'unknown target';
    if (message.method === 'Network.requestWillBeSent') {
      const params = message.params as { request: { url: string }; type?: string };
      requests.push({ witness: 'devtools', url: params.request.url, source: description, resourceType: params.type ?? '', navigation: params.type === 'Document' });
    } else if (message.method === 'Network.webSocketCreated') {
      requests.push({ witness: 'devtools', url: String(message.params?.url), source: description, resourceType: 'WebSocket', navigation: false });
    }
  });
  const attach = async (info: { targetId: string; type: string; url: string }) => {
    if (targets.has(info.targetId) || info.type === 'browser' || info.type === 'tab' || info.type === 'browser_ui') return;
    const entry = { sessionId: null as string | null, description: `${info.type} ${info.url}`, network: false };
    targets.set(info.targetId, entry);
    try {
      const { sessionId } = (await session.send('Target.attachToTarget', { targetId: info.targetId, flatten: false })) as { sessionId: string };
      entry.sessionId = sessionId;
      bySession.set(sessionId, info.targetId);
      const reply = await sendTo(sessionId, 'Network.enable');
      entry.network = reply.error === undefined;
    } catch {
      // Gone before we got to it.
    }
  };
  session.on('Target.targetCreated', (event: { targetInfo: { targetId: string; type: string; url: string } }) => void attach(event.targetInfo));
  session.on('Target.targetInfoChanged', (event: { targetInfo: { targetId: string; type: string; url: string } }) => {
    const entry = targets.get(event.targetInfo.targetId);
    if (entry !== undefined) entry.description = `${event.targetInfo.type} ${event.targetInfo.url}`;
  });
  await session.send('Target.setDiscoverTargets', { discover: true });

  return {
    requests,
    session,
    attached: () => [...targets.values()].filter((t) => t.network).map((t) => t.description),
    async watching(page) {
      const pageSession = await context.newCDPSession(page);
      const { targetInfo } = (await pageSession.send('Target.getTargetInfo')) as { targetInfo: { targetId: string } };
      await pageSession.detach();
      const deadline = Date.now() + 5_000;
      while (targets.get(targetInfo.targetId)?.network !== true) {
        if (Date.now() > deadline) throw new Error('the DevTools witness did not attach to the page');
        await new Promise((r) => setTimeout(r, 20));
      }
    },
  };
}

let browser: ExtensionBrowser;
let recorder: Recorder;
let worker: Worker;
let extensionId: string;
/** Every address the test navigated a tab to: the only network requests allowed, and they are the test's. */
const navigated = new Set<string>();

beforeAll(async () => {
  // Started without the extension, which is installed below once both witnesses listen.
  browser = await launchExtension({
    extensionDir: null,
    recordMutations: false,
    args: ['--enable-unsafe-extension-debugging', `--disable-extensions-except=${CHROME_DIST}`],
  });
  recorder = await startRecorder(browser);
  const started = browser.context.waitForEvent('serviceworker', { predicate: (w) => w.url().startsWith('chrome-extension://'), timeout: 15_000 });
  ({ id: extensionId } = (await recorder.session.send('Extensions.loadUnpacked', { path: CHROME_DIST })) as { id: string });
  worker = await started;
  expect(new URL(worker.url()).host).toBe(extensionId);
});

afterAll(async () => {
  await browser?.close();
});

/**
 * As the harness's `open` (load, then the content script has run on an http(s) page), but the DevTools witness is
 * attached to the tab before it navigates.
 */
async function open(url: string): Promise<Page> {
  const page = await browser.context.newPage();
  await recorder.watching(page);
  navigated.add(withoutFragment(url));
  await page.goto(url, { waitUntil: 'load' });
  if (/^https?:/i.test(url)) {
    const session = await browser.context.newCDPSession(page);
    try {
      await waitForContentScript(session, extensionId);
    } finally {
      await session.detach();
    }
  }
  return page;
}

const sw = <R, A>(fn: (arg: A) => R | Promise<R>, arg?: A): Promise<R> => evaluateInServiceWorker(browser.context, extensionId, fn, arg as A);

async function tabIdOf(page: Page): Promise<number> {
  await page.bringToFront();
  const id = await sw(async () => (await chrome.tabs.query({ active: true, lastFocusedWindow: true }))[0]?.id ?? -1);
  if (id < 0) throw new Error('no active tab');
  return id;
}

/** As a context-menu click or the keyboard command does: the background tells the tab's content script. */
async function sendToTab(page: Page, message: unknown): Promise<unknown> {
  const tabId = await tabIdOf(page);
  return sw(async ([id, m]) => chrome.tabs.sendMessage(id as number, m, { frameId: 0 }), [tabId, message] as const);
}

/** The popup over a web page (see popup.e2e.test.ts): loaded in a tab, then reloaded with `page` active. */
async function popupOver(page: Page): Promise<Page> {
  const popup = await open(`chrome-extension://${extensionId}/popup/popup.html`);
  await page.bringToFront();
  await popup.reload({ waitUntil: 'load' });
  await popup.waitForSelector('#panel-page :is(.current-page, .empty-state)');
  // It has read its tab; in front again, its clicks are not slowed by background-tab throttling.
  await popup.bringToFront();
  return popup;
}

function externalRequests(): RecordedRequest[] {
  return recorder.requests.filter((r) => NETWORK.test(r.url) && !(r.navigation && navigated.has(withoutFragment(r.url))));
}

describe('privacy', () => {
  it('makes no network request through install, detected and undetected pages, the card, the popup and the options page', async () => {
    const texts = loadDevTexts();
    const pick = (kind: PageKind, n: number) => detectedAs(texts, kind).slice(0, n);
    const detected = [...pick('mba-program', 2), ...pick('ai-career', 1)];
    const [unrelated] = pick('none', 1);
    if (unrelated === undefined) throw new Error('no unrelated fixture');
    for (const fixture of [...detected, unrelated]) browser.serve(fixture.url, withoutSubresources(fixture.html));

    const pages: Page[] = [];
    for (const fixture of detected) {
      const page = await open(fixture.url);
      pages.push(page);
      await browser.waitForCard(page);
      await browser.clickInCard(page, '.toggle');
      if (await browser.inCard(page, (root) => root.querySelector('button.quote') !== null)) await browser.clickInCard(page, 'button.quote');
      if (await browser.inCard(page, (root) => root.querySelector('.action.highlights') !== null)) {
        await browser.clickInCard(page, '.action.highlights');
        await browser.clickInCard(page, '.action.highlights');
      }
      await browser.clickInCard(page, '.why summary');
      await browser.clickInCard(page, '.action.save');
      // Saved (the button is disabled once the background has stored it).
      for (let i = 0; i < 100 && !(await browser.inCard(page, (root) => root.querySelector('.action.save')?.hasAttribute('disabled') ?? false)); i++) {
        await page.waitForTimeout(50);
      }
      expect(browser.extensionErrors(page)).toEqual([]);
    }
    const stored = (await sw(async () => chrome.storage.local.get(null))) as { shortlist?: { items?: unknown[] } };
    expect(stored.shortlist?.items?.length).toBe(detected.length);

    // An undetected page, analysed on request (context menu, keyboard command) and through the popup.
    const other = await open(unrelated.url);
    pages.push(other);
    expect(await other.locator('mba-lens').count()).toBe(0);
    // The toolbar click that opens the popup grants activeTab; "Analyse anyway" then has the background inject.
    const tabIndex = await sw(async (id) => (await chrome.tabs.get(id)).index, await tabIdOf(other));
    await triggerToolbarAction(recorder.session, extensionId, tabIndex);
    const popupOnOther = await popupOver(other);
    await popupOnOther.getByRole('button', { name: 'Analyse this page anyway' }).click();
    await other.waitForSelector('mba-lens', { state: 'attached' });
    await popupOnOther.close();
    await browser.waitForCard(other);
    expect(await sendToTab(other, { type: 'toggle-card' })).toBe(true);
    await other.waitForSelector('mba-lens', { state: 'detached' });
    expect(await sendToTab(other, { type: 'analyze-now' })).toBe(true);
    await browser.waitForCard(other);

    // The popup over a detected page: its comparison, RPI's facts with their links, the shortlist and its exports.
    const first = pages[0];
    if (first === undefined) throw new Error('no page');
    const popup = await popupOver(first);
    await popup.locator('#panel-page .comparison .row').first().waitFor();
    await popup.getByRole('tab', { name: 'RPI facts' }).click();
    await popup.locator('#panel-rpi .source a').first().waitFor();
    await popup.getByRole('tab', { name: /Shortlist/ }).click();
    for (const name of ['Export CSV', 'Export JSON']) {
      const download = popup.waitForEvent('download');
      await popup.getByRole('button', { name }).first().click();
      expect((await download).suggestedFilename()).toMatch(/\.(csv|json)$/);
    }
    await popup.close();

    // The options page: switch a setting off and on again, stop on a site and allow it again.
    const options = await open(`chrome-extension://${extensionId}/options/options.html`);
    await options.getByRole('heading', { name: 'MBA Lens options' }).waitFor();
    const autoCard = options.getByRole('switch', { name: /Show the card automatically/ });
    await autoCard.click();
    await autoCard.click();
    await options.getByLabel(/Add a site/).fill(unrelated.url);
    await options.getByRole('button', { name: 'Add', exact: true }).click();
    await options.locator('.site-name').first().waitFor();
    await options.getByRole('button', { name: /^Remove/ }).first().click();
    await options.close();

    // A reload runs the content script again; then let anything delayed (timers, alarms) have its turn.
    await first.reload({ waitUntil: 'load' });
    await browser.waitForCard(first);
    await first.waitForTimeout(1_500);
    for (const page of pages) expect(browser.extensionErrors(page)).toEqual([]);
    for (const page of pages) await page.close();

    // The witnesses were there: the service worker and every tab.
    const attached = recorder.attached();
    expect(attached.some((t) => t.startsWith(`service_worker chrome-extension://${extensionId}/`))).toBe(true);
    expect(attached.filter((t) => t.startsWith('page ')).length).toBeGreaterThanOrEqual(pages.length);
    expect(recorder.requests.filter((r) => r.witness === 'playwright' && r.navigation).length).toBeGreaterThanOrEqual(pages.length);
    expect(recorder.requests.filter((r) => r.witness === 'devtools' && r.navigation).length).toBeGreaterThanOrEqual(pages.length);

    // What the extension does load, it loads from itself: the lazily imported content/page.js, seen by both.
    for (const witness of ['playwright', 'devtools'] as const) {
      const internal = recorder.requests.filter((r) => r.witness === witness && /^chrome-extension:\/\/[a-p]{32}\/content\/page\.js$/.test(r.url));
      expect(internal.length, witness).toBeGreaterThan(0);
    }
    expect(externalRequests()).toEqual([]);
    // No tab was opened but the test's own.
    for (const page of browser.context.pages()) expect(['about:blank', ...navigated]).toContain(withoutFragment(page.url()));
  });

  it('self-check: both witnesses see a request made on purpose from each part of the extension and from a page', async () => {
    const url = 'https://www.example.edu/business/privacy-self-check/';
    browser.serve(url, withoutSubresources('<!doctype html><html><head><title>Self-check</title></head><body><p>A page with nothing to compare.</p></body></html>'));
    const page = await open(url);
    const probe = async (target: string) => {
      await fetch(target).catch(() => 0);
    };

    // The service worker.
    await sw(probe, `${SELF_CHECK}/service-worker`);
    // The content script's isolated world in the page (found by its chrome-extension:// origin).
    const session = await browser.context.newCDPSession(page);
    const contexts: Array<{ id: number; origin: string; auxData?: { type?: string } }> = [];
    session.on('Runtime.executionContextCreated', (event: { context: { id: number; origin: string; auxData?: { type?: string } } }) => contexts.push(event.context));
    await session.send('Runtime.enable');
    const isolated = contexts.find((c) => c.origin === `chrome-extension://${extensionId}` && c.auxData?.type === 'isolated');
    expect(isolated, 'the content script world').toBeDefined();
    await session.send('Runtime.evaluate', { expression: `fetch('${SELF_CHECK}/content-script').catch(() => 0)`, contextId: isolated?.id ?? -1, awaitPromise: true });
    await session.detach();
    // An extension page.
    const options = await open(`chrome-extension://${extensionId}/options/options.html`);
    await options.evaluate(probe, `${SELF_CHECK}/extension-page`);
    await options.close();
    // The web page itself.
    await page.evaluate(probe, `${SELF_CHECK}/web-page`);

    const seen = (witness: RecordedRequest['witness']) =>
      externalRequests()
        .filter((r) => r.witness === witness && r.url.startsWith(SELF_CHECK))
        .map((r) => r.url.slice(SELF_CHECK.length + 1))
        .sort();
    const all = ['content-script', 'extension-page', 'service-worker', 'web-page'];
    // The witnesses hear of a request a little after it was made.
    await expect.poll(() => seen('playwright')).toEqual(all);
    await expect.poll(() => seen('devtools')).toEqual(all);
    await page.close();
  });
});
