// @vitest-environment happy-dom
/**
 * The always-on part: it loads page.js only where the gate passes or the user asks, answers only this extension's
 * messages, and on its own writes nothing to the page.
 */
import { afterEach, describe, expect, it, vi, type Mock } from 'vitest';
import { startLoader } from '../../src/content/loader';
import type { PageController, PageModule } from '../../src/content/page-module';
import { fakeRuntime, flush } from './fake-runtime';

type FakeController = { [K in keyof PageController]: Mock<PageController[K]> };

function fakeController(): FakeController {
  return {
    analyze: vi.fn<PageController['analyze']>(),
    navigated: vi.fn<PageController['navigated']>(),
    showOnRequest: vi.fn<PageController['showOnRequest']>(),
    toggleOnRequest: vi.fn<PageController['toggleOnRequest']>(),
    settingsChanged: vi.fn<PageController['settingsChanged']>(),
    stop: vi.fn<PageController['stop']>(),
  };
}

const lifetimes: AbortController[] = [];
afterEach(() => {
  for (const l of lifetimes.splice(0)) l.abort();
});

function start(gatePasses: boolean) {
  const runtime = fakeRuntime();
  const controller = fakeController();
  const importPageModule = vi.fn(async (): Promise<PageModule> => ({ createPageController: () => controller }));
  const gate = vi.fn(() => ({ pass: gatePasses }));
  lifetimes.push(startLoader({ win: window, doc: document, runtime, gate, importPageModule }));
  return { runtime, controller, importPageModule, gate };
}

describe('the loader', () => {
  it('on a page the gate rejects: loads nothing, sends nothing, writes nothing', async () => {
    const records: MutationRecord[] = [];
    const observer = new MutationObserver((list) => records.push(...list));
    observer.observe(document, { childList: true, subtree: true, attributes: true, characterData: true });
    const { runtime, importPageModule, gate } = start(false);
    await flush();
    records.push(...observer.takeRecords());
    observer.disconnect();
    expect(gate).toHaveBeenCalledTimes(1);
    expect(importPageModule).not.toHaveBeenCalled();
    expect(runtime.sent).toEqual([]);
    expect(records).toEqual([]);
  });

  it('on a page the gate passes: imports page.js and analyses', async () => {
    const { importPageModule, controller } = start(true);
    await flush();
    expect(importPageModule).toHaveBeenCalledTimes(1);
    expect(controller.analyze).toHaveBeenCalledTimes(1);
  });

  it('loads page.js on request even where the gate failed, and acknowledges at once', async () => {
    const { runtime, importPageModule, controller } = start(false);
    expect(runtime.deliver({ type: 'analyze-now' })).toEqual([true]);
    await flush();
    expect(importPageModule).toHaveBeenCalledTimes(1);
    expect(controller.showOnRequest).toHaveBeenCalledTimes(1);
    expect(runtime.deliver({ type: 'toggle-card' })).toEqual([true]);
    await flush();
    expect(controller.toggleOnRequest).toHaveBeenCalledTimes(1);
    expect(importPageModule).toHaveBeenCalledTimes(1);
  });

  it('ignores messages from elsewhere, unknown messages and malformed ones', async () => {
    const { runtime, importPageModule } = start(false);
    expect(runtime.deliver({ type: 'analyze-now' }, 'another-extension')).toEqual([]);
    expect(runtime.deliver({ type: 'format-disk' })).toEqual([]);
    expect(runtime.deliver('analyze-now')).toEqual([]);
    expect(runtime.deliver(null)).toEqual([]);
    await flush();
    expect(importPageModule).not.toHaveBeenCalled();
  });

  it('passes settings changes on only once page.js is there', async () => {
    const { runtime, controller } = start(false);
    runtime.deliver({ type: 'settings-changed', settings: { autoCard: true } });
    await flush();
    expect(controller.settingsChanged).not.toHaveBeenCalled();
    runtime.deliver({ type: 'analyze-now' });
    await flush();
    runtime.deliver({ type: 'settings-changed', settings: { autoCard: false } });
    await flush();
    expect(controller.settingsChanged).toHaveBeenCalledTimes(1);
  });

  it('survives page.js failing to load, with nothing thrown at the page', async () => {
    const runtime = fakeRuntime();
    const importPageModule = vi.fn(async () => {
      throw new TypeError('Failed to fetch dynamically imported module');
    });
    const debug = vi.spyOn(console, 'debug').mockImplementation(() => undefined);
    lifetimes.push(startLoader({ win: window, doc: document, runtime, gate: () => ({ pass: true }), importPageModule }));
    await flush();
    expect(runtime.deliver({ type: 'analyze-now' })).toEqual([true]);
    await flush();
    expect(importPageModule).toHaveBeenCalledTimes(1);
    debug.mockRestore();
  });

  it('stops listening when torn down', () => {
    const runtime = fakeRuntime();
    const lifetime = startLoader({ win: window, doc: document, runtime, gate: () => ({ pass: false }), importPageModule: vi.fn() });
    expect(runtime.listenerCount()).toBe(1);
    lifetime.abort();
    expect(runtime.listenerCount()).toBe(0);
  });
});
