/** The CLI contract of DESIGN §5, to the letter: field names, one line per file, error objects, exit status. */
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { FIXTURES } from '../support/corpus';

const ROOT = resolve(FIXTURES, '../..');
const CLI = join(ROOT, 'dist/cli/analyze.mjs');
const FACT_KEYS = ['credits', 'durationMonthsMin', 'durationMonthsMax', 'stem', 'opt', 'format', 'tuitionUSD', 'aiCurriculum', 'ethics', 'role', 'skills'];

function run(args: string[]) {
  const out = spawnSync(process.execPath, [CLI, ...args], { cwd: ROOT, encoding: 'utf8' });
  return { status: out.status, lines: out.stdout.split('\n').filter(Boolean).map((l) => JSON.parse(l) as Record<string, unknown>), stderr: out.stderr };
}

let dir: string;
beforeAll(() => {
  execFileSync(process.execPath, ['build.mjs', '--target', 'cli'], { cwd: ROOT, stdio: 'ignore' });
  dir = mkdtempSync(join(tmpdir(), 'mba-lens-cli-'));
  writeFileSync(join(dir, 'canonical.html'), '<html><head><title>Online MBA</title><link rel="canonical" href="https://school.example/mba"></head><body><h1>Online MBA</h1><p>The 36-credit program.</p></body></html>');
  writeFileSync(join(dir, 'og.html'), '<html><head><meta property="og:url" content="https://og.example/page"></head><body><p>Hello</p></body></html>');
  writeFileSync(join(dir, 'plain.html'), '<html><body><p>Nothing here</p></body></html>');
  writeFileSync(join(dir, 'binary.html'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 1, 2, 3]));
});

describe('npm run analyze', () => {
  it('prints one object per file, with exactly the contract fields', () => {
    const files = ['whole-pages/004-aub-osb-mba-program.html', 'whole-pages/101-everai-ai-llm-tech-lead.html', 'web-pages/aclu.html'].map((f) => join(FIXTURES, f));
    const { status, lines } = run(files);
    expect(status).toBe(0);
    expect(lines).toHaveLength(3);
    for (const [i, line] of lines.entries()) {
      expect(Object.keys(line)).toEqual(['file', 'url', 'kind', 'confidence', 'signals', 'facts', 'comparison', 'evidence']);
      expect(line.file).toBe(files[i]);
      expect(Object.keys(line.facts as object)).toEqual(FACT_KEYS);
      expect(line.confidence).toBeGreaterThanOrEqual(0);
      expect(line.confidence).toBeLessThanOrEqual(1);
      for (const row of line.comparison as object[]) expect(Object.keys(row)).toEqual(['fact', 'page', 'reference', 'verdict']);
      for (const ev of line.evidence as object[]) expect(Object.keys(ev)).toEqual(['fact', 'quote']);
    }
    expect(lines.map((l) => l.kind)).toEqual(['mba-program', 'ai-career', 'none']);
  });

  it('takes the URL from --url, else the canonical link, else og:url, else the file URL', () => {
    const files = ['canonical.html', 'og.html', 'plain.html'].map((f) => join(dir, f));
    expect(run(files).lines.map((l) => l.url)).toEqual(['https://school.example/mba', 'https://og.example/page', pathToFileURL(files[2]!).href]);
    expect(run(['--url', 'https://given.example/x', files[0]!]).lines[0]!.url).toBe('https://given.example/x');
  });

  it('facts that do not apply to the kind are null, skills empty', () => {
    const [unrelated] = run([join(FIXTURES, 'web-pages/aclu.html')]).lines;
    expect(Object.values(unrelated!.facts as object).filter((v) => v !== null && !(Array.isArray(v) && v.length === 0))).toEqual([]);
    const [mba] = run([join(FIXTURES, 'whole-pages/004-aub-osb-mba-program.html')]).lines;
    expect((mba!.facts as Record<string, unknown>).role).toBeNull();
    expect((mba!.facts as Record<string, unknown>).skills).toEqual([]);
  });

  it('reports unreadable and non-text files as error objects and goes on', () => {
    const { status, lines } = run([join(dir, 'missing.html'), dir, join(dir, 'binary.html'), join(dir, 'plain.html')]);
    expect(status).toBe(0);
    expect(lines).toHaveLength(4);
    expect(lines.slice(0, 3).map((l) => typeof l.error)).toEqual(['string', 'string', 'string']);
    expect(lines.slice(0, 3).map((l) => l.file)).toEqual([join(dir, 'missing.html'), dir, join(dir, 'binary.html')]);
    expect(lines[3]!.kind).toBe('none');
  });

  it('exits non-zero only for bad usage', () => {
    expect(run([]).status).toBe(2);
    expect(run(['--bogus', 'x.html']).status).toBe(2);
  });

  it('handles the whole fixture set in one call', () => {
    const files = execFileSync('bash', ['-c', `ls ${FIXTURES}/web-pages/*.html ${FIXTURES}/whole-pages/*.html`], { encoding: 'utf8' }).split('\n').filter(Boolean);
    const { status, lines } = run(files);
    expect(status).toBe(0);
    expect(lines).toHaveLength(files.length);
    expect(lines.filter((l) => 'error' in l)).toEqual([]);
  });
});
