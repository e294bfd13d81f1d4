#!/usr/bin/env node
// @ts-check
/**
 * `npm start`: builds the extension and opens it with web-ext in a fresh browser profile on the bundled demo pages.
 *
 *   npm start                                  Chromium (/usr/bin/chromium), dist/chrome
 *   npm start -- --target firefox-desktop      Firefox (firefox-esr if installed), dist/firefox
 *   npm start -- --dev                         unminified build
 *   npm start -- <any other web-ext run option>
 *
 * The content script only runs on http(s) pages, so the demo pages are served from 127.0.0.1 by a tiny static
 * server here rather than opened as file: URLs. Everything used comes from `npm ci`; nothing is fetched.
 */
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { dirname, extname, join, normalize, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = dirname(dirname(fileURLToPath(import.meta.url)));
const DEMO_DIR = join(ROOT, 'assets/demo');
const DEMO_PAGES = ['mba-program.html', 'ai-career.html'];
const TYPES = { '.html': 'text/html; charset=utf-8', '.css': 'text/css', '.svg': 'image/svg+xml', '.png': 'image/png' };

/**
 * Splits our own options from the ones passed through to `web-ext run`.
 * @param {string[]} argv
 */
function parseOptions(argv) {
  let target = 'chromium';
  let dev = false;
  /** @type {string[]} */
  const rest = [];
  for (let i = 0; i < argv.length; i += 1) {
    const arg = argv[i] ?? '';
    if (arg === '--dev') dev = true;
    else if (arg === '--target' || arg === '-t') target = argv[(i += 1)] ?? '';
    else if (arg.startsWith('--target=')) target = arg.slice('--target='.length);
    else rest.push(arg);
  }
  if (target !== 'chromium' && target !== 'firefox-desktop') {
    throw new Error(`--target must be chromium or firefox-desktop, not "${target}"`);
  }
  return { target, dev, rest };
}

/** Serves assets/demo/ read-only on a free loopback port. */
function serveDemo() {
  const server = createServer((request, response) => {
    const path = decodeURIComponent(new URL(request.url ?? '/', 'http://127.0.0.1').pathname);
    const file = normalize(join(DEMO_DIR, path === '/' ? 'index.html' : path));
    const inside = file.startsWith(DEMO_DIR + sep);
    if (request.method !== 'GET' || !inside || !existsSync(file) || !statSync(file).isFile()) {
      response.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
      return;
    }
    const type = TYPES[/** @type {keyof typeof TYPES} */ (extname(file))] ?? 'application/octet-stream';
    response.writeHead(200, { 'content-type': type, 'cache-control': 'no-store' }).end(readFileSync(file));
  });
  return new Promise((resolve) => {
    server.listen(0, '127.0.0.1', () => resolve(server));
  });
}

async function main() {
  const { target, dev, rest } = parseOptions(process.argv.slice(2));
  const buildTarget = target === 'chromium' ? 'chrome' : 'firefox';
  const built = spawnSync(process.execPath, [join(ROOT, 'build.mjs'), '--target', buildTarget, ...(dev ? ['--dev'] : [])], {
    stdio: 'inherit',
  });
  if (built.status !== 0) process.exit(built.status ?? 1);

  /** @type {import('node:http').Server} */
  const server = /** @type {any} */ (await serveDemo());
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  const startUrls = DEMO_PAGES.flatMap((page) => ['--start-url', `http://127.0.0.1:${port}/${page}`]);

  const args = ['run', '--target', target, '--source-dir', join(ROOT, 'dist', buildTarget), ...startUrls];
  if (target === 'chromium') {
    args.push('--chromium-binary', process.env.CHROMIUM_BINARY ?? '/usr/bin/chromium');
    // Chromium will not start as root with its sandbox on (CI and these dev machines run as root).
    if (process.getuid?.() === 0) args.push('--arg=--no-sandbox');
  } else if (existsSync('/usr/bin/firefox-esr')) {
    args.push('--firefox', '/usr/bin/firefox-esr');
  }
  // web-ext reads keypresses (R to reload) from stdin; without a terminal it must not.
  if (!process.stdin.isTTY) args.push('--no-input');
  if (!process.env.DISPLAY && !process.env.WAYLAND_DISPLAY) {
    console.error('start: no DISPLAY is set; the browser needs a desktop session (or run this under xvfb-run).');
  }
  console.error(`start: demo pages at http://127.0.0.1:${port}/ (${DEMO_PAGES.join(', ')})`);

  const webExt = spawn(join(ROOT, 'node_modules/.bin/web-ext'), [...args, ...rest], { stdio: 'inherit' });
  const stop = () => webExt.kill('SIGINT');
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
  webExt.on('exit', (code) => {
    server.close();
    process.exit(code ?? 0);
  });
}

main().catch((error) => {
  console.error(`start: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
