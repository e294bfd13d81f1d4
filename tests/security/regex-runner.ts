/**
 * Drives regex-worker.mjs: every expression over every adversarial input, with a watchdog that stops a run
 * after `limitMs` (terminating the worker interrupts the match) and carries on with the next one.
 */
import { Worker } from 'node:worker_threads';

export interface RegexJob {
  source: string;
  flags: string;
  /** Inputs of its own, on top of the shared ones (near-misses built from its own words). */
  seeds: string[];
}

export interface RegexRun {
  regex: number;
  input: number;
  ms: number;
  timedOut: boolean;
}

type WorkerMessage =
  | { type: 'start'; regex: number; input: number }
  | { type: 'done'; regex: number; input: number; ms: number; matches: number }
  | { type: 'finished' };

const WORKER_URL = new URL('./regex-worker.mjs', import.meta.url);

/** Runs every job on `seeds` (each repeated to `size` characters) plus its own seeds. */
export function runRegexes(jobs: RegexJob[], seeds: readonly string[], options: { size: number; limitMs: number; maxMatches: number }): Promise<RegexRun[]> {
  const { size, limitMs, maxMatches } = options;
  const runs: RegexRun[] = [];
  return new Promise((resolve, reject) => {
    const launch = (from: { regex: number; input: number }): void => {
      const worker = new Worker(WORKER_URL, { workerData: { jobs, seeds, size, maxMatches, from } });
      let timer: NodeJS.Timeout | undefined;
      let stopped = false;
      worker.on('message', (message: WorkerMessage) => {
        if (stopped) return;
        if (message.type === 'start') {
          timer = setTimeout(() => {
            stopped = true;
            runs.push({ regex: message.regex, input: message.input, ms: limitMs, timedOut: true });
            const count = seeds.length + (jobs[message.regex]?.seeds.length ?? 0);
            const next = message.input + 1 < count ? { regex: message.regex, input: message.input + 1 } : { regex: message.regex + 1, input: 0 };
            void worker.terminate().then(() => (next.regex < jobs.length ? launch(next) : resolve(runs)));
          }, limitMs);
        } else if (message.type === 'done') {
          clearTimeout(timer);
          runs.push({ regex: message.regex, input: message.input, ms: message.ms, timedOut: false });
        } else {
          clearTimeout(timer);
          stopped = true;
          void worker.terminate().then(() => resolve(runs));
        }
      });
      worker.on('error', (error) => {
        clearTimeout(timer);
        reject(error);
      });
    };
    if (jobs.length === 0) resolve(runs);
    else launch({ regex: 0, input: 0 });
  });
}

/** Words and near-miss words of an expression's own vocabulary, as input seeds. */
export function ownSeeds(source: string): string[] {
  const words = [...new Set(source.match(/[\p{L}]{2,}/gu) ?? [])].slice(0, 60);
  if (words.length === 0) return [];
  return [`${words.join(' ')} `, `${words.map((w) => w.slice(0, -1)).join(' ')} `, `${words.join('')}-`];
}
