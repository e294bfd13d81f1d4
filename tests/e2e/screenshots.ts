/**
 * Screenshots from the end-to-end run: every one goes to artifacts/screenshots/; the ones the README shows are also
 * copied to docs/screenshots/, so the README always shows the real build as the tests last saw it.
 */
import { copyFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Locator, Page } from 'playwright-core';
import { ROOT } from './harness';

export const SHOTS_DIR = join(ROOT, 'artifacts/screenshots');
export const README_SHOTS_DIR = join(ROOT, 'docs/screenshots');

export interface ShotOptions {
  /** Also copy it to docs/screenshots/ for the README. */
  readme?: boolean;
  fullPage?: boolean;
}

/** Saves a screenshot of the page, or of one element of it (a locator), as `name`. */
export async function saveScreenshot(target: Page | Locator, name: string, options: ShotOptions = {}): Promise<string> {
  mkdirSync(SHOTS_DIR, { recursive: true });
  const path = join(SHOTS_DIR, name);
  if ('goto' in target) await target.screenshot({ path, fullPage: options.fullPage ?? false });
  else await target.screenshot({ path });
  if (options.readme === true) {
    mkdirSync(README_SHOTS_DIR, { recursive: true });
    copyFileSync(path, join(README_SHOTS_DIR, name));
  }
  return path;
}
