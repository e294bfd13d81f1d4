/**
 * Directories are boundaries (docs/ARCHITECTURE.md, "The layers"). This reads the import and export-from
 * specifiers of every script under src/ (static, `import type`, side-effect, and dynamic `import('…')` with a
 * literal) and checks:
 *   - each layer imports only the layers below it (LAYERS): src/core and src/data import nothing but each other (no
 *     npm package, no Node module, no relative path out of them), so the content script, the CLI and the tests run
 *     the same pure core; src/schemas only core, data and schemas; src/messages nothing from storage, ui or the
 *     edges; and so on up;
 *   - only the edges (content, background, popup, options, platform) touch the extension's globals (`browser.`,
 *     `chrome.`) or import webextension-polyfill;
 *   - no import cycle among the files of src/, type-only imports included.
 * Comments are blanked before anything is read, so a file may explain a rule in words without breaking it; for
 * the globals, string and template text is blanked too, so only code counts.
 */
import { existsSync, statSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { filesUnder, parseScript, readSource, ROOT, ts } from '../security/source-files';

/** The edges: the only folders that talk to the browser's extension APIs. */
const EDGES = ['src/content', 'src/background', 'src/popup', 'src/options', 'src/platform'];

const SCRIPT = /\.(?:ts|tsx|mts|cts|js|mjs|cjs|jsx)$/;
const RESOLVE_EXTENSIONS = ['.ts', '.tsx', '.mts', '.js', '.mjs', '.json'];

interface Import {
  specifier: string;
  typeOnly: boolean;
  line: number;
  /** The imported file relative to the repository root, for a relative specifier that names an existing file. */
  target: string | null;
}

interface SourceInfo {
  file: string;
  imports: Import[];
  /** The source with comments, strings and template text blanked (newlines kept): the code alone. */
  codeOnly: string;
}

/** Replaces [start, end) of `text` with spaces, keeping newlines so line numbers stay right. */
function blank(text: string, ranges: ReadonlyArray<readonly [number, number]>): string {
  const units = text.split(''); // UTF-16 code units, as TypeScript counts positions
  for (const [start, end] of ranges) for (let i = start; i < end; i++) if (units[i] !== '\n') units[i] = ' ';
  return units.join('');
}

function isJsDoc(node: ts.Node): boolean {
  return node.kind >= ts.SyntaxKind.FirstJSDocNode && node.kind <= ts.SyntaxKind.LastJSDocNode;
}

/** The comment ranges of a parsed file: the trivia before and after every token. */
function commentRanges(source: ts.SourceFile): Array<[number, number]> {
  const seen = new Set<number>();
  const out: Array<[number, number]> = [];
  const add = (ranges: ts.CommentRange[] | undefined): void => {
    for (const range of ranges ?? []) {
      if (seen.has(range.pos)) continue;
      seen.add(range.pos);
      out.push([range.pos, range.end]);
    }
  };
  const walk = (node: ts.Node): void => {
    if (node.kind !== ts.SyntaxKind.JsxText) add(ts.getLeadingCommentRanges(source.text, node.pos));
    add(ts.getTrailingCommentRanges(source.text, node.end));
    for (const child of node.getChildren(source)) if (!isJsDoc(child)) walk(child);
  };
  walk(source);
  return out;
}

/** The text inside string literals, templates, JSX text and regular expressions: words, not code. */
function literalRanges(source: ts.SourceFile): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  const walk = (node: ts.Node): void => {
    if (
      ts.isStringLiteralLike(node) ||
      ts.isTemplateLiteralToken(node) ||
      node.kind === ts.SyntaxKind.JsxText ||
      node.kind === ts.SyntaxKind.RegularExpressionLiteral
    ) {
      out.push([node.getStart(source), node.end]);
    }
    node.forEachChild(walk);
  };
  walk(source);
  return out;
}

function lineAt(text: string, index: number): number {
  let line = 1;
  for (let i = 0; i < index; i++) if (text.charCodeAt(i) === 10) line++;
  return line;
}

/** The file a relative specifier names, as bundler resolution finds it (`./x` → x.ts, x.tsx, x/index.ts, …). */
function resolve(from: string, specifier: string): string | null {
  if (!specifier.startsWith('.')) return null;
  const base = join(ROOT, dirname(from), specifier);
  const candidates = [
    base,
    ...RESOLVE_EXTENSIONS.map((ext) => base + ext),
    ...(/\.m?js$/.test(base) ? ['.ts', '.tsx', '.mts'].map((ext) => base.replace(/\.m?js$/, ext)) : []),
    ...RESOLVE_EXTENSIONS.map((ext) => join(base, `index${ext}`)),
  ];
  const found = candidates.find((path) => existsSync(path) && statSync(path).isFile());
  return found === undefined ? null : relative(ROOT, found);
}

// `import x from 'm'`, `import type { X } from 'm'`, `import './m.css'`, `export * from 'm'`, `export type { X } from 'm'`
const STATIC_IMPORT = /^[ \t]*(import|export)\s+(type\s+)?(?:[\w$*{},\s]*?\s*from\s*)?(['"])([^'"\n]+)\3/gm;
// `import('m')`, `import(`m`)`: only a literal names a file here; a computed specifier is the loader's business.
const DYNAMIC_IMPORT = /(?<![\w$.])import\s*\(\s*(['"`])([^'"`\n]+)\1\s*\)/g;

function readInfo(file: string): SourceInfo {
  const text = readSource(file);
  const source = parseScript(file, text);
  const code = blank(text, commentRanges(source));
  const literals = literalRanges(source);
  // An `import` inside a string or template (generated code, an example) is text, not an import.
  const inLiteral = (index: number): boolean => literals.some(([start, end]) => index >= start && index < end);
  const imports: Import[] = [];
  for (const match of code.matchAll(STATIC_IMPORT)) {
    const keyword = match.index + match[0].search(/\S/);
    if (inLiteral(keyword)) continue;
    imports.push({ specifier: match[4]!, typeOnly: match[2] !== undefined, line: lineAt(code, keyword), target: resolve(file, match[4]!) });
  }
  for (const match of code.matchAll(DYNAMIC_IMPORT)) {
    if (inLiteral(match.index)) continue;
    imports.push({ specifier: match[2]!, typeOnly: false, line: lineAt(code, match.index), target: resolve(file, match[2]!) });
  }
  return { file, imports, codeOnly: blank(code, literals) };
}

const FILES = filesUnder(join(ROOT, 'src')).filter((file) => SCRIPT.test(file));
const INFOS = FILES.map(readInfo);

const under = (file: string, dirs: readonly string[]): boolean => dirs.some((dir) => file.startsWith(`${dir}/`));
const where = (info: SourceInfo, imp: Import): string =>
  `${info.file}:${imp.line} ${imp.typeOnly ? 'imports the types of' : 'imports'} '${imp.specifier}'`;

/**
 * What each folder may import, bottom layer first: the folders of src/ it may reach and the npm packages it may
 * use. The edges (content, background, popup, options) sit on top and may use everything below them.
 */
const LAYERS: ReadonlyArray<{ dirs: string[]; may: string[]; packages: string[]; why: string }> = [
  {
    dirs: ['src/core', 'src/data'],
    may: ['src/core', 'src/data'],
    packages: [],
    why: 'the core and its data are pure and browser-free, the same code in the content script, the CLI and the tests',
  },
  {
    dirs: ['src/schemas'],
    may: ['src/core', 'src/data', 'src/schemas'],
    packages: [],
    why: 'the shared shapes sit just above the core, below everything that stores or sends them',
  },
  {
    dirs: ['src/messages'],
    may: ['src/core', 'src/data', 'src/schemas', 'src/messages'],
    packages: [],
    why: 'the message protocol sits below storage, ui and the edges, so every part can speak it',
  },
  {
    dirs: ['src/storage'],
    may: ['src/core', 'src/data', 'src/schemas', 'src/storage'],
    packages: [],
    why: 'stored data is validated by the shared schemas and never reaches for the browser itself',
  },
  {
    dirs: ['src/ui'],
    may: ['src/core', 'src/data', 'src/schemas', 'src/messages', 'src/storage', 'src/platform', 'src/ui'],
    packages: ['preact'],
    why: 'the components are shared by the card, the popup and the options page, so they import none of them',
  },
  {
    dirs: ['src/platform'],
    may: ['src/platform'],
    packages: ['webextension-polyfill'],
    why: 'the browser adapter is a leaf: the edges and ui use it, it uses nothing of ours',
  },
];

const isPackage = (specifier: string, name: string): boolean => specifier === name || specifier.startsWith(`${name}/`);

describe('the layers of src/', () => {
  it.each(LAYERS.map((layer) => [layer.dirs.join(' and '), layer] as const))('%s import only their own layer and those below', (_name, layer) => {
    const allowed = layer.may.join(', ') + (layer.packages.length === 0 ? ', and no package' : `, and the package ${layer.packages.join(', ')}`);
    const offenders = INFOS.filter((info) => under(info.file, layer.dirs)).flatMap((info) =>
      info.imports
        .filter((imp) =>
          imp.target === null
            ? !imp.specifier.startsWith('.') && !layer.packages.some((name) => isPackage(imp.specifier, name))
            : !under(imp.target, layer.may),
        )
        .map((imp) => `${where(info, imp)}${imp.target === null ? '' : ` (${imp.target})`}: it may import only ${allowed}`),
    );
    expect(offenders, `${layer.dirs.join(' and ')}: ${layer.why}`).toEqual([]);
  });
});

describe('the boundaries between the folders of src/', () => {
  it('reads the import graph (sanity: it finds files and resolves every relative import)', () => {
    expect(FILES.filter((file) => file.startsWith('src/core/')).length).toBeGreaterThan(10);
    expect(INFOS.flatMap((info) => info.imports).length).toBeGreaterThan(100);
    const unresolved = INFOS.flatMap((info) =>
      info.imports.filter((imp) => imp.specifier.startsWith('.') && imp.target === null).map((imp) => where(info, imp)),
    );
    expect(unresolved, 'these relative imports name no file').toEqual([]);
  });

  it('only the edges touch browser.* / chrome.* or import webextension-polyfill', () => {
    const GLOBAL = /(?<![\w$])(?:browser|chrome)\s*\??\.\s*[\w$]*/g;
    const offenders = INFOS.filter((info) => !under(info.file, EDGES)).flatMap((info) => [
      ...info.imports
        .filter((imp) => imp.specifier === 'webextension-polyfill' || imp.specifier.startsWith('webextension-polyfill/'))
        .map((imp) => where(info, imp)),
      ...[...info.codeOnly.matchAll(GLOBAL)].map((match) => `${info.file}:${lineAt(info.codeOnly, match.index)} uses '${match[0]}'`),
    ]).map((offence) => `${offence}: only ${EDGES.join(', ')} may talk to the extension APIs`);
    expect(offenders, 'the extension APIs are reached from the edges only; the layers below get what they need passed in').toEqual([]);
  });

  it('has no import cycle among the files of src/ (type-only imports included)', () => {
    const graph = new Map(INFOS.map((info) => [info.file, [...new Set(info.imports.flatMap((imp) => (imp.target === null ? [] : [imp.target])))]]));
    const state = new Map<string, 'open' | 'done'>();
    const cycles: string[] = [];
    const path: string[] = [];
    const dfs = (file: string): void => {
      state.set(file, 'open');
      path.push(file);
      for (const next of graph.get(file) ?? []) {
        if (state.get(next) === 'open') cycles.push([...path.slice(path.indexOf(next)), next].join(' → '));
        else if (!state.has(next)) dfs(next);
      }
      path.pop();
      state.set(file, 'done');
    };
    for (const file of graph.keys()) if (!state.has(file)) dfs(file);
    expect(cycles, 'import cycles (each printed from its first file back to it)').toEqual([]);
  });
});
