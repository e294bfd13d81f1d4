#!/usr/bin/env node
// @ts-check
/**
 * `npm run fuzz`: the property tests of tests/fuzz with FUZZ_RUNS cases in total (default 100,000), the regex
 * guard on 1 MiB inputs and the adversarial pages at full size, then one line with the number of cases run and
 * the time taken. `npm test` runs the same tests with quick counts.
 *
 *   npm run fuzz
 *   FUZZ_RUNS=20000 npm run fuzz
 *   FUZZ_SEED=123456 npm run fuzz     repeats a run with the seed it printed
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const runs = Number(process.env.FUZZ_RUNS ?? 100_000);
if (!Number.isInteger(runs) || runs <= 0) {
  console.error(`fuzz: FUZZ_RUNS must be a positive whole number, not ${process.env.FUZZ_RUNS}`);
  process.exit(2);
}

const seed = process.env.FUZZ_SEED ?? String(Math.floor(Math.random() * 2 ** 31));
if (!/^\d+$/.test(seed)) {
  console.error(`fuzz: FUZZ_SEED must be a whole number, not ${seed}`);
  process.exit(2);
}
// Printed first: a run that hangs never reaches fast-check's own report of the seed.
console.log(`fuzz: seed ${seed} (FUZZ_SEED=${seed} npm run fuzz repeats this run)`);

const work = mkdtempSync(join(tmpdir(), 'mba-lens-fuzz-'));
const report = join(work, 'cases.jsonl');
const started = performance.now();
const vitest = spawnSync(
  process.execPath,
  [join(ROOT, 'node_modules/vitest/vitest.mjs'), 'run', 'tests/fuzz', 'tests/security/regex-safety.test.ts', 'tests/security/adversarial-pages.test.ts'],
  { cwd: ROOT, stdio: 'inherit', env: { ...process.env, FUZZ_RUNS: String(runs), FUZZ_REPORT: report, FUZZ_SEED: seed } },
);
const seconds = (performance.now() - started) / 1000;

/** @type {Map<string, number>} */
const byName = new Map();
if (existsSync(report)) {
  for (const line of readFileSync(report, 'utf8').split('\n').filter(Boolean)) {
    const { name, cases } = JSON.parse(line);
    byName.set(name, (byName.get(name) ?? 0) + cases);
  }
}
rmSync(work, { recursive: true, force: true });

const isProperty = (/** @type {string} */ name) => !name.startsWith('regex sweep') && name !== 'adversarial page' && !name.startsWith('extreme:');
const sum = (/** @type {(name: string) => boolean} */ keep) => [...byName].filter(([name]) => keep(name)).reduce((n, [, c]) => n + c, 0);
const width = Math.max(0, ...[...byName.keys()].map((name) => name.length));
for (const [name, cases] of [...byName].sort(([a], [b]) => a.localeCompare(b))) console.log(`  ${name.padEnd(width)}  ${cases.toLocaleString('en-US').padStart(9)}`);
const properties = sum(isProperty);
const others = sum((name) => !isProperty(name));
console.log(
  `fuzz: ${properties.toLocaleString('en-US')} property cases (asked for ${runs.toLocaleString('en-US')}), ` +
    `${others.toLocaleString('en-US')} extreme pages and 1 MiB regex runs, in ${seconds.toFixed(1)} s`,
);
process.exitCode = vitest.status ?? 1;
