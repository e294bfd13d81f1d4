/**
 * Vitest setup (vitest.config.ts `setupFiles`): gives every test the `chrome.i18n` that src/ui/i18n.ts reads,
 * serving the English messages from src/locales/en/*.json. Only i18n: other extension APIs are injected as fakes
 * by the tests that need them, never installed globally.
 */
import { createI18n, loadMessages } from '../support/chrome-i18n';

const globals = globalThis as { chrome?: Record<string, unknown> };
globals.chrome = { ...globals.chrome, i18n: createI18n(loadMessages('en'), 'en') };
