/**
 * The source tree as the security tests read it: every file under src/, and a TypeScript parse of each script,
 * so checks match code (regex literals, calls, property names) rather than words in comments or strings.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';

export const ROOT = fileURLToPath(new URL('../..', import.meta.url)).replace(/\/$/, '');
export const SRC = join(ROOT, 'src');

/** Every file under `dir`, as paths relative to `base` (the repository root unless given), in a stable order. */
export function filesUnder(dir: string, base = ROOT): string[] {
  const out: string[] = [];
  const walk = (current: string): void => {
    for (const entry of readdirSync(current, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
      const path = join(current, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (entry.isFile()) out.push(relative(base, path));
    }
  };
  walk(dir);
  return out;
}

const SCRIPT_EXTENSIONS = /\.(?:ts|tsx|mts|cts|js|mjs|cjs|jsx)$/;

export function isScript(file: string): boolean {
  return SCRIPT_EXTENSIONS.test(file) && !file.endsWith('.d.ts');
}

export function readSource(file: string): string {
  return readFileSync(join(ROOT, file), 'utf8');
}

export function parseScript(file: string, text = readSource(file)): ts.SourceFile {
  const kind = file.endsWith('x') ? ts.ScriptKind.TSX : /\.[mc]?js$/.test(file) ? ts.ScriptKind.JS : ts.ScriptKind.TS;
  return ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true, kind);
}

/** Visits every node of a parsed file, depth first. */
export function visit(node: ts.Node, fn: (node: ts.Node) => void): void {
  fn(node);
  node.forEachChild((child) => visit(child, fn));
}

export function lineOf(node: ts.Node): number {
  const source = node.getSourceFile();
  return source.getLineAndCharacterOfPosition(node.getStart(source)).line + 1;
}

/** True when the node runs at module load (no enclosing function, method, accessor or class field initialiser). */
export function isModuleLevel(node: ts.Node): boolean {
  for (let parent = node.parent; parent !== undefined; parent = parent.parent) {
    if (ts.isFunctionLike(parent) || ts.isPropertyDeclaration(parent) || ts.isClassStaticBlockDeclaration(parent)) return false;
  }
  return true;
}

export { ts };
