#!/usr/bin/env node
// Runs a TypeScript entry of the project's tooling (training, evaluation) in Node: esbuild bundles it, with its
// imports from src/, into one module under node_modules/.cache (npm packages stay external), which is then run
// with the remaining arguments. The same code as the extension's core, not a copy of it.
import * as esbuild from 'esbuild';
import { mkdirSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const [entry, ...rest] = process.argv.slice(2);
if (!entry) {
  console.error('usage: node scripts/run-ts.mjs ENTRY.ts [ARGS...]');
  process.exit(2);
}
const outDir = join(ROOT, 'node_modules', '.cache', 'run-ts');
mkdirSync(outDir, { recursive: true });
const outfile = join(outDir, `${basename(entry).replace(/\.tsx?$/, '')}.mjs`);
await esbuild.build({
  entryPoints: [resolve(entry)], outfile, bundle: true, platform: 'node', format: 'esm', target: 'node20',
  packages: 'external', define: { __DEV__: 'false', __TARGET__: '"cli"' }, logLevel: 'warning',
});
process.argv = [process.argv[0] ?? 'node', outfile, ...rest];
await import(pathToFileURL(outfile).href);
