import { describe, expect, it } from 'vitest';
import { compareWithReference } from '../../src/core/compare';
import { readImportFile, shortlistCsvRows, shortlistJsonFile } from '../../src/ui/shortlist-files';
import { parseShortlistExport } from '../../src/storage/shortlist-export';
import type { ShortlistItem } from '../../src/schemas/shortlist-schema';
import { careerFacts, programFacts } from '../storage/fixtures/facts';

const NOW = new Date('2026-03-01T10:00:00.000Z');

const program: ShortlistItem = {
  id: 'p', url: 'https://a.example.edu/mba', title: 'A MBA', kind: 'mba-program', savedAt: NOW.toISOString(),
  facts: programFacts(), comparison: compareWithReference('mba-program', programFacts()), history: [],
};
const role: ShortlistItem = {
  id: 'r', url: 'https://jobs.example/1', title: 'AI PM', kind: 'ai-career', savedAt: NOW.toISOString(),
  facts: careerFacts(), comparison: compareWithReference('ai-career', careerFacts()), history: [],
};
const fromV1: ShortlistItem = { ...program, id: 'old', url: 'https://old.example/mba', facts: null, comparison: [] };

describe('the CSV export', () => {
  const [header, rpi, ...rows] = shortlistCsvRows([program, role, fromV1]);
  const column = (name: string) => header!.indexOf(name);

  it('has a header, then RPI, then a row per item, all the same width', () => {
    expect(rows).toHaveLength(3);
    for (const row of [rpi, ...rows]) expect(row).toHaveLength(header!.length);
    expect(rpi![column('Credits')]).toBe('36 credits');
    expect(rpi![column('Tuition')]).toBe('Not stated');
  });

  it('writes the page values the side-by-side view shows', () => {
    expect(rows[0]![column('Credits')]).toBe('48 credits');
    expect(rows[0]![column('Tuition')]).toBe('$120,000');
    expect(rows[1]![column('Role')]).toBe('Director of AI Strategy');
    expect(rows[1]![column('Skills RPI does not cover')]).toBe('Kubernetes');
  });

  it('says an item saved by v1 has no facts, rather than that the page was silent', () => {
    expect(rows[2]![column('Credits')]).toBe('Not saved (saved by an older version)');
  });
});

describe('the JSON export', () => {
  it('reads back through the import parser unchanged', () => {
    const file = shortlistJsonFile([program, role, fromV1], NOW);
    expect(file.name).toBe('mba-lens-shortlist-2026-03-01.json');
    expect(parseShortlistExport(JSON.parse(file.text), () => 'new')).toEqual({ ok: true, items: [program, role, fromV1], unreadable: 0 });
  });
});

describe('reading an import file', () => {
  it('parses JSON, and refuses what is not JSON or far too large', async () => {
    const file = (text: string, size = text.length) => ({ size, text: async () => text });
    expect(await readImportFile(file('{"a":1}'))).toEqual({ ok: true, file: { a: 1 } });
    expect(await readImportFile(file('{a:1}'))).toEqual({ ok: false, reason: 'not-json' });
    expect(await readImportFile(file('{}', 100 * 1024 * 1024))).toEqual({ ok: false, reason: 'too-large' });
  });
});
