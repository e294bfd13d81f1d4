/**
 * DESIGN §6: page text is rendered as text only, no code is made from strings, and nothing goes over the network.
 * Every file under src/ is scanned for the sinks that would break that (sink-scanner.ts), and so are the built
 * Chrome bundles, where the only `innerHTML` allowed is Preact's own `dangerouslySetInnerHTML` support, which
 * no component uses (SECURITY.md explains the web-ext lint warnings this causes).
 */
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, readFileSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cssSinks, fileSinks, htmlSinks, scriptSinks, type Sink } from './sink-scanner';
import { filesUnder, readSource, ROOT, SRC } from './source-files';

const show = (sinks: Sink[]): string[] => sinks.map((s) => `${s.file}:${s.line} ${s.sink}: ${s.code}`);
const sinkNames = (file: string, code: string): string[] => scriptSinks(file, code).map((s) => s.sink);

describe('the sink scanner', () => {
  it.each([
    ['el.innerHTML = html;', 'innerHTML'],
    ["el['outerHTML'] = html;", 'outerHTML'],
    ["el.insertAdjacentHTML('beforeend', html);", 'insertAdjacentHTML'],
    ['const x = range.createContextualFragment(html);', 'createContextualFragment'],
    ['frame.srcdoc = html;', 'srcdoc'],
    ['document.write(html);', 'document.write'],
    ['window.document.writeln(html);', 'document.writeln'],
    ['eval(code);', 'eval'],
    ['(0, eval)(code);', 'eval'],
    ['globalThis.eval(code);', 'eval'],
    ["const f = new Function('a', code);", 'new Function'],
    ['const f = Function(code);', 'new Function'],
    ["setTimeout('run()', 10);", 'setTimeout with a string'],
    ['setInterval(`tick(${n})`, 10);', 'setInterval with a string'],
    ["window.setTimeout('a' + b, 1);", 'setTimeout with a string'],
    ["fetch('https://x.example/');", 'fetch'],
    ['const f = window.fetch;', 'fetch'],
    ['new XMLHttpRequest();', 'XMLHttpRequest'],
    ["new WebSocket('wss://x.example');", 'WebSocket'],
    ["new EventSource('/events');", 'EventSource'],
    ["navigator.sendBeacon('/log', data);", 'navigator.sendBeacon'],
    ["importScripts('https://cdn.example/x.js');", 'importScripts'],
    ["await import('https://cdn.example/x.js');", 'remote import()'],
    ["import x from 'https://cdn.example/x.js';", 'remote import'],
    ['await import(url);', 'dynamic import()'],
  ])('finds %s', (code, sink) => {
    expect(sinkNames('src/x.ts', code)).toContain(sink);
  });

  it('finds dangerouslySetInnerHTML as a JSX attribute and as a props key', () => {
    expect(sinkNames('src/x.tsx', 'const a = <div dangerouslySetInnerHTML={{ __html: html }} />;')).toEqual(['dangerouslySetInnerHTML']);
    expect(sinkNames('src/x.ts', "h('div', { dangerouslySetInnerHTML: { __html: html } });")).toEqual(['dangerouslySetInnerHTML']);
  });

  it('ignores sinks named in comments, strings and other objects\' members', () => {
    const code = [
      '// never use innerHTML, eval(x), fetch(url) or new Function here',
      '/* document.write(html); setTimeout("x()") */',
      "const message = 'innerHTML and fetch( are forbidden';",
      'el.textContent = text;',
      'setTimeout(() => run(), 10);',
      'setTimeout(run, 10);',
      'const cache = { fetch: 1 };',
      'cache.fetch;',
      'type Callback = Function;',
    ].join('\n');
    expect(scriptSinks('src/x.ts', code)).toEqual([]);
  });

  it('finds remote scripts and styles in HTML and CSS, not in their comments', () => {
    const html = '<!-- <script src="https://cdn.example/x.js"></script> -->\n<link rel="stylesheet" href="https://fonts.example/a.css">\n<script src="//cdn.example/y.js"></script>\n<script src="popup.js"></script>\n<script>alert(1)</script>';
    expect(htmlSinks('src/x.html', html).map((s) => `${s.line} ${s.sink}`)).toEqual(['2 remote <link>', '3 remote <script>', '5 inline <script>']);
    const css = '/* @import url("https://fonts.example/a.css"); */\n@import "https://fonts.example/b.css";\n.a { background: url(//img.example/x.png) }\n.b { background: url(local.png) }';
    expect(cssSinks('src/x.css', css).map((s) => s.line)).toEqual([2, 3]);
  });
});

/**
 * The sinks src/ may use, each with its reason. An entry that no longer matches fails the test, so the list
 * cannot outlive the code it excuses.
 */
const ALLOWED: Array<{ file: string; sink: string; times: number; reason: string }> = [
  {
    file: 'src/content/module-loaders.ts',
    sink: 'dynamic import()',
    times: 2,
    reason: "the gate and content/request.js load the extension's own content/closer-look.js and content/page.js, by the URL runtime.getURL gives; a page cannot choose it (SECURITY.md)",
  },
];

describe('src/', () => {
  const files = filesUnder(SRC);
  const sinks = files.flatMap((file) => fileSinks(file, readSource(file)));
  const allowed = (s: Sink) => ALLOWED.find((a) => a.file === s.file && a.sink === s.sink);

  it('has no forbidden sink in any file', () => {
    expect(show(sinks.filter((s) => !allowed(s)))).toEqual([]);
  });

  it('every allowed sink is still there, as many times as allowed', () => {
    expect(ALLOWED.map((a) => `${a.file} ${a.sink}: ${sinks.filter((s) => allowed(s) === a).length}`)).toEqual(ALLOWED.map((a) => `${a.file} ${a.sink}: ${a.times}`));
  });

  it('holds only kinds of file the scan reads (scripts, HTML, CSS) or plain data (JSON)', () => {
    expect(files.filter((f) => !/\.(?:[cm]?[jt]sx?|html?|css|json)$/.test(f))).toEqual([]);
  });
});

/** The bundles that carry Preact's renderer, and so its one `innerHTML`: page.js and the extension pages' shared chunk (SECURITY.md). */
const PREACT_BUNDLES = ['content/page.js', 'shared/chunk'];
const bundleKind = (name: string) => (name.startsWith('shared/chunk-') ? 'shared/chunk' : name);
const NETWORK = /\bfetch\s*\(|\bXMLHttpRequest\b|\bWebSocket\b|\bEventSource\b|\bsendBeacon\b|\bimportScripts\b|\bRTCPeerConnection\b|\bWebTransport\b/g;
const CODE_FROM_STRINGS = /\beval\s*\(|\bnew Function\b|\bdocument\.write(?:ln)?\b|\binsertAdjacentHTML\b|\bouterHTML\b|\bcreateContextualFragment\b/g;

describe('the built Chrome bundles', () => {
  let work = '';
  let bundles: Array<{ name: string; code: string }> = [];

  // Built from the current sources in a scratch folder that links to this tree, so the test never races with
  // another run (or the e2e suite) over dist/chrome.
  beforeAll(() => {
    work = mkdtempSync(join(tmpdir(), 'mba-lens-sinks-'));
    for (const entry of ['src', 'node_modules', 'assets', 'scripts', 'manifest.json', 'package.json']) symlinkSync(join(ROOT, entry), join(work, entry));
    copyFileSync(join(ROOT, 'build.mjs'), join(work, 'build.mjs'));
    const build = spawnSync(process.execPath, ['build.mjs', '--target', 'chrome'], { cwd: work, encoding: 'utf8' });
    if (build.status !== 0) throw new Error(`node build.mjs --target chrome failed:\n${build.stderr}${build.stdout}`);
    const dist = join(work, 'dist/chrome');
    bundles = filesUnder(dist, dist)
      .filter((name) => name.endsWith('.js'))
      .map((name) => ({ name, code: readFileSync(join(dist, name), 'utf8') }));
  }, 120_000);

  afterAll(() => {
    if (work) rmSync(work, { recursive: true, force: true });
  });

  it('are all there', () => {
    expect(bundles.map((b) => bundleKind(b.name)).sort()).toEqual(expect.arrayContaining(['background.js', 'content/gate.js', 'options/options.js', 'popup/popup.js', ...PREACT_BUNDLES]));
  });

  it("use innerHTML only in Preact's dangerouslySetInnerHTML support, in the bundles SECURITY.md names", () => {
    const foreign: string[] = [];
    const withPreact: string[] = [];
    for (const { name, code } of bundles) {
      let count = 0;
      for (const m of code.matchAll(/innerHTML/g)) {
        count++;
        // Preact's diff: `"dangerouslySetInnerHTML"==key ? html = value : …; html ? (… e.innerHTML = html.__html …)`.
        const around = code.slice(Math.max(0, m.index - 400), m.index + 60);
        if (!around.includes('"dangerouslySetInnerHTML"') || !around.includes('.__html')) foreign.push(`${name}: …${code.slice(Math.max(0, m.index - 80), m.index + 40)}…`);
      }
      if (count > 0) withPreact.push(bundleKind(name));
    }
    expect(foreign).toEqual([]);
    expect(withPreact.sort()).toEqual(PREACT_BUNDLES);
  });

  it('never make a network request or run a string as code', () => {
    const found = bundles.flatMap(({ name, code }) => [...code.matchAll(NETWORK), ...code.matchAll(CODE_FROM_STRINGS)].map((m) => `${name}: ${m[0]}`));
    expect(found).toEqual([]);
  });
});
