#!/usr/bin/env node
// Runs a TypeScript entry of the project's tooling (training, evaluation) in Node: esbuild bundles it, with its
// imports from src/, into one module under the checkout's own .cache/ (npm packages stay external), which is then
// run with the remaining arguments. The same code as the extension's core, not a copy of it. The bundle is named for
// this process and lives in this checkout, not in node_modules: a second checkout (a git worktree) may share
// node_modules, and two runs of one entry at once must neither run each other's code nor read each other's corpus.
import * as esbuild from 'esbuild';
import { mkdirSync, rmSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const [entry, ...rest] = process.argv.slice(2);
if (!entry) {
  console.error('usage: node scripts/run-ts.mjs ENTRY.ts [ARGS...]');
  process.exit(2);
}
const outDir = join(ROOT, '.cache', 'run-ts');
mkdirSync(outDir, { recursive: true });
const outfile = join(outDir, `${basename(entry).replace(/\.tsx?$/, '')}-${process.pid}.mjs`);
await esbuild.build({
  entryPoints: [resolve(entry)], outfile, bundle: true, platform: 'node', format: 'esm', target: 'node20',
  packages: 'external', define: { __DEV__: 'false', __TARGET__: '"cli"' }, logLevel: 'warning',
});
process.argv = [process.argv[0] ?? 'node', outfile, ...rest];
try {
  await import(pathToFileURL(outfile).href);
} finally {
  rmSync(outfile, { force: true });
}
