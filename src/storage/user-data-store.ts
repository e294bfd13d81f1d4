/**
 * The single writer of stored user data (settings, shortlist, notices) over one `storage.local`-like area.
 *
 * Every operation, reads included, runs through one write queue and does its read-modify-write inside it, so
 * concurrent requests from several tabs apply one after another and none is lost. Every read validates what it
 * finds: an older schema is migrated and written back (the original kept under a backup key); a damaged value is
 * kept aside under a backup key, replaced by what could be salvaged, and a notice tells the user. Failed writes
 * (a full quota above all) reject with a UserDataError and leave the stored data as it was.
 */
import type { AnalysisResult } from '../core/types';
import { savedPageAddress, type PageChange } from '../schemas/fact-history';
import { parseNotices, MAX_NOTICES, type StoreNotice } from '../schemas/notices';
import { defaultSettings, parseSettingsPatch, type Settings } from '../schemas/settings-schema';
import { itemHistoryAfterVisit, pageChangeOf } from './fact-history';
import { parseShortlistExport } from './shortlist-export';
import { withImportedItems, withSavedItem } from './shortlist-operations';
import { parseShortlistDraft, type ImportSummary, type ShortlistItem } from '../schemas/shortlist-schema';
import {
  BACKUP_KEY_PREFIX, backupKey, readStoredSettings, readStoredShortlist, settingsRecord, shortlistRecord,
  STORAGE_KEYS, type ReadOutcome, type StoredArea,
} from './stored-records';
import { asUserDataError, UserDataError } from './user-data-error';
import { createWriteQueue } from './write-queue';
import { isHostOnList, normaliseHostname } from '../schemas/hostname';

/** The part of `storage.local` the store uses (the same in Chromium and Firefox, promise-based). */
export interface StorageAreaLike {
  get(keys?: string | string[] | null): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
  remove(keys: string | string[]): Promise<void>;
}

export interface UserDataStoreDeps {
  area: StorageAreaLike;
  now?: () => Date;
  newId?: () => string;
}


export interface UserDataStore {
  getSettings(): Promise<Settings>;
  updateSettings(patch: unknown): Promise<Settings>;
  setSiteEnabled(hostname: string, enabled: boolean): Promise<Settings>;
  getShortlist(): Promise<ShortlistItem[]>;
  saveItem(draft: unknown): Promise<ShortlistItem>;
  removeItem(id: string): Promise<ShortlistItem[]>;
  importShortlist(file: unknown): Promise<ImportSummary>;
  /** Removes every stored setting, saved item, notice and backup; returns the default settings now in force. */
  clearAll(): Promise<Settings>;
  getNotices(): Promise<StoreNotice[]>;
  dismissNotice(id: string): Promise<StoreNotice[]>;
  /**
   * A page's latest result, from its content script: where it is a saved page (the same address and kind) and the
   * `changeHistory` setting is on, its facts go into the item's history. Writes only when there is something new.
   */
  recordVisit(result: AnalysisResult): Promise<void>;
  /** What changed on the saved page at `url` at the latest visit that found new facts; null if nothing, or off. */
  getPageChange(url: string): Promise<PageChange | null>;
  /** Reads (and so migrates or recovers) everything once: for `runtime.onInstalled` after an update. */
  migrate(): Promise<void>;
}

export function createUserDataStore({ area, now = () => new Date(), newId = () => crypto.randomUUID() }: UserDataStoreDeps): UserDataStore {
  const queue = createWriteQueue();

  async function write(items: Record<string, unknown>): Promise<void> {
    try {
      await area.set(items);
    } catch (error) {
      throw asUserDataError(error);
    }
  }

  async function readKey(key: string): Promise<unknown> {
    try {
      return (await area.get(key))[key];
    } catch (error) {
      throw asUserDataError(error);
    }
  }

  /** Writes what a read found out: a migration (after backing up the original) or a recovery (backup + notice). */
  async function settle<T>(which: StoredArea, raw: unknown, outcome: ReadOutcome<T>, record: unknown): Promise<T> {
    if (outcome.status === 'empty' || outcome.status === 'current') return outcome.value;
    const at = now();
    const backup = backupKey(STORAGE_KEYS[which], at);
    // The backup is written first and on its own: if it fails, the damaged original stays where it was.
    await write({ [backup]: raw });
    const replacement: Record<string, unknown> = { [STORAGE_KEYS[which]]: record };
    if (outcome.status === 'recovered') {
      const notice: StoreNotice = {
        id: newId(), kind: 'store-recovered', area: which, reason: outcome.reason,
        unreadable: outcome.unreadable, backupKey: backup, at: at.toISOString(),
      };
      replacement[STORAGE_KEYS.notices] = [...parseNotices(await readKey(STORAGE_KEYS.notices)), notice].slice(-MAX_NOTICES);
    }
    await write(replacement);
    return outcome.value;
  }

  async function loadSettings(): Promise<Settings> {
    const raw = await readKey(STORAGE_KEYS.settings);
    const outcome = readStoredSettings(raw);
    return settle('settings', raw, outcome, settingsRecord(outcome.value));
  }

  async function loadShortlist(): Promise<ShortlistItem[]> {
    const raw = await readKey(STORAGE_KEYS.shortlist);
    const outcome = readStoredShortlist(raw, newId);
    return settle('shortlist', raw, outcome, shortlistRecord(outcome.value));
  }

  async function saveSettings(settings: Settings): Promise<Settings> {
    await write({ [STORAGE_KEYS.settings]: settingsRecord(settings) });
    return settings;
  }

  return {
    getSettings: () =>
      queue.run(async () => {
        try {
          return await loadSettings();
        } catch {
          // Content scripts need settings to run at all: if storage cannot even be read or repaired, run on the
          // defaults (the next read tries again) rather than leave every tab without an answer.
          return defaultSettings();
        }
      }),

    updateSettings: (rawPatch) =>
      queue.run(async () => {
        const patch = parseSettingsPatch(rawPatch);
        if (patch === null) throw new UserDataError('invalid-payload', 'Not a valid settings change.');
        return saveSettings({ ...(await loadSettings()), ...patch });
      }),

    setSiteEnabled: (hostname, enabled) =>
      queue.run(async () => {
        const host = normaliseHostname(hostname);
        if (host === null) throw new UserDataError('invalid-payload', 'Not a valid site name.');
        const settings = await loadSettings();
        // Turning a site back on also lifts an entry for a parent domain ("example.com" covers "www.example.com"),
        // or the site would stay off.
        const others = settings.disabledSites.filter((site) => (enabled ? !isHostOnList(host, [site]) : site !== host));
        return saveSettings({ ...settings, disabledSites: enabled ? others : [...others, host] });
      }),

    getShortlist: () => queue.run(loadShortlist),

    saveItem: (rawDraft) =>
      queue.run(async () => {
        const draft = parseShortlistDraft(rawDraft);
        if (draft === null) throw new UserDataError('invalid-payload', 'Not a valid page to save.');
        const { changeHistory } = await loadSettings();
        const { items, item } = withSavedItem(await loadShortlist(), draft, now(), newId, changeHistory);
        await write({ [STORAGE_KEYS.shortlist]: shortlistRecord(items) });
        return item;
      }),

    removeItem: (id) =>
      queue.run(async () => {
        const before = await loadShortlist();
        const items = before.filter((item) => item.id !== id);
        if (items.length !== before.length) await write({ [STORAGE_KEYS.shortlist]: shortlistRecord(items) });
        return items;
      }),

    importShortlist: (file) =>
      queue.run(async () => {
        const parsed = parseShortlistExport(file, newId);
        if (!parsed.ok) {
          throw new UserDataError(
            'invalid-payload',
            parsed.reason === 'newer-version'
              ? 'This file was exported by a newer version of MBA Lens.'
              : 'This file is not an MBA Lens shortlist export.',
          );
        }
        const { items, summary } = withImportedItems(await loadShortlist(), parsed.items, newId);
        if (summary.added + summary.updated > 0) await write({ [STORAGE_KEYS.shortlist]: shortlistRecord(items) });
        return { ...summary, skipped: parsed.unreadable, items };
      }),

    clearAll: () =>
      queue.run(async () => {
        let keys: string[];
        try {
          keys = Object.keys(await area.get(null));
        } catch (error) {
          throw asUserDataError(error);
        }
        const ours = new Set<string>(Object.values(STORAGE_KEYS));
        const doomed = keys.filter((key) => ours.has(key) || key.startsWith(BACKUP_KEY_PREFIX));
        try {
          if (doomed.length > 0) await area.remove(doomed);
        } catch (error) {
          throw asUserDataError(error);
        }
        return defaultSettings();
      }),

    getNotices: () => queue.run(async () => parseNotices(await readKey(STORAGE_KEYS.notices))),

    dismissNotice: (id) =>
      queue.run(async () => {
        const notices = parseNotices(await readKey(STORAGE_KEYS.notices));
        const kept = notices.filter((notice) => notice.id !== id);
        if (kept.length !== notices.length) await write({ [STORAGE_KEYS.notices]: kept });
        return kept;
      }),

    recordVisit: (result) =>
      queue.run(async () => {
        if (result.kind === 'none' || !(await loadSettings()).changeHistory) return;
        const address = savedPageAddress(result.url);
        const items = await loadShortlist();
        const index = items.findIndex((entry) => savedPageAddress(entry.url) === address);
        const item = items[index];
        // A page saved as a program and now read as a career page (or the reverse) has no comparable facts.
        if (item === undefined || item.kind !== result.kind) return;
        const history = itemHistoryAfterVisit(item, { facts: result.facts, quotes: result.evidence }, now());
        if (history === null) return;
        const next = [...items];
        next[index] = { ...item, history };
        await write({ [STORAGE_KEYS.shortlist]: shortlistRecord(next) });
      }),

    getPageChange: (url) =>
      queue.run(async () => {
        if (!(await loadSettings()).changeHistory) return null;
        const address = savedPageAddress(url);
        const item = (await loadShortlist()).find((entry) => savedPageAddress(entry.url) === address);
        return item === undefined ? null : pageChangeOf(item.kind, item.history);
      }),

    migrate: () =>
      queue.run(async () => {
        await loadSettings();
        await loadShortlist();
      }),
  };
}
