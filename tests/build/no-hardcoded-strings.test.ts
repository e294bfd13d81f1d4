/**
 * Every user-visible string goes through `t(key)`, so a translation reaches all of the UI. This reads
 * the components with the TypeScript parser and flags words that would reach the user untranslated:
 *   - JSX text with a letter in it (`<p>Saved</p>`), and string literals rendered as JSX children (`{'Saved'}`);
 *   - string literals given to the attributes people read or hear (`aria-label`, `title`, `placeholder`, `alt`,
 *     `label`, …);
 *   - the text of the extension pages' HTML (`<title>`), which no script translates on its own; and each page's
 *     entry script must set its title and `lang` from the messages at start-up (src/ui/localize-document.ts).
 * It also checks every `t(…)` call in src/: its key (a literal, a conditional between literals, or a lookup in a
 * const map of literals) must exist in the English messages, and it must pass the substitutions the message uses.
 *
 * Over 300 lines on purpose: the parser walk and the cases it must catch and let pass stay side by side.
 */
import { dirname, join } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { filesUnder, lineOf, parseScript, readSource, ROOT, visit } from '../security/source-files';
import { loadMessages } from '../support/chrome-i18n';

/** Where components live (DESIGN §2 surfaces). */
const COMPONENT_DIRS = ['src/ui', 'src/popup', 'src/options', 'src/content'];

/** Attributes whose value is read or heard by the user. */
const TEXT_ATTRIBUTES = new Set([
  'aria-label',
  'aria-description',
  'aria-placeholder',
  'aria-roledescription',
  'aria-valuetext',
  'title',
  'placeholder',
  'alt',
  'label',
]);

/**
 * Strings with letters that are fine as they are, each for a reason. Keep this short: anything a person would read
 * as a word in a sentence belongs in src/locales/en/ instead. Symbols and digits ("·", "—", "%", "×") never need
 * an entry: only text with a letter is flagged.
 */
const ALLOWED = new Map<string, string>([
  ['MBA Lens', 'the product name, the same in every language'],
  ['RPI', "the school's name"],
  ['ML', 'the MBA Lens monogram in the brand mark (aria-hidden), a logo rather than a word'],
  ['example.edu', "the add-site field's example host name: a name, not a word (the field's label says it in words)"],
]);

/**
 * Hard-coded strings in the tree today, as `file: text`. This list may only shrink: a new entry fails the test,
 * and so does an entry that is no longer found (take it off the list once the string goes through t()).
 */
const KNOWN_VIOLATIONS: readonly string[] = [];

interface Finding {
  file: string;
  line: number;
  text: string;
  where: string;
}

const normalise = (text: string): string => text.replace(/\s+/g, ' ').trim();
const hasLetter = (text: string): boolean => /\p{L}/u.test(text);
const flagged = (text: string): boolean => hasLetter(text) && !ALLOWED.has(normalise(text));

function componentFiles(): string[] {
  return COMPONENT_DIRS.flatMap((dir) => filesUnder(join(ROOT, dir))).filter((file) => file.endsWith('.tsx'));
}

/** The literal text pieces an expression can evaluate to, as far as they show in the source. */
function literalPieces(expr: ts.Expression): Array<{ node: ts.Node; text: string }> {
  if (ts.isStringLiteral(expr) || ts.isNoSubstitutionTemplateLiteral(expr)) return [{ node: expr, text: expr.text }];
  if (ts.isTemplateExpression(expr)) {
    return [expr.head, ...expr.templateSpans.map((span) => span.literal)].map((part) => ({ node: expr, text: part.text }));
  }
  if (ts.isParenthesizedExpression(expr)) return literalPieces(expr.expression);
  if (ts.isConditionalExpression(expr)) return [...literalPieces(expr.whenTrue), ...literalPieces(expr.whenFalse)];
  if (ts.isBinaryExpression(expr)) {
    const op = expr.operatorToken.kind;
    if (op === ts.SyntaxKind.AmpersandAmpersandToken) return literalPieces(expr.right);
    if (op === ts.SyntaxKind.BarBarToken || op === ts.SyntaxKind.QuestionQuestionToken || op === ts.SyntaxKind.PlusToken) {
      return [...literalPieces(expr.left), ...literalPieces(expr.right)];
    }
  }
  return [];
}

/** Hard-coded user-visible strings in one component file. */
function scanComponent(file: string, text = readSource(file)): Finding[] {
  const findings: Finding[] = [];
  const add = (node: ts.Node, value: string, where: string) => {
    if (flagged(value)) findings.push({ file, line: lineOf(node), text: normalise(value), where });
  };
  visit(parseScript(file, text), (node) => {
    if (ts.isJsxText(node)) {
      if (!node.containsOnlyTriviaWhiteSpaces) add(node, node.text, 'JSX text');
    } else if (ts.isJsxExpression(node) && node.expression && (ts.isJsxElement(node.parent) || ts.isJsxFragment(node.parent))) {
      for (const piece of literalPieces(node.expression)) add(piece.node, piece.text, 'JSX child');
    } else if (ts.isJsxAttribute(node)) {
      const name = node.name.getText();
      if (!TEXT_ATTRIBUTES.has(name) || node.initializer === undefined) return;
      const init = node.initializer;
      const pieces = ts.isStringLiteral(init)
        ? [{ node: init, text: init.text }]
        : ts.isJsxExpression(init) && init.expression
          ? literalPieces(init.expression)
          : [];
      for (const piece of pieces) add(piece.node, piece.text, `${name}=`);
    }
  });
  return findings;
}

/** Text content of an extension page (outside scripts, styles and comments). */
function scanHtml(file: string, html = readSource(file)): Finding[] {
  const findings: Finding[] = [];
  // Blanked rather than removed, so line numbers still match the file.
  const hidden = /<!--[\s\S]*?-->|<script\b[\s\S]*?<\/script>|<style\b[\s\S]*?<\/style>/gi;
  const stripped = html.replace(hidden, (m) => m.replace(/[^\n]/g, ' '));
  for (const match of stripped.matchAll(/>([^<]+)</g)) {
    const value = match[1] ?? '';
    if (!flagged(value)) continue;
    const line = stripped.slice(0, match.index).split('\n').length;
    findings.push({ file, line, text: normalise(value), where: 'HTML text' });
  }
  return findings;
}

// ---- t(…) calls -------------------------------------------------------------------------------------------------

interface TCall {
  file: string;
  line: number;
  /** The keys the call can use; null when the source does not show them. */
  keys: string[] | null;
  /** Substitutions passed, or null when spread. */
  substitutions: number | null;
}

function unwrap(expr: ts.Expression): ts.Expression {
  let current = expr;
  while (
    ts.isParenthesizedExpression(current) ||
    ts.isAsExpression(current) ||
    ts.isSatisfiesExpression(current) ||
    ts.isTypeAssertionExpression(current) ||
    ts.isNonNullExpression(current)
  ) {
    current = current.expression;
  }
  return current;
}

/**
 * The initialiser of `const name = …` as seen from `from`: the nearest enclosing block (or the file) that declares
 * it among its own statements. Enough for the lookups t() calls use; anything cleverer reads as unresolved.
 */
function constInitializer(from: ts.Node, name: string): ts.Expression | undefined {
  for (let scope: ts.Node | undefined = from; scope !== undefined; scope = scope.parent) {
    if (!ts.isBlock(scope) && !ts.isSourceFile(scope) && !ts.isModuleBlock(scope)) continue;
    for (const statement of scope.statements) {
      if (!ts.isVariableStatement(statement) || (statement.declarationList.flags & ts.NodeFlags.Const) === 0) continue;
      for (const declaration of statement.declarationList.declarations) {
        if (ts.isIdentifier(declaration.name) && declaration.name.text === name && declaration.initializer) {
          return declaration.initializer;
        }
      }
    }
  }
  return undefined;
}

/** The message keys an expression can evaluate to, or null when that cannot be read off the source. */
function resolveKeys(expr: ts.Expression, source: ts.SourceFile, depth = 0): string[] | null {
  if (depth > 5) return null;
  const e = unwrap(expr);
  if (ts.isStringLiteral(e) || ts.isNoSubstitutionTemplateLiteral(e)) return [e.text];
  if (ts.isConditionalExpression(e)) {
    const a = resolveKeys(e.whenTrue, source, depth + 1);
    const b = resolveKeys(e.whenFalse, source, depth + 1);
    return a && b ? [...a, ...b] : null;
  }
  if (ts.isIdentifier(e)) {
    const init = constInitializer(e, e.text);
    return init ? resolveKeys(init, source, depth + 1) : null;
  }
  if (ts.isElementAccessExpression(e) || ts.isPropertyAccessExpression(e)) {
    const target = unwrap(e.expression);
    const map = ts.isIdentifier(target) ? constInitializer(target, target.text) : undefined;
    const object = map && unwrap(map);
    if (!object || !ts.isObjectLiteralExpression(object)) return null;
    const keys: string[] = [];
    for (const property of object.properties) {
      if (!ts.isPropertyAssignment(property)) return null;
      if (ts.isPropertyAccessExpression(e) && property.name.getText(source) !== e.name.text) continue;
      const value = resolveKeys(property.initializer, source, depth + 1);
      if (!value) return null;
      keys.push(...value);
    }
    return keys;
  }
  return null;
}

/** Every call of the `t` imported from src/ui/i18n.ts, in every script under src/. */
function tCalls(): TCall[] {
  const calls: TCall[] = [];
  for (const file of filesUnder(join(ROOT, 'src')).filter((f) => /\.tsx?$/.test(f) && !f.endsWith('.d.ts'))) {
    const source = parseScript(file);
    const names = new Set<string>();
    for (const statement of source.statements) {
      if (!ts.isImportDeclaration(statement) || !ts.isStringLiteral(statement.moduleSpecifier)) continue;
      if (!/(^|\/)i18n$/.test(statement.moduleSpecifier.text)) continue;
      const bindings = statement.importClause?.namedBindings;
      if (!bindings || !ts.isNamedImports(bindings)) continue;
      for (const element of bindings.elements) if ((element.propertyName ?? element.name).text === 't') names.add(element.name.text);
    }
    if (names.size === 0) continue;
    visit(source, (node) => {
      if (!ts.isCallExpression(node) || !ts.isIdentifier(node.expression) || !names.has(node.expression.text)) return;
      const [first, ...rest] = node.arguments;
      calls.push({
        file,
        line: lineOf(node),
        keys: first === undefined ? null : resolveKeys(first, source),
        substitutions: rest.some((arg) => ts.isSpreadElement(arg)) ? null : rest.length,
      });
    });
  }
  return calls;
}

/** The highest `$n` a message substitutes, through its named placeholders too. */
function substitutionsUsed(key: string, english: ReturnType<typeof loadMessages>): number {
  const entry = english[key];
  if (!entry) return 0;
  const contents = Object.values(entry.placeholders ?? {}).map((p) => p.content);
  let highest = 0;
  for (const text of [entry.message.replace(/\$[A-Za-z0-9_]+\$/g, ''), ...contents]) {
    for (const match of text.replace(/\$\$/g, '').matchAll(/\$([1-9])/g)) highest = Math.max(highest, Number(match[1]));
  }
  return highest;
}

// ---- the tests ----------------------------------------------------------------------------------------------------

const format = (f: Finding): string => `${f.file}: ${f.text}`;

describe('components carry no hard-coded user-visible strings', () => {
  const files = componentFiles();
  const pages = filesUnder(join(ROOT, 'src')).filter((file) => file.endsWith('.html'));
  const findings = [...files.flatMap((file) => scanComponent(file)), ...pages.flatMap((file) => scanHtml(file))];
  const found = new Set(findings.map(format));

  it('finds the components to check', () => {
    expect(files.length).toBeGreaterThan(5);
    expect(pages.length).toBeGreaterThan(0);
  });

  it('has no hard-coded string beyond the known ones', () => {
    const fresh = findings.filter((f) => !KNOWN_VIOLATIONS.includes(format(f)));
    expect(fresh.map((f) => `${f.file}:${f.line} (${f.where}) ${JSON.stringify(f.text)}`)).toEqual([]);
  });

  it('lists only known violations that still exist (the list only shrinks)', () => {
    expect(KNOWN_VIOLATIONS.filter((entry) => !found.has(entry))).toEqual([]);
  });
});

describe('extension pages', () => {
  const pages = filesUnder(join(ROOT, 'src')).filter((file) => file.endsWith('.html'));

  it.each(pages)('%s has a title, and its entry script sets the title and lang from the messages', (file) => {
    const html = readSource(file);
    expect(html).toMatch(/<title>[^<]+<\/title>/);
    const script = /<script type="module" src="([\w-]+)\.js"><\/script>/.exec(html)?.[1];
    expect(script, 'the page loads one script').toBeDefined();
    const entry = readSource(join(dirname(file), `${script ?? ''}-entry.tsx`));
    expect(entry).toMatch(/\blocalizeDocument\(document, t\('\w+'\)\)/);
  });
});

describe('t() calls', () => {
  const english = loadMessages('en');
  const known = new Set(Object.keys(english).map((key) => key.toLowerCase()));
  const calls = tCalls();
  const at = (call: TCall) => `${call.file}:${call.line}`;

  it('are found', () => {
    expect(calls.length).toBeGreaterThan(50);
  });

  it('name their keys in the source (a literal, a choice of literals, or a const map of literals)', () => {
    expect(calls.filter((call) => call.keys === null).map(at)).toEqual([]);
  });

  it('use only keys that exist in src/locales/en', () => {
    const missing = calls.flatMap((call) =>
      (call.keys ?? []).filter((key) => !known.has(key.toLowerCase())).map((key) => `${at(call)}: ${key}`),
    );
    expect(missing).toEqual([]);
  });

  it('pass each message the substitutions it uses', () => {
    const mismatched = calls.flatMap((call) =>
      call.substitutions === null
        ? []
        : (call.keys ?? [])
            .filter((key) => known.has(key.toLowerCase()) && substitutionsUsed(key, english) !== call.substitutions)
            .map((key) => `${at(call)}: ${key} uses ${substitutionsUsed(key, english)}, given ${call.substitutions}`),
    );
    expect(mismatched).toEqual([]);
  });
});

describe('the scanner', () => {
  it('flags JSX text, literal children and text attributes, and lets names, symbols and t() through', () => {
    const source = [
      'export const A = () => (',
      '  <div title="Close" aria-label={t("x")} class="card-head">',
      '    <p>Saved</p>{"Loading"}{ok ? "Yes" : t("no")}',
      '    <span>MBA Lens</span> · — % {count} <b>{` of ${n}`}</b>',
      '    <input placeholder={`Type ${what}`} alt="" />',
      '  </div>',
      ');',
    ].join('\n');
    expect(scanComponent('x.tsx', source).map((f) => `${f.line} ${f.where} ${f.text}`)).toEqual([
      '2 title= Close',
      '3 JSX text Saved',
      '3 JSX child Loading',
      '3 JSX child Yes',
      '4 JSX child of',
      '5 placeholder= Type',
    ]);
  });

  it('reads the text of an HTML page but not its scripts or comments', () => {
    const html = '<title>MBA Lens</title>\n<!-- a comment -->\n<h1>Options</h1><script>var x = 1;</script>';
    expect(scanHtml('x.html', html).map((f) => `${f.line} ${f.text}`)).toEqual(['3 Options']);
  });
});
