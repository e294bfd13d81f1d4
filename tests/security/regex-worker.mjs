// @ts-check
/**
 * Runs regular expressions over adversarial strings in a worker thread, so the test can stop one that backtracks
 * catastrophically (worker.terminate() interrupts a running match) instead of hanging the whole run.
 * Posts `start` before and `done` after every run; the parent's watchdog does the timing out.
 */
import { parentPort, workerData } from 'node:worker_threads';

/** @typedef {{ source: string, flags: string, seeds: string[] }} RegexJob */

const { jobs, seeds, size, maxMatches, from } = /** @type {{ jobs: RegexJob[], seeds: string[], size: number, maxMatches: number, from: { regex: number, input: number } }} */ (workerData);
const port = parentPort;
if (port === null) throw new Error('regex-worker.mjs runs only as a worker thread');

/**
 * The seed repeated, ended by a character nothing expects, so that expressions anchored at the end (`\s+$`) fail
 * there and backtrack from every start instead of matching the whole run at once.
 * @param {string} seed
 */
const fill = (seed) => `${seed.repeat(Math.ceil(size / seed.length)).slice(0, size - 1)}\u0001`;
const shared = seeds.map(fill);

/**
 * Every match over the whole string, as the core's loops do (`findInBlocks`, `count`, `replace`): a global scan
 * tries every start position, so backtracking anywhere in the input is paid for.
 * @param {RegExp} re
 * @param {string} text
 */
function scanAll(re, text) {
  re.lastIndex = 0;
  let matches = 0;
  for (let m = re.exec(text); m !== null && matches < maxMatches; m = re.exec(text)) {
    matches++;
    if (m[0].length === 0) re.lastIndex++;
  }
  return matches;
}

for (let r = from.regex; r < jobs.length; r++) {
  const job = /** @type {RegexJob} */ (jobs[r]);
  const re = new RegExp(job.source, `${job.flags.replace(/[gy]/g, '')}g`);
  const inputs = [...shared, ...job.seeds.map(fill)];
  for (let i = r === from.regex ? from.input : 0; i < inputs.length; i++) {
    port.postMessage({ type: 'start', regex: r, input: i });
    const started = performance.now();
    const matches = scanAll(re, /** @type {string} */ (inputs[i]));
    port.postMessage({ type: 'done', regex: r, input: i, ms: performance.now() - started, matches });
  }
}
port.postMessage({ type: 'finished' });
