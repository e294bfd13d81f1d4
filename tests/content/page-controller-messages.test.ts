// @vitest-environment happy-dom
/**
 * The page controller's mailbox: it answers only this extension's messages (senders other than this extension are
 * rejected, unknown and malformed messages ignored), acknowledges the user's requests at once, and lets go of the
 * runtime when it stops; and one controller per document however often page.js is loaded into it.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { claimedInstance } from '../../src/content/injection-guard';
import { createPageController, openPage, type PageController, type PageStart } from '../../src/content/page-controller';
import type { ExtensionRuntime } from '../../src/platform/extension-runtime';
import { isRecord } from '../../src/core/is-record';
import { DEFAULT_SETTINGS } from '../../src/schemas/settings-schema';
import { fakeRuntime, flush, settleController, type FakeRuntime } from './fake-runtime';

const controllers: PageController[] = [];
afterEach(() => {
  for (const c of controllers.splice(0)) c.stop();
});

function start() {
  document.title = 'Weekend weather';
  document.body.replaceChildren(Object.assign(document.createElement('p'), { textContent: 'Rain on Saturday.' }));
  const runtime = fakeRuntime((message) => (isRecord(message) && message.type === 'get-settings' ? { ...DEFAULT_SETTINGS, disabledSites: [] } : undefined));
  const controller = createPageController({ win: window, doc: document, runtime });
  controllers.push(controller);
  current = runtime;
  return { controller, runtime };
}

let current: FakeRuntime = fakeRuntime();
const settle = () => settleController(current);
const host = () => document.querySelector('mba-lens');

describe('the page controller’s messages', () => {
  it('acknowledges the user’s requests and acts on them: analyze-now shows the card, toggle-card hides it', async () => {
    const { runtime } = start();
    expect(runtime.deliver({ type: 'analyze-now' })).toEqual([true]);
    await settle();
    expect(host()).not.toBeNull();
    expect(runtime.deliver({ type: 'toggle-card' })).toEqual([true]);
    expect(host()).toBeNull();
  });

  it('applies settings sent by the background', async () => {
    const { runtime } = start();
    runtime.deliver({ type: 'analyze-now' });
    await settle();
    expect(host()).not.toBeNull();
    // A forced card stays when its site is turned off elsewhere; only a card the page earned goes.
    runtime.deliver({ type: 'settings-changed', settings: { ...DEFAULT_SETTINGS, disabledSites: ['localhost'] } });
    expect(host()).not.toBeNull();
  });

  it('rejects other senders, and ignores unknown and malformed messages without answering', async () => {
    const { runtime } = start();
    expect(runtime.deliver({ type: 'analyze-now' }, 'another-extension')).toEqual([]);
    expect(runtime.deliver({ type: 'settings-changed', settings: DEFAULT_SETTINGS }, 'another-extension')).toEqual([]);
    expect(runtime.deliver({ type: 'format-disk' })).toEqual([]);
    expect(runtime.deliver('analyze-now')).toEqual([]);
    expect(runtime.deliver(null)).toEqual([]);
    expect(runtime.deliver({ type: 'settings-changed', settings: 'all' })).toEqual([]);
    expect(runtime.deliver({ type: 'page-result', result: null })).toEqual([]);
    await settle();
    expect(host()).toBeNull();
    expect(runtime.sent).toEqual([]);
  });

  it('stops listening and takes the card down, once', async () => {
    const { controller, runtime } = start();
    runtime.deliver({ type: 'analyze-now' });
    await settle();
    expect(runtime.listenerCount()).toBe(1);
    controller.stop();
    controller.stop();
    expect(runtime.listenerCount()).toBe(0);
    expect(host()).toBeNull();
  });
});

describe('page.js taking the page over', () => {
  const started: Array<{ stop(): void }> = [];
  afterEach(() => {
    for (const instance of started.splice(0)) instance.stop();
  });
  const open = (world: object, runtime: ExtensionRuntime | undefined, start: PageStart) => {
    openPage({ win: window, doc: document, world, start, ...(runtime ? { runtime } : {}) });
    const claimed = claimedInstance(world);
    if (claimed) started.push(claimed);
  };
  const pageResults = (runtime: { sent: unknown[] }) => runtime.sent.filter((m) => isRecord(m) && m.type === 'page-result');

  it('starts one controller per document; a later request goes to it, a later gate pass does nothing', async () => {
    const world = {};
    const runtime = fakeRuntime();
    open(world, runtime, 'gate');
    open(world, runtime, { type: 'analyze-now' });
    open(world, runtime, 'gate');
    expect(runtime.listenerCount()).toBe(1);
    // Only the request (a forced analysis) reports a result on this page; the gate pass found nothing to report.
    await vi.waitFor(() => expect(pageResults(runtime)).toHaveLength(1));
    await flush();
    expect(pageResults(runtime)).toHaveLength(1);
  });

  it('takes over from a controller whose extension was updated (its runtime lost its id), stopping it', () => {
    const world = {};
    let id = 'mbalenstestextensionid';
    const old = fakeRuntime();
    Object.defineProperty(old, 'id', { get: () => id });
    open(world, old, 'gate');
    expect(old.listenerCount()).toBe(1);
    id = '';
    const fresh = fakeRuntime();
    open(world, fresh, { type: 'toggle-card' });
    expect(old.listenerCount()).toBe(0);
    expect(fresh.listenerCount()).toBe(1);
    expect(claimedInstance(world)?.alive()).toBe(true);
  });

  it('does nothing outside a live extension', () => {
    const world = {};
    open(world, undefined, 'gate');
    expect(claimedInstance(world)).toBeUndefined();
  });
});
