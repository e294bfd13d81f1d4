/**
 * User settings (DESIGN §5 "stored user data"): the type, its defaults and its runtime checks.
 * The background is the only writer; everything that reads settings from storage or a message goes through
 * `parseSettings` / `parseSettingsPatch` first.
 */
import { hostnameOfPage, isHostOnList, normaliseHostname } from './hostname';
import { isRecord } from '../core/is-record';

export interface Settings {
  /** Show the card automatically on detected pages. */
  autoCard: boolean;
  /** Card starts compact (pill) or expanded. */
  cardStartsExpanded: boolean;
  /** Inline highlights of the statements that fed the comparison. */
  annotations: boolean;
  /** Hostnames where MBA Lens stays off ("not on this site"), normalised and without duplicates. */
  disabledSites: string[];
  /**
   * Keep a few snapshots of each saved page's facts and say what changed when it is opened again (schema v3).
   * Off: nothing is recorded or shown.
   */
  changeHistory: boolean;
}

/** Frozen (its list too): take a mutable copy with `defaultSettings()`. */
export const DEFAULT_SETTINGS: Readonly<Settings> = Object.freeze({
  autoCard: true,
  cardStartsExpanded: false,
  annotations: true,
  disabledSites: Object.freeze([]) as unknown as string[],
  changeHistory: true,
});

/** More than anyone types by hand; bounds the size of a stored or messaged settings object. */
export const MAX_DISABLED_SITES = 500;

const BOOLEAN_KEYS = ['autoCard', 'cardStartsExpanded', 'annotations', 'changeHistory'] as const;

/** A fresh copy of the defaults (the frozen constant must never be handed out to be mutated). */
export function defaultSettings(): Settings {
  return { ...DEFAULT_SETTINGS, disabledSites: [] };
}

/**
 * The site list as stored: every entry a valid hostname, normalised, de-duplicated; null when it is not a list
 * of strings, any entry is not a hostname, or it is too long. Strict, so that nothing odd is kept silently.
 */
export function parseSiteList(value: unknown): string[] | null {
  if (!Array.isArray(value) || value.length > MAX_DISABLED_SITES) return null;
  const sites: string[] = [];
  for (const entry of value) {
    if (typeof entry !== 'string') return null;
    const host = normaliseHostname(entry);
    if (host === null) return null;
    if (!sites.includes(host)) sites.push(host);
  }
  return sites;
}

/** A complete, valid Settings object, or null. Unknown keys are dropped. */
export function parseSettings(raw: unknown): Settings | null {
  if (!isRecord(raw)) return null;
  const disabledSites = parseSiteList(raw.disabledSites);
  if (disabledSites === null) return null;
  if (!BOOLEAN_KEYS.every((key) => typeof raw[key] === 'boolean')) return null;
  return {
    autoCard: raw.autoCard as boolean,
    cardStartsExpanded: raw.cardStartsExpanded as boolean,
    annotations: raw.annotations as boolean,
    disabledSites,
    changeHistory: raw.changeHistory as boolean,
  };
}

/**
 * A patch from a message: only known keys, each of the right type; null if anything is wrong or it changes
 * nothing. All-or-nothing, so a half-valid patch never half-applies.
 */
export function parseSettingsPatch(raw: unknown): Partial<Settings> | null {
  if (!isRecord(raw)) return null;
  const patch: Partial<Settings> = {};
  for (const [key, value] of Object.entries(raw)) {
    if ((BOOLEAN_KEYS as readonly string[]).includes(key)) {
      if (typeof value !== 'boolean') return null;
      patch[key as (typeof BOOLEAN_KEYS)[number]] = value;
    } else if (key === 'disabledSites') {
      const sites = parseSiteList(value);
      if (sites === null) return null;
      patch.disabledSites = sites;
    } else {
      return null;
    }
  }
  return Object.keys(patch).length > 0 ? patch : null;
}

/**
 * Keeps every valid field of a damaged settings object and fills the rest from the defaults.
 * `complete` is false when anything had to be replaced (the caller then keeps a backup and tells the user).
 */
export function salvageSettings(raw: unknown): { settings: Settings; complete: boolean } {
  const settings = defaultSettings();
  if (!isRecord(raw)) return { settings, complete: false };
  let complete = true;
  for (const key of BOOLEAN_KEYS) {
    if (typeof raw[key] === 'boolean') settings[key] = raw[key];
    else complete = false;
  }
  if (Array.isArray(raw.disabledSites)) {
    for (const entry of raw.disabledSites.slice(0, MAX_DISABLED_SITES)) {
      const host = typeof entry === 'string' ? normaliseHostname(entry) : null;
      if (host === null) complete = false;
      else if (!settings.disabledSites.includes(host)) settings.disabledSites.push(host);
    }
    if (raw.disabledSites.length > MAX_DISABLED_SITES) complete = false;
  } else {
    complete = false;
  }
  return { settings, complete };
}

/** True when MBA Lens stays off on the page's site (the `disabledSites` list): the card and the popup share this rule. */
export function isPageOff(settings: Settings, pageUrl: string): boolean {
  const host = hostnameOfPage(pageUrl);
  return host !== null && isHostOnList(host, settings.disabledSites);
}
