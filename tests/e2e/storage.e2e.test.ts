/**
 * Stored user data in real Chromium, through the background (the single writer): a saved item survives a browser
 * restart (a persistent profile in a temp dir, launched twice), two tabs saving 50 items each at once keep all 100,
 * a v1 profile is migrated in the real `storage.local`, and a full quota is reported, not swallowed.
 *
 * The shared harness launches with a throwaway profile, so this file launches its own persistent one.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { afterAll, describe, expect, it } from 'vitest';
import { CHROME_DIST, CHROMIUM_FLAGS, CHROMIUM_PATH, evaluateInServiceWorker, requireChromium, ROOT } from './harness';

/** The extension APIs called inside extension pages and the service worker (evaluated there, typed here). */
declare const chrome: {
  runtime: { sendMessage(message: unknown): Promise<unknown> };
  storage: {
    local: {
      QUOTA_BYTES: number;
      get(keys: null): Promise<Record<string, unknown>>;
      set(items: Record<string, unknown>): Promise<void>;
      getBytesInUse(keys: null): Promise<number>;
    };
  };
};

interface Profile {
  context: BrowserContext;
  extensionId: string;
}

const profiles: string[] = [];

function newProfileDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'mba-lens-profile-'));
  profiles.push(dir);
  return dir;
}

async function launch(profileDir: string): Promise<Profile> {
  requireChromium();
  const context = await chromium.launchPersistentContext(profileDir, {
    executablePath: CHROMIUM_PATH,
    headless: true,
    args: [`--disable-extensions-except=${CHROME_DIST}`, `--load-extension=${CHROME_DIST}`, ...CHROMIUM_FLAGS],
  });
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker', { timeout: 15_000 }));
  return { context, extensionId: new URL(worker.url()).host };
}

/** An extension page to send messages from, as the popup and options page do. */
async function extensionPage({ context, extensionId }: Profile): Promise<Page> {
  const page = await context.newPage();
  await page.goto(`chrome-extension://${extensionId}/options/options.html`);
  return page;
}

function send(page: Page, message: unknown): Promise<unknown> {
  return page.evaluate((m) => chrome.runtime.sendMessage(m), message);
}

function item(n: number, tab: string) {
  return {
    url: `https://${tab}-${n}.example.edu/mba`,
    title: `${tab} program ${n}`,
    kind: 'mba-program',
    facts: {
      credits: 30 + (n % 30), durationMonthsMin: 12, durationMonthsMax: 24, stem: n % 2 === 0, opt: null, format: 'online',
      tuitionUSD: null, aiCurriculum: true, ethics: false, role: null, skills: [],
    },
    savedAt: Date.now(),
  };
}

type Reply = { ok: boolean; value?: unknown; error?: { code: string } };

afterAll(() => {
  for (const dir of profiles) rmSync(dir, { recursive: true, force: true });
});

describe('stored user data in Chromium', () => {
  it('keeps a saved item across a browser restart', async () => {
    const dir = newProfileDir();
    const first = await launch(dir);
    const page = await extensionPage(first);
    const saved = (await send(page, { type: 'shortlist-add', item: item(1, 'restart') })) as Reply;
    expect(saved.ok).toBe(true);
    await first.context.close();

    const second = await launch(dir);
    try {
      expect(second.extensionId).toBe(first.extensionId);
      const popup = await second.context.newPage();
      await popup.goto(`chrome-extension://${second.extensionId}/popup/popup.html`);
      await popup.getByRole('tab', { name: /Shortlist/ }).click();
      await popup.locator('#panel-shortlist .saved-item').first().waitFor();
      expect(await popup.locator('#panel-shortlist .saved-title').allTextContents()).toEqual(['restart program 1']);
    } finally {
      await second.context.close();
    }
  });

  it('keeps all 100 items when two tabs save 50 each at the same moment', async () => {
    const profile = await launch(newProfileDir());
    try {
      const [a, b] = await Promise.all([extensionPage(profile), extensionPage(profile)]);
      const saveFifty = (page: Page, tab: string) =>
        page.evaluate(
          (items) => Promise.all(items.map((entry) => chrome.runtime.sendMessage({ type: 'shortlist-add', item: entry }))),
          Array.from({ length: 50 }, (_, n) => item(n, tab)),
        );
      const replies = (await Promise.all([saveFifty(a!, 'a'), saveFifty(b!, 'b')])).flat() as Reply[];
      expect(replies.filter((reply) => reply.ok)).toHaveLength(100);
      const list = (await send(a!, { type: 'get-shortlist' })) as { ok: true; value: Array<{ url: string }> };
      expect(list.value).toHaveLength(100);
      expect(new Set(list.value.map((entry) => entry.url)).size).toBe(100);
    } finally {
      await profile.context.close();
    }
  });

  it('migrates a v1 profile in the real storage.local, keeping every item and a backup', async () => {
    const v1 = JSON.parse(readFileSync(join(ROOT, 'tests/storage/fixtures/v1-store.json'), 'utf8')) as {
      shortlist: Array<{ url: string; title: string; savedAt: number }>;
    };
    const profile = await launch(newProfileDir());
    try {
      await evaluateInServiceWorker(profile.context, profile.extensionId, (data) => chrome.storage.local.set(data), v1 as unknown as Record<string, unknown>);
      const page = await extensionPage(profile);
      const list = (await send(page, { type: 'get-shortlist' })) as { ok: true; value: Array<{ url: string; title: string; savedAt: string }> };
      expect(list.value.map(({ url, title, savedAt }) => ({ url, title, savedAt: Date.parse(savedAt) }))).toEqual(
        v1.shortlist.map(({ url, title, savedAt }) => ({ url, title, savedAt })),
      );
      const stored = await evaluateInServiceWorker(profile.context, profile.extensionId, () => chrome.storage.local.get(null), undefined);
      expect(stored.shortlist).toMatchObject({ schemaVersion: 3 });
      const backups = Object.keys(stored).filter((key) => key.startsWith('backup:shortlist:'));
      expect(backups).toHaveLength(1);
      expect(stored[backups[0]!]).toEqual(v1.shortlist);
    } finally {
      await profile.context.close();
    }
  });

  it('reports a full storage.local as quota-exceeded and keeps the list as it was', async () => {
    const profile = await launch(newProfileDir());
    try {
      const page = await extensionPage(profile);
      expect(((await send(page, { type: 'shortlist-add', item: item(1, 'quota') })) as Reply).ok).toBe(true);
      // storage.local holds QUOTA_BYTES (10 MiB) without `unlimitedStorage`: fill it to within 100 bytes, less
      // than one more saved item needs.
      await evaluateInServiceWorker(
        profile.context,
        profile.extensionId,
        async () => {
          const local = chrome.storage.local;
          const free = local.QUOTA_BYTES - (await local.getBytesInUse(null));
          await local.set({ filler: 'x'.repeat(free - 'filler'.length - 2 - 100) });
        },
        undefined,
      );
      const reply = (await send(page, { type: 'shortlist-add', item: item(2, 'quota') })) as Reply;
      expect(reply).toMatchObject({ ok: false, error: { code: 'quota-exceeded' } });
      const list = (await send(page, { type: 'get-shortlist' })) as { ok: true; value: unknown[] };
      expect(list.value).toHaveLength(1);
    } finally {
      await profile.context.close();
    }
  });
});
