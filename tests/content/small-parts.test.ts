/** The content script's small pure parts: injection guard, debounce, page keys, evidence rows, settings. */
import { describe, expect, it, vi } from 'vitest';
import { debounce } from '../../src/content/debounce';
import { claimInjection } from '../../src/content/injection-guard';
import { rowForEvidence } from '../../src/content/located-evidence';
import { pageKey } from '../../src/content/navigation-watcher';
import type { ComparisonRow } from '../../src/core/types';
import { DEFAULT_SETTINGS, isPageOff } from '../../src/schemas/settings-schema';

describe('claimInjection', () => {
  const instance = (alive = true) => ({ alive: vi.fn(() => alive), stop: vi.fn(), request: vi.fn() });

  it('lets the first injection in a world start and every later one return', () => {
    const world = {};
    const first = instance();
    expect(claimInjection(world, first)).toBe(true);
    expect(claimInjection(world, instance())).toBe(false);
    expect(claimInjection(world, instance())).toBe(false);
    expect(first.stop).not.toHaveBeenCalled();
    expect(Object.keys(world)).toEqual([]);
    expect(claimInjection({}, instance())).toBe(true);
  });

  it('takes over from an orphan left by an extension update, stopping it', () => {
    const world = {};
    const orphan = instance(false);
    expect(claimInjection(world, orphan)).toBe(true);
    const fresh = instance();
    expect(claimInjection(world, fresh)).toBe(true);
    expect(orphan.stop).toHaveBeenCalledTimes(1);
    expect(claimInjection(world, instance())).toBe(false);
  });
});

describe('debounce', () => {
  it('collapses a burst into one trailing call', () => {
    vi.useFakeTimers();
    try {
      const fn = vi.fn();
      const d = debounce(fn, 100, { signal: new AbortController().signal });
      d();
      vi.advanceTimersByTime(50);
      d();
      vi.advanceTimersByTime(99);
      expect(fn).not.toHaveBeenCalled();
      vi.advanceTimersByTime(1);
      expect(fn).toHaveBeenCalledTimes(1);
    } finally {
      vi.useRealTimers();
    }
  });

  it('still calls a page that never stops changing every maxWait', () => {
    vi.useFakeTimers();
    try {
      const fn = vi.fn();
      const d = debounce(fn, 100, { maxWaitMs: 300, signal: new AbortController().signal });
      for (let t = 0; t < 1_000; t += 50) {
        d();
        vi.advanceTimersByTime(50);
      }
      expect(fn.mock.calls.length).toBeGreaterThanOrEqual(3);
      expect(fn.mock.calls.length).toBeLessThanOrEqual(4);
    } finally {
      vi.useRealTimers();
    }
  });

  it('never calls after its signal aborted', () => {
    vi.useFakeTimers();
    try {
      const fn = vi.fn();
      const controller = new AbortController();
      const d = debounce(fn, 100, { signal: controller.signal });
      d();
      controller.abort();
      vi.advanceTimersByTime(500);
      d();
      vi.advanceTimersByTime(500);
      expect(fn).not.toHaveBeenCalled();
    } finally {
      vi.useRealTimers();
    }
  });
});

describe('pageKey', () => {
  it.each([
    ['https://a.edu/mba#curriculum', 'https://a.edu/mba'],
    ['https://a.edu/mba?x=1#a', 'https://a.edu/mba?x=1'],
    ['https://a.edu/mba', 'https://a.edu/mba'],
  ])('%s → %s', (href, key) => expect(pageKey(href)).toBe(key));
});

describe('rowForEvidence', () => {
  const rows: ComparisonRow[] = [
    { fact: 'role', page: 'Director of AI Strategy', reference: 'Director of AI Strategy', verdict: 'covered' },
    { fact: 'skill', page: 'EU AI Act', reference: 'Ethics, Governance & AI Risk', verdict: 'covered' },
    { fact: 'skill', page: 'pricing', reference: 'From Models to Markets', verdict: 'covered' },
  ];
  const span = { block: 0, start: 0, end: 1 };
  const anchor = { exact: 'q', prefix: '', suffix: '' };
  it('finds a skill row by the page’s phrase and other rows by fact', () => {
    expect(rowForEvidence({ fact: 'skill:pricing', quote: 'q', span, anchor }, rows)).toBe(rows[2]);
    expect(rowForEvidence({ fact: 'role', quote: 'q', span, anchor }, rows)).toBe(rows[0]);
    expect(rowForEvidence({ fact: 'credits', quote: 'q', span, anchor }, rows)).toBeNull();
    expect(rowForEvidence({ fact: 'skill:python', quote: 'q', span, anchor }, rows)).toBeNull();
  });
});

describe('whether MBA Lens stays off on a page', () => {
  it.each([
    ['https://www.example.edu/mba', ['example.edu'], true],
    ['https://mba.example.edu/x', ['example.edu'], true],
    ['https://example.edu/x', ['www.example.edu'], true],
    ['https://other.edu/x', ['example.edu'], false],
    ['https://notexample.edu/x', ['example.edu'], false],
  ])('%s with %j off → %s', (url, sites, disabled) => {
    expect(isPageOff({ ...DEFAULT_SETTINGS, disabledSites: sites }, url)).toBe(disabled);
  });
});
