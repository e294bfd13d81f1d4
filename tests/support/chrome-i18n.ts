/**
 * A stand-in for `chrome.i18n` over messages in Chrome's messages.json shape, with Chrome's substitution rules,
 * so code under test reads the real strings from `src/locales/` and a missing key shows up as it would in the
 * browser (an empty string).
 * https://developer.chrome.com/docs/extensions/reference/api/i18n#method-getMessage
 */
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { mergeLocaleDir, type Messages } from '../../scripts/locales.mjs';

export interface ChromeI18n {
  getMessage(key: string, substitutions?: string | number | Array<string | number>): string;
  getUILanguage(): string;
}

/** Chrome's predefined messages that tests may meet (the extension id is a fixed stand-in). */
function predefined(language: string): Record<string, string> {
  return {
    '@@extension_id': 'mbalenstestextensionid',
    '@@ui_locale': language.replace('-', '_'),
    '@@bidi_dir': 'ltr',
    '@@bidi_reversed_dir': 'rtl',
    '@@bidi_start_edge': 'left',
    '@@bidi_end_edge': 'right',
  };
}

/**
 * Message names and placeholder names are case-insensitive in Chrome. `$name$` expands to its placeholder's
 * content first; then `$1`..`$9` take the substitutions (missing ones become ""), and `$$` is a literal `$`.
 */
export function createI18n(messages: Messages, language = 'en'): ChromeI18n {
  const byKey = new Map(Object.entries(messages).map(([key, entry]) => [key.toLowerCase(), entry]));
  const builtIn = predefined(language);
  return {
    getMessage(key, substitutions) {
      const fixed = builtIn[key.toLowerCase()];
      if (fixed !== undefined) return fixed;
      const entry = byKey.get(key.toLowerCase());
      if (!entry) return '';
      const subs = (Array.isArray(substitutions) ? substitutions : substitutions === undefined ? [] : [substitutions]).map(
        String,
      );
      // Chrome accepts at most nine substitutions and returns undefined for more; "" is the nearest typed answer.
      if (subs.length > 9) return '';
      const placeholders = new Map(
        Object.entries(entry.placeholders ?? {}).map(([name, placeholder]) => [name.toLowerCase(), placeholder.content]),
      );
      const expanded = entry.message.replace(/\$([A-Za-z0-9_]+)\$/g, (whole, name: string) => {
        return placeholders.get(name.toLowerCase()) ?? whole;
      });
      return expanded.replace(/\$(\$|[1-9])/g, (_whole, which: string) =>
        which === '$' ? '$' : (subs[Number(which) - 1] ?? ''),
      );
    },
    getUILanguage: () => language,
  };
}

/** The merged messages of `src/locales/<language>/`, exactly as the build merges them. */
export function loadMessages(language = 'en'): Messages {
  // Path arithmetic rather than `new URL(…)`: happy-dom replaces the global URL, which node:url does not accept.
  return mergeLocaleDir(join(dirname(fileURLToPath(import.meta.url)), '../../src/locales', language));
}
