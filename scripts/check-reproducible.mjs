#!/usr/bin/env node
// @ts-check
/**
 * `npm run package:check`: proves the store packages are reproducible. Copies the source package's files (what a
 * reviewer gets: scripts/package.mjs SOURCE_PATHS) into two fresh folders at paths of different lengths, runs the
 * whole `npm run package` pipeline (production build, web-ext build, deterministic re-pack) in each, and compares
 * the two dist/ trees file by file and the zips byte for byte. Prints each zip's sha256; exits 1 on any difference.
 *
 *   node scripts/check-reproducible.mjs            node_modules linked from this checkout (about 15 s)
 *   node scripts/check-reproducible.mjs --npm-ci   a real `npm ci` in each copy, as a reviewer would do
 *   node scripts/check-reproducible.mjs --keep     leave the two copies in the temp folder for inspection
 *
 * When web-ext-artifacts/ already holds packages of this version, they are compared too (reported, not failed:
 * the tree may have changed since they were made).
 */
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { parseArgs } from 'node:util';
import { artifactName, listFiles, ROOT, sha256, sourceFiles, TARGETS } from './package.mjs';

/**
 * A copy of the source package's files in a new folder, ready to build.
 * @param {string} label
 * @param {string[]} files
 * @param {boolean} npmCi
 * @returns {string}
 */
function makeCopy(label, files, npmCi) {
  const dir = mkdtempSync(join(tmpdir(), `mba-lens-repro-${label}-`));
  for (const file of files) {
    mkdirSync(dirname(join(dir, file)), { recursive: true });
    copyFileSync(join(ROOT, file), join(dir, file));
  }
  if (npmCi) {
    run(dir, 'npm', ['ci', '--no-audit', '--no-fund', '--loglevel=warn']);
  } else {
    symlinkSync(join(ROOT, 'node_modules'), join(dir, 'node_modules'), 'dir');
  }
  return dir;
}

/**
 * @param {string} cwd
 * @param {string} command
 * @param {string[]} args
 */
function run(cwd, command, args) {
  const result = spawnSync(command, args, { cwd, encoding: 'utf8' });
  if (result.status !== 0) {
    throw new Error(`${command} ${args.join(' ')} failed in ${cwd} (exit ${result.status}):\n${result.stdout}${result.stderr}`);
  }
}

/**
 * Every difference between two folders, as readable lines.
 * @param {string} a
 * @param {string} b
 * @returns {string[]}
 */
function compareDirs(a, b) {
  const left = listFiles(a);
  const right = listFiles(b);
  const problems = [
    ...left.filter((f) => !right.includes(f)).map((f) => `only in the first build: ${f}`),
    ...right.filter((f) => !left.includes(f)).map((f) => `only in the second build: ${f}`),
  ];
  for (const file of left.filter((f) => right.includes(f))) {
    if (!readFileSync(join(a, file)).equals(readFileSync(join(b, file)))) problems.push(`differs: ${file}`);
  }
  return problems;
}

function main() {
  const { values } = parseArgs({
    options: { 'npm-ci': { type: 'boolean', default: false }, keep: { type: 'boolean', default: false } },
    strict: true,
  });
  const version = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')).version;
  const files = sourceFiles(ROOT);
  const copies = ['a', 'second-copy'].map((label) => makeCopy(label, files, values['npm-ci']));
  let failed = false;
  try {
    for (const dir of copies) run(dir, process.execPath, ['scripts/package.mjs', '--no-lint']);

    const [first, second] = /** @type {[string, string]} */ (copies);
    for (const target of TARGETS) {
      const problems = compareDirs(join(first, 'dist', target), join(second, 'dist', target));
      console.log(`dist/${target}: ${problems.length === 0 ? `identical (${listFiles(join(first, 'dist', target)).length} files)` : 'DIFFERENT'}`);
      for (const line of problems) console.log(`  ${line}`);
      failed ||= problems.length > 0;
    }

    for (const kind of [...TARGETS, 'source']) {
      const name = artifactName(/** @type {'chrome' | 'firefox' | 'source'} */ (kind), version);
      const [one, two] = copies.map((dir) => readFileSync(join(dir, 'web-ext-artifacts', name)));
      const same = /** @type {Buffer} */ (one).equals(/** @type {Buffer} */ (two));
      failed ||= !same;
      const hashes = same ? sha256(/** @type {Buffer} */ (one)) : `${sha256(/** @type {Buffer} */ (one))} vs ${sha256(/** @type {Buffer} */ (two))}`;
      const packaged = join(ROOT, 'web-ext-artifacts', name);
      const local = existsSync(packaged)
        ? readFileSync(packaged).equals(/** @type {Buffer} */ (one))
          ? '; web-ext-artifacts/ has the same bytes'
          : '; web-ext-artifacts/ differs (made from another tree? run npm run package again)'
        : '';
      console.log(`${same ? 'identical' : 'DIFFERENT'}  ${hashes}  ${name}${local}`);
    }
  } finally {
    if (values.keep) console.log(`kept: ${copies.join(' ')}`);
    else for (const dir of copies) rmSync(dir, { recursive: true, force: true });
  }
  console.log(failed ? 'reproducible: NO' : 'reproducible: yes');
  if (failed) process.exitCode = 1;
}

try {
  main();
} catch (error) {
  console.error(`check-reproducible failed: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
}
