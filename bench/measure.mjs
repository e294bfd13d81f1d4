// @ts-check
/**
 * The measuring loop shared by `npm run bench` and bench/components.mjs: for each run, a fresh browser with the
 * extensions in a rotated injection order, one untraced warm-up page, then the pages in a shuffled order, traced in
 * batches, each page's main-thread events attributed to the extensions.
 */
import * as esbuild from 'esbuild';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { attributePage, splitByPage } from './attribute.mjs';
import { rotation, writeExtensions } from './extensions.mjs';
import { IDLE_MARKER, openSession } from './session.mjs';

/** Pages per trace: one trace per batch keeps each trace small. */
const BATCH = 20;

/**
 * Not measured: an extension whose document_idle script, injected after all the others (its id sorts last), only
 * logs IDLE_MARKER, so the benchmark knows when every measured content script has run instead of guessing a delay.
 * @type {import('./extensions.mjs').ExtensionSpec}
 */
const MARKER = { key: 'idle-marker', script: `console.debug(${JSON.stringify(IDLE_MARKER)});` };

/**
 * @typedef {import('./pages.mjs').BenchPage} BenchPage
 * @typedef {import('./attribute.mjs').PageCost} PageCost
 * @typedef {import('./session.mjs').VisitResult} VisitResult
 * @typedef {{ cost: PageCost, visit: VisitResult }} Observation
 * @typedef {{ CHROMIUM_FLAGS: string[], CHROMIUM_PATH: string, fixtureUrl: (raw: string, file: string) => string }} Harness
 */

/**
 * The end-to-end harness (tests/e2e/harness.ts) owns the verified Chromium flags (DESIGN §9) and the fixture
 * address rule; it is TypeScript, so esbuild bundles it for Node (npm packages stay external).
 * @returns {Promise<Harness>}
 */
export async function loadHarness(/** @type {string} */ root) {
  const out = join(root, 'node_modules/.cache/mba-lens-bench/harness.mjs');
  mkdirSync(dirname(out), { recursive: true });
  await esbuild.build({
    absWorkingDir: root,
    entryPoints: ['tests/e2e/harness.ts'],
    outfile: out,
    bundle: true,
    packages: 'external',
    platform: 'node',
    format: 'esm',
    target: 'node20',
    logLevel: 'warning',
  });
  return import(`${pathToFileURL(out).href}?t=${Date.now()}`);
}

/** A fixed pseudo-random order per run (the same on every machine), so no page always follows the same one. */
export function shuffled(/** @type {readonly BenchPage[]} */ items, /** @type {number} */ seed) {
  const out = [...items];
  let state = seed * 2654435761 + 1;
  for (let i = out.length - 1; i > 0; i--) {
    state = (state * 1103515245 + 12345) % 2 ** 31;
    const j = state % (i + 1);
    [out[i], out[j]] = /** @type {[BenchPage, BenchPage]} */ ([out[j], out[i]]);
  }
  return out;
}

/**
 * @param {{
 *   harness: Harness, pages: BenchPage[], specs: import('./extensions.mjs').ExtensionSpec[], runs: number,
 *   messagingExtension: string, progress?: (line: string) => void
 * }} options
 * @returns {Promise<{ observations: Map<string, Observation[]>, injectionOrders: string[], visitSeconds: number, traceSeconds: number }>}
 */
export async function measure({ harness, pages, specs, runs, messagingExtension, progress = () => {} }) {
  const temp = mkdtempSync(join(tmpdir(), 'mba-lens-bench-'));
  const cleanUp = () => rmSync(temp, { recursive: true, force: true });
  const onSignal = () => {
    cleanUp();
    process.exit(130);
  };
  process.once('SIGINT', onSignal);
  /** @type {Map<string, Observation[]>} */
  const observations = new Map(pages.map((p) => [p.url, []]));
  /** @type {string[]} */
  const injectionOrders = [];
  let visitMs = 0;
  let traceMs = 0;
  try {
    for (let run = 0; run < runs; run++) {
      // The marker goes last: when its message arrives, every measured content script has run.
      const order = [...rotation(specs.map((s) => s.key), run), MARKER.key];
      const extensions = writeExtensions({ parent: join(temp, `run-${run + 1}`), specs: [...specs, MARKER], order });
      injectionOrders.push(extensions.filter((x) => x.key !== MARKER.key).map((x) => x.key).join(' → '));
      const session = await openSession({
        executablePath: harness.CHROMIUM_PATH,
        flags: harness.CHROMIUM_FLAGS,
        extensionDirs: extensions.map((x) => x.dir),
        pages,
        idleMarker: true,
      });
      try {
        await session.warmUp();
        const sequence = shuffled(pages, run + 1);
        for (let from = 0; from < sequence.length; from += BATCH) {
          const batch = sequence.slice(from, from + BATCH);
          let t = Date.now();
          const stop = await session.startTrace();
          traceMs += Date.now() - t;
          t = Date.now();
          /** @type {Map<string, VisitResult>} */
          const visits = new Map();
          for (const page of batch) visits.set(page.url, await session.visit(page));
          visitMs += Date.now() - t;
          t = Date.now();
          const events = await stop();
          traceMs += Date.now() - t;
          const byPage = splitByPage(events, batch.map((p) => p.url));
          for (const page of batch) {
            const found = byPage.get(page.url);
            const cost = found === undefined
              ? { found: false, thread: '', ...attributePage([], extensions, { messagingExtension }) }
              : { found: true, thread: found.thread, ...attributePage(found.events, extensions, { messagingExtension }) };
            observations.get(page.url)?.push({ cost, visit: /** @type {VisitResult} */ (visits.get(page.url)) });
          }
          progress(`run ${run + 1}/${runs}: ${Math.min(from + BATCH, sequence.length)}/${sequence.length} pages`);
        }
      } finally {
        await session.close();
      }
    }
  } finally {
    process.off('SIGINT', onSignal);
    cleanUp();
  }
  return { observations, injectionOrders, visitSeconds: visitMs / 1000, traceSeconds: traceMs / 1000 };
}
