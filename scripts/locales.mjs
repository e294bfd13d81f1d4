// @ts-check
/**
 * The one reader of `src/locales/<lang>/*.json`, shared by the build (which writes `_locales/<lang>/messages.json`)
 * and the test setup (which serves the same messages through a fake `chrome.i18n`), so the two cannot drift.
 *
 * Each file is in Chrome's messages.json format. Splitting a language over several files lets each part of the
 * extension own its strings; merging fails on a key defined twice, because Chrome would silently keep only one.
 * https://developer.chrome.com/docs/extensions/reference/api/i18n
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';

/**
 * @typedef {{ content: string, example?: string }} Placeholder
 * @typedef {{ message: string, description?: string, placeholders?: Record<string, Placeholder> }} MessageEntry
 * @typedef {Record<string, MessageEntry>} Messages
 */

// Chrome accepts only these characters in message and placeholder names; "@@" names are reserved for its own.
const NAME = /^[A-Za-z0-9_]+$/;

/**
 * src/core/is-record.ts in plain JavaScript: build.mjs runs this file in Node, which cannot import TypeScript.
 * @param {unknown} value
 * @returns {value is Record<string, unknown>}
 */
function isJsonObject(value) {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * Checks one file's entries; returns the problems, each prefixed with the file and key.
 * @param {string} file
 * @param {unknown} json
 * @returns {string[]}
 */
export function checkMessagesFile(file, json) {
  if (!isJsonObject(json)) return [`${file}: not a JSON object`];
  /** @type {string[]} */
  const problems = [];
  for (const [key, entry] of Object.entries(json)) {
    const at = `${file}: "${key}"`;
    if (!NAME.test(key)) problems.push(`${at}: names may only use A-Z, a-z, 0-9 and _`);
    if (!isJsonObject(entry) || typeof entry.message !== 'string') {
      problems.push(`${at}: needs a string "message"`);
      continue;
    }
    if (entry.description !== undefined && typeof entry.description !== 'string') {
      problems.push(`${at}: "description" must be a string`);
    }
    const placeholders = entry.placeholders;
    if (placeholders !== undefined) {
      if (!isJsonObject(placeholders)) {
        problems.push(`${at}: "placeholders" must be an object`);
        continue;
      }
      for (const [name, placeholder] of Object.entries(placeholders)) {
        if (!NAME.test(name)) problems.push(`${at}: placeholder "${name}" has an invalid name`);
        if (!isJsonObject(placeholder) || typeof placeholder.content !== 'string') {
          problems.push(`${at}: placeholder "${name}" needs a string "content"`);
        }
      }
    }
    // A $name$ with no matching placeholder makes Chrome refuse to load the whole extension.
    const declared = new Set(Object.keys(isJsonObject(placeholders) ? placeholders : {}).map((n) => n.toLowerCase()));
    for (const match of entry.message.matchAll(/\$([A-Za-z0-9_]+)\$/g)) {
      const name = match[1] ?? '';
      if (!/^[1-9]$/.test(name) && !declared.has(name.toLowerCase())) {
        problems.push(`${at}: uses $${name}$ but declares no such placeholder`);
      }
    }
  }
  return problems;
}

/**
 * Merges every `*.json` in `dir` (in name order, so the output is stable). Throws listing every problem,
 * including a key defined in two files; keys compare case-insensitively, as `chrome.i18n.getMessage` does.
 * @param {string} dir
 * @returns {Messages}
 */
export function mergeLocaleDir(dir) {
  const files = readdirSync(dir)
    .filter((name) => name.endsWith('.json'))
    .sort();
  /** @type {Messages} */
  const merged = {};
  /** @type {Map<string, string>} */
  const owner = new Map();
  /** @type {string[]} */
  const problems = [];
  for (const name of files) {
    const file = join(dir, name);
    /** @type {unknown} */
    let json;
    try {
      json = JSON.parse(readFileSync(file, 'utf8'));
    } catch (error) {
      problems.push(`${file}: ${error instanceof Error ? error.message : String(error)}`);
      continue;
    }
    const fileProblems = checkMessagesFile(file, json);
    problems.push(...fileProblems);
    if (fileProblems.length > 0 || !isJsonObject(json)) continue;
    for (const [key, entry] of Object.entries(json)) {
      const previous = owner.get(key.toLowerCase());
      if (previous !== undefined) {
        problems.push(`${file}: "${key}" is already defined in ${previous}`);
        continue;
      }
      owner.set(key.toLowerCase(), file);
      merged[key] = /** @type {MessageEntry} */ (entry);
    }
  }
  if (problems.length > 0) throw new Error(`locale messages are invalid:\n  ${problems.join('\n  ')}`);
  return merged;
}

/**
 * Every language under `root` (a folder per language) with its merged messages, languages in name order.
 * @param {string} root
 * @returns {Map<string, Messages>}
 */
export function readLocales(root) {
  /** @type {Map<string, Messages>} */
  const locales = new Map();
  for (const lang of readdirSync(root).sort()) {
    if (statSync(join(root, lang)).isDirectory()) locales.set(lang, mergeLocaleDir(join(root, lang)));
  }
  return locales;
}
