#!/usr/bin/env node
// @ts-check
/**
 * Builds the extension for Chrome and Firefox from one tree, and the analyze CLI.
 *
 *   node build.mjs                     dist/chrome/ and dist/firefox/ (production: minified, no sourcemaps)
 *   node build.mjs --target firefox    one target: chrome | firefox | cli (repeatable)
 *   node build.mjs --dev               unminified, inline sourcemaps, __DEV__ = true
 *   node build.mjs --watch             rebuild on change (implies nothing about --dev; combine as needed)
 *
 * Output is byte-for-byte reproducible: no timestamps, no absolute paths, no sourcemaps in production, inputs read
 * in a fixed order. The CLI target writes nothing to stdout, so `npm run analyze` prints only the CLI's JSON lines.
 *
 * Over 300 lines on purpose: the whole build (manifest variants, bundles, locales, icons, checks) reads top to
 * bottom in the order it runs, for both browsers.
 */
import * as esbuild from 'esbuild';
import { gzipSync } from 'node:zlib';
import { cpSync, existsSync, mkdirSync, readFileSync, readdirSync, rmSync, watch, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { readLocales } from './scripts/locales.mjs';

const ROOT = dirname(fileURLToPath(import.meta.url));

/** @typedef {'chrome' | 'firefox'} BrowserTarget */
/** @typedef {BrowserTarget | 'cli'} Target */
/** @typedef {Record<string, any>} Manifest */

/** @type {readonly BrowserTarget[]} */
export const BROWSER_TARGETS = ['chrome', 'firefox'];

/**
 * Classic scripts (IIFE): the always-on content script and the background (a classic service worker in Chrome, a
 * background script in Firefox: one file serves both). Output path (without .js) → source.
 */
const IIFE_ENTRIES = {
  'content/gate': 'src/content/gate-entry.ts',
  'content/request': 'src/content/request-entry.ts',
  background: 'src/background/index.ts',
};

/**
 * The two extension pages, as ES modules (`<script type="module">`) split by esbuild: what they share, Preact
 * above all, goes into one chunk under `shared/`, so the packaged extension carries Preact's renderer twice (here
 * and in page.js) instead of three times, and web-ext lint flags its one `innerHTML` twice (SECURITY.md). page.js
 * is not part of this build: a content script imports it as one web-accessible file.
 */
const EXTENSION_PAGE_ENTRIES = {
  'popup/popup': 'src/popup/popup-entry.tsx',
  'options/options': 'src/options/options-entry.tsx',
};

/**
 * ES modules the gate imports (`import(runtime.getURL(…))`): closer-look.js (the rest of the gate: the core's gate
 * module itself) only where its prefilter lets a page on or the page has no title, page.js (the page controller)
 * only on a page that passes.
 */
const ESM_ENTRIES = {
  'content/page': 'src/content/page-controller.ts',
  'content/closer-look': 'src/core/gate.ts',
};

const CLI_ENTRY = { analyze: 'src/cli/analyze.ts' };

/** Copied as they are: source → path in the build. */
/** @type {ReadonlyArray<readonly [string, string]>} */
const STATIC_FILES = [
  ['src/popup/popup.html', 'popup/popup.html'],
  ['src/options/options.html', 'options/options.html'],
];

/** esbuild targets per browser: the oldest versions the manifest admits (minimum_chrome_version, strict_min_version). */
const ESBUILD_TARGET = { chrome: 'chrome132', firefox: 'firefox140' };

/** Gzip budget for the script that runs on every page (DESIGN §7); over it the build warns. */
const GATE_GZIP_BUDGET = 4096;

/**
 * The browser's manifest from the one source manifest: Chrome keeps the service worker and drops the gecko
 * settings; Firefox (no extension service workers) runs the same file as a background script and drops the keys
 * only Chrome knows. The version comes from package.json so there is one place to bump it.
 * @param {Manifest} source
 * @param {BrowserTarget} target
 * @param {string} version
 * @returns {Manifest}
 */
export function deriveManifest(source, target, version) {
  /** @type {Manifest} */
  const { manifest_version, name, ...rest } = structuredClone(source);
  /** @type {Manifest} */
  const manifest = { manifest_version, name, version, ...rest };
  const worker = manifest.background?.service_worker;
  if (typeof worker !== 'string') throw new Error('manifest.json: background.service_worker must name the background script');
  if (target === 'chrome') {
    delete manifest.browser_specific_settings;
  } else {
    manifest.background = { scripts: [worker] };
    delete manifest.minimum_chrome_version;
    // Chrome-only: a per-session URL so pages cannot probe for page.js. Firefox's extension URLs are random per
    // install already, and it does not know the key.
    for (const entry of manifest.web_accessible_resources ?? []) delete entry.use_dynamic_url;
  }
  return manifest;
}

/**
 * Every file the manifest refers to, so the build can check that each one was emitted.
 * @param {Manifest} manifest
 * @returns {string[]}
 */
export function manifestFiles(manifest) {
  const files = new Set(Object.values(manifest.icons ?? {}));
  for (const icon of Object.values(manifest.action?.default_icon ?? {})) files.add(icon);
  if (manifest.action?.default_popup) files.add(manifest.action.default_popup);
  if (manifest.options_ui?.page) files.add(manifest.options_ui.page);
  if (manifest.background?.service_worker) files.add(manifest.background.service_worker);
  for (const script of manifest.background?.scripts ?? []) files.add(script);
  for (const entry of manifest.content_scripts ?? []) for (const file of [...(entry.js ?? []), ...(entry.css ?? [])]) files.add(file);
  for (const entry of manifest.web_accessible_resources ?? []) for (const file of entry.resources ?? []) files.add(file);
  return [...files].map(String).sort();
}

/**
 * Message names the manifest uses (`__MSG_name__`).
 * @param {Manifest} manifest
 * @returns {string[]}
 */
export function manifestMessageKeys(manifest) {
  return [...JSON.stringify(manifest).matchAll(/__MSG_([A-Za-z0-9_@]+)__/g)].map((m) => m[1] ?? '');
}

/**
 * The extension pages run under `script-src 'self'`: an inline script or handler would be silently blocked,
 * so the build refuses it instead.
 * @param {string} file
 * @param {string} html
 */
function checkHtml(file, html) {
  const inline = /<script\b(?![^>]*\bsrc\s*=)[^>]*>/i.exec(html);
  if (inline) throw new Error(`${file}: inline <script> is blocked by the extension CSP; use a bundled file`);
  const handler = /<[^>]+\son[a-z]+\s*=/i.exec(html);
  if (handler) throw new Error(`${file}: inline event handler is blocked by the extension CSP`);
  const remote = /\b(?:src|href)\s*=\s*["']?(?:https?:)?\/\//i.exec(html);
  if (remote) throw new Error(`${file}: loads a remote resource; everything must be bundled (DESIGN §6)`);
}

/**
 * @param {{ dev: boolean, target: Target }} options
 * @returns {Record<string, string>}
 */
function defines({ dev, target }) {
  return {
    __DEV__: String(dev),
    __TARGET__: JSON.stringify(target),
    'process.env.NODE_ENV': JSON.stringify(dev ? 'development' : 'production'),
  };
}

/**
 * @param {BrowserTarget} target
 * @param {boolean} dev
 * @returns {esbuild.BuildOptions}
 */
function browserOptions(target, dev) {
  return {
    absWorkingDir: ROOT,
    bundle: true,
    outdir: join('dist', target),
    platform: 'browser',
    target: [ESBUILD_TARGET[target]],
    minify: !dev,
    sourcemap: dev ? 'inline' : false,
    jsx: 'automatic',
    jsxImportSource: 'preact',
    legalComments: 'none',
    // ASCII output (esbuild's default: \u escapes). A script with one character beyond Latin-1 is a two-byte string
    // to V8, which doubles the gate's cost on every page (bench/components.mjs shows it: about +0.8 ms CPU a page).
    define: defines({ dev, target }),
    logLevel: 'warning',
    metafile: true,
  };
}

/** @returns {string} */
function packageVersion() {
  return JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')).version;
}

/**
 * The reference-program data must pass its own validator before it can ship (DESIGN §4). The validator is
 * TypeScript, so esbuild bundles it in memory and Node runs the result.
 */
async function validateProgramData() {
  const result = await esbuild.build({
    absWorkingDir: ROOT,
    stdin: {
      contents: [
        "import { validateProgram } from './src/data/validate-program';",
        "import { RPI_PROGRAM } from './src/data/rpi-program';",
        'export const problems = validateProgram(RPI_PROGRAM);',
      ].join('\n'),
      resolveDir: ROOT,
      loader: 'ts',
      sourcefile: 'validate-program-data.ts',
    },
    bundle: true,
    write: false,
    format: 'esm',
    platform: 'node',
    logLevel: 'silent',
  });
  const code = result.outputFiles[0]?.text ?? '';
  /** @type {{ problems: unknown }} */
  const loaded = await import(`data:text/javascript;base64,${Buffer.from(code).toString('base64')}`);
  const problems = Array.isArray(loaded.problems) ? loaded.problems : ['validateProgram did not return a list'];
  if (problems.length > 0) throw new Error(`src/data: the RPI program data is invalid:\n  ${problems.join('\n  ')}`);
}

/**
 * Writes everything that is not bundled: manifest, _locales, HTML pages, icons.
 * @param {BrowserTarget} target
 */
function writeStatics(target) {
  const outdir = join(ROOT, 'dist', target);
  const source = JSON.parse(readFileSync(join(ROOT, 'manifest.json'), 'utf8'));
  const manifest = deriveManifest(source, target, packageVersion());
  writeFileSync(join(outdir, 'manifest.json'), `${JSON.stringify(manifest, null, 2)}\n`);

  const locales = readLocales(join(ROOT, 'src/locales'));
  const defaultLocale = locales.get(manifest.default_locale);
  if (!defaultLocale) throw new Error(`src/locales/${manifest.default_locale}/ (the default_locale) is missing`);
  const defaultKeys = new Set(Object.keys(defaultLocale).map((key) => key.toLowerCase()));
  const missing = manifestMessageKeys(manifest).filter((key) => !defaultKeys.has(key.toLowerCase()));
  if (missing.length > 0) throw new Error(`manifest.json uses messages missing from src/locales/${manifest.default_locale}/: ${missing.join(', ')}`);
  for (const [lang, messages] of locales) {
    mkdirSync(join(outdir, '_locales', lang), { recursive: true });
    writeFileSync(join(outdir, '_locales', lang, 'messages.json'), `${JSON.stringify(messages, null, 2)}\n`);
  }

  for (const [from, to] of STATIC_FILES) {
    const html = readFileSync(join(ROOT, from), 'utf8');
    checkHtml(from, html);
    mkdirSync(dirname(join(outdir, to)), { recursive: true });
    writeFileSync(join(outdir, to), html);
  }

  const icons = join(ROOT, 'assets/icons');
  mkdirSync(join(outdir, 'icons'), { recursive: true });
  for (const name of readdirSync(icons).filter((n) => n.endsWith('.png')).sort()) {
    cpSync(join(icons, name), join(outdir, 'icons', name));
  }

  const absent = manifestFiles(manifest).filter((file) => !existsSync(join(outdir, file)));
  if (absent.length > 0) throw new Error(`dist/${target}: manifest.json names files the build did not produce: ${absent.join(', ')}`);
}

/**
 * A table of every emitted script and stylesheet with its size and gzip size (DESIGN §7).
 * @param {string} dir the build folder, relative to the repository
 * @param {string[]} files absolute paths
 * @param {boolean} dev inline sourcemaps make development sizes meaningless for the budget
 * @returns {string}
 */
function sizeTable(dir, files, dev) {
  const rows = files
    .filter((file) => /\.(m?js|css)$/.test(file))
    .sort()
    .map((file) => {
      const bytes = readFileSync(file);
      return { name: relative(join(ROOT, dir), file), raw: bytes.length, gzip: gzipSync(bytes, { level: 9 }).length };
    });
  const width = Math.max(dir.length, ...rows.map((r) => r.name.length + 2));
  const line = (/** @type {string} */ a, /** @type {string} */ b, /** @type {string} */ c) =>
    `${a.padEnd(width)}  ${b.padStart(10)}  ${c.padStart(10)}`;
  const bytes = (/** @type {number} */ n) => `${n.toLocaleString('en-US')} B`;
  const total = rows.reduce((sum, r) => ({ raw: sum.raw + r.raw, gzip: sum.gzip + r.gzip }), { raw: 0, gzip: 0 });
  const gate = rows.find((r) => r.name === 'content/gate.js');
  const warning =
    !dev && gate && gate.gzip > GATE_GZIP_BUDGET
      ? [`warning: content/gate.js is ${bytes(gate.gzip)} gzipped, over its ${bytes(GATE_GZIP_BUDGET)} budget: it runs on every page`]
      : [];
  return [
    line(dir, 'size', 'gzip'),
    ...rows.map((r) => line(`  ${r.name}`, bytes(r.raw), bytes(r.gzip))),
    line('  total', bytes(total.raw), bytes(total.gzip)),
    ...warning,
  ].join('\n');
}

/**
 * @param {esbuild.Metafile | undefined} metafile
 * @returns {string[]}
 */
function outputsOf(metafile) {
  return Object.keys(metafile?.outputs ?? {}).map((file) => join(ROOT, file));
}

/**
 * @param {BrowserTarget} target
 * @param {boolean} dev
 * @returns {esbuild.BuildOptions[]}
 */
function browserBuilds(target, dev) {
  const common = browserOptions(target, dev);
  return [
    { ...common, entryPoints: IIFE_ENTRIES, format: 'iife' },
    { ...common, entryPoints: EXTENSION_PAGE_ENTRIES, format: 'esm', splitting: true, chunkNames: 'shared/[name]-[hash]' },
    { ...common, entryPoints: ESM_ENTRIES, format: 'esm' },
  ];
}

/**
 * @param {BrowserTarget} target
 * @param {boolean} dev
 * @returns {Promise<string>} the size table
 */
async function buildBrowser(target, dev) {
  rmSync(join(ROOT, 'dist', target), { recursive: true, force: true });
  const results = await Promise.all(browserBuilds(target, dev).map((options) => esbuild.build(options)));
  writeStatics(target);
  return sizeTable(`dist/${target}`, results.flatMap((r) => outputsOf(r.metafile)), dev);
}

/**
 * @param {boolean} dev
 * @returns {esbuild.BuildOptions}
 */
function cliOptions(dev) {
  return {
    absWorkingDir: ROOT,
    entryPoints: CLI_ENTRY,
    outdir: 'dist/cli',
    outExtension: { '.js': '.mjs' },
    bundle: true,
    // npm packages (linkedom and friends) load from node_modules at run time, as any Node program's do.
    packages: 'external',
    platform: 'node',
    format: 'esm',
    target: 'node20',
    jsx: 'automatic',
    jsxImportSource: 'preact',
    legalComments: 'none',
    charset: 'utf8',
    sourcemap: dev ? 'inline' : false,
    define: defines({ dev, target: 'cli' }),
    banner: { js: '#!/usr/bin/env node' },
    logLevel: 'warning',
    metafile: true,
  };
}

async function buildCli(/** @type {boolean} */ dev) {
  rmSync(join(ROOT, 'dist/cli'), { recursive: true, force: true });
  await esbuild.build(cliOptions(dev));
}

/**
 * Rebuilds on change until interrupted. esbuild watches what the bundles import; the manifest, locales, HTML and
 * icons are watched here.
 * @param {Target[]} targets
 * @param {boolean} dev
 */
async function watchTargets(targets, dev) {
  /** @type {Set<Target>} */
  const ready = new Set();
  for (const target of targets) {
    if (target === 'cli') {
      rmSync(join(ROOT, 'dist/cli'), { recursive: true, force: true });
      const context = await esbuild.context(cliOptions(dev));
      await context.watch();
      continue;
    }
    rmSync(join(ROOT, 'dist', target), { recursive: true, force: true });
    // The IIFE and ESM bundles rebuild separately; statics and the size table wait until both have built once.
    /** @type {Map<number, string[]>} */
    const outputs = new Map();
    const builds = browserBuilds(target, dev);
    for (const [index, options] of builds.entries()) {
      /** @type {esbuild.Plugin} */
      const report = {
        name: 'report',
        setup(build) {
          build.onEnd((result) => {
            if (result.errors.length > 0) return;
            outputs.set(index, outputsOf(result.metafile));
            if (outputs.size < builds.length) return;
            ready.add(target);
            try {
              writeStatics(target);
              console.log(sizeTable(`dist/${target}`, [...outputs.values()].flat(), dev));
            } catch (error) {
              console.error(`build: ${error instanceof Error ? error.message : String(error)}`);
            }
          });
        },
      };
      const context = await esbuild.context({ ...options, plugins: [report] });
      await context.watch();
    }
  }
  const statics = ['manifest.json', 'src/locales', 'assets/icons', ...STATIC_FILES.map(([from]) => dirname(from))];
  for (const path of new Set(statics)) {
    watch(join(ROOT, path), { recursive: true }, () => {
      for (const target of targets) {
        if (target === 'cli' || !ready.has(target)) continue;
        try {
          writeStatics(target);
        } catch (error) {
          console.error(`build: ${error instanceof Error ? error.message : String(error)}`);
        }
      }
    });
  }
  console.error(`watching ${targets.join(', ')} (Ctrl-C to stop)`);
}

async function main() {
  const { values } = parseArgs({
    options: {
      target: { type: 'string', multiple: true },
      dev: { type: 'boolean', default: false },
      watch: { type: 'boolean', default: false },
    },
    strict: true,
  });
  const dev = values.dev ?? false;
  /** @type {Target[]} */
  const targets = [];
  for (const target of values.target ?? BROWSER_TARGETS) {
    if (target !== 'chrome' && target !== 'firefox' && target !== 'cli') {
      throw new Error(`unknown --target ${target}: use chrome, firefox or cli`);
    }
    if (!targets.includes(target)) targets.push(target);
  }
  const browsers = /** @type {BrowserTarget[]} */ (targets.filter((t) => t !== 'cli'));

  if (browsers.length > 0) await validateProgramData();
  if (values.watch) return watchTargets(targets, dev);

  const tables = await Promise.all(browsers.map((target) => buildBrowser(target, dev)));
  if (tables.length > 0) console.log(tables.join('\n\n'));
  if (targets.includes('cli')) await buildCli(dev);
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  main().catch((error) => {
    console.error(`build failed: ${error instanceof Error ? error.message : String(error)}`);
    process.exitCode = 1;
  });
}
