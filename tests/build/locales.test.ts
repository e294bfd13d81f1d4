import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { mergeLocaleDir } from '../../scripts/locales.mjs';

const dirs: string[] = [];

function localeDir(files: Record<string, unknown>): string {
  const dir = mkdtempSync(join(tmpdir(), 'mba-lens-locales-'));
  dirs.push(dir);
  for (const [name, json] of Object.entries(files)) writeFileSync(join(dir, name), JSON.stringify(json));
  return dir;
}

afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

describe('mergeLocaleDir', () => {
  it('merges every file of a language into one messages object', () => {
    const dir = localeDir({
      'b-card.json': { cardTitle: { message: 'Compared with RPI' } },
      'a-extension.json': { extName: { message: 'MBA Lens', description: 'name' } },
    });
    expect(mergeLocaleDir(dir)).toEqual({
      extName: { message: 'MBA Lens', description: 'name' },
      cardTitle: { message: 'Compared with RPI' },
    });
  });

  it('refuses a key defined twice, even in another case, naming both files', () => {
    const dir = localeDir({
      'card.json': { cardTitle: { message: 'One' } },
      'popup.json': { CardTitle: { message: 'Two' } },
    });
    expect(() => mergeLocaleDir(dir)).toThrow(/popup\.json: "CardTitle" is already defined in .*card\.json/);
  });

  it('refuses what Chrome would refuse to load', () => {
    expect(() => mergeLocaleDir(localeDir({ 'x.json': { 'bad-name': { message: 'x' } } }))).toThrow(/names may only use/);
    expect(() => mergeLocaleDir(localeDir({ 'x.json': { noMessage: { description: 'x' } } }))).toThrow(/needs a string "message"/);
    expect(() => mergeLocaleDir(localeDir({ 'x.json': { hello: { message: 'Hi $who$' } } }))).toThrow(/\$who\$/);
  });

  it('reads the real English messages', () => {
    const english = mergeLocaleDir(fileURLToPath(new URL('../../src/locales/en/', import.meta.url)));
    expect(english.extName?.message).toBe('MBA Lens');
  });
});
