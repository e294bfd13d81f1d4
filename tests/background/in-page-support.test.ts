/**
 * The background's part in the in-page experience: the badge text per kind, the per-tab `storage.session` entry,
 * on-demand analysis (with injection where the content script is absent) and the context-menu item.
 */
import { describe, expect, it, vi } from 'vitest';
import { badgeTextFor, showBadge, type BadgeApi } from '../../src/background/badge';
import { COMPARE_MENU_ID, registerCompareMenu } from '../../src/background/menus';
import { REQUEST_SCRIPT, showCardInTab, type ShowCardApi } from '../../src/background/show-card-in-tab';
import { leaveRequest } from '../../src/content/injection-guard';
import { clearTabResult, readTabResult, saveTabResult, tabResultKey, type SessionArea } from '../../src/background/tab-results';
import { signal } from '../../src/core/signals';
import type { AnalysisResult } from '../../src/core/types';

const result = (kind: AnalysisResult['kind']): AnalysisResult => ({
  url: 'https://www.example.edu/mba/',
  kind,
  confidence: 0.9,
  signals: [signal('mba-in-headline', 'MBA')],
  facts: { credits: 36, durationMonthsMin: 12, durationMonthsMax: 24, stem: true, opt: true, format: null, tuitionUSD: null, aiCurriculum: true, ethics: null, role: null, skills: [] },
  comparison: [{ fact: 'credits', page: 36, reference: 36, verdict: 'same' }],
  evidence: [{ fact: 'credits', quote: 'a 36-credit MBA' }],
});

describe('badge', () => {
  it.each([
    ['mba-program', 'MBA'],
    ['ai-career', 'AI'],
    ['none', ''],
  ] as const)('%s → %j', (kind, text) => expect(badgeTextFor(result(kind))).toBe(text));

  it('is empty without a result', () => expect(badgeTextFor(null)).toBe(''));

  it('sets the tab’s badge and shrugs off a closed tab', async () => {
    const action: BadgeApi = { setBadgeText: vi.fn(async () => undefined), setBadgeBackgroundColor: vi.fn(async () => undefined) };
    await showBadge(action, 7, result('ai-career'));
    expect(action.setBadgeText).toHaveBeenCalledWith({ tabId: 7, text: 'AI' });
    const closed: BadgeApi = { setBadgeText: async () => Promise.reject(new Error('No tab with id: 7')), setBadgeBackgroundColor: async () => undefined };
    await expect(showBadge(closed, 7, null)).resolves.toBeUndefined();
  });
});

function fakeSession(): SessionArea & { data: Map<string, unknown> } {
  const data = new Map<string, unknown>();
  return {
    data,
    get: async (key) => (data.has(key) ? { [key]: data.get(key) } : {}),
    set: async (items) => {
      for (const [k, v] of Object.entries(items)) data.set(k, v);
    },
    remove: async (key) => {
      data.delete(key);
    },
  };
}

describe('per-tab results in storage.session', () => {
  it('keeps the CLI-shaped result under tab:<id>, forgets it on null and on close', async () => {
    const area = fakeSession();
    await saveTabResult(area, 3, result('mba-program'));
    expect(tabResultKey(3)).toBe('tab:3');
    expect(area.data.get('tab:3')).toEqual(result('mba-program'));
    expect(await readTabResult(area, 3)).toEqual(result('mba-program'));
    await saveTabResult(area, 3, null);
    expect(area.data.has('tab:3')).toBe(false);
    await saveTabResult(area, 4, result('ai-career'));
    await clearTabResult(area, 4);
    expect(await readTabResult(area, 4)).toBeNull();
  });

  it('does not hand out a malformed entry', async () => {
    const area = fakeSession();
    area.data.set('tab:5', { kind: 'mba-program' });
    expect(await readTabResult(area, 5)).toBeNull();
  });
});

describe('showCardInTab', () => {
  it('asks page.js when it is there', async () => {
    const api: ShowCardApi = { sendMessage: vi.fn(async () => true), executeScript: vi.fn(async () => []), executeFunction: vi.fn(async () => []) };
    expect(await showCardInTab(api, 9, { type: 'analyze-now' })).toBe(true);
    expect(api.executeScript).not.toHaveBeenCalled();
    expect(api.executeFunction).not.toHaveBeenCalled();
  });

  it('where nothing listens, leaves the request in the tab and injects content/request.js to take it', async () => {
    const calls: string[] = [];
    const api: ShowCardApi = {
      sendMessage: vi.fn(async () => Promise.reject(new Error('Could not establish connection. Receiving end does not exist.'))),
      executeScript: vi.fn(async () => void calls.push('inject')),
      executeFunction: vi.fn(async () => void calls.push('leave')),
    };
    expect(await showCardInTab(api, 9, { type: 'toggle-card' })).toBe(true);
    expect(api.executeFunction).toHaveBeenCalledWith(9, leaveRequest, { type: 'toggle-card' });
    expect(api.executeScript).toHaveBeenCalledWith(9, 'content/request.js');
    expect(REQUEST_SCRIPT).toBe('content/request.js');
    expect(calls).toEqual(['leave', 'inject']);
  });

  it('gives up quietly on pages no extension may script', async () => {
    const api: ShowCardApi = {
      sendMessage: async () => Promise.reject(new Error('Receiving end does not exist')),
      executeScript: async () => Promise.reject(new Error('Cannot access a chrome:// URL')),
      executeFunction: async () => Promise.reject(new Error('Cannot access a chrome:// URL')),
    };
    expect(await showCardInTab(api, 9, { type: 'analyze-now' })).toBe(false);
  });
});

describe('context menu', () => {
  it('recreates its one item on http(s) pages', async () => {
    const menus = { removeAll: vi.fn(async () => undefined), create: vi.fn() };
    await registerCompareMenu(menus, 'Compare this page with RPI’s AI MBA');
    expect(menus.removeAll).toHaveBeenCalledTimes(1);
    expect(menus.create).toHaveBeenCalledWith({
      id: COMPARE_MENU_ID,
      title: 'Compare this page with RPI’s AI MBA',
      contexts: ['page', 'selection', 'link'],
      documentUrlPatterns: ['http://*/*', 'https://*/*'],
    });
  });
});
