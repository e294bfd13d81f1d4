#!/usr/bin/env node
// @ts-check
/**
 * Makes sure Debian's browsers are installed before `npm test` and `npm start` need them, so that the README's two
 * commands do all set-up on a fresh machine. The project never downloads a browser build of its own (DESIGN §9):
 * it installs Debian's `chromium` and `firefox-esr` with apt-get, as root, only when they are missing.
 *
 *   node scripts/ensure-browsers.mjs [chromium] [firefox-esr]    (both when none is named)
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const BINARIES = { chromium: '/usr/bin/chromium', 'firefox-esr': '/usr/bin/firefox-esr' };
const wanted = process.argv.slice(2).length > 0 ? process.argv.slice(2) : Object.keys(BINARIES);
const missing = wanted.filter((name) => name in BINARIES && !existsSync(BINARIES[/** @type {keyof typeof BINARIES} */ (name)]));

if (missing.length > 0) {
  const root = typeof process.getuid === 'function' && process.getuid() === 0;
  if (!root || !existsSync('/usr/bin/apt-get')) {
    console.error(`Missing ${missing.join(', ')}. Install Debian's packages: sudo apt-get install -y ${missing.join(' ')}`);
    process.exit(1);
  }
  console.error(`ensure-browsers: installing ${missing.join(', ')} with apt-get`);
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  for (const args of [['update', '-q'], ['install', '-y', '-q', '--no-install-recommends', ...missing]]) {
    const run = spawnSync('apt-get', args, { stdio: ['ignore', 'inherit', 'inherit'], env });
    if (run.status !== 0) process.exit(run.status ?? 1);
  }
}
