import { describe, expect, it } from 'vitest';
import { parseToBackground, type Message } from '../../src/messages/protocol';
import { defaultSettings, type Settings } from '../../src/schemas/settings-schema';
import { createUserDataHandler } from '../../src/background/user-data-handler';
import { createUserDataStore } from '../../src/storage/user-data-store';
import { createWriteQueue } from '../../src/storage/write-queue';
import { addItem } from '../storage/fixtures/facts';
import { createMemoryStorageArea } from '../storage/memory-storage-area';

function setup() {
  const announced: Settings[] = [];
  const store = createUserDataStore({ area: createMemoryStorageArea() });
  const handle = createUserDataHandler({ store, announceSettings: (settings) => announced.push(settings) });
  /** As the background's listener does: parse first, then hand over. */
  const send = (raw: unknown) => {
    const message = parseToBackground(raw);
    return message === null ? undefined : handle(message);
  };
  return { announced, handle, send };
}

describe('the user-data message handler', () => {
  it('answers get-settings plainly, for content scripts', async () => {
    expect(await setup().send({ type: 'get-settings' })).toEqual(defaultSettings());
  });

  it('answers a settings change with the new settings and announces it to open tabs', async () => {
    const { announced, send } = setup();
    const reply = await send({ type: 'update-settings', patch: { autoCard: false } });
    const expected = { ...defaultSettings(), autoCard: false };
    expect(reply).toEqual({ ok: true, value: expected });
    expect(announced).toEqual([expected]);
    await send({ type: 'set-site-enabled', hostname: 'a.example', enabled: false });
    expect(announced.at(-1)?.disabledSites).toEqual(['a.example']);
  });

  it('refuses an invalid change with a clear error and announces nothing', async () => {
    const { announced, send } = setup();
    expect(await send({ type: 'update-settings', patch: { autoCard: 'off' } })).toEqual({
      ok: false,
      error: { code: 'invalid-payload', message: expect.any(String) },
    });
    expect(announced).toEqual([]);
  });

  it('saves, lists and removes shortlist items', async () => {
    const { send } = setup();
    const saved = (await send({ type: 'shortlist-add', item: addItem(1) })) as { ok: true; value: { id: string } };
    expect(saved.ok).toBe(true);
    expect(await send({ type: 'get-shortlist' })).toMatchObject({ ok: true, value: [{ id: saved.value.id }] });
    expect(await send({ type: 'shortlist-remove', id: saved.value.id })).toEqual({ ok: true, value: [] });
  });

  it('answers a save from a page that is not comparable with an error', async () => {
    const { send } = setup();
    expect(await send({ type: 'shortlist-add', item: { ...addItem(1), kind: 'none' } })).toMatchObject({
      ok: false,
      error: { code: 'invalid-payload' },
    });
  });

  it('announces the defaults after clearing', async () => {
    const { announced, send } = setup();
    await send({ type: 'update-settings', patch: { annotations: false } });
    expect(await send({ type: 'clear-user-data' })).toEqual({ ok: true, value: defaultSettings() });
    expect(announced.at(-1)).toEqual(defaultSettings());
  });

  it('leaves messages it does not own to the rest of the background', () => {
    const { handle } = setup();
    const others: Message[] = [
      { type: 'page-result', result: null },
      { type: 'get-tab-result', tabId: 1 },
      { type: 'analyze-now' },
      { type: 'settings-changed', settings: defaultSettings() },
    ];
    for (const message of others) expect(handle(message)).toBeUndefined();
  });
});

describe('the write queue', () => {
  it('runs tasks one at a time, in order, and survives a failed task', async () => {
    const queue = createWriteQueue();
    const log: string[] = [];
    const task = (name: string, fail = false) => async () => {
      log.push(`start ${name}`);
      await new Promise((resolve) => setTimeout(resolve, 1));
      log.push(`end ${name}`);
      if (fail) throw new Error(name);
      return name;
    };
    const results = await Promise.allSettled([queue.run(task('a')), queue.run(task('b', true)), queue.run(task('c'))]);
    expect(log).toEqual(['start a', 'end a', 'start b', 'end b', 'start c', 'end c']);
    expect(results.map((r) => r.status)).toEqual(['fulfilled', 'rejected', 'fulfilled']);
  });
});
