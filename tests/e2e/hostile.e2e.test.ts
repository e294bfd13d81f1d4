/**
 * The card on hostile pages, in real Chromium (DESIGN §6: "the card must survive hostile pages"): overlays at the
 * top z-index, a replaced <body>, a DOM that never stops changing, built-ins tampered with in the page's world,
 * markup and script in the page's text, frames, a 10 MB page and a right-to-left page. Each fixture
 * (tests/fixtures/hostile/) is a real MBA page's text, so the card appears; each case checks that the card works, that
 * the page still works (its own button handler runs, its layout did not move) and that the extension logged no error.
 *
 * Covered elsewhere, not repeated here: a strict CSP (`default-src 'none'`, served as a header) and a page-wide
 * `* { all: unset !important }` reset with `mba-lens { display: none !important }` are in interactions.e2e.test.ts
 * ("hostile pages"). The overlay case below adds `!important` rules aimed at custom elements and shadow hosts.
 *
 * Pages here run their own scripts (no CSP), so they are read through hostile-pages.ts, which never runs test code
 * with the page's built-ins.
 *
 * Over 300 lines on purpose: the hostile cases share one browser session and the page-side probes above.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectedAnalysis, rowKeys } from './expected-analysis';
import { evaluateInServiceWorker, launchExtension, waitUntil, type ExtensionBrowser } from './harness';
import {
  cardState,
  clickInCardWorld,
  hostileFixture,
  hugeMbaPage,
  inCardWorld,
  inPageWorld,
  layoutOf,
  mainWorld,
  waitForCardWorld,
} from './hostile-pages';

declare const chrome: { storage: { local: { get(keys: null): Promise<Record<string, unknown>> } } };

const SITE = 'https://www.salemstate.example';
const OTHER_SITE = 'https://graduate.salemstate.example';

let browser: ExtensionBrowser;

beforeAll(async () => {
  // No mutation recorder: it would log every node of the 10 MB page; the pages here count what they need themselves.
  browser = await launchExtension({ recordMutations: false });
  const frameContent = hostileFixture('mba-program.html');
  browser.serve(`${SITE}/mba/frame-content.html`, frameContent);
  for (const query of ['', '?sandboxed', '?scripts', '?nested']) browser.serve(`${OTHER_SITE}/mba/program.html${query}`, frameContent);
  browser.serve(`${SITE}/mba/nested-frame.html`, hostileFixture('nested-frame.html'));
});

afterAll(async () => {
  await browser?.close();
});

async function openFixture(file: string, path = `/mba/${file}`, settleMs?: number): Promise<{ page: Page; url: string; html: string }> {
  // As the browser spells it (a payload in the query is percent-encoded), so that the served page is found.
  const url = new URL(path, SITE).href;
  const html = hostileFixture(file);
  browser.serve(url, html);
  const page = await browser.open(url, settleMs === undefined ? {} : { settleMs });
  return { page, url, html };
}

/**
 * The page still works: its own click handler runs on a real click, and #content is where the page laid it out at
 * DOMContentLoaded, before any document_idle content script ran.
 */
async function expectPageStillWorks(page: Page): Promise<void> {
  const before = await mainWorld<number>(page, 'window.pageState.clicks');
  await page.click('#page-button');
  await waitUntil(async () => (await mainWorld<number>(page, 'window.pageState.clicks')) === before + 1, 3_000, "the page's own click handler");
  const atDomReady = await mainWorld<unknown>(page, 'window.pageState.layoutAtDomReady');
  expect(atDomReady).not.toBeNull();
  expect(await layoutOf(page, '#content')).toEqual(atDomReady);
}

/** One host of the right kind, expanded, with the rows the core gives for this page in Node. */
async function expectCardLike(page: Page, html: string, url: string): Promise<void> {
  const expected = expectedAnalysis(html, url);
  expect(expected.result.kind).toBe('mba-program');
  const state = await cardState(page);
  expect(state).not.toBeNull();
  expect(state?.hosts).toBe(1);
  expect(state?.kind).toBe('mba-program');
  expect(state?.summary).toMatch(/^MBA Lens · \d of 8 facts compared$/);
  expect(state?.expanded).toBe('true');
  expect(state?.rows).toEqual(rowKeys(expected));
}

/** The children of <html> that are neither <head> nor <body>: the card's host should be the only one we add. */
async function extraRootChildren(page: Page): Promise<string[]> {
  return inPageWorld(page, (doc) => Array.from(doc.documentElement.children, (e) => e.localName).filter((n) => n !== 'head' && n !== 'body'));
}

describe('overlays at z-index 2147483647', () => {
  it('the card stays on top of a fixed header and a cookie banner covering its corner, and both still work', async () => {
    const { page, url, html } = await openFixture('overlays.html');
    try {
      await waitForCardWorld(page);
      const host = await page.locator('mba-lens').boundingBox();
      const banner = await page.locator('#cookie-banner').boundingBox();
      expect(host).not.toBeNull();
      expect(banner).not.toBeNull();
      if (host === null || banner === null) return;
      // The banner does cover the card's corner…
      expect(host.y + host.height).toBeGreaterThan(banner.y);
      // …and the card is still what the page sees there, at its centre and on each of its buttons.
      const points = await inCardWorld(page, (root) =>
        ['.toggle', '.close'].map((sel) => {
          const r = root.querySelector(sel)!.getBoundingClientRect();
          const hit = root.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2);
          return { x: r.left + r.width / 2, y: r.top + r.height / 2, hits: hit?.closest(sel) != null };
        }),
      );
      expect(points?.map((p) => p.hits)).toEqual([true, true]);
      for (const point of [{ x: host.x + host.width / 2, y: host.y + host.height / 2 }, ...(points ?? [])]) {
        expect(await mainWorld<string | null>(page, `document.elementFromPoint(${point.x}, ${point.y})?.localName ?? null`)).toBe('mba-lens');
      }
      // The page's `::backdrop { background: … !important }` does not paint over the page behind the card.
      expect(await mainWorld<string>(page, "getComputedStyle(document.querySelector('mba-lens'), '::backdrop').display")).toBe('none');
      // Playwright's own click, without force: it refuses if anything else would receive it.
      await page.locator('mba-lens').click();
      await waitUntil(async () => (await inCardWorld(page, (root) => root.querySelector('.toggle')?.getAttribute('aria-expanded'))) === 'true', 3_000, 'the card expands');
      await expectCardLike(page, html, url);
      // The page's overlay still does its job.
      await page.click('#cookie-accept');
      expect(await mainWorld<number>(page, 'window.overlayState.accepted')).toBe(1);
      await expectPageStillWorks(page);
      expect(await extraRootChildren(page)).toEqual(['mba-lens']);
      expect(browser.extensionErrors(page)).toEqual([]);
    } finally {
      await page.close();
    }
  });

  it('the card stays on top of a banner the page mounts on <html> after the card appeared', async () => {
    const { page } = await openFixture('overlays.html', '/mba/overlays.html?late=1');
    try {
      await waitForCardWorld(page);
      await waitUntil(async () => mainWorld<boolean>(page, 'window.overlayState.lateShown'), 5_000, 'the late banner');
      const host = await page.locator('mba-lens').boundingBox();
      const late = await page.locator('#late-banner').boundingBox();
      if (host === null || late === null) throw new Error('no box');
      expect(host.y + host.height).toBeGreaterThan(late.y);
      expect(await mainWorld<string | null>(page, `document.elementFromPoint(${host.x + host.width / 2}, ${host.y + host.height / 2})?.localName ?? null`)).toBe('mba-lens');
      await page.locator('mba-lens').click();
      await waitUntil(async () => (await inCardWorld(page, (root) => root.querySelector('.toggle')?.getAttribute('aria-expanded'))) === 'true', 3_000, 'the card expands');
      await page.click('#late-accept');
      expect(await mainWorld<number>(page, 'window.overlayState.lateAccepted')).toBe(1);
      expect(browser.extensionErrors(page)).toEqual([]);
    } finally {
      await page.close();
    }
  });
});

describe('a page that replaces document.body', () => {
  it('keeps one working card through a body replaced on load and again after the card appeared', async () => {
    const { page, url, html } = await openFixture('replace-body.html');
    try {
      await waitForCardWorld(page);
      await waitUntil(async () => mainWorld<boolean>(page, 'window.bodyState.replacedAfterCard'), 5_000, 'the second replacement');
      expect(await mainWorld<number>(page, 'window.bodyState.replaced')).toBe(2);
      // The content watcher notices the new body and re-locates the evidence in it: every highlighted range is in
      // the live document again.
      await waitUntil(
        async () => mainWorld<boolean>(page, `(() => { const ranges = [...(CSS.highlights.get('mba-lens') ?? [])]; return ranges.length > 0 && ranges.every((r) => r.startContainer.isConnected && document.body.contains(r.startContainer)); })()`),
        8_000,
        'highlights in the new body',
      );
      await clickInCardWorld(page, '.toggle');
      await expectCardLike(page, html, url);
      // "Show on page" works against the new body: the flash is drawn over a live range.
      await clickInCardWorld(page, '.row[data-fact="credits"] button.quote');
      await waitUntil(async () => ((await inCardWorld(page, (root) => root.querySelectorAll('.flash').length)) ?? 0) > 0, 3_000, 'the flash');
      await expectPageStillWorks(page);
      expect(await extraRootChildren(page)).toEqual(['mba-lens']);
      expect(browser.extensionErrors(page)).toEqual([]);
    } finally {
      await page.close();
    }
  });
});

describe('a page that mutates its DOM forever', () => {
  it('renders the card once, does not re-analyse in a hot loop, and the page keeps its timers', async () => {
    const { page, url, html } = await openFixture('mutate-forever.html');
    try {
      await waitForCardWorld(page, 15_000);
      // Count, from the page, how many distinct Highlight objects the extension registers: one per (re-)analysis
      // that reaches the page.
      await mainWorld(page, `(() => { const seen = window.highlightsSeen = { count: 0, last: null };
        (function watch() { const h = CSS.highlights.get('mba-lens'); if (h !== seen.last) { seen.last = h; seen.count++; } requestAnimationFrame(watch); })(); })()`);
      const read = () => mainWorld<{ ticks: number; frames: number; hostsAdded: number; highlights: number }>(page, '({ ...window.churn, highlights: window.highlightsSeen.count })');
      const start = await read();
      await page.waitForTimeout(3_000);
      const end = await read();
      // The card was added once, never recreated.
      expect(end.hostsAdded).toBe(1);
      // At most a re-analysis or two in three seconds (content changes are debounced, with a 4 s ceiling), not one
      // per mutation.
      expect(end.highlights - start.highlights).toBeLessThanOrEqual(2);
      // The page's own interval and animation frames kept coming, hundreds of them.
      expect(end.ticks - start.ticks).toBeGreaterThan(100);
      expect(end.frames - start.frames).toBeGreaterThan(20);
      await clickInCardWorld(page, '.toggle');
      await expectCardLike(page, html, url);
      await expectPageStillWorks(page);
      expect(browser.extensionErrors(page)).toEqual([]);
    } finally {
      await page.close();
    }
  });
});

describe('a page that tampers with built-ins in its own world', () => {
  it('gets the right card, and the page keeps every replacement it made', async () => {
    const { page, url, html } = await openFixture('tampered-builtins.html');
    try {
      await waitForCardWorld(page);
      await clickInCardWorld(page, '.toggle');
      await waitUntil(async () => (await inCardWorld(page, (root) => root.querySelectorAll('.comparison .row').length)) === 8, 3_000, 'the rows');
      await expectCardLike(page, html, url);
      const state = await cardState(page);
      expect(state?.quotes.some((q) => q.includes('Forty-eight total credits are required'))).toBe(true);

      // What the page broke in its world did not reach the isolated world: highlights registered and styled (the
      // page made Highlight and HighlightRegistry.prototype.set throw and the adoptedStyleSheets setter a no-op).
      expect(await mainWorld<boolean>(page, "CSS.highlights.has('mba-lens')")).toBe(true);
      expect(await mainWorld<number>(page, 'document.adoptedStyleSheets.length')).toBeGreaterThan(0);

      // Every replacement is still the page's own, and still behaves as the page made it.
      const changed = await mainWorld<string[]>(page, `(() => { const changed = [];
        for (const path in tamper.replaced) {
          const r = tamper.replaced[path];
          const now = 'value' in r ? r.owner[r.key] : Object.getOwnPropertyDescriptor(r.owner, r.key);
          const same = 'value' in r ? now === r.value : now !== undefined && now.get === r.get && now.set === r.set;
          if (!same) changed[changed.length] = path;
        }
        return changed; })()`);
      expect(changed).toEqual([]);
      expect(await mainWorld<number>(page, 'Object.getOwnPropertyNames(tamper.replaced).length')).toBeGreaterThan(50);
      const behaviour = await mainWorld<Record<string, unknown>>(page, `({
        map: [1, 2].map((x) => x),
        parse: JSON.parse('{"a":1}'),
        lower: 'ABC'.toLowerCase(),
        query: document.querySelector('body'),
        title: document.title,
        text: document.body.textContent,
        shadow: (() => { try { document.body.attachShadow({ mode: 'open' }); return 'attached'; } catch (e) { return e.message; } })(),
      })`);
      expect(behaviour).toEqual({
        map: ['tampered'],
        parse: { tampered: true },
        lower: 'tampered',
        query: null,
        title: 'tampered',
        text: 'tampered',
        shadow: 'the page disabled Element.prototype.attachShadow',
      });
      // No call into the page's replacements ever came from an extension script.
      expect(await mainWorld<string[]>(page, 'tamper.fromExtension')).toEqual([]);

      // Saving reads the real title through the isolated world, not the page's "tampered" getter.
      await clickInCardWorld(page, '.action.save');
      const stored = () => evaluateInServiceWorker(browser.context, browser.extensionId!, async () => chrome.storage.local.get(null), undefined);
      await waitUntil(async () => JSON.stringify((await stored()).shortlist ?? null).includes(url), 5_000, 'the saved item');
      const { shortlist } = (await stored()) as { shortlist: { items: Array<{ url: string; title: string }> } };
      expect(shortlist.items.find((item) => item.url === url)?.title).toBe('MBA Program');

      expect(await mainWorld<number>(page, 'window.pageState.clicks')).toBe(0);
      await page.click('#page-button');
      expect(await mainWorld<number>(page, 'window.pageState.clicks')).toBe(1);
      expect(await layoutOf(page, '#content')).toEqual(await mainWorld(page, 'window.pageState.layoutAtDomReady'));
      expect(browser.extensionErrors(page)).toEqual([]);
    } finally {
      await page.close();
    }
  });
});

describe('markup and script in the page text', () => {
  it('shows every payload as literal text, runs none of them, and keeps them text in the shortlist', async () => {
    // The address carries a payload too (the shortlist keeps it).
    const path = `/mba/payloads.html?ref=${encodeURIComponent(`"><img src=x onerror="window.__pwned='url'">`)}`;
    const { page, url, html } = await openFixture('payloads.html', path);
    try {
      const title = await inPageWorld(page, (doc) => doc.title);
      expect(title).toContain('<img src=x onerror=');
      // The control: inline handlers do run on this page, so a payload turned into markup would run too.
      await waitUntil(async () => mainWorld<boolean>(page, 'window.__controlFired === true'), 5_000, 'the control image handler');

      await waitForCardWorld(page);
      await clickInCardWorld(page, '.toggle');
      await clickInCardWorld(page, '.why summary');
      await clickInCardWorld(page, '.action.save');
      await waitUntil(async () => ((await inCardWorld(page, (root) => root.querySelector('.action.save')?.hasAttribute('disabled'))) ?? false), 5_000, 'saved');
      // A window for a payload that became markup to fire its handler (the control's fired at once, above).
      await page.waitForTimeout(300);

      const state = await cardState(page);
      if (state === null) throw new Error('no card');
      const expected = expectedAnalysis(html, url);
      expect(state.rows).toEqual(rowKeys(expected));
      // Literal text, exactly as the page's text nodes hold it, in the quotes the card shows…
      const quotes = state.quotes.join('\n');
      expect(quotes).toContain(`the MBA <img src=x onerror="document.title='PWNED-img'`);
      expect(quotes).toContain(`6 years "><svg onload="document.title='PWNED-svg'`);
      expect(quotes).toContain(`<script>document.title='PWNED-script';window.__pwned='script'</script>`);
      expect(quotes).toContain(`&lt;img src=x onerror="window.__pwned='entity'"&gt;`);
      expect(quotes).toContain(`<script>window.__pwned='numeric'</script>`);
      // …and no element or attribute in the card came from them.
      expect(state.forbidden).toEqual([]);
      for (const quote of expected.shown.evidence.map((e) => e.quote)) expect(state.text).toContain(quote);

      // Nothing ran: in the page (title, global, console), in the card, or later in the popup's shortlist.
      const marks = async () => ({
        title: await mainWorld<string>(page, 'document.title'),
        pwned: await mainWorld<unknown>(page, 'window.__pwned ?? null'),
        console: browser.consoleOf(page).filter((entry) => entry.text.includes('PWNED')),
      });
      expect(await marks()).toEqual({ title, pwned: null, console: [] });

      const popup = await browser.open(`chrome-extension://${browser.extensionId}/popup/popup.html`);
      try {
        await popup.getByRole('tab', { name: /Shortlist/ }).click();
        const item = popup.locator('#panel-shortlist .saved-item').filter({ hasText: 'PWNED-img' });
        await item.first().waitFor();
        expect(await item.first().textContent()).toContain(`<img src=x onerror="document.title='PWNED-img'`);
        const popupMarks = await popup.evaluate(() => ({
          injected: document.querySelectorAll('#panel-shortlist :is(img, script, svg, iframe, object, embed), [onerror], [onload]').length,
          hrefs: Array.from(document.querySelectorAll('#panel-shortlist a[href]'), (a) => (a as HTMLAnchorElement).href),
          title: document.title,
        }));
        expect(popupMarks.injected).toBe(0);
        for (const href of popupMarks.hrefs) expect(href).toMatch(/^https:\/\//);
        expect(popupMarks.title).not.toContain('PWNED');
        expect(browser.consoleOf(popup).filter((entry) => entry.text.includes('PWNED') || entry.type === 'error')).toEqual([]);
      } finally {
        await popup.close();
      }
      expect(await marks()).toEqual({ title, pwned: null, console: [] });
      await expectPageStillWorks(page);
      expect(browser.extensionErrors(page)).toEqual([]);
    } finally {
      await page.close();
    }
  });
});

describe('frames', () => {
  /** Hosts per frame, read in Playwright's utility world (it reaches sandboxed and cross-site frames too). */
  async function hostsPerFrame(page: Page): Promise<Array<{ url: string; hosts: number }>> {
    return Promise.all(page.frames().map(async (frame) => ({ url: frame.url(), hosts: await frame.locator('mba-lens').count() })));
  }

  it('an MBA page inside an iframe of an unrelated page gets no card, in the frame or on top', async () => {
    const { page } = await openFixture('framed-in-unrelated-page.html', '/news/weekend-weather.html', 1_500);
    try {
      const frames = await hostsPerFrame(page);
      expect(frames.filter((f) => f.url.includes('/mba/')).length).toBe(2);
      expect(frames).toEqual(frames.map((f) => ({ ...f, hosts: 0 })));
      expect(await browser.badgeText(page)).toBe('');
      await expectPageStillWorks(page);
      expect(browser.extensionErrors(page)).toEqual([]);
    } finally {
      await page.close();
    }
  });

  it('an MBA page with many frames (sandboxed, srcdoc, nested) gets one card, on top only', async () => {
    const { page, url, html } = await openFixture('many-frames.html', '/mba/many-frames.html', 1_500);
    try {
      await waitForCardWorld(page);
      const frames = await hostsPerFrame(page);
      expect(frames.length).toBeGreaterThanOrEqual(10);
      expect(frames[0]).toEqual({ url, hosts: 1 });
      expect(frames.slice(1)).toEqual(frames.slice(1).map((f) => ({ ...f, hosts: 0 })));
      // The frames' own highlight registries stay empty (checked where the frame runs scripts).
      for (const frame of page.frames().slice(1)) {
        const size = await frame.evaluate(() => CSS.highlights.size).catch(() => 0);
        expect(size, frame.url()).toBe(0);
      }
      await clickInCardWorld(page, '.toggle');
      await expectCardLike(page, html, url);
      expect(await browser.badgeText(page)).toBe('MBA');
      await expectPageStillWorks(page);
      expect(browser.extensionErrors(page)).toEqual([]);
    } finally {
      await page.close();
    }
  });

  it('a frameset page: its MBA frames get no card; the top document is judged on its own', async () => {
    const { page, url, html } = await openFixture('frameset.html', '/mba/frameset.html', 1_500);
    try {
      const expected = expectedAnalysis(html, url).result.kind;
      if (expected !== 'none') await waitForCardWorld(page);
      const frames = await hostsPerFrame(page);
      expect(frames.length).toBe(3);
      expect(frames[0]?.hosts).toBe(expected === 'none' ? 0 : 1);
      expect(frames.slice(1)).toEqual(frames.slice(1).map((f) => ({ ...f, hosts: 0 })));
      // The frames' pages still work: their own click handler runs and their layout is as at DOMContentLoaded.
      const frame = page.frames()[1];
      if (frame === undefined) throw new Error('no frame');
      await frame.click('#page-button');
      expect(await frame.evaluate(() => (window as unknown as { pageState: { clicks: number } }).pageState.clicks)).toBe(1);
      expect(
        await frame.evaluate(() => {
          const r = document.getElementById('content')!.getBoundingClientRect();
          const now = { x: r.left + scrollX, y: r.top + scrollY, width: r.width, height: r.height };
          return JSON.stringify(now) === JSON.stringify((window as unknown as { pageState: { layoutAtDomReady: unknown } }).pageState.layoutAtDomReady);
        }),
      ).toBe(true);
      if (expected !== 'none') {
        // Shown over the frames, not lost behind them.
        const box = await page.locator('mba-lens').boundingBox();
        expect(box?.width ?? 0).toBeGreaterThan(100);
        expect(await mainWorld<string | null>(page, `document.elementFromPoint(${(box?.x ?? 0) + (box?.width ?? 0) / 2}, ${(box?.y ?? 0) + (box?.height ?? 0) / 2})?.localName ?? null`)).toBe('mba-lens');
      }
      expect(browser.extensionErrors(page)).toEqual([]);
    } finally {
      await page.close();
    }
  });
});

describe('a 10 MB page', () => {
  it('gets its card while the page keeps running its timers and handling clicks', async () => {
    const probe = `<script>
      window.pageState = { ticks: 0, frames: 0, clicks: 0, layoutAtDomReady: null };
      setInterval(function () { pageState.ticks++; }, 20);
      document.addEventListener('DOMContentLoaded', function () {
        var r = document.getElementById('page-button').getBoundingClientRect();
        pageState.layoutAtDomReady = { x: r.left + scrollX, y: r.top + scrollY, width: r.width, height: r.height };
      });
      (function frame() { pageState.frames++; requestAnimationFrame(frame); })();
      document.addEventListener('click', function (e) { if (e.target.id === 'page-button') pageState.clicks++; });
    </script>`;
    const html = hugeMbaPage(10 * 1024 * 1024, probe).replace(/<body([^>]*)>/i, '<body$1><p><button id="page-button" type="button">Apply now</button></p>');
    expect(html.length).toBeGreaterThan(10 * 1024 * 1024);
    const url = `${SITE}/mba/program-huge.html`;
    browser.serve(url, html);
    const page = await browser.open(url, { settleMs: 0 });
    try {
      const atLoad = await mainWorld<{ ticks: number; frames: number }>(page, '({ ...window.pageState })');
      // The page answers a click while the extension is at work on it.
      await page.click('#page-button');
      expect(await mainWorld<number>(page, 'window.pageState.clicks')).toBe(1);
      await waitForCardWorld(page, 60_000);
      const atCard = await mainWorld<{ ticks: number; frames: number }>(page, '({ ...window.pageState })');
      expect(atCard.ticks).toBeGreaterThan(atLoad.ticks);
      // And after the card: its timer and its animation frames keep coming.
      await waitUntil(
        async () => {
          const after = await mainWorld<{ ticks: number; frames: number }>(page, '({ ...window.pageState })');
          return after.ticks > atCard.ticks && after.frames > atCard.frames;
        },
        10_000,
        "the page's timer and animation frames after the card",
      );
      const state = await cardState(page);
      expect(state?.hosts).toBe(1);
      expect(state?.kind).toBe('mba-program');
      expect(await browser.badgeText(page)).toBe('MBA');
      expect(await layoutOf(page, '#page-button')).toEqual(await mainWorld(page, 'window.pageState.layoutAtDomReady'));
      expect(browser.extensionErrors(page)).toEqual([]);
    } finally {
      await page.close();
    }
  });
});

describe('a right-to-left page', () => {
  it('shows a readable card inside the viewport on an Arabic page', async () => {
    const { page, url, html } = await openFixture('rtl.html');
    try {
      await waitForCardWorld(page);
      const viewport = await inPageWorld(page, (doc) => ({ width: doc.documentElement.clientWidth, height: doc.defaultView!.innerHeight, dir: doc.dir }));
      expect(viewport.dir).toBe('rtl');
      const inside = async () => {
        const box = await page.locator('mba-lens').boundingBox();
        if (box === null) throw new Error('no box');
        return box.x >= 0 && box.y >= 0 && box.x + box.width <= viewport.width && box.y + box.height <= viewport.height && box.width > 100;
      };
      expect(await inside()).toBe(true);
      await clickInCardWorld(page, '.toggle');
      await expectCardLike(page, html, url);
      expect(await inside()).toBe(true);
      // The card's English text runs left to right, whatever the page's direction.
      expect(await inCardWorld(page, (root) => getComputedStyle(root.querySelector('.card')!).direction)).toBe('ltr');
      // No horizontal overflow: an RTL page scrolls leftwards, where a mirrored card would hide.
      expect(await inPageWorld(page, (doc) => doc.documentElement.scrollWidth <= doc.documentElement.clientWidth)).toBe(true);
      await expectPageStillWorks(page);
      expect(browser.extensionErrors(page)).toEqual([]);
    } finally {
      await page.close();
    }
  });
});
