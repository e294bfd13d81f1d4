/**
 * Regular-expression safety: every regex in src/ (found by parsing the source, captured as modules build them,
 * and cross-checked against what the modules export) passes a static ReDoS analysis (redos-analysis.ts): no
 * quantifier that can backtrack exponentially or polynomially, nor make a scan of a long text quadratic. The
 * analysis reads each expression's structure, so its verdict does not depend on the machine, its load or a clock.
 *
 * Under `npm run fuzz` (LONG_RUN) the same expressions also run over inputs built to make them backtrack: long runs
 * of the characters they match, their own words and near-misses of them, repeated to 1 MiB, in a worker that a
 * watchdog stops after 1,000 ms. That sweep is time-based, so it stays out of `npm test`; speed itself is the
 * benchmark's job (DESIGN §7).
 */
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { LONG_RUN, recordCases } from '../fuzz/fuzz-runs';
import { ADVERSARIAL_SEEDS } from './adversarial-inputs';
import { superLinearFindings } from './redos-analysis';
import { captureConstructedRegexes, exportedRegexes, regexKey, regexSites, regexSitesIn, type CapturedRegex, type RegexSite } from './regex-inventory';
import { ownSeeds, runRegexes, type RegexJob } from './regex-runner';
import { filesUnder, isScript, ROOT, SRC } from './source-files';

/**
 * The fuzz sweep's catastrophic-backtracking guard, not a speed target: a linear expression scans a megabyte in
 * milliseconds, a quadratic or exponential one takes seconds to forever.
 */
const LIMIT_MS = 1_000;
const INPUT_CHARS = 1 << 20;

const SEEDS = ADVERSARIAL_SEEDS;

/**
 * Expressions the analysis must flag: nested quantifiers, ambiguous alternatives in a loop, two quantifiers that can
 * share a run of spaces, and runs that every start position rescans before the match fails.
 */
const SUPER_LINEAR = [/(a+)+$/, /(\w+\s?)*$/, /^(a|a)*$/, /(.*,)*x/, /^(\w|\d)+$/, /(?<!\d)\d+\s*-?\s*years?/gi, /\s+$/g, /\d+\s*years?/gi];

/** Look-alikes of those that are linear, so a verdict is not just "has a quantifier". */
const LINEAR = [/^\s+$/, /\s+/g, /^(?:a|b)*$/, /(?<!\d)\d+\s*(?:-\s*)?years?/gi, /\bSTEM\b[^.]{0,40}\bCIP\b/gi];

/**
 * `RegExp(...)` calls inside functions cannot be captured by loading their module. The inventory accepts the two
 * safe shapes it can see in the code (a copy of another expression's `.source`; text with every metacharacter
 * escaped, joined with plain text); any other must be listed here with why it is safe, or
 * `every RegExp built inside a function is safe by construction or listed` fails.
 */
const DYNAMIC_REGEXES: Array<{ file: string; code: string; reason: string }> = [];

/**
 * Expressions the analysis flags that are only ever applied to short slices, so their worst case stays small;
 * `npm run fuzz` runs them at ten times their bound. Each entry is a finding reported to the lead: remove it when
 * the expression is made linear (the analysis then passes it and `bounded-input entries are current` fails).
 */
const BOUNDED_INPUT: Array<{ file: string; source: string; maxInput: number; reason: string }> = [];

/**
 * Known bugs, reported to the lead: expressions the analysis flags that do run on input the page controls. Each is
 * left out of the check and pinned by a `.fails` test; when it is fixed, its source changes or the analysis passes
 * it, the entry goes stale and `known-bug entries are current` fails until the entry is removed.
 */
const KNOWN_BUGS: Array<{ file: string; source: string; reason: string }> = [];

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
    const stale = BOUNDED_INPUT.filter((b) => ![...tested.values()].some((t) => isBounded(t) === b && superLinearFindings(t.regex).length > 0)).map((b) => `${b.file} /${b.source}/`);
    expect(stale).toEqual([]);
  });

  it('known-bug entries are current', () => {
    const stale = KNOWN_BUGS.filter((b) => ![...tested.values()].some((t) => isKnownBug(t) === b && superLinearFindings(t.regex).length > 0)).map((b) => `${b.file} /${b.source}/`);
    expect(stale).toEqual([]);
  });
});

const listedIn = <T extends { file: string; source: string }>(list: T[], entry: Tested): T | undefined =>
  list.find((b) => b.source === entry.regex.source && [...entry.where].some((w) => w.startsWith(b.file)));
const isBounded = (entry: Tested) => listedIn(BOUNDED_INPUT, entry);
const isKnownBug = (entry: Tested) => listedIn(KNOWN_BUGS, entry);

function findingsOf(entries: Tested[]): string[] {
  return entries.flatMap((e) => superLinearFindings(e.regex).map((finding) => `${[...e.where].join(', ')} /${e.regex.source.slice(0, 100)}/${e.regex.flags}: ${finding}`));
}

describe('no super-linear backtracking (static analysis)', () => {
  it.each(SUPER_LINEAR.map((re) => [String(re), re] as const))('the analysis flags %s', (_, re) => {
    expect(superLinearFindings(re)).not.toEqual([]);
  });

  it.each(LINEAR.map((re) => [String(re), re] as const))('the analysis passes the linear %s', (_, re) => {
    expect(superLinearFindings(re)).toEqual([]);
  });

  it('every regex in src/ is free of super-linear backtracking', () => {
    const entries = [...tested.values()].filter((e) => !isBounded(e) && !isKnownBug(e));
    expect(entries.length).toBeGreaterThan(60);
    expect(findingsOf(entries)).toEqual([]);
  });
});

describe.skipIf(KNOWN_BUGS.length === 0)('known bugs (each `.fails` until the lead fixes it; then remove its KNOWN_BUGS entry)', () => {
  for (const bug of KNOWN_BUGS) {
    it.fails(`${bug.file} /${bug.source.slice(0, 40)}…/ is free of super-linear backtracking`, () => {
      const entries = [...tested.values()].filter((e) => isKnownBug(e) === bug);
      expect(entries.length).toBe(1);
      expect(findingsOf(entries)).toEqual([]);
    });
  }
});

async function sweep(entries: Tested[], size: number): Promise<string[]> {
  const jobs: RegexJob[] = entries.map((e) => ({ source: e.regex.source, flags: e.regex.flags, seeds: ownSeeds(e.regex.source) }));
  const runs = await runRegexes(jobs, SEEDS, { size, limitMs: LIMIT_MS, maxMatches: Number.MAX_SAFE_INTEGER });
  recordCases(`regex sweep (${size} chars)`, runs.length);
  expect(runs.length).toBe(jobs.reduce((n, j) => n + SEEDS.length + j.seeds.length, 0));
  return runs
    .filter((r) => r.timedOut || r.ms > LIMIT_MS)
    .map((r) => {
      const entry = entries[r.regex]!;
      const seed = r.input < SEEDS.length ? SEEDS[r.input]! : `its own words (${r.input - SEEDS.length})`;
      return `${[...entry.where].join(', ')} /${entry.regex.source.slice(0, 100)}/${entry.regex.flags} on ${JSON.stringify(seed)} × ${size}: ${r.timedOut ? `stopped at ${LIMIT_MS} ms` : `${Math.round(r.ms)} ms`}`;
    });
}

describe.runIf(LONG_RUN)('under `npm run fuzz`: no regex of src/ stalls on an adversarial megabyte (time-based)', () => {
  it('the guard stops expressions that do backtrack (exponential and quadratic)', async () => {
    const runs = await runRegexes([{ source: '(?:a+)+$', flags: '', seeds: [] }, { source: String.raw`\s+$`, flags: 'g', seeds: [] }], ['a', ' '], { size: INPUT_CHARS, limitMs: LIMIT_MS, maxMatches: Number.MAX_SAFE_INTEGER });
    expect(runs.map((r) => `${r.regex}:${r.input}:${r.timedOut}`)).toEqual(['0:0:true', '0:1:false', '1:0:false', '1:1:true']);
  });

  it(`every regex in src/ scans each adversarial ${INPUT_CHARS >> 10} KiB input within ${LIMIT_MS} ms`, async () => {
    const entries = [...tested.values()].filter((e) => !isBounded(e) && !isKnownBug(e));
    expect(await sweep(entries, INPUT_CHARS)).toEqual([]);
  }, 60 * 60_000);

  it('expressions only applied to short slices are linear at ten times their bound', async () => {
    for (const bound of new Set(BOUNDED_INPUT.map((b) => b.maxInput))) {
      const entries = [...tested.values()].filter((e) => isBounded(e)?.maxInput === bound);
      expect(await sweep(entries, bound * 10)).toEqual([]);
    }
  });
});

describe('escapeRegExp (accepted by the inventory as an escape call)', () => {
  it('escapes every metacharacter, so the text matches only itself', async () => {
    const { escapeRegExp } = await import('../../src/core/text-match');
    const text = 'a.*+?^${}()|[]\\/b';
    expect(new RegExp(`^${escapeRegExp(text)}$`).test(text)).toBe(true);
    expect(new RegExp(escapeRegExp('a.b')).test('axb')).toBe(false);
  });
});
