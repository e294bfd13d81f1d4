#!/usr/bin/env node
// @ts-check
/**
 * Compares content scripts (variants of the always-on gate, say) on the unrelated pages more finely than
 * `npm run bench` can: each script is the content script of an extension loaded alone (with the marker) in a browser
 * session of its own, so no other extension's script runs before it and warms anything up; sessions alternate
 * between the scripts, in reverse order every other round, so that a change in the machine's load falls on all of
 * them. Per page, the median CPU time of the script's `EvaluateScript` (and anything it starts) over the rounds; then
 * the median over pages, and the median over pages of each script's difference from the first one on the same page.
 *
 *   node bench/compare-scripts.mjs [--rounds 2] [--every 2] NAME=FILE NAME=FILE …   (NAME= with no file: an empty script)
 *
 * Differences below ~0.05 ms are within what two sessions of one script differ by.
 */
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { loadHarness, measure } from './measure.mjs';
import { loadPages } from './pages.mjs';
import { median } from './stats.mjs';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');

async function main() {
  const { values, positionals } = parseArgs({
    options: { rounds: { type: 'string', default: '2' }, every: { type: 'string', default: '2' } },
    allowPositionals: true,
    strict: true,
  });
  const rounds = Number.parseInt(values.rounds ?? '2', 10);
  const every = Number.parseInt(values.every ?? '2', 10);
  if (!(rounds >= 1) || !(every >= 1) || positionals.length < 2) {
    throw new Error('usage: node bench/compare-scripts.mjs [--rounds 2] [--every 2] NAME=FILE NAME=FILE …');
  }
  const scripts = positionals.map((arg) => {
    const at = arg.indexOf('=');
    if (at <= 0) throw new Error(`expected NAME=FILE, got ${arg}`);
    const file = arg.slice(at + 1);
    return { name: arg.slice(0, at), script: file === '' ? '' : readFileSync(file, 'utf8') };
  });
  const harness = await loadHarness(ROOT);
  const pages = loadPages(ROOT, harness.fixtureUrl).filter((p) => p.group === 'unrelated').filter((_, i) => i % every === 0);
  /** @type {Map<string, Map<string, number[]>>} script → page URL → CPU ms per round */
  const times = new Map(scripts.map((s) => [s.name, new Map()]));
  for (let round = 0; round < rounds; round++) {
    for (const { name, script } of round % 2 === 0 ? scripts : [...scripts].reverse()) {
      const { observations } = await measure({
        harness,
        pages,
        specs: [{ key: 'x', script }],
        runs: 1,
        messagingExtension: 'x',
        progress: (line) => process.stderr.write(`\rround ${round + 1}/${rounds}, ${name}: ${line}   `),
      });
      const byPage = /** @type {Map<string, number[]>} */ (times.get(name));
      for (const [url, seen] of observations) {
        for (const { cost } of seen) {
          const x = cost.byExtension.x;
          if (!cost.found || x === undefined || x.scriptUrls.length === 0) continue;
          byPage.set(url, [...(byPage.get(url) ?? []), x.cpuUs / 1000]);
        }
      }
    }
  }
  process.stderr.write('\n');
  const perPage = (/** @type {string} */ name) => new Map([...(times.get(name) ?? new Map())].map(([url, ms]) => [url, median(ms)]));
  const first = perPage(scripts[0]?.name ?? '');
  console.log(`${pages.length} unrelated pages, ${rounds} round(s); CPU ms per page, median over pages:`);
  for (const { name } of scripts) {
    const mine = perPage(name);
    const differences = [...mine].filter(([url]) => first.has(url)).map(([url, ms]) => ms - (first.get(url) ?? 0));
    console.log(`  ${name.padEnd(16)} ${median([...mine.values()]).toFixed(3)}   vs ${scripts[0]?.name}: ${median(differences) >= 0 ? '+' : ''}${median(differences).toFixed(3)} (${mine.size} pages)`);
  }
}

main().catch((error) => {
  console.error(`compare-scripts failed: ${error instanceof Error ? error.stack ?? error.message : String(error)}`);
  process.exitCode = 2;
});
