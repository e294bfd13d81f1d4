// @vitest-environment happy-dom
/**
 * page.js's session: it answers only this extension's messages (issue 7: senders other than this extension are
 * rejected, unknown and malformed messages ignored), and passes requests to the page controller.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import * as controllerModule from '../../src/content/page-controller';
import type { PageController, PageSession, PageStart } from '../../src/content/page-module';
import { startPageSession } from '../../src/content/page-session';
import { fakeRuntime } from './fake-runtime';

function fakeController() {
  return {
    analyze: vi.fn(),
    navigated: vi.fn(),
    showOnRequest: vi.fn(),
    toggleOnRequest: vi.fn(),
    settingsChanged: vi.fn(),
    stop: vi.fn(),
  } satisfies PageController;
}

const sessions: PageSession[] = [];
afterEach(() => {
  for (const s of sessions.splice(0)) s.stop();
  vi.restoreAllMocks();
});

function start(first: PageStart = 'gate') {
  const controller = fakeController();
  vi.spyOn(controllerModule, 'createPageController').mockReturnValue(controller);
  const runtime = fakeRuntime();
  const session = startPageSession({ win: window, doc: document, runtime, start: first });
  sessions.push(session);
  return { controller, runtime, session };
}

describe('the page session', () => {
  it('analyses at once when the gate passed, or shows the card when the user asked', () => {
    expect(start('gate').controller.analyze).toHaveBeenCalledTimes(1);
    const asked = start({ type: 'analyze-now' }).controller;
    expect(asked.analyze).not.toHaveBeenCalled();
    expect(asked.showOnRequest).toHaveBeenCalledTimes(1);
    expect(start({ type: 'toggle-card' }).controller.toggleOnRequest).toHaveBeenCalledTimes(1);
  });

  it('acknowledges and passes on requests from this extension', () => {
    const { controller, runtime } = start();
    expect(runtime.deliver({ type: 'analyze-now' })).toEqual([true]);
    expect(runtime.deliver({ type: 'toggle-card' })).toEqual([true]);
    expect(controller.showOnRequest).toHaveBeenCalledTimes(1);
    expect(controller.toggleOnRequest).toHaveBeenCalledTimes(1);
    runtime.deliver({ type: 'settings-changed', settings: { autoCard: false } });
    expect(controller.settingsChanged).toHaveBeenCalledWith({ autoCard: false });
  });

  it('rejects other senders, and ignores unknown and malformed messages without answering', () => {
    const { controller, runtime } = start();
    expect(runtime.deliver({ type: 'analyze-now' }, 'another-extension')).toEqual([]);
    expect(runtime.deliver({ type: 'settings-changed', settings: {} }, 'another-extension')).toEqual([]);
    expect(runtime.deliver({ type: 'format-disk' })).toEqual([]);
    expect(runtime.deliver('analyze-now')).toEqual([]);
    expect(runtime.deliver(null)).toEqual([]);
    expect(runtime.deliver({ type: 'settings-changed', settings: 'all' })).toEqual([]);
    expect(controller.showOnRequest).not.toHaveBeenCalled();
    expect(controller.settingsChanged).not.toHaveBeenCalled();
  });

  it('takes requests handed over by the loader', () => {
    const { controller, session } = start();
    session.request({ type: 'toggle-card' });
    expect(controller.toggleOnRequest).toHaveBeenCalledTimes(1);
  });

  it('stops listening and stops the controller, once', () => {
    const { controller, runtime, session } = start();
    expect(runtime.listenerCount()).toBe(1);
    session.stop();
    session.stop();
    expect(runtime.listenerCount()).toBe(0);
    expect(controller.stop).toHaveBeenCalledTimes(1);
  });
});
