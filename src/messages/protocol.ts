/**
 * The one message protocol between content script, background, popup and options (DESIGN §5).
 * Every message is validated on receipt with `parseMessage`; anything else is ignored.
 * Helpers may add variants: keep the union, the `MESSAGE_TYPES` list and `parseMessage` in step.
 */
import { SIGNAL_CODES, type Signal } from '../core/signals';
import type { AnalysisResult, PageFacts, PageKind } from '../core/types';
import type { Settings } from '../storage/settings-schema';

/** The user asked for the card in a tab (context menu, keyboard command, popup). */
export type ShowCardRequest = { type: 'analyze-now' } | { type: 'toggle-card' };

export type Message =
  /** content → background: the page's latest result (null: nothing to show, clear the badge). */
  | { type: 'page-result'; result: AnalysisResult | null }
  /** background → content: analyse now and show the card, even below the detection threshold. */
  | { type: 'analyze-now' }
  /** background → content (keyboard command): hide the card if it is shown, else as `analyze-now`. */
  | { type: 'toggle-card' }
  /**
   * popup → background: analyse that tab on demand and show its card; the background injects the content script
   * first when it is absent (tab opened before install), under `activeTab`.
   */
  | { type: 'analyze-tab'; tabId: number }
  /** content (card's Save button) → background: add the page to the shortlist. */
  | { type: 'shortlist-add'; item: ShortlistAddItem }
  /** popup → background: the current tab's stored result. */
  | { type: 'get-tab-result'; tabId: number }
  /** any → background: the settings. */
  | { type: 'get-settings' }
  /** any → background: change some settings (the background writes, then broadcasts `settings-changed`). */
  | { type: 'update-settings'; patch: Partial<Settings> }
  /** background → tabs, popup, options: settings changed. */
  | { type: 'settings-changed'; settings: Settings }
  // User data: src/background/user-data.ts answers these and `get-settings`, `update-settings`, `shortlist-add`;
  // each reply's type is in UserDataReplies (src/storage/user-data-requests.ts): `{ ok: true, value }` or
  // `{ ok: false, error: { code, message } }` for every request that can fail.
  /** card, popup → background: turn MBA Lens off (or back on) on one site, the `disabledSites` list. */
  | { type: 'set-site-enabled'; hostname: string; enabled: boolean }
  /** popup → background: the saved items, newest first. */
  | { type: 'get-shortlist' }
  /** popup → background: remove one saved item. */
  | { type: 'shortlist-remove'; id: string }
  /** popup → background: merge an exported JSON file (parsed, not yet checked: the background validates it). */
  | { type: 'shortlist-import'; file: unknown }
  /** options → background: delete every saved item, setting, notice and backup. */
  | { type: 'clear-user-data' }
  /** popup, options → background: notices about stored data that had to be recovered. */
  | { type: 'get-notices' }
  /** popup, options → background: dismiss one notice. */
  | { type: 'dismiss-notice'; id: string };

export type MessageType = Message['type'];

/** What the card sends when the user saves a page; the storage module decides how it is kept. */
export interface ShortlistAddItem {
  url: string;
  title: string;
  kind: PageKind;
  facts: PageFacts;
  savedAt: number;
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** Returns the message if it is one of ours and well formed, else null. Never throws. */
export function parseMessage(raw: unknown): Message | null {
  if (!isRecord(raw) || typeof raw.type !== 'string') return null;
  switch (raw.type) {
    case 'page-result':
      return raw.result === null || isAnalysisResultShape(raw.result)
        ? { type: 'page-result', result: raw.result as AnalysisResult | null }
        : null;
    case 'analyze-now':
    case 'toggle-card':
    case 'get-settings':
      return { type: raw.type };
    case 'analyze-tab':
      return Number.isInteger(raw.tabId) ? { type: 'analyze-tab', tabId: raw.tabId as number } : null;
    case 'shortlist-add':
      return isShortlistAddItem(raw.item) ? { type: 'shortlist-add', item: raw.item } : null;
    case 'get-tab-result':
      return Number.isInteger(raw.tabId) ? { type: 'get-tab-result', tabId: raw.tabId as number } : null;
    case 'update-settings':
      return isRecord(raw.patch) ? { type: 'update-settings', patch: raw.patch as Partial<Settings> } : null;
    case 'settings-changed':
      return isRecord(raw.settings) ? { type: 'settings-changed', settings: raw.settings as unknown as Settings } : null;
    // User data (src/background/user-data.ts answers these and checks each payload in depth).
    case 'set-site-enabled':
      return typeof raw.hostname === 'string' && typeof raw.enabled === 'boolean'
        ? { type: 'set-site-enabled', hostname: raw.hostname, enabled: raw.enabled }
        : null;
    case 'get-shortlist':
    case 'clear-user-data':
    case 'get-notices':
      return { type: raw.type };
    case 'shortlist-remove':
    case 'dismiss-notice':
      return typeof raw.id === 'string' ? { type: raw.type, id: raw.id } : null;
    case 'shortlist-import':
      return 'file' in raw ? { type: 'shortlist-import', file: raw.file } : null;
    default:
      return null;
  }
}

const KINDS = new Set(['mba-program', 'ai-career', 'none']);
const SIGNAL_CODE_SET: ReadonlySet<string> = new Set(SIGNAL_CODES);

/** A classification reason: a code this version knows, its arguments and its English text. */
function isSignalShape(value: unknown): value is Signal {
  return (
    isRecord(value) &&
    typeof value.code === 'string' &&
    SIGNAL_CODE_SET.has(value.code) &&
    Array.isArray(value.args) &&
    value.args.every((arg) => typeof arg === 'string') &&
    typeof value.text === 'string'
  );
}

/** A structural check of an AnalysisResult: enough that the badge and popup can trust its fields. */
export function isAnalysisResultShape(value: unknown): value is AnalysisResult {
  return (
    isRecord(value) &&
    typeof value.url === 'string' &&
    typeof value.kind === 'string' &&
    KINDS.has(value.kind) &&
    typeof value.confidence === 'number' &&
    Array.isArray(value.signals) &&
    value.signals.every(isSignalShape) &&
    isRecord(value.facts) &&
    Array.isArray(value.comparison) &&
    Array.isArray(value.evidence)
  );
}

function isShortlistAddItem(value: unknown): value is ShortlistAddItem {
  return (
    isRecord(value) &&
    typeof value.url === 'string' &&
    typeof value.title === 'string' &&
    typeof value.kind === 'string' &&
    KINDS.has(value.kind) &&
    isRecord(value.facts) &&
    typeof value.savedAt === 'number' &&
    Number.isFinite(value.savedAt)
  );
}
