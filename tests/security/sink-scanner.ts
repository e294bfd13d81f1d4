/**
 * Finds the forbidden sinks of DESIGN §6 in source text: markup sinks, code from strings, and network APIs.
 * Scripts are parsed, so only code counts: a comment or a string that names a sink in prose does not. HTML and
 * CSS are checked for remote resources with their comments removed.
 */
import { lineOf, parseScript, ts, visit } from './source-files';

export interface Sink {
  file: string;
  line: number;
  sink: string;
  code: string;
}

/** Properties that parse markup into the DOM (or read it, which no code here needs either). */
const MARKUP_PROPERTIES = new Set(['innerHTML', 'outerHTML', 'insertAdjacentHTML', 'setHTMLUnsafe', 'createContextualFragment', 'srcdoc']);
/** Globals that open a connection, load code or run a string as code: forbidden wherever they are named. */
const FORBIDDEN_GLOBALS = new Set(['fetch', 'XMLHttpRequest', 'WebSocket', 'EventSource', 'importScripts', 'RTCPeerConnection', 'WebTransport', 'eval']);
const GLOBAL_OBJECTS = new Set(['window', 'globalThis', 'self', 'document', 'top', 'parent', 'frames']);
const REMOTE = /^(?:https?:)?\/\//i;

function isGlobalObject(node: ts.Expression): boolean {
  return ts.isIdentifier(node) && GLOBAL_OBJECTS.has(node.text);
}

/** The name a call goes to: `f(…)` → f; `window.f(…)` and `globalThis.f(…)` → f; otherwise null. */
function globalCallee(node: ts.Expression): string | null {
  if (ts.isIdentifier(node)) return node.text;
  if (ts.isPropertyAccessExpression(node) && isGlobalObject(node.expression)) return node.name.text;
  if (ts.isParenthesizedExpression(node)) return globalCallee(node.expression);
  // `(0, eval)(…)`: the indirect call.
  if (ts.isBinaryExpression(node) && node.operatorToken.kind === ts.SyntaxKind.CommaToken) return globalCallee(node.right);
  return null;
}

/** `x.name` on an object that is not a global, or a key in an object literal or type: not the global itself. */
function isMemberName(node: ts.Identifier): boolean {
  const parent = node.parent;
  if (ts.isPropertyAccessExpression(parent) && parent.name === node) return !isGlobalObject(parent.expression);
  return (ts.isPropertyAssignment(parent) || ts.isMethodDeclaration(parent) || ts.isPropertySignature(parent) || ts.isPropertyDeclaration(parent) || ts.isMethodSignature(parent)) && parent.name === node;
}

function isStringish(node: ts.Expression): boolean {
  if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node) || ts.isTemplateExpression(node)) return true;
  if (ts.isParenthesizedExpression(node)) return isStringish(node.expression);
  return ts.isBinaryExpression(node) && node.operatorToken.kind === ts.SyntaxKind.PlusToken && (isStringish(node.left) || isStringish(node.right));
}

function propertyName(node: ts.Node): string | null {
  if (ts.isPropertyAccessExpression(node)) return node.name.text;
  if (ts.isElementAccessExpression(node) && (ts.isStringLiteral(node.argumentExpression) || ts.isNoSubstitutionTemplateLiteral(node.argumentExpression))) return node.argumentExpression.text;
  return null;
}

/** Every forbidden sink in one script. */
export function scriptSinks(file: string, text: string): Sink[] {
  const sinks: Sink[] = [];
  const add = (node: ts.Node, sink: string): void => void sinks.push({ file, line: lineOf(node), sink, code: node.getText().replace(/\s+/g, ' ').slice(0, 160) });
  visit(parseScript(file, text), (node) => {
    const property = propertyName(node);
    if (property !== null && MARKUP_PROPERTIES.has(property)) add(node, property);
    if (property !== null && (property === 'write' || property === 'writeln') && ts.isPropertyAccessExpression(node) && /\bdocument$/.test(node.expression.getText())) add(node, `document.${property}`);
    if (property === 'sendBeacon') add(node, 'navigator.sendBeacon');
    if (ts.isJsxAttribute(node) && node.name.getText() === 'dangerouslySetInnerHTML') add(node, 'dangerouslySetInnerHTML');
    if ((ts.isPropertyAssignment(node) || ts.isShorthandPropertyAssignment(node)) && node.name.getText().replace(/['"]/g, '') === 'dangerouslySetInnerHTML') add(node, 'dangerouslySetInnerHTML');
    if (ts.isIdentifier(node) && FORBIDDEN_GLOBALS.has(node.text) && !isMemberName(node)) add(node.parent, node.text);
    if (ts.isCallExpression(node) || ts.isNewExpression(node)) {
      const callee = globalCallee(node.expression);
      const first = node.arguments?.[0];
      if (callee === 'Function') add(node, 'new Function');
      if ((callee === 'setTimeout' || callee === 'setInterval') && first !== undefined && isStringish(first)) add(node, `${callee} with a string`);
      if (node.expression.kind === ts.SyntaxKind.ImportKeyword && first !== undefined) {
        if (!ts.isStringLiteralLike(first)) add(node, 'dynamic import()');
        else if (REMOTE.test(first.text)) add(node, 'remote import()');
      }
    }
    if ((ts.isImportDeclaration(node) || ts.isExportDeclaration(node)) && node.moduleSpecifier && ts.isStringLiteral(node.moduleSpecifier) && REMOTE.test(node.moduleSpecifier.text)) add(node, 'remote import');
  });
  return sinks;
}

function linesBefore(text: string, index: number): number {
  return text.slice(0, index).split('\n').length;
}

/** Remote scripts, styles, frames and images in an HTML page (comments removed first). */
export function htmlSinks(file: string, text: string): Sink[] {
  const code = text.replace(/<!--[\s\S]*?-->/g, (c) => c.replace(/[^\n]/g, ' '));
  const sinks: Sink[] = [];
  for (const m of code.matchAll(/<(script|link|iframe|img|embed|object|frame|source)\b[^>]*?\b(?:src|href|data)\s*=\s*["']?\s*((?:https?:)?\/\/[^"'\s>]*)/gi)) {
    sinks.push({ file, line: linesBefore(code, m.index), sink: `remote <${m[1]!.toLowerCase()}>`, code: m[0].slice(0, 160) });
  }
  for (const m of code.matchAll(/<script\b(?![^>]*\bsrc\s*=)[^>]*>/gi)) sinks.push({ file, line: linesBefore(code, m.index), sink: 'inline <script>', code: m[0] });
  return sinks;
}

/** Remote stylesheets and resources in CSS (comments removed first). */
export function cssSinks(file: string, text: string): Sink[] {
  const code = text.replace(/\/\*[\s\S]*?\*\//g, (c) => c.replace(/[^\n]/g, ' '));
  const sinks: Sink[] = [];
  for (const m of code.matchAll(/@import\s+(?:url\(\s*)?["']?\s*((?:https?:)?\/\/[^"')\s]*)|url\(\s*["']?\s*((?:https?:)?\/\/[^"')\s]*)/gi)) {
    sinks.push({ file, line: linesBefore(code, m.index), sink: 'remote CSS resource', code: m[0].slice(0, 160) });
  }
  return sinks;
}

export function fileSinks(file: string, text: string): Sink[] {
  if (/\.(?:[cm]?[jt]sx?)$/.test(file)) return scriptSinks(file, text);
  if (/\.html?$/.test(file)) return htmlSinks(file, text);
  if (/\.css$/.test(file)) return cssSinks(file, text);
  return [];
}
