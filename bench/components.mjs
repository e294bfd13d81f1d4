#!/usr/bin/env node
// @ts-check
/**
 * What the always-on script's time on unrelated pages is made of. Besides MBA Lens, the empty extension and the
 * readerable check, more reference extensions each run one building block of content/gate.js as its content
 * script, measured exactly as `npm run bench` measures (same trace, same attribution, rotated injection order):
 *
 *   parse      dist/chrome/content/gate.js inside `if (globalThis.__never) { … }`: compiling the file, running nothing
 *   api        `chrome.runtime` (id, getURL, onMessage.addListener): what touching the extension API costs
 *   navigation a Navigation API listener with an AbortSignal and a pagehide listener (the SPA watch)
 *   gate-core  `gateDocument(document, location.href)` from src/core/gate.ts alone (DOM reads and regexes)
 *
 *   node bench/components.mjs [--runs 3] [--every 3]     (every 3rd unrelated page by default)
 */
import * as esbuild from 'esbuild';
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { benchSpecs, readerableScript } from './extensions.mjs';
import { loadHarness, measure } from './measure.mjs';
import { loadPages } from './pages.mjs';
import { median } from './stats.mjs';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');

async function gateCoreScript() {
  const result = await esbuild.build({
    absWorkingDir: ROOT,
    stdin: { contents: "import { gateDocument } from './src/core/gate';\ngateDocument(document, location.href);\n", resolveDir: ROOT, loader: 'ts' },
    bundle: true,
    write: false,
    format: 'iife',
    minify: true,
    target: 'chrome132',
    logLevel: 'warning',
  });
  return result.outputFiles[0]?.text ?? '';
}

async function main() {
  const { values } = parseArgs({ options: { runs: { type: 'string', default: '3' }, every: { type: 'string', default: '3' } }, strict: true });
  const runs = Number.parseInt(values.runs ?? '3', 10);
  const every = Number.parseInt(values.every ?? '3', 10);
  execFileSync(process.execPath, ['build.mjs', '--target', 'chrome'], { cwd: ROOT, stdio: ['ignore', 'ignore', 'inherit'] });
  const harness = await loadHarness(ROOT);
  const pages = loadPages(ROOT, harness.fixtureUrl).filter((p) => p.group === 'unrelated').filter((_, i) => i % every === 0);
  const distDir = join(ROOT, 'dist/chrome');
  const gate = readFileSync(join(distDir, 'content/gate.js'), 'utf8');
  const specs = [
    ...benchSpecs(distDir, await readerableScript(ROOT)),
    { key: 'parse', script: `if (globalThis.__never) {\n${gate}\n}` },
    { key: 'api', script: "const r = chrome.runtime; r.id; r.getURL('content/page.js'); r.onMessage.addListener(() => undefined);" },
    {
      key: 'navigation',
      script: "const c = new AbortController(); navigation.addEventListener('currententrychange', () => {}, { signal: c.signal }); c.signal.addEventListener('abort', () => {}, { once: true }); addEventListener('pagehide', () => {});",
    },
    { key: 'gate-core', script: await gateCoreScript() },
  ];
  const { observations } = await measure({ harness, pages, specs, runs, messagingExtension: 'mba', progress: (line) => process.stderr.write(`\r${line}`) });
  process.stderr.write('\n');

  /** Per page, the median over runs of each extension's time (ms); pages where every extension was seen in every run. */
  const complete = [...observations.values()].filter(
    (obs) => obs.length === runs && obs.every((o) => o.cost.found && specs.every((s) => (o.cost.byExtension[s.key]?.scriptUrls.length ?? 0) > 0)),
  );
  const perPage = (/** @type {'cpuUs' | 'timeUs'} */ field) =>
    complete.map((obs) => Object.fromEntries(specs.map((s) => [s.key, median(obs.map((o) => (o.cost.byExtension[s.key]?.[field] ?? 0) / 1000))])));
  const cpu = perPage('cpuUs');
  const wall = perPage('timeUs');
  const column = (/** @type {Array<Record<string, number>>} */ rows, /** @type {string} */ key, /** @type {boolean} */ net) =>
    median(rows.map((p) => (p[key] ?? Number.NaN) - (net ? p.empty ?? Number.NaN : 0))).toFixed(3);
  console.log(`\nGate building blocks on ${complete.length} unrelated pages, ${runs} runs (rotated injection order); median ms over pages:`);
  console.log(`  ${'extension'.padEnd(12)} ${'CPU'.padStart(7)} ${'− empty'.padStart(8)} ${'wall'.padStart(7)} ${'− empty'.padStart(8)}`);
  for (const s of specs) {
    const net = s.key !== 'empty';
    console.log(`  ${s.key.padEnd(12)} ${column(cpu, s.key, false).padStart(7)} ${(net ? column(cpu, s.key, true) : '').padStart(8)} ${column(wall, s.key, false).padStart(7)} ${(net ? column(wall, s.key, true) : '').padStart(8)}`);
  }
}

main().catch((error) => {
  console.error(`components failed: ${error instanceof Error ? error.stack ?? error.message : String(error)}`);
  process.exitCode = 2;
});
