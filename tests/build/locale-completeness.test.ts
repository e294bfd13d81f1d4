/**
 * Every language ships every message. English (`default_locale`) is the source; each other language under
 * src/locales/ must have exactly its keys, use the same substitutions in each message, declare the same named
 * placeholders with the same content, leave no message empty, keep product names as they are, and not ship English
 * copied in place of a translation. The languages are read with the build's own merge (scripts/locales.mjs), so
 * what is checked here is what ends up in `_locales/<lang>/messages.json`.
 */
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { manifestMessageKeys } from '../../build.mjs';
import { readLocales, type MessageEntry, type Messages } from '../../scripts/locales.mjs';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '../..');
const manifest = JSON.parse(readFileSync(join(ROOT, 'manifest.json'), 'utf8')) as { default_locale: string };
const locales = readLocales(join(ROOT, 'src/locales'));
const DEFAULT = manifest.default_locale;
const source = locales.get(DEFAULT) ?? {};
const others = [...locales.keys()].filter((lang) => lang !== DEFAULT);

/** Names that stay as they are in every language (product, school, program and visa names, file formats). */
const KEPT_TERMS = ['MBA Lens', 'MBA', 'RPI', 'Lally', 'STEM', 'OPT', 'CSV', 'JSON'];

/** Chrome's limit for the manifest description (and the store's). */
const DESCRIPTION_MAX = 132;

/**
 * What a message substitutes, by Chrome's rules (as tests/support/chrome-i18n.ts applies them): `$name$` expands
 * to a declared placeholder's content first, then `$1`..`$9` take the arguments; `$$` is a literal dollar sign.
 */
function usage(entry: MessageEntry): { named: string[]; positional: string[] } {
  const declared = new Map(Object.entries(entry.placeholders ?? {}).map(([name, p]) => [name.toLowerCase(), p.content]));
  const named = new Set<string>();
  const expanded = entry.message.replace(/\$([A-Za-z0-9_]+)\$/g, (whole, name: string) => {
    const content = declared.get(name.toLowerCase());
    if (content === undefined) return whole;
    named.add(name.toLowerCase());
    return content;
  });
  const positional = new Set<string>();
  for (const match of expanded.matchAll(/\$(\$|[1-9])/g)) if (match[1] !== '$') positional.add(`$${match[1]}`);
  return { named: [...named].sort(), positional: [...positional].sort() };
}

/** Declared placeholders, by lower-case name, with their content (what `$name$` becomes). */
function declaredPlaceholders(entry: MessageEntry): Record<string, string> {
  return Object.fromEntries(
    Object.entries(entry.placeholders ?? {})
      .map(([name, p]) => [name.toLowerCase(), p.content] as const)
      .sort(([a], [b]) => a.localeCompare(b)),
  );
}

/** A message that still reads as English: the same text as the source with a real word left once names are gone. */
function untranslated(message: string, english: string): boolean {
  if (message !== english) return false;
  let rest = message.replace(/\$(?:[1-9]|[A-Za-z0-9_]+\$)/g, ' ');
  for (const term of KEPT_TERMS) rest = rest.split(term).join(' ');
  return /\p{L}{4,}/u.test(rest);
}

function keyProblems(lang: string, messages: Messages): string[] {
  const keys = new Set(Object.keys(messages));
  const sourceKeys = new Set(Object.keys(source));
  return [
    ...[...sourceKeys].filter((key) => !keys.has(key)).map((key) => `${lang}: missing "${key}"`),
    ...[...keys].filter((key) => !sourceKeys.has(key)).map((key) => `${lang}: "${key}" is not in ${DEFAULT}`),
  ];
}

describe(`the default language (${DEFAULT})`, () => {
  it('exists and has messages', () => {
    expect(locales.has(DEFAULT)).toBe(true);
    expect(Object.keys(source).length).toBeGreaterThan(0);
  });
});

describe('other languages', () => {
  it('include Spanish', () => {
    expect(others).toContain('es');
  });
});

describe.each([...locales.keys()])('locale %s', (lang) => {
  const messages = locales.get(lang) ?? {};

  it(`has exactly the keys of ${DEFAULT}`, () => {
    expect(keyProblems(lang, messages)).toEqual([]);
  });

  it('has no empty message', () => {
    const empty = Object.entries(messages)
      .filter(([, entry]) => entry.message.trim() === '')
      .map(([key]) => key);
    expect(empty).toEqual([]);
  });

  it(`uses the same substitutions and placeholders as ${DEFAULT} in every message`, () => {
    const problems: string[] = [];
    for (const [key, entry] of Object.entries(messages)) {
      const english = source[key];
      if (!english) continue;
      const want = usage(english);
      const got = usage(entry);
      if (want.positional.join() !== got.positional.join()) {
        problems.push(`"${key}": uses ${got.positional.join(' ') || 'no $n'}, ${DEFAULT} uses ${want.positional.join(' ') || 'no $n'}`);
      }
      if (want.named.join() !== got.named.join()) {
        problems.push(`"${key}": uses $${got.named.join('$ $')}$, ${DEFAULT} uses $${want.named.join('$ $')}$`);
      }
      if (JSON.stringify(declaredPlaceholders(entry)) !== JSON.stringify(declaredPlaceholders(english))) {
        problems.push(`"${key}": placeholders ${JSON.stringify(entry.placeholders ?? {})} differ from ${DEFAULT}'s`);
      }
    }
    expect(problems).toEqual([]);
  });

  it('has every message the manifest uses (__MSG_x__)', () => {
    const keys = new Set(Object.keys(messages).map((key) => key.toLowerCase()));
    const used = manifestMessageKeys(manifest);
    expect(used.length).toBeGreaterThan(0);
    expect(used.filter((key) => !keys.has(key.toLowerCase()))).toEqual([]);
  });

  it(`keeps the extension description within Chrome's ${DESCRIPTION_MAX} characters`, () => {
    expect(messages.extDescription?.message.length ?? 0).toBeLessThanOrEqual(DESCRIPTION_MAX);
  });
});

describe.each(others)('translation %s', (lang) => {
  const messages = locales.get(lang) ?? {};

  it('keeps product names and is not English copied over', () => {
    const problems: string[] = [];
    for (const [key, entry] of Object.entries(messages)) {
      const english = source[key]?.message;
      if (english === undefined) continue;
      for (const term of KEPT_TERMS) {
        if (english.includes(term) && !entry.message.includes(term)) problems.push(`"${key}": lost "${term}"`);
      }
      if (untranslated(entry.message, english)) problems.push(`"${key}": still the ${DEFAULT} text "${english}"`);
    }
    expect(problems).toEqual([]);
  });
});

describe('the checks themselves', () => {
  it('see substitutions through named placeholders and ignore $$', () => {
    expect(usage({ message: 'Save $title$ for $$5', placeholders: { TITLE: { content: '$1' } } })).toEqual({
      named: ['title'],
      positional: ['$1'],
    });
    expect(usage({ message: '$1 of $2' })).toEqual({ named: [], positional: ['$1', '$2'] });
  });

  it('tell English left in place from names that stay', () => {
    expect(untranslated('Save to shortlist', 'Save to shortlist')).toBe(true);
    expect(untranslated('OPT / STEM OPT', 'OPT / STEM OPT')).toBe(false);
    expect(untranslated('MBA Lens · $1', 'MBA Lens · $1')).toBe(false);
    expect(untranslated('Guardar', 'Save')).toBe(false);
  });
});
