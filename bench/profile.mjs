#!/usr/bin/env node
// @ts-check
/**
 * Where MBA Lens spends its main-thread time: the benchmark's trace plus V8's sampling profiler
 * (`disabled-by-default-v8.cpu_profiler`), on a copy of dist/chrome whose content scripts are rebuilt unminified so
 * that the samples carry the source's function names. Only samples inside MBA Lens's tasks (as bench/attribute.mjs
 * finds them) are counted. The profiler slows everything down: read the shares, not the absolute times.
 *
 *   node bench/profile.mjs --only SUBSTRING [--runs 2] [--top 15]
 *   node bench/profile.mjs --unrelated-every N [--runs 2] [--top 15]   (every Nth unrelated page; the sum over them only)
 */
import * as esbuild from 'esbuild';
import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { attributePage, keepEvent, splitByPage } from './attribute.mjs';
import { unpackedExtensionId } from './extensions.mjs';
import { loadHarness } from './measure.mjs';
import { loadPages } from './pages.mjs';
import { TRACE_CATEGORIES, openSession } from './session.mjs';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');

/**
 * @typedef {import('./attribute.mjs').TraceEvent} TraceEvent
 * @typedef {{ functionName: string, url?: string, lineNumber?: number }} CallFrame
 * @typedef {{ id: number, parent?: number, callFrame: CallFrame }} ProfileNode
 * @typedef {{ tid: number, start: number, last: number, nodes: Map<number, ProfileNode>, samples: Array<{ ts: number, node: number }> }} Profile
 */

/** The content scripts, unminified (names kept), over a copy of the production build. */
async function unminifiedCopy(/** @type {string} */ dir) {
  cpSync(join(ROOT, 'dist/chrome'), dir, { recursive: true });
  const common = {
    absWorkingDir: ROOT,
    bundle: true,
    outdir: join(dir, 'content'),
    platform: /** @type {const} */ ('browser'),
    target: ['chrome132'],
    minify: false,
    keepNames: false,
    jsx: /** @type {const} */ ('automatic'),
    jsxImportSource: 'preact',
    legalComments: /** @type {const} */ ('none'),
    charset: /** @type {const} */ ('utf8'),
    define: { __DEV__: 'false', __TARGET__: '"chrome"', 'process.env.NODE_ENV': '"production"' },
    logLevel: /** @type {const} */ ('warning'),
  };
  await esbuild.build({ ...common, entryPoints: { gate: 'src/content/gate-entry.ts' }, format: 'iife' });
  await esbuild.build({ ...common, entryPoints: { page: 'src/content/page-controller.ts', 'closer-look': 'src/core/gate.ts' }, format: 'esm' });
}

/** Rebuilds each thread's sample list from `Profile` / `ProfileChunk` events. */
function readProfiles(/** @type {TraceEvent[]} */ events) {
  /** @type {Map<string, Profile>} */
  const profiles = new Map();
  for (const e of [...events].sort((a, b) => a.ts - b.ts)) {
    const key = `${e.pid}:${e.args?.id ?? /** @type {any} */ (e).id}`;
    if (e.name === 'Profile') {
      const start = e.args?.data?.startTime ?? e.ts;
      profiles.set(key, { tid: e.tid, start, last: start, nodes: new Map(), samples: [] });
      continue;
    }
    const profile = profiles.get(key);
    const data = e.args?.data;
    if (profile === undefined || data === undefined) continue;
    for (const node of data.cpuProfile?.nodes ?? []) profile.nodes.set(node.id, node);
    const samples = data.cpuProfile?.samples ?? [];
    const deltas = data.timeDeltas ?? [];
    samples.forEach((/** @type {number} */ node, /** @type {number} */ i) => {
      profile.last += deltas[i] ?? 0;
      profile.samples.push({ ts: profile.last, node });
    });
  }
  return [...profiles.values()];
}

const frameName = (/** @type {CallFrame} */ f) => {
  const file = (f.url ?? '').replace(/^chrome-extension:\/\/[^/]+\//, '');
  return `${f.functionName || '(anonymous)'}${file ? ` ${file}:${(f.lineNumber ?? 0) + 1}` : ''}`;
};

/**
 * Self and inclusive time per function over the samples that fall in `spans`.
 * @param {Profile} profile
 * @param {Array<{ start: number, end: number }>} spans
 */
function weigh(profile, spans) {
  /** @type {Map<string, number>} */
  const self = new Map();
  /** @type {Map<string, number>} */
  const inclusive = new Map();
  /** @type {Map<string, Map<string, number>>} leaf → its three nearest callers → time */
  const callers = new Map();
  let total = 0;
  profile.samples.forEach((sample, i) => {
    const next = profile.samples[i + 1];
    if (next === undefined || !spans.some((s) => sample.ts >= s.start && sample.ts < s.end)) return;
    const weight = next.ts - sample.ts;
    total += weight;
    let node = profile.nodes.get(sample.node);
    if (node === undefined) return;
    const leaf = frameName(node.callFrame);
    self.set(leaf, (self.get(leaf) ?? 0) + weight);
    /** @type {string[]} */
    const chain = [];
    for (let up = node.parent === undefined ? undefined : profile.nodes.get(node.parent); up !== undefined && chain.length < 3; up = up.parent === undefined ? undefined : profile.nodes.get(up.parent)) {
      chain.push(frameName(up.callFrame));
    }
    const byChain = callers.get(leaf) ?? new Map();
    byChain.set(chain.join(' < '), (byChain.get(chain.join(' < ')) ?? 0) + weight);
    callers.set(leaf, byChain);
    const seen = new Set();
    while (node !== undefined) {
      const name = frameName(node.callFrame);
      if (!seen.has(name) && (node.callFrame.url ?? '').startsWith('chrome-extension://')) {
        seen.add(name);
        inclusive.set(name, (inclusive.get(name) ?? 0) + weight);
      }
      node = node.parent === undefined ? undefined : profile.nodes.get(node.parent);
    }
  });
  return { total, self, inclusive, callers };
}

async function main() {
  const { values } = parseArgs({
    options: {
      only: { type: 'string' },
      'unrelated-every': { type: 'string' },
      runs: { type: 'string', default: '2' },
      top: { type: 'string', default: '15' },
    },
    strict: true,
  });
  const every = values['unrelated-every'] === undefined ? 0 : Number.parseInt(values['unrelated-every'], 10);
  if (values.only === undefined && !(every > 0)) throw new Error('usage: node bench/profile.mjs (--only SUBSTRING | --unrelated-every N) [--runs 2] [--top 15]');
  const runs = Number.parseInt(values.runs ?? '2', 10);
  const top = Number.parseInt(values.top ?? '15', 10);
  execFileSync(process.execPath, ['build.mjs', '--target', 'chrome'], { cwd: ROOT, stdio: ['ignore', 'ignore', 'inherit'] });
  const harness = await loadHarness(ROOT);
  const pages =
    every > 0
      ? loadPages(ROOT, harness.fixtureUrl).filter((p) => p.group === 'unrelated').filter((_, i) => i % every === 0)
      : loadPages(ROOT, harness.fixtureUrl).filter((p) => p.name.includes(/** @type {string} */ (values.only)));
  if (pages.length === 0) throw new Error(`no page matches ${values.only}`);
  /** Self time per function summed over every page and run (the sampled pages' picture, for --unrelated-every). */
  /** @type {Map<string, number>} */
  const selfOverAll = new Map();
  let sampledOverAll = 0;
  const temp = mkdtempSync(join(tmpdir(), 'mba-lens-profile-'));
  const dir = join(temp, 'mba');
  try {
    await unminifiedCopy(dir);
    const extensions = [{ key: 'mba', id: unpackedExtensionId(dir) }];
    const session = await openSession({ executablePath: harness.CHROMIUM_PATH, flags: harness.CHROMIUM_FLAGS, extensionDirs: [dir], pages });
    try {
      for (const page of pages) {
        for (let run = 1; run <= runs; run++) {
          const stop = await session.startTrace({
            categories: [...TRACE_CATEGORIES, 'disabled-by-default-v8.cpu_profiler'],
            keep: (e) => keepEvent(e) || e.name === 'Profile' || e.name === 'ProfileChunk',
          });
          await session.warmUp();
          const visit = await session.visit(page);
          const events = await stop();
          const found = splitByPage(events, [page.url]).get(page.url);
          if (found === undefined) {
            console.log(`${page.name}: not found in the trace`);
            continue;
          }
          const cost = attributePage(found.events, extensions, { messagingExtension: 'mba' }).byExtension.mba;
          const [pid, tid] = found.thread.split(':').map(Number);
          const profile = readProfiles(events.filter((e) => e.pid === pid)).find((p) => p.tid === tid);
          if (cost === undefined || profile === undefined) continue;
          const whole = weigh(profile, cost.taskSpans);
          sampledOverAll += whole.total;
          for (const [name, us] of whole.self) selfOverAll.set(name, (selfOverAll.get(name) ?? 0) + us);
          if (every > 0) continue;
          console.log(`\n${page.name} run ${run}: MBA Lens ${(cost.cpuUs / 1000).toFixed(1)} ms CPU (${(cost.timeUs / 1000).toFixed(1)} wall) in ${cost.tasks} tasks, longest ${(cost.longestTaskCpuUs / 1000).toFixed(1)} ms CPU (${(cost.longestTaskUs / 1000).toFixed(1)} wall), forced layouts ${cost.forcedLayouts}, card ${visit.cardShown ? 'shown' : 'not shown'}`);
          for (const [label, spans] of /** @type {const} */ ([['all MBA Lens tasks', cost.taskSpans], ['longest task', cost.longestTask === null ? [] : [cost.longestTask]]])) {
            const w = weigh(profile, spans);
            const fmt = (/** @type {Map<string, number>} */ m) =>
              [...m].sort((a, b) => b[1] - a[1]).slice(0, top).map(([name, us]) => `    ${(us / 1000).toFixed(1).padStart(7)} ms ${((100 * us) / w.total).toFixed(0).padStart(3)}%  ${name}`);
            console.log(`  ${label}: ${(w.total / 1000).toFixed(1)} ms sampled`);
            console.log('   inclusive (extension frames):');
            for (const line of fmt(w.inclusive)) console.log(line);
            console.log('   self:');
            for (const [name, us] of [...w.self].sort((a, b) => b[1] - a[1]).slice(0, top)) {
              const chain = [...(w.callers.get(name) ?? new Map())].sort((a, b) => b[1] - a[1])[0]?.[0] ?? '';
              console.log(`    ${(us / 1000).toFixed(1).padStart(7)} ms ${((100 * us) / w.total).toFixed(0).padStart(3)}%  ${name}${chain ? `  ← ${chain}` : ''}`);
            }
          }
        }
      }
      console.log(`\nover ${pages.length} pages × ${runs} runs: ${(sampledOverAll / 1000).toFixed(1)} ms sampled; self time:`);
      for (const [name, us] of [...selfOverAll].sort((a, b) => b[1] - a[1]).slice(0, top)) {
        console.log(`  ${(us / 1000).toFixed(1).padStart(7)} ms ${((100 * us) / sampledOverAll).toFixed(0).padStart(3)}%  ${name}`);
      }
    } finally {
      await session.close();
    }
  } finally {
    rmSync(temp, { recursive: true, force: true });
  }
}

main().catch((error) => {
  console.error(`profile failed: ${error instanceof Error ? error.stack ?? error.message : String(error)}`);
  process.exitCode = 2;
});
