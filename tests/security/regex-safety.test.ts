/**
 * Regular-expression safety: every regex in src/ (found by parsing the source, captured as modules build them,
 * and cross-checked against what the modules export) runs over inputs built to make it backtrack: long runs of
 * the characters it matches, its own words and near-misses of them, repeated to 256 KiB in `npm test` and to
 * 1 MiB under `npm run fuzz`.
 *
 * The 1,000 ms bound is a catastrophic-backtracking guard, not a speed target: a linear expression scans a
 * megabyte in milliseconds, a quadratic or exponential one takes seconds to forever. Speed is the benchmark's
 * job (DESIGN §7). Runs happen in a worker that is terminated at the bound, so a bad regex fails this test
 * instead of hanging it.
 */
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { LONG_RUN, recordCases } from '../fuzz/fuzz-runs';
import { ADVERSARIAL_SEEDS } from './adversarial-inputs';
import { captureConstructedRegexes, exportedRegexes, regexKey, regexSites, regexSitesIn, type CapturedRegex, type RegexSite } from './regex-inventory';
import { ownSeeds, runRegexes, type RegexJob } from './regex-runner';
import { filesUnder, isScript, ROOT, SRC } from './source-files';

const LIMIT_MS = 1_000;
const INPUT_CHARS = LONG_RUN ? 1 << 20 : 1 << 18;
/** Quick runs stop counting after this many matches: backtracking costs are paid before each match, so are still seen. */
const MAX_MATCHES = LONG_RUN ? Number.MAX_SAFE_INTEGER : 10_000;

const SEEDS = ADVERSARIAL_SEEDS;

/**
 * `RegExp(...)` calls inside functions cannot be captured by loading their module. The inventory accepts the two
 * safe shapes it can see in the code (a copy of another expression's `.source`; text with every metacharacter
 * escaped, joined with plain text); any other must be listed here with why it is safe, or
 * `every RegExp built inside a function is safe by construction or listed` fails.
 */
const DYNAMIC_REGEXES: Array<{ file: string; code: string; reason: string }> = [];

/**
 * Expressions that are only ever applied to short slices, so a worst case on a megabyte cannot happen; they are
 * run at ten times their bound instead. Each entry is a finding reported to the lead: remove it when the
 * expression is made linear (the entry then matches nothing and `bounded-input entries are current` fails).
 */
const BOUNDED_INPUT: Array<{ file: string; source: string; maxInput: number; reason: string }> = [];

/**
 * Known bugs, reported to the lead: expressions that do backtrack on input the page controls. Each is left out of
 * the sweep and pinned by a `.fails` test on the seed that shows it; when it is fixed, its source changes, the entry
 * goes stale and `known-bug entries are current` fails until the entry is removed.
 */
const KNOWN_BUGS: Array<{ file: string; source: string; seed: string; reason: string }> = [];

interface Tested {
  regex: RegExp;
  where: Set<string>;
}

const sites: RegexSite[] = regexSites();
const tested = new Map<string, Tested>();
let captured: CapturedRegex[] = [];
const exported: Array<{ module: string; name: string; regex: RegExp }> = [];

function addTested(regex: RegExp, where: string): void {
  const key = regexKey(regex);
  const entry = tested.get(key) ?? { regex, where: new Set<string>() };
  entry.where.add(where);
  tested.set(key, entry);
}

beforeAll(async () => {
  vi.resetModules();
  const builders = [...new Set(sites.filter((s) => s.kind === 'constructor' && s.moduleLevel).map((s) => s.file))];
  captured = await captureConstructedRegexes(builders);
  for (const site of sites) if (site.regex) addTested(site.regex, `${site.file}:${site.line}`);
  for (const c of captured) addTested(c.regex, c.file ?? 'a module');
  for (const file of filesUnder(join(SRC, 'core')).filter(isScript)) {
    const mod = (await import(/* @vite-ignore */ pathToFileURL(join(ROOT, file)).href)) as Record<string, unknown>;
    exported.push(...exportedRegexes(mod).map((e) => ({ module: file, ...e })));
  }
}, 60_000);

describe('the regex inventory', () => {
  it('reads code, not comments or strings, and sees which built expressions are safe by construction', () => {
    const code = [
      '// a /commented(a+)+/ regex and new RegExp(x) in prose',
      "const s = 'not /a regex/ but a string';",
      'export const A = /\\bMBA\\b/gi;',
      "const B = new RegExp(A.source, 'g');",
      "function f(text: string, word: string) { return [new RegExp(word.replace(/[.*+?^${}()|[\\]\\\\/]/g, '\\\\$&'), 'gi'), new RegExp(`${word.replace(/[.*+?^${}()|[\\]\\\\/]/g, '\\\\$&')} Manager`), RegExp(text)]; }",
    ].join('\n');
    const found = regexSitesIn('src/example.ts', code).map((s) => `${s.line} ${s.kind} ${s.moduleLevel ? 'load' : 'call'} ${s.safeBy ?? '-'} ${s.regex ? regexKey(s.regex) : ''}`.trim());
    expect(found).toEqual([
      '3 literal load - /\\bMBA\\b/gi',
      '4 constructor load copy',
      '5 constructor call escaped literal',
      '5 literal call - /[.*+?^${}()|[\\]\\\\/]/g',
      '5 constructor call escaped literal',
      '5 literal call - /[.*+?^${}()|[\\]\\\\/]/g',
      '5 constructor call -',
    ]);
  });

  it('finds the regex literals of src/ by parsing the source', () => {
    expect(sites.filter((s) => s.kind === 'literal').length).toBeGreaterThan(50);
  });

  it('captures every RegExp that a module builds when it loads', () => {
    const builders = new Map<string, number>();
    for (const s of sites) if (s.kind === 'constructor' && s.moduleLevel) builders.set(s.file, (builders.get(s.file) ?? 0) + 1);
    const missing = [...builders].filter(([file, count]) => captured.filter((c) => c.file === file).length < count).map(([file, count]) => `${file}: ${count} built at load, ${captured.filter((c) => c.file === file).length} captured`);
    expect(missing).toEqual([]);
  });

  it('every RegExp built inside a function is safe by construction or listed', () => {
    const dynamic = sites.filter((s) => s.kind === 'constructor' && !s.moduleLevel && s.safeBy === null);
    const unlisted = dynamic.filter((s) => !DYNAMIC_REGEXES.some((d) => d.file === s.file && d.code === s.code)).map((s) => `${s.file}:${s.line} ${s.code}`);
    const stale = DYNAMIC_REGEXES.filter((d) => !dynamic.some((s) => d.file === s.file && d.code === s.code)).map((d) => `${d.file}: ${d.code}`);
    expect({ unlisted, stale }).toEqual({ unlisted: [], stale: [] });
  });

  it('every pattern src/core exports is among the regexes tested', () => {
    expect(exported.length).toBeGreaterThan(10);
    expect(exported.filter((e) => !tested.has(regexKey(e.regex))).map((e) => `${e.module} ${e.name}`)).toEqual([]);
  });

  it('bounded-input entries are current', () => {
    const stale = BOUNDED_INPUT.filter((b) => ![...tested.values()].some((t) => isBounded(t) === b)).map((b) => `${b.file} /${b.source}/`);
    expect(stale).toEqual([]);
  });

  it('known-bug entries are current', () => {
    const stale = KNOWN_BUGS.filter((b) => ![...tested.values()].some((t) => isKnownBug(t) === b)).map((b) => `${b.file} /${b.source}/`);
    expect(stale).toEqual([]);
  });
});

const listedIn = <T extends { file: string; source: string }>(list: T[], entry: Tested): T | undefined =>
  list.find((b) => b.source === entry.regex.source && [...entry.where].some((w) => w.startsWith(b.file)));
const isBounded = (entry: Tested) => listedIn(BOUNDED_INPUT, entry);
const isKnownBug = (entry: Tested) => listedIn(KNOWN_BUGS, entry);

async function sweep(entries: Tested[], size: number, seeds: readonly string[] = SEEDS, own = true): Promise<string[]> {
  const jobs: RegexJob[] = entries.map((e) => ({ source: e.regex.source, flags: e.regex.flags, seeds: own ? ownSeeds(e.regex.source) : [] }));
  const runs = await runRegexes(jobs, seeds, { size, limitMs: LIMIT_MS, maxMatches: MAX_MATCHES });
  recordCases(`regex sweep (${size} chars)`, runs.length);
  expect(runs.length).toBe(jobs.reduce((n, j) => n + seeds.length + j.seeds.length, 0));
  return runs
    .filter((r) => r.timedOut || r.ms > LIMIT_MS)
    .map((r) => {
      const entry = entries[r.regex]!;
      const seed = r.input < seeds.length ? seeds[r.input]! : `its own words (${r.input - seeds.length})`;
      return `${[...entry.where].join(', ')} /${entry.regex.source.slice(0, 100)}/${entry.regex.flags} on ${JSON.stringify(seed)} × ${size}: ${r.timedOut ? `stopped at ${LIMIT_MS} ms` : `${Math.round(r.ms)} ms`}`;
    });
}

describe('no catastrophic backtracking', () => {
  it('the guard stops expressions that do backtrack (exponential and quadratic)', async () => {
    const runs = await runRegexes([{ source: '(?:a+)+$', flags: '', seeds: [] }, { source: String.raw`\s+$`, flags: 'g', seeds: [] }], ['a', ' '], { size: INPUT_CHARS, limitMs: LIMIT_MS, maxMatches: MAX_MATCHES });
    expect(runs.map((r) => `${r.regex}:${r.input}:${r.timedOut}`)).toEqual(['0:0:true', '0:1:false', '1:0:false', '1:1:true']);
  });

  it(`every regex in src/ scans each adversarial ${INPUT_CHARS >> 10} KiB input within ${LIMIT_MS} ms`, async () => {
    const entries = [...tested.values()].filter((e) => !isBounded(e) && !isKnownBug(e));
    expect(entries.length).toBeGreaterThan(60);
    expect(await sweep(entries, INPUT_CHARS)).toEqual([]);
  }, LONG_RUN ? 60 * 60_000 : 120_000);

  it('expressions only applied to short slices are linear at ten times their bound', async () => {
    for (const bound of new Set(BOUNDED_INPUT.map((b) => b.maxInput))) {
      const entries = [...tested.values()].filter((e) => isBounded(e)?.maxInput === bound);
      expect(await sweep(entries, bound * 10)).toEqual([]);
    }
  });
});

// Empty today: every expression the sweep found backtracking has been made linear.
describe.skipIf(KNOWN_BUGS.length === 0)('known bugs (each `.fails` until the lead fixes it; then remove its KNOWN_BUGS entry)', () => {
  for (const bug of KNOWN_BUGS) {
    it.fails(`${bug.file} /${bug.source.slice(0, 40)}…/ backtracks on a run of ${JSON.stringify(bug.seed)}`, async () => {
      const entries = [...tested.values()].filter((e) => isKnownBug(e) === bug);
      expect(entries.length).toBe(1);
      expect(await sweep(entries, INPUT_CHARS, [bug.seed], false)).toEqual([]);
    });
  }
});

describe('escapeRegExp (accepted by the inventory as an escape call)', () => {
  it('escapes every metacharacter, so the text matches only itself', async () => {
    const { escapeRegExp } = await import('../../src/core/text-match');
    const text = 'a.*+?^${}()|[]\\/b';
    expect(new RegExp(`^${escapeRegExp(text)}$`).test(text)).toBe(true);
    expect(new RegExp(escapeRegExp('a.b')).test('axb')).toBe(false);
  });
});
