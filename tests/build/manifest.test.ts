/**
 * The manifest contract (DESIGN §5, §6, §9): both browser variants derived from the one manifest.json keep the
 * least permissions, the strict CSP, and the keys each browser needs.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { deriveManifest, manifestFiles, manifestMessageKeys } from '../../build.mjs';
import { loadMessages } from '../support/chrome-i18n';

const source = JSON.parse(readFileSync(new URL('../../manifest.json', import.meta.url), 'utf8'));
const { version } = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8'));
const chrome = deriveManifest(source, 'chrome', version);
const firefox = deriveManifest(source, 'firefox', version);

describe.each([
  ['chrome', chrome],
  ['firefox', firefox],
])('the %s manifest', (_name, manifest) => {
  it('is MV3 with the version from package.json', () => {
    expect(manifest.manifest_version).toBe(3);
    expect(manifest.version).toBe(version);
  });

  it('asks for no permission beyond the ones the README justifies', () => {
    expect(manifest.permissions.every((p: string) => ['storage', 'contextMenus', 'activeTab', 'scripting'].includes(p))).toBe(true);
    expect(manifest.host_permissions).toBeUndefined();
    expect(manifest.optional_permissions).toBeUndefined();
    expect(manifest.optional_host_permissions).toBeUndefined();
  });

  it('injects only the small gate, only into top-level http(s) pages', () => {
    expect(manifest.content_scripts).toEqual([
      { matches: ['http://*/*', 'https://*/*'], js: ['content/gate.js'], run_at: 'document_idle', all_frames: false },
    ]);
  });

  it('runs extension pages under a CSP with no remote or evaluated code', () => {
    const csp: string = manifest.content_security_policy.extension_pages;
    const directives = new Map(
      csp.split(';').map((d) => d.trim().split(/\s+/)).map(([name = '', ...values]) => [name, values] as const),
    );
    expect(directives.get('script-src')).toEqual(["'self'"]);
    expect(directives.get('object-src')).toEqual(["'none'"]);
    expect(csp).not.toMatch(/unsafe|https?:|\*/);
  });

  it('names only files the build emits, and messages that exist in English', () => {
    expect(manifestFiles(manifest)).toEqual(
      expect.arrayContaining(['background.js', 'content/gate.js', 'content/page.js', 'content/closer-look.js', 'popup/popup.html', 'options/options.html']),
    );
    const english = new Set(Object.keys(loadMessages('en')).map((key) => key.toLowerCase()));
    for (const key of manifestMessageKeys(manifest)) expect(english, key).toContain(key.toLowerCase());
  });
});

describe('browser differences', () => {
  it('gives Chrome a service worker and hides the imported modules behind a per-session URL', () => {
    expect(chrome.background).toEqual({ service_worker: 'background.js' });
    expect(chrome.browser_specific_settings).toBeUndefined();
    expect(chrome.web_accessible_resources[0].use_dynamic_url).toBe(true);
    expect(chrome.web_accessible_resources[0].resources).toEqual(['content/page.js', 'content/closer-look.js']);
  });

  it('gives Firefox a background script and the gecko settings that web-ext lint and AMO want', () => {
    expect(firefox.background).toEqual({ scripts: ['background.js'] });
    expect(firefox.minimum_chrome_version).toBeUndefined();
    expect(firefox.web_accessible_resources[0]).not.toHaveProperty('use_dynamic_url');
    const gecko = firefox.browser_specific_settings.gecko;
    expect(gecko.id).toMatch(/@/);
    expect(gecko.strict_min_version).toBe('140.0');
    expect(gecko.data_collection_permissions).toEqual({ required: ['none'] });
  });

  it('leaves the source manifest as it was', () => {
    expect(JSON.parse(readFileSync(new URL('../../manifest.json', import.meta.url), 'utf8'))).toEqual(source);
  });
});
