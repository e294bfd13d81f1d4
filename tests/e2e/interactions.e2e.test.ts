/**
 * The card and the annotations under a real user's hands, in Chromium: keyboard, highlights (the Custom Highlight
 * API path that happy-dom cannot run), the hover tooltip, "show on page", close, "not on this site", on-demand
 * analysis below the threshold, the toggle command, and single-page-app navigations.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchExtension, textPage, waitUntil, type ExtensionBrowser } from './harness';
import { MBA_TEXT, UNRELATED_TEXT } from './sample-texts';

let browser: ExtensionBrowser;

beforeAll(async () => {
  browser = await launchExtension();
});

afterAll(async () => {
  await browser?.close();
});

let counter = 0;
async function openMba(host = 'www.example.edu'): Promise<Page> {
  const url = `https://${host}/business/full-time-mba-${++counter}/`;
  browser.serve(url, textPage(MBA_TEXT, { title: 'Full-time MBA | Example School of Business', url }));
  const page = await browser.open(url);
  await browser.waitForCard(page);
  return page;
}

async function expanded(page: Page): Promise<string | null | undefined> {
  return browser.inCard(page, (root) => root.querySelector('.toggle')?.getAttribute('aria-expanded'));
}

describe('the card', () => {
  it('starts compact without taking focus, expands with Enter and Space, collapses with Escape', async () => {
    const page = await openMba();
    try {
      expect(await page.evaluate(() => document.activeElement === document.body)).toBe(true);
      expect(await expanded(page)).toBe('false');
      expect(await browser.inCard(page, (root) => root.querySelector('.summary')?.textContent)).toMatch(/^MBA Lens · \d of 8 facts compared$/);
      await browser.inCard(page, (root) => (root.querySelector('.toggle') as HTMLElement).focus());
      await page.keyboard.press('Enter');
      expect(await expanded(page)).toBe('true');
      await page.keyboard.press('Escape');
      expect(await expanded(page)).toBe('false');
      await page.keyboard.press('Space');
      expect(await expanded(page)).toBe('true');
      // Focus stayed on the card's own button: visible focus ring, nothing on the page moved.
      expect(await browser.inCard(page, (root) => root.activeElement?.className)).toBe('toggle');
      expect(await browser.inCard(page, (root) => getComputedStyle(root.activeElement as Element).outlineStyle)).toBe('solid');
    } finally {
      await page.close();
    }
  });

  it('sits in a fixed corner box without shifting the page', async () => {
    const page = await openMba();
    try {
      const box = await page.locator('mba-lens').boundingBox();
      const viewport = page.viewportSize();
      expect(box).not.toBeNull();
      if (box === null || viewport === null) return;
      expect(box.x + box.width).toBeCloseTo(viewport.width - 16, 0);
      expect(box.y + box.height).toBeCloseTo(viewport.height - 16, 0);
      expect(await page.evaluate(() => getComputedStyle(document.querySelector('mba-lens')!).position)).toBe('fixed');
      expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);
    } finally {
      await page.close();
    }
  });

  it('highlights the evidence with the Custom Highlight API, and the toggle turns it off', async () => {
    const page = await openMba();
    try {
      // The registry is the document's: the page's world sees what the isolated world registered.
      expect(await page.evaluate(() => CSS.highlights.has('mba-lens'))).toBe(true);
      const highlighted = await page.evaluate(() => Array.from(CSS.highlights.get('mba-lens') ?? [], (r) => r.toString()));
      expect(highlighted.some((text) => text.includes('48-credit'))).toBe(true);
      // The ::highlight rule comes from an adopted stylesheet, not from a <style> in the page.
      expect(await page.evaluate(() => document.querySelectorAll('style, link[rel=stylesheet]').length)).toBe(0);
      await browser.clickInCard(page, '.toggle');
      await browser.clickInCard(page, '.action.highlights');
      await waitUntil(async () => !(await page.evaluate(() => CSS.highlights.has('mba-lens'))));
      expect(await browser.inCard(page, (root) => root.querySelector('.action.highlights')?.getAttribute('aria-checked'))).toBe('false');
      await browser.clickInCard(page, '.action.highlights');
      await waitUntil(async () => page.evaluate(() => CSS.highlights.has('mba-lens')));
    } finally {
      await page.close();
    }
  });

  it('shows the RPI comparison in a tooltip when the pointer rests on a highlighted statement', async () => {
    const page = await openMba();
    try {
      const point = await page.evaluate(() => {
        const range = Array.from(CSS.highlights.get('mba-lens') ?? []).find((r) => r.toString().includes('48-credit')) as Range | undefined;
        const rect = range?.getClientRects()[0];
        return rect ? { x: rect.left + 8, y: rect.top + rect.height / 2 } : null;
      });
      expect(point).not.toBeNull();
      if (point === null) return;
      await page.mouse.move(point.x, point.y);
      await waitUntil(async () => browser.inCard(page, (root) => root.querySelector('.tooltip') !== null));
      const text = await browser.inCard(page, (root) => root.querySelector('.tooltip')?.textContent ?? '');
      expect(text).toContain('Credits');
      expect(text).toContain('RPI: 36 credits');
      await page.mouse.move(5, 5);
      await waitUntil(async () => browser.inCard(page, (root) => root.querySelector('.tooltip') === null));
    } finally {
      await page.close();
    }
  });

  it('scrolls to a quote and flashes it', async () => {
    const page = await openMba();
    try {
      await browser.clickInCard(page, '.toggle');
      expect(await page.evaluate(() => window.scrollY)).toBe(0);
      await browser.clickInCard(page, '.row[data-fact="tuitionUSD"] button.quote');
      await waitUntil(async () => (await page.evaluate(() => window.scrollY)) > 0);
      await waitUntil(async () => browser.inCard(page, (root) => root.querySelectorAll('.flash').length > 0));
    } finally {
      await page.close();
    }
  });

  it('closes for this page, and comes back when the user asks', async () => {
    const page = await openMba();
    try {
      await browser.clickInCard(page, '.close');
      await waitUntil(async () => (await page.locator('mba-lens').count()) === 0);
      // The page is still an MBA page: the badge stays.
      expect(await browser.badgeText(page)).toBe('MBA');
      expect(await browser.sendToTab(page, { type: 'analyze-now' })).toBe(true);
      await browser.waitForCard(page);
      expect(await expanded(page)).toBe('true');
    } finally {
      await page.close();
    }
  });

  it('"not on this site" removes the card and the badge, and is remembered', async () => {
    const page = await openMba('mba.disabled.example.edu');
    try {
      await browser.clickInCard(page, '.toggle');
      await browser.clickInCard(page, '.action.disable-site');
      await waitUntil(async () => (await page.locator('mba-lens').count()) === 0);
      await waitUntil(async () => (await browser.badgeText(page)) === '');
      // After the reload's content script ran, a window for a card that must not come (page.js reads the settings).
      await browser.reload(page, { settleMs: 1_000 });
      expect(await page.locator('mba-lens').count()).toBe(0);
      expect(await browser.badgeText(page)).toBe('');
      // Asking still works there: the user's explicit request wins over the site switch.
      expect(await browser.sendToTab(page, { type: 'analyze-now' })).toBe(true);
      await browser.waitForCard(page);
    } finally {
      await page.close();
    }
  });
});

describe('on demand', () => {
  it('compares an unrelated page when asked, says it is below the threshold, and the command toggles it', async () => {
    const url = 'https://news.example.com/weather/weekend';
    browser.serve(url, textPage(UNRELATED_TEXT, { title: 'Weekend weather', url }));
    const page = await browser.open(url);
    try {
      expect(await page.locator('mba-lens').count()).toBe(0);
      // Nothing listens on a page the gate rejected: the request goes through the background.
      await expect(browser.sendToTab(page, { type: 'analyze-now' })).rejects.toThrow(/Receiving end does not exist/);
      expect(await browser.askForCard(page)).toBe(true);
      await browser.waitForCard(page);
      expect(await expanded(page)).toBe('true');
      expect(await browser.inCard(page, (root) => root.querySelector('.below-threshold') !== null)).toBe(true);
      expect(await browser.badgeText(page)).toBe('');
      expect(await browser.sendToTab(page, { type: 'toggle-card' })).toBe(true);
      await waitUntil(async () => (await page.locator('mba-lens').count()) === 0);
      expect(await browser.sendToTab(page, { type: 'toggle-card' })).toBe(true);
      await browser.waitForCard(page);
      expect(browser.extensionErrors(page)).toEqual([]);
    } finally {
      await page.close();
    }
  });
});

describe('single-page apps', () => {
  it('follows pushState: the card and badge go on an unrelated view and come back on an MBA view', async () => {
    const page = await openMba();
    try {
      expect(await browser.badgeText(page)).toBe('MBA');
      await page.evaluate((text) => {
        history.pushState({}, '', '/news/weekend-weather');
        document.title = 'Weekend weather';
        const main = document.createElement('main');
        for (const line of text.split('\n')) {
          const p = document.createElement('p');
          p.textContent = line;
          main.append(p);
        }
        document.body.replaceChildren(main);
      }, UNRELATED_TEXT);
      await waitUntil(async () => (await page.locator('mba-lens').count()) === 0);
      await waitUntil(async () => (await browser.badgeText(page)) === '');
      expect(await browser.tabResult(page)).toBeUndefined();
      expect(await page.evaluate(() => CSS.highlights.has('mba-lens'))).toBe(false);

      await page.evaluate((text) => {
        history.pushState({}, '', '/business/executive-mba/');
        document.title = 'Executive MBA | Example School of Business';
        const main = document.createElement('main');
        for (const line of text.split('\n')) {
          const p = document.createElement(line.startsWith('#') ? 'h2' : 'p');
          p.textContent = line.replace(/^#+\s*/, '');
          main.append(p);
        }
        document.body.replaceChildren(main);
      }, MBA_TEXT.replace('Full-time MBA', 'Executive MBA'));
      await browser.waitForCard(page);
      await waitUntil(async () => (await browser.badgeText(page)) === 'MBA');
      expect(await page.locator('mba-lens').count()).toBe(1);
      expect(browser.extensionErrors(page)).toEqual([]);
    } finally {
      await page.close();
    }
  });

  it('does not react to its own changes: the card stays put on a quiet page', async () => {
    const page = await openMba();
    try {
      await browser.clickInCard(page, '.toggle');
      await waitUntil(async () => (await expanded(page)) === 'true');
      // A quiet page for 1.5 s: the window in which a reaction to the card's own writes would show.
      await page.waitForTimeout(1_500);
      const after = (await browser.mutations(page)).filter((m) => m.afterParse);
      expect(after.map((m) => `${m.type} ${m.target} +${m.added.join(',')}`)).toEqual(['childList HTML +MBA-LENS']);
    } finally {
      await page.close();
    }
  });
});

describe('hostile pages', () => {
  it('keeps its styles under a CSP that forbids every style, and its corner under page-wide !important rules', async () => {
    const url = 'https://strict.example.edu/business/mba/';
    const hostileCss = '<style>* { position: static !important; display: none !important; z-index: 0 !important; all: unset !important; } mba-lens { display: none !important; }</style>';
    const html = textPage(MBA_TEXT, { title: 'Full-time MBA | Example School of Business', url }).replace('</head>', `${hostileCss}</head>`);
    browser.serve(url, { body: html, headers: { 'Content-Security-Policy': "default-src 'none'; style-src 'unsafe-inline'; script-src 'none'" } });
    const strictUrl = 'https://stricter.example.edu/business/mba/';
    browser.serve(strictUrl, { body: textPage(MBA_TEXT, { title: 'Full-time MBA | Example School of Business', url: strictUrl }), headers: { 'Content-Security-Policy': "default-src 'none'; style-src 'none'; script-src 'none'" } });
    for (const target of [url, strictUrl]) {
      const page = await browser.open(target);
      try {
        await browser.waitForCard(page);
        const styles = await browser.inCard(page, (root) => {
          const card = root.querySelector('.card') as HTMLElement;
          const s = getComputedStyle(card);
          return { radius: s.borderTopLeftRadius, background: s.backgroundColor };
        });
        expect(styles.radius).toBe('999px');
        const host = await page.evaluate(() => {
          const s = getComputedStyle(document.querySelector('mba-lens')!);
          return { position: s.position, display: s.display, zIndex: s.zIndex };
        });
        expect(host).toEqual({ position: 'fixed', display: 'block', zIndex: '2147483647' });
        expect(browser.extensionErrors(page)).toEqual([]);
      } finally {
        await page.close();
      }
    }
  });
});

describe('the popup', () => {
  it('"analyse anyway" reaches the tab through the background (analyze-tab)', async () => {
    const url = 'https://news.example.com/weather/monday';
    browser.serve(url, textPage(UNRELATED_TEXT, { title: 'Monday weather', url }));
    const page = await browser.open(url);
    try {
      // The toolbar press (activeTab), then analyze-tab from the popup's page: the harness's askForCard.
      expect(await browser.askForCard(page)).toBe(true);
      await browser.waitForCard(page);
      expect(await browser.inCard(page, (root) => root.querySelector('.below-threshold') !== null)).toBe(true);
    } finally {
      await page.close();
    }
  });
});
