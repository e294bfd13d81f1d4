#!/usr/bin/env node
// @ts-check
/**
 * `npm run package`: the store uploads, from a production build.
 *
 *   web-ext-artifacts/mba-lens-chrome-<version>.zip    Chrome Web Store (dist/chrome)
 *   web-ext-artifacts/mba-lens-firefox-<version>.zip   addons.mozilla.org (dist/firefox)
 *   web-ext-artifacts/mba-lens-source-<version>.zip    the source AMO asks for, since the build is minified
 *
 *   node scripts/package.mjs               build, `web-ext lint` the Firefox build, package, print sha256 sums
 *   node scripts/package.mjs --skip-build  package the dist/ that is there
 *   node scripts/package.mjs --no-lint     skip the lint (about 20 s)
 *   node scripts/package.mjs --out DIR     write the zips to DIR instead of web-ext-artifacts/
 *
 * `web-ext build` chooses what goes in each package, but its zips are not reproducible: every entry is stamped
 * with the current time and the entries come in the order their reads finish. So each web-ext zip is re-packed
 * here: entries sorted by name, one fixed timestamp, fixed permissions, no directory entries, deflate at level 9.
 * The same dist/ then gives the same bytes on the same Node.js (scripts/check-reproducible.mjs checks it).
 *
 * Over 300 lines on purpose: the three zips share their file lists and the rules that make them reproducible.
 */
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { deflateRawSync, inflateRawSync } from 'node:zlib';

export const ROOT = dirname(dirname(fileURLToPath(import.meta.url)));

/** @typedef {'chrome' | 'firefox'} BrowserTarget */
/** @typedef {{ name: string, data: Buffer }} ZipEntry */
/** @typedef {{ file: string, bytes: number, sha256: string }} Artifact */

/** @type {readonly BrowserTarget[]} */
export const TARGETS = ['chrome', 'firefox'];

/**
 * What the source package holds: what `npm ci && npm run package` needs, and the README that says so. Tests,
 * fixtures and docs stay out (the fixtures alone are tens of megabytes and play no part in the build).
 */
export const SOURCE_PATHS = [
  '.npmrc',
  'CHANGELOG.md',
  'LICENSE',
  'README.md',
  'SECURITY.md',
  'build.mjs',
  'manifest.json',
  'package-lock.json',
  'package.json',
  'tsconfig.json',
  'assets/',
  'scripts/',
  'src/',
];

/** @param {BrowserTarget | 'source'} kind @param {string} version */
export function artifactName(kind, version) {
  return `mba-lens-${kind}-${version}.zip`;
}

// ---- deterministic zip ----------------------------------------------------------------------------------------

/** MS-DOS date and time of every entry: 1980-01-01 00:00, the earliest a zip can say. */
const DOS_DATE = (0 << 9) | (1 << 5) | 1;
const DOS_TIME = 0;
/** Unix "regular file, rw-r--r--" in the high half of the external attributes; "made by" Unix, zip 2.0. */
const FILE_ATTRIBUTES = (0o100644 << 16) >>> 0;
const MADE_BY = (3 << 8) | 20;
const NEEDED = 20;
const UTF8_NAMES = 0x0800;

const CRC_TABLE = (() => {
  const table = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    table[n] = c >>> 0;
  }
  return table;
})();

/** @param {Uint8Array} data */
export function crc32(data) {
  let crc = 0xffffffff;
  for (const byte of data) crc = (CRC_TABLE[(crc ^ byte) & 0xff] ?? 0) ^ (crc >>> 8);
  return (crc ^ 0xffffffff) >>> 0;
}

/**
 * A zip of `entries` whose bytes depend only on their names and contents: sorted by name, fixed times and
 * attributes, no extra fields, no directory entries (unzip tools create folders from the paths).
 * @param {ZipEntry[]} entries
 * @returns {Buffer}
 */
export function writeZip(entries) {
  const sorted = [...entries].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  /** @type {Buffer[]} */
  const locals = [];
  /** @type {Buffer[]} */
  const centrals = [];
  let offset = 0;
  for (let i = 0; i < sorted.length; i++) {
    const entry = /** @type {ZipEntry} */ (sorted[i]);
    if (entry.name === '' || entry.name.startsWith('/') || entry.name.endsWith('/') || entry.name.includes('\\')) {
      throw new Error(`zip: bad entry name "${entry.name}"`);
    }
    if (i > 0 && sorted[i - 1]?.name === entry.name) throw new Error(`zip: "${entry.name}" twice`);
    const name = Buffer.from(entry.name, 'utf8');
    const deflated = deflateRawSync(entry.data, { level: 9 });
    const stored = deflated.length >= entry.data.length;
    const body = stored ? entry.data : deflated;
    const crc = crc32(entry.data);
    const flags = /[^\x20-\x7e]/.test(entry.name) ? UTF8_NAMES : 0;
    if (offset + 30 + name.length + body.length > 0xffffffff) throw new Error('zip: over 4 GiB needs zip64');

    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(NEEDED, 4);
    local.writeUInt16LE(flags, 6);
    local.writeUInt16LE(stored ? 0 : 8, 8);
    local.writeUInt16LE(DOS_TIME, 10);
    local.writeUInt16LE(DOS_DATE, 12);
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(body.length, 18);
    local.writeUInt32LE(entry.data.length, 22);
    local.writeUInt16LE(name.length, 26);
    local.writeUInt16LE(0, 28);
    locals.push(local, name, body);

    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(MADE_BY, 4);
    central.writeUInt16LE(NEEDED, 6);
    central.writeUInt16LE(flags, 8);
    central.writeUInt16LE(stored ? 0 : 8, 10);
    central.writeUInt16LE(DOS_TIME, 12);
    central.writeUInt16LE(DOS_DATE, 14);
    central.writeUInt32LE(crc, 16);
    central.writeUInt32LE(body.length, 20);
    central.writeUInt32LE(entry.data.length, 24);
    central.writeUInt16LE(name.length, 28);
    // extra length, comment length, disk number, internal attributes: all 0
    central.writeUInt32LE(FILE_ATTRIBUTES, 38);
    central.writeUInt32LE(offset, 42);
    centrals.push(central, name);

    offset += local.length + name.length + body.length;
  }
  if (sorted.length > 0xffff) throw new Error('zip: over 65535 entries needs zip64');
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(sorted.length, 8);
  end.writeUInt16LE(sorted.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, directory, end]);
}

/**
 * The files in a zip (directory entries skipped), checked against their CRCs. Enough of the format for the zips
 * web-ext and `writeZip` make: stored or deflated entries, no zip64, no encryption.
 * @param {Buffer} zip
 * @returns {ZipEntry[]}
 */
export function readZip(zip) {
  let end = -1;
  for (let i = zip.length - 22; i >= Math.max(0, zip.length - 22 - 0xffff); i--) {
    if (zip.readUInt32LE(i) === 0x06054b50) {
      end = i;
      break;
    }
  }
  if (end < 0) throw new Error('zip: no end of central directory');
  const count = zip.readUInt16LE(end + 10);
  let at = zip.readUInt32LE(end + 16);
  /** @type {ZipEntry[]} */
  const entries = [];
  for (let i = 0; i < count; i++) {
    if (zip.readUInt32LE(at) !== 0x02014b50) throw new Error('zip: bad central directory');
    const flags = zip.readUInt16LE(at + 8);
    const method = zip.readUInt16LE(at + 10);
    const crc = zip.readUInt32LE(at + 16);
    const compressedSize = zip.readUInt32LE(at + 20);
    const nameLength = zip.readUInt16LE(at + 28);
    const extraLength = zip.readUInt16LE(at + 30);
    const commentLength = zip.readUInt16LE(at + 32);
    const localOffset = zip.readUInt32LE(at + 42);
    const name = zip.subarray(at + 46, at + 46 + nameLength).toString('utf8');
    at += 46 + nameLength + extraLength + commentLength;
    if (name.endsWith('/')) continue;
    if (flags & 1) throw new Error(`zip: "${name}" is encrypted`);
    if (zip.readUInt32LE(localOffset) !== 0x04034b50) throw new Error(`zip: bad local header for "${name}"`);
    const start = localOffset + 30 + zip.readUInt16LE(localOffset + 26) + zip.readUInt16LE(localOffset + 28);
    const body = zip.subarray(start, start + compressedSize);
    let data;
    if (method === 0) data = Buffer.from(body);
    else if (method === 8) data = inflateRawSync(body);
    else throw new Error(`zip: "${name}" uses compression method ${method}`);
    if (crc32(data) !== crc) throw new Error(`zip: "${name}" fails its CRC`);
    entries.push({ name, data });
  }
  return entries;
}

// ---- files ------------------------------------------------------------------------------------------------------

/** @param {Buffer} data */
export function sha256(data) {
  return createHash('sha256').update(data).digest('hex');
}

/**
 * Every file under `dir`, as sorted `/`-separated paths relative to it.
 * @param {string} dir
 * @returns {string[]}
 */
export function listFiles(dir) {
  /** @type {string[]} */
  const out = [];
  /** @param {string} current */
  const walk = (current) => {
    for (const entry of readdirSync(current, { withFileTypes: true })) {
      const path = join(current, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (entry.isFile()) out.push(relative(dir, path).split(sep).join('/'));
    }
  };
  walk(dir);
  return out.sort();
}

/**
 * The repository files that make up the source package, sorted: what git tracks or would track (ignored files
 * such as node_modules/ and dist/ stay out) under SOURCE_PATHS. Without git (an unpacked source package) the
 * same paths are read from the file system.
 * @param {string} root
 * @returns {string[]}
 */
export function sourceFiles(root) {
  const inSource = (/** @type {string} */ file) =>
    SOURCE_PATHS.some((path) => (path.endsWith('/') ? file.startsWith(path) : file === path));
  const git = spawnSync('git', ['ls-files', '-z', '--cached', '--others', '--exclude-standard'], {
    cwd: root,
    encoding: 'utf8',
  });
  const insideGit = git.status === 0 && existsSync(join(root, '.git'));
  const candidates = insideGit
    ? git.stdout.split('\0').filter(Boolean)
    : listFiles(root).filter((file) => !/(^|\/)(node_modules|dist|web-ext-artifacts|\.git)\//.test(file));
  return [...new Set(candidates)].filter((file) => inSource(file) && existsSync(join(root, file))).sort();
}

// ---- packaging --------------------------------------------------------------------------------------------------

/**
 * web-ext's Node API (the `build` and `lint` commands, as on the command line). web-ext ships no type
 * declarations, so it is imported through a plain string and typed here with what this script uses.
 * @returns {Promise<{
 *   build(options: Record<string, unknown>, extra: Record<string, unknown>): Promise<{ extensionPath: string }>,
 *   lint(options: Record<string, unknown>, extra: Record<string, unknown>): Promise<LintResult | undefined>,
 * }>}
 */
async function webExtCommands() {
  /** @type {string} */
  const name = 'web-ext';
  const module = await import(name);
  return module.default.cmd;
}

/** @typedef {{ code: string, file?: string, message: string }} LintMessage */
/** @typedef {{ errors?: LintMessage[], warnings?: LintMessage[] }} LintResult */

/**
 * `web-ext build` of one browser's build, re-packed deterministically; checked to hold exactly dist/<target>.
 * @param {string} root
 * @param {BrowserTarget} target
 * @param {string} outDir
 * @returns {Promise<Artifact>}
 */
async function packageBrowser(root, target, outDir) {
  const sourceDir = join(root, 'dist', target);
  const manifest = JSON.parse(readFileSync(join(sourceDir, 'manifest.json'), 'utf8'));
  const staging = mkdtempSync(join(tmpdir(), 'mba-lens-web-ext-'));
  try {
    const { extensionPath } = await (await webExtCommands()).build(
      { sourceDir, artifactsDir: staging, filename: `mba-lens-${target}-{version}.zip`, overwriteDest: true },
      { showReadyMessage: false },
    );
    const entries = readZip(readFileSync(extensionPath));
    const packed = entries.map((entry) => entry.name).sort();
    const built = listFiles(sourceDir);
    if (packed.join('\n') !== built.join('\n')) {
      const left = built.filter((file) => !packed.includes(file));
      const extra = packed.filter((file) => !built.includes(file));
      throw new Error(`web-ext's ${target} zip differs from dist/${target}: left out ${left.join(', ') || '-'}; extra ${extra.join(', ') || '-'}`);
    }
    for (const entry of entries) {
      if (!entry.data.equals(readFileSync(join(sourceDir, entry.name)))) throw new Error(`web-ext's ${target} zip changed ${entry.name}`);
    }
    return writeArtifact(join(outDir, artifactName(target, manifest.version)), writeZip(entries));
  } finally {
    rmSync(staging, { recursive: true, force: true });
  }
}

/**
 * @param {string} root
 * @param {string} version
 * @param {string} outDir
 */
function packageSource(root, version, outDir) {
  const entries = sourceFiles(root).map((name) => ({ name, data: readFileSync(join(root, name)) }));
  return writeArtifact(join(outDir, artifactName('source', version)), writeZip(entries));
}

/**
 * @param {string} file
 * @param {Buffer} zip
 * @returns {Artifact}
 */
function writeArtifact(file, zip) {
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, zip);
  return { file, bytes: zip.length, sha256: sha256(zip) };
}

/**
 * `web-ext lint` of the Firefox build: errors stop the packaging, warnings are listed (DESIGN §9 says which
 * ones are expected).
 * @param {string} root
 */
async function lintFirefox(root) {
  const result = await (await webExtCommands()).lint(
    { sourceDir: join(root, 'dist/firefox'), output: 'none', boring: true },
    { shouldExitProgram: false },
  );
  /** @type {(list: LintMessage[] | undefined) => string[]} */
  const lines = (list) => (list ?? []).map((m) => `  ${m.code} ${m.file ?? ''}: ${m.message}`);
  const errors = lines(result?.errors);
  const warnings = lines(result?.warnings);
  console.log(`web-ext lint dist/firefox: ${errors.length} errors, ${warnings.length} warnings`);
  for (const line of warnings) console.log(line);
  if (errors.length > 0) throw new Error(`web-ext lint found errors in dist/firefox:\n${errors.join('\n')}`);
}

/**
 * Everything `npm run package` does, for a tree at `root`.
 * @param {{ root?: string, build?: boolean, lint?: boolean, outDir?: string }} options
 * @returns {Promise<Artifact[]>}
 */
export async function packageAll({ root = ROOT, build = true, lint = true, outDir = join(root, 'web-ext-artifacts') } = {}) {
  if (build) {
    const run = spawnSync(process.execPath, ['build.mjs'], { cwd: root, stdio: ['ignore', 'inherit', 'inherit'] });
    if (run.status !== 0) throw new Error(`the production build failed (node build.mjs exited with ${run.status})`);
  }
  for (const target of TARGETS) {
    if (!existsSync(join(root, 'dist', target, 'manifest.json'))) throw new Error(`dist/${target} is missing: run the build first`);
  }
  if (lint) await lintFirefox(root);
  const version = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')).version;
  /** @type {Artifact[]} */
  const artifacts = [];
  for (const target of TARGETS) artifacts.push(await packageBrowser(root, target, outDir));
  artifacts.push(packageSource(root, version, outDir));
  return artifacts;
}

/**
 * `sha256sum`'s format, paths relative to `root`.
 * @param {Artifact[]} artifacts
 * @param {string} root
 */
export function formatArtifacts(artifacts, root) {
  return artifacts.map((a) => `${a.sha256}  ${relative(root, a.file)}  (${a.bytes.toLocaleString('en-US')} B)`).join('\n');
}

async function main() {
  const { values } = parseArgs({
    options: {
      'skip-build': { type: 'boolean', default: false },
      'no-lint': { type: 'boolean', default: false },
      out: { type: 'string' },
    },
    strict: true,
  });
  const outDir = values.out === undefined ? join(ROOT, 'web-ext-artifacts') : resolve(values.out);
  const artifacts = await packageAll({ build: !values['skip-build'], lint: !values['no-lint'], outDir });
  console.log(formatArtifacts(artifacts, process.cwd()));
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  main().catch((error) => {
    console.error(`package failed: ${error instanceof Error ? error.message : String(error)}`);
    process.exitCode = 1;
  });
}
