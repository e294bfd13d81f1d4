/**
 * Builds the extension once before the end-to-end run, so the tests always exercise the current source.
 * MBA_LENS_E2E_SKIP_BUILD=1 reuses an existing dist/ (e.g. a CI step that just built it).
 */
import { execFileSync } from 'node:child_process';
import { ROOT } from './harness';

export default function setup(): void {
  if (process.env.MBA_LENS_E2E_SKIP_BUILD === '1') return;
  execFileSync(process.execPath, ['build.mjs', '--target', 'chrome', '--target', 'firefox'], { cwd: ROOT, stdio: ['ignore', 'ignore', 'inherit'] });
}
