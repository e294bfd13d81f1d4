/**
 * The latest result of each tab (DESIGN §5 "per-tab result", a contract): `storage.session` under `tab:<tabId>`,
 * the CLI object without `file`. Session storage, because a result describes a page that is open now: it must not
 * outlive the browser session, and the popup can read it after the service worker was stopped.
 */
import type { AnalysisResult } from '../core/types';
import { parseAnalysisResult } from '../messages/analysis-result';

/** The part of a `storage.StorageArea` this needs, so tests pass a fake. */
export interface SessionArea {
  get(keys: string): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
  remove(keys: string): Promise<void>;
}

export function tabResultKey(tabId: number): string {
  return `tab:${tabId}`;
}

/** Keeps the result, or forgets the tab's entry when there is none (`null`). */
export async function saveTabResult(area: SessionArea, tabId: number, result: AnalysisResult | null): Promise<void> {
  if (result === null) {
    await area.remove(tabResultKey(tabId));
    return;
  }
  await area.set({ [tabResultKey(tabId)]: result });
}

export async function readTabResult(area: SessionArea, tabId: number): Promise<AnalysisResult | null> {
  const key = tabResultKey(tabId);
  const stored = (await area.get(key))[key];
  return stored === undefined ? null : parseAnalysisResult(stored);
}

export async function clearTabResult(area: SessionArea, tabId: number): Promise<void> {
  await area.remove(tabResultKey(tabId));
}
