/**
 * Every regular expression in src/: regex literals straight from a parse of the source, and expressions built
 * with `RegExp(...)` captured as the modules that build them load. The regex-safety test analyses each of them for
 * super-linear backtracking; a new regex is picked up here without anyone listing it.
 */
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { filesUnder, isModuleLevel, isScript, lineOf, parseScript, readSource, ROOT, SRC, ts, visit } from './source-files';

export interface RegexSite {
  file: string;
  line: number;
  /** A `/…/flags` literal, or a `RegExp(…)` / `new RegExp(…)` call. */
  kind: 'literal' | 'constructor';
  /** The code as written, whitespace folded. */
  code: string;
  /** Runs when the module loads (so a constructor's result can be captured by importing the module). */
  moduleLevel: boolean;
  /** For literals: the expression itself. */
  regex: RegExp | null;
  /**
   * For constructors built at run time: why the pattern cannot backtrack, when its code shows it. `copy`: the
   * source of another expression (itself in the inventory); `escaped literal`: text with every metacharacter
   * escaped, joined with literal text that has none.
   */
  safeBy: 'copy' | 'escaped literal' | null;
}

function literalRegex(text: string): RegExp {
  const slash = text.lastIndexOf('/');
  return new RegExp(text.slice(1, slash), text.slice(slash + 1));
}

function isRegExpCall(node: ts.Node): node is ts.NewExpression | ts.CallExpression {
  if (!ts.isNewExpression(node) && !ts.isCallExpression(node)) return false;
  const callee = node.expression;
  if (ts.isIdentifier(callee)) return callee.text === 'RegExp';
  return ts.isPropertyAccessExpression(callee) && callee.name.text === 'RegExp';
}

const METACHARACTERS = '.*+?^${}()|[]\\';

/** `text.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')`: every metacharacter of `text` escaped. */
function isEscapeCall(node: ts.Node): boolean {
  // src/core/text-match.ts's escapeRegExp is that call, named; regex-safety.test.ts checks it escapes them all.
  if (ts.isCallExpression(node) && ts.isIdentifier(node.expression) && node.expression.text === 'escapeRegExp') return true;
  if (!ts.isCallExpression(node) || !ts.isPropertyAccessExpression(node.expression) || node.expression.name.text !== 'replace') return false;
  const [pattern, replacement] = node.arguments;
  if (!pattern || !replacement || pattern.kind !== ts.SyntaxKind.RegularExpressionLiteral) return false;
  if (!(ts.isStringLiteral(replacement) || ts.isNoSubstitutionTemplateLiteral(replacement)) || replacement.text !== '\\$&') return false;
  const re = literalRegex(pattern.getText());
  return re.global && [...METACHARACTERS].every((c) => new RegExp(re.source).test(c));
}

function safeBy(call: ts.NewExpression | ts.CallExpression): RegexSite['safeBy'] {
  const pattern = call.arguments?.[0];
  if (!pattern) return null;
  if (ts.isPropertyAccessExpression(pattern) && pattern.name.text === 'source') return 'copy';
  if (isEscapeCall(pattern)) return 'escaped literal';
  if (ts.isTemplateExpression(pattern)) {
    const literals = [pattern.head.text, ...pattern.templateSpans.map((span) => span.literal.text)];
    const plain = literals.every((text) => ![...text].some((c) => METACHARACTERS.includes(c)));
    if (plain && pattern.templateSpans.every((span) => isEscapeCall(span.expression.kind === ts.SyntaxKind.NonNullExpression ? (span.expression as ts.NonNullExpression).expression : span.expression))) return 'escaped literal';
  }
  return null;
}

/** The regex literals and RegExp constructions in every script under src/. */
export function regexSites(): RegexSite[] {
  return filesUnder(SRC).filter(isScript).flatMap((file) => regexSitesIn(file, readSource(file)));
}

/** The regex literals and RegExp constructions in one script's text. */
export function regexSitesIn(file: string, text: string): RegexSite[] {
  const sites: RegexSite[] = [];
  visit(parseScript(file, text), (node) => {
    if (node.kind === ts.SyntaxKind.RegularExpressionLiteral) {
      const code = node.getText();
      sites.push({ file, line: lineOf(node), kind: 'literal', code, moduleLevel: isModuleLevel(node), regex: literalRegex(code), safeBy: null });
    } else if (isRegExpCall(node)) {
      sites.push({ file, line: lineOf(node), kind: 'constructor', code: node.getText().replace(/\s+/g, ' '), moduleLevel: isModuleLevel(node), regex: null, safeBy: safeBy(node) });
    }
  });
  return sites;
}

export interface CapturedRegex {
  regex: RegExp;
  /** The src/ file whose code called the constructor (from the call stack), or null when it cannot be told. */
  file: string | null;
}

const SRC_FRAME = /(src\/[^\s:()?]+\.[cm]?[jt]sx?)/;

function callerFile(stack: string | undefined): string | null {
  for (const line of (stack ?? '').split('\n').slice(1)) {
    if (line.includes('regex-inventory')) continue;
    const m = SRC_FRAME.exec(line.replaceAll('\\', '/'));
    if (m) return m[1] ?? null;
  }
  return null;
}

/**
 * Loads the given src/ modules (fresh: the caller resets the module registry first) while the global RegExp
 * constructor records every expression built, and which file built it.
 */
export async function captureConstructedRegexes(files: readonly string[]): Promise<CapturedRegex[]> {
  const captured: CapturedRegex[] = [];
  const original = globalThis.RegExp;
  const record = (regex: RegExp): RegExp => {
    captured.push({ regex, file: callerFile(new Error('capture').stack) });
    return regex;
  };
  const spy: RegExpConstructor = new Proxy(original, {
    construct: (target, args, newTarget): RegExp => record(Reflect.construct(target, args, newTarget === spy ? target : newTarget) as RegExp),
    apply: (target, self, args) => record(Reflect.apply(target, self, args) as RegExp),
  });
  globalThis.RegExp = spy;
  try {
    for (const file of files) await import(/* @vite-ignore */ pathToFileURL(join(ROOT, file)).href);
  } finally {
    globalThis.RegExp = original;
  }
  return captured;
}

/** Every RegExp a module exports, directly or inside arrays and tables (`[name, RegExp][]`). */
export function exportedRegexes(exports: Record<string, unknown>): Array<{ name: string; regex: RegExp }> {
  const out: Array<{ name: string; regex: RegExp }> = [];
  const collect = (name: string, value: unknown, depth: number): void => {
    if (value instanceof RegExp) out.push({ name, regex: value });
    else if (Array.isArray(value) && depth < 3) value.forEach((item, i) => collect(`${name}[${i}]`, item, depth + 1));
  };
  for (const [name, value] of Object.entries(exports)) collect(name, value, 0);
  return out;
}

/** The identity of an expression for de-duplication: what it matches, not which object it is. */
export function regexKey(regex: RegExp): string {
  return `/${regex.source}/${regex.flags}`;
}
