// @vitest-environment happy-dom
/** Content swapped in is noticed; the card's own host and trivial text changes are not. */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { watchContentChanges } from '../../src/content/content-change-watcher';

const flush = () => new Promise((resolve) => setTimeout(resolve, 0));
const LONG = 'A new view with enough words in it to count as content the analysis should look at again.';

afterEach(() => {
  document.body.replaceChildren();
  document.querySelectorAll('mba-lens').forEach((e) => e.remove());
});

function setup() {
  const host = document.createElement('mba-lens');
  document.documentElement.append(host);
  const events = { contentChanged: vi.fn(), hostRemoved: vi.fn() };
  const controller = new AbortController();
  watchContentChanges(document, host, events, controller.signal);
  return { host, events, controller };
}

describe('watchContentChanges', () => {
  it('reports new content in the body', async () => {
    const { events, controller } = setup();
    const p = document.createElement('p');
    p.textContent = LONG;
    document.body.append(p);
    await flush();
    expect(events.contentChanged).toHaveBeenCalled();
    controller.abort();
  });

  it('ignores small text changes and its own host', async () => {
    const { host, events, controller } = setup();
    const span = document.createElement('span');
    span.textContent = '12:01';
    document.body.append(span);
    host.setAttribute('data-kind', 'ai-career');
    host.append(document.createElement('div'));
    await flush();
    expect(events.contentChanged).not.toHaveBeenCalled();
    controller.abort();
  });

  it('notices a replaced body and a removed host', async () => {
    const { host, events, controller } = setup();
    const body = document.createElement('body');
    body.textContent = LONG;
    document.documentElement.replaceChild(body, document.body);
    host.remove();
    await flush();
    expect(events.contentChanged).toHaveBeenCalled();
    expect(events.hostRemoved).toHaveBeenCalledTimes(1);
    controller.abort();
  });

  it('stops when its signal aborts', async () => {
    const { events, controller } = setup();
    controller.abort();
    const p = document.createElement('p');
    p.textContent = LONG;
    document.body.append(p);
    await flush();
    expect(events.contentChanged).not.toHaveBeenCalled();
  });
});
