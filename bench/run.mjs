#!/usr/bin/env node
// @ts-check
/**
 * `npm run bench`: MBA Lens's main-thread cost in real Chromium, against an empty extension and Firefox Reader
 * View's isProbablyReaderable, measured from Chromium's own trace on the same pages in the same run (DESIGN §7).
 *
 *   node bench/run.mjs [--runs 3] [--only SUBSTRING] [--json FILE]
 *
 * Builds dist/chrome first. Prints the figures and one PASS/FAIL line per acceptance bar; exits 1 when a bar fails
 * (2 when the benchmark itself fails). How it measures: bench/README.md.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { benchSpecs, readerableScript } from './extensions.mjs';
import { loadHarness, measure } from './measure.mjs';
import { loadPages } from './pages.mjs';
import { printReport, summarise } from './report.mjs';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');

async function main() {
  const { values } = parseArgs({
    options: { runs: { type: 'string', default: '3' }, only: { type: 'string' }, json: { type: 'string' } },
    strict: true,
  });
  const runs = Number.parseInt(values.runs ?? '3', 10);
  if (!(runs >= 1)) throw new Error('--runs must be a positive number');

  const started = Date.now();
  const loadBefore = loadavg()[0] ?? 0;
  execFileSync(process.execPath, ['build.mjs', '--target', 'chrome'], { cwd: ROOT, stdio: ['ignore', 'ignore', 'inherit'] });
  const harness = await loadHarness(ROOT);
  const allPages = loadPages(ROOT, harness.fixtureUrl);
  const only = values.only;
  const pages = only === undefined ? allPages : allPages.filter((p) => p.name.includes(only));
  if (pages.length === 0) throw new Error(`no page matches ${only}`);
  const distDir = join(ROOT, 'dist/chrome');
  const specs = benchSpecs(distDir, await readerableScript(ROOT));

  const measured = await measure({
    harness,
    pages,
    specs,
    runs,
    messagingExtension: 'mba',
    progress: (line) => process.stderr.write(`\r${line}`),
  });
  process.stderr.write('\n');

  const browser = execFileSync(harness.CHROMIUM_PATH, ['--version'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
  const meta = {
    distDir,
    runs,
    injectionOrders: measured.injectionOrders,
    seconds: (Date.now() - started) / 1000,
    visitSeconds: measured.visitSeconds,
    traceSeconds: measured.traceSeconds,
    browser,
    load: `${loadBefore.toFixed(1)} → ${(loadavg()[0] ?? 0).toFixed(1)}`,
  };
  const summary = summarise(pages, measured.observations, meta);
  const jsonFile = values.json ?? join(ROOT, 'artifacts/bench/results.json');
  mkdirSync(dirname(jsonFile), { recursive: true });
  writeFileSync(jsonFile, `${JSON.stringify(summary, null, 2)}\n`);
  const ok = printReport(summary, (line) => console.log(line));
  console.log(`per-page figures: ${jsonFile}`);
  if (!ok) process.exitCode = 1;
}

main().catch((error) => {
  console.error(`bench failed: ${error instanceof Error ? error.stack ?? error.message : String(error)}`);
  process.exitCode = 2;
});
