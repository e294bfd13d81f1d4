/**
 * How many cases each property runs. `npm test` runs the quick counts; `npm run fuzz` (scripts/fuzz.mjs) sets
 * FUZZ_RUNS, the total over every property, which this plan shares out, and FUZZ_REPORT, a file each property
 * appends the number of cases it ran to, so the script can print the total.
 */
import { appendFileSync } from 'node:fs';
import fc from 'fast-check';

const requested = Number(process.env.FUZZ_RUNS ?? '0');
/** True under `npm run fuzz`. */
export const LONG_RUN = Number.isFinite(requested) && requested > 0;

/**
 * Every property with its quick count and its share of a long run. Shares follow the cost of a case: a case of
 * the JSON-LD reader costs far less than a parse plus a full analysis, so it gets more of them.
 */
export const PLAN = {
  'analyzeDocument: random markup': { quick: 60, share: 12 },
  'analyzeDocument: forced analysis of dense fact text': { quick: 60, share: 12 },
  'analyzeDocument: numbers in every format': { quick: 60, share: 10 },
  'analyzeDocument: odd Unicode': { quick: 40, share: 8 },
  'analyzeDocument: random strings as pages and URLs': { quick: 60, share: 10 },
  'analyzeDocumentInSlices: same result as analyzeDocument': { quick: 30, share: 5 },
  'analyzeDocumentInSlices: page mutating between slices': { quick: 30, share: 5 },
  'analyzeSource: random sources, files and URLs': { quick: 60, share: 10 },
  'analyzeSource: plain-text quotes are the page text': { quick: 40, share: 6 },
  'json-ld: summariseJsonLd on any JSON': { quick: 150, share: 12 },
  'json-ld: hostile scripts in a page': { quick: 40, share: 4 },
  'spanToRange: any span on any page': { quick: 30, share: 3 },
  'spanToRange: evidence maps back to its quote': { quick: 30, share: 2 },
  'spanToRange: page changed after the snapshot': { quick: 30, share: 1 },
  'gate: the prefilter stops no text the judge lets on': { quick: 1000, share: 10 },
} as const satisfies Record<string, { quick: number; share: number }>;

export type PropertyName = keyof typeof PLAN;

const TOTAL_SHARE = Object.values(PLAN).reduce((sum, p) => sum + p.share, 0);

export function numRuns(name: PropertyName): number {
  const { quick, share } = PLAN[name];
  return LONG_RUN ? Math.max(quick, Math.ceil((requested * share) / TOTAL_SHARE)) : quick;
}

/**
 * The long run's seed (scripts/fuzz.mjs picks one and prints it): every property starts from it, so a run that
 * hangs, where fast-check never gets to print its own seed, can be repeated with `FUZZ_SEED=<seed> npm run fuzz`.
 */
const seed = process.env.FUZZ_SEED === undefined ? undefined : Number(process.env.FUZZ_SEED);
const seedOption = seed !== undefined && Number.isSafeInteger(seed) ? { seed } : {};

/**
 * vitest's per-test timeout: the config's 30 s for quick runs; for a long one 15 minutes, far more than the slowest
 * property takes at 100,000 cases (under a minute), so an async property that stops making progress fails by name.
 * vitest cannot interrupt a synchronous one: for those the printed seed is what finds the case again.
 */
export const FUZZ_TIMEOUT = LONG_RUN ? 15 * 60_000 : 30_000;

/** Adds to the long run's tally (deterministic cases count one each). */
export function recordCases(name: string, cases: number): void {
  const report = process.env.FUZZ_REPORT;
  if (report) appendFileSync(report, `${JSON.stringify({ name, cases })}\n`);
}

function finish(name: PropertyName, details: fc.RunDetails<unknown>): void {
  recordCases(name, details.numRuns + details.numShrinks + details.numSkips);
  if (!details.failed) return;
  const cause = details.errorInstance;
  const reason = cause instanceof Error ? (cause.stack ?? cause.message) : String(cause);
  throw new Error(`${fc.defaultReportMessage(details) ?? `${name}: property failed`}\n\nGot: ${reason}`, { cause });
}

/** fc.assert with the planned count, counting the cases run. */
export function checkProperty<Ts>(name: PropertyName, property: fc.IProperty<Ts>): void {
  finish(name, fc.check(property, { numRuns: numRuns(name), ...seedOption }) as fc.RunDetails<unknown>);
}

export async function checkAsyncProperty<Ts>(name: PropertyName, property: fc.IAsyncProperty<Ts>): Promise<void> {
  finish(name, (await fc.check(property, { numRuns: numRuns(name), ...seedOption })) as fc.RunDetails<unknown>);
}
