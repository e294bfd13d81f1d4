/**
 * The settings as the content script reads them: the background's answer, checked with the storage module's own
 * parser, falling back to the defaults when there is none (background asleep, extension reloading). Whether a
 * page is on the "stays off" list is the storage module's rule too, so the card and the popup never disagree.
 */
import { hostnameOfPage, isHostOnList } from '../storage/hostname';
import { defaultSettings, parseSettings, type Settings } from '../storage/settings-schema';

export function settingsFrom(raw: unknown): Settings {
  return parseSettings(raw) ?? defaultSettings();
}

export function isPageDisabled(settings: Settings, pageUrl: string): boolean {
  const host = hostnameOfPage(pageUrl);
  return host !== null && isHostOnList(host, settings.disabledSites);
}
