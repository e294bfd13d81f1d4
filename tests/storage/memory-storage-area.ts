/**
 * An in-memory stand-in for `storage.local`: async get/set/remove that yield to other tasks between reading and
 * writing (as the real, IPC-backed area does), values copied in and out like the real structured storage, and an
 * optional byte quota that fails a write the way Chromium does ("QUOTA_BYTES quota exceeded"), applying nothing.
 */
import type { StorageAreaLike } from '../../src/storage/user-data-store';

export interface MemoryStorageArea extends StorageAreaLike {
  /** The stored values, for assertions (copies). */
  dump(): Record<string, unknown>;
  /** Bytes in use, counted as Chromium does: key length plus the JSON length of the value. */
  bytesInUse(): number;
}

export interface MemoryStorageOptions {
  initial?: Record<string, unknown>;
  quotaBytes?: number;
}

const tick = () => new Promise<void>((resolve) => setTimeout(resolve, 0));
const copy = <T>(value: T): T => structuredClone(value);

export function createMemoryStorageArea({ initial = {}, quotaBytes = Infinity }: MemoryStorageOptions = {}): MemoryStorageArea {
  const data = new Map<string, unknown>(Object.entries(copy(initial)));
  const size = (entries: Map<string, unknown>) =>
    [...entries].reduce((sum, [key, value]) => sum + key.length + JSON.stringify(value).length, 0);

  return {
    async get(keys) {
      await tick();
      const wanted = keys === null || keys === undefined ? [...data.keys()] : Array.isArray(keys) ? keys : [keys];
      const result: Record<string, unknown> = {};
      for (const key of wanted) if (data.has(key)) result[key] = copy(data.get(key));
      return result;
    },
    async set(items) {
      await tick();
      const next = new Map(data);
      for (const [key, value] of Object.entries(items)) next.set(key, copy(value));
      if (size(next) > quotaBytes) throw new Error('QUOTA_BYTES quota exceeded');
      for (const [key, value] of next) data.set(key, value);
    },
    async remove(keys) {
      await tick();
      for (const key of Array.isArray(keys) ? keys : [keys]) data.delete(key);
    },
    dump: () => copy(Object.fromEntries(data)),
    bytesInUse: () => size(data),
  };
}
