/**
 * snapshot: Document → plain data (DESIGN §3). Reads only what the DOM holds (no layout, no computed style),
 * so it runs the same in the content script, in happy-dom/linkedom and in the CLI.
 * Over 300 lines on purpose: the one-go and the sliced walk share the visibility, block and boilerplate rules that
 * map a span back to the DOM; split apart, the two walks could drift.
 */
import { readJsonLd, type JsonLdSummary } from './json-ld';

/** Where a text node's characters sit inside a block's text (1:1, so offsets map back to the DOM). */
export interface TextSegment {
  node: Text;
  /** Offset of the segment in the block's text. */
  start: number;
  /** Offset of the segment in the node's data (a long node can be split over blocks). */
  nodeStart: number;
  length: number;
}

export type BlockRole = 'heading' | 'text';

export interface TextBlock {
  /** The block's text: node texts joined, every whitespace character replaced by a space (same length). */
  text: string;
  role: BlockRole;
  /** 1–6 for headings, 0 otherwise. */
  level: number;
  /** Inside navigation, header, footer, aside, menus, cookie banners and the like. */
  boilerplate: boolean;
  /** Inside <main>, <article> or role=main. */
  main: boolean;
  /** The DOM text nodes behind the text; absent when the snapshot was built from plain text. */
  segments: TextSegment[];
}

export interface PageSnapshot {
  url: string;
  title: string;
  lang: string;
  description: string;
  canonicalUrl: string | null;
  ogUrl: string | null;
  ogTitle: string;
  keywords: string;
  jsonLd: JsonLdSummary;
  blocks: TextBlock[];
  /** True when the text cap was reached and the rest of the page was not read. */
  truncated: boolean;
  /** Characters of text read. */
  textLength: number;
}

/** A huge page costs no more than a large one: past this many characters of text, reading stops. */
export const MAX_TEXT_CHARS = 300_000;
const MAX_BLOCK_CHARS = 4_000;

const SKIPPED_TAGS = new Set([
  'SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'SVG', 'svg', 'IFRAME', 'OBJECT', 'EMBED', 'CANVAS', 'VIDEO',
  'AUDIO', 'SELECT', 'OPTION', 'TEXTAREA', 'MBA-LENS', 'HEAD', 'MATH', 'PICTURE', 'MAP', 'DATALIST',
]);

const BLOCK_TAGS = new Set([
  'ADDRESS', 'ARTICLE', 'ASIDE', 'BLOCKQUOTE', 'BODY', 'DD', 'DETAILS', 'DIALOG', 'DIV', 'DL', 'DT', 'FIELDSET',
  'FIGCAPTION', 'FIGURE', 'FOOTER', 'FORM', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'HEADER', 'HGROUP', 'HR', 'LI',
  'MAIN', 'NAV', 'OL', 'P', 'PRE', 'SECTION', 'SUMMARY', 'TABLE', 'TBODY', 'TD', 'TFOOT', 'TH', 'THEAD', 'TR',
  'UL', 'BR', 'CAPTION', 'LEGEND', 'OPTGROUP', 'BUTTON', 'LABEL', 'CENTER', 'MENU',
]);

const BOILERPLATE_ROLES = new Set(['navigation', 'banner', 'contentinfo', 'complementary', 'menu', 'menubar', 'search', 'dialog', 'alertdialog']);
/** Class and id tokens of site furniture rather than content ("site-nav", "mega-menu", "cookie-banner"). */
const FURNITURE_TOKEN = /^(?:(?:site|global|main|primary|secondary|top|mobile|sub|mega|utility|footer|header|side|off)[-_]?)?(?:nav|navbar|navigation|menu|menubar|footer|masthead|breadcrumbs?|sidebar|cookies?|cookie[-_]banner|consent|offcanvas|canvas|topbar|skip[-_]?links?|social|share|sharing|newsletter|modal|popup|related|dropdown|sitemap)$|[-_](?:nav|navigation|menu|footer|sidebar|breadcrumbs?)$/i;
/** Inside the main content a header is the article's own title, so only these still count as furniture there. */
const FURNITURE_TOKEN_IN_MAIN = /^(?:nav|navbar|navigation|menu|breadcrumbs?|sidebar|cookies?|consent|social|share|sharing|newsletter|related|sitemap)$|[-_](?:nav|navigation|menu|sidebar|breadcrumbs?)$/i;
const HIDDEN_STYLE = /(?:^|;)\s*(?:display\s*:\s*none|visibility\s*:\s*hidden)/i;
const HEADING_LEVEL: Record<string, number> = { H1: 1, H2: 2, H3: 3, H4: 4, H5: 5, H6: 6 };

interface WalkState {
  blocks: TextBlock[];
  /** For each block, the innermost element only named as furniture that it sits in (its number), 0, or -1 inside declared furniture. */
  namedFurniture: number[];
  /** For each element named as furniture (by its number), the one it sits in; number 0 is the page itself. */
  furnitureParents: number[];
  current: TextBlock | null;
  currentFurniture: number;
  chars: number;
  truncated: boolean;
  nodes: number;
}

function isHidden(el: Element): boolean {
  if (el.hasAttribute('hidden')) return true;
  if (el.getAttribute('aria-hidden') === 'true') return true;
  const style = el.getAttribute('style');
  if (style !== null && HIDDEN_STYLE.test(style)) return true;
  if (el.tagName === 'INPUT' && (el.getAttribute('type') ?? '').toLowerCase() === 'hidden') return true;
  return false;
}

/**
 * Whether an element is site furniture, and how sure that is: tags and ARIA roles say so ('declared'); a class or id
 * token, or a header or footer tag, only suggests it ('named'): themes name whole layouts "no-sidebar" or
 * "content-and-menu", and a missing end tag can leave the whole page inside a <header>.
 */
function furnitureOf(el: Element, tag: string, inMain: boolean): 'declared' | 'named' | null {
  if (tag === 'BODY' || tag === 'MAIN' || tag === 'ARTICLE' || tag === 'HTML' || isMain(el)) return null;
  if (tag === 'NAV' || tag === 'ASIDE' || tag === 'MENU') return 'declared';
  const role = el.getAttribute('role');
  if (role !== null && BOILERPLATE_ROLES.has(role) && !(inMain && (role === 'banner' || role === 'contentinfo'))) return 'declared';
  if ((tag === 'HEADER' || tag === 'FOOTER') && !inMain) return 'named';
  const names = `${el.getAttribute('id') ?? ''} ${el.getAttribute('class') ?? ''}`;
  if (names.length < 2 || names.length > 400) return null;
  const token = inMain ? FURNITURE_TOKEN_IN_MAIN : FURNITURE_TOKEN;
  return names.split(/\s+/).some((name) => name.length > 0 && name.length < 40 && token.test(name)) ? 'named' : null;
}

function isMain(el: Element): boolean {
  return el.tagName === 'MAIN' || el.tagName === 'ARTICLE' || el.getAttribute('role') === 'main';
}

function closeBlock(state: WalkState): void {
  const block = state.current;
  state.current = null;
  if (block === null) return;
  if (block.text.trim().length === 0) return;
  state.blocks.push(block);
  state.namedFurniture.push(state.currentFurniture);
}

function openBlock(state: WalkState, ctx: Context): TextBlock {
  state.current = { text: '', role: ctx.level > 0 ? 'heading' : 'text', level: ctx.level, boilerplate: inFurniture(ctx), main: ctx.main, segments: [] };
  state.currentFurniture = ctx.declaredFurniture ? -1 : ctx.namedFurniture;
  return state.current;
}

/** Where a text node breaks into separate blocks: blank lines, and every line break inside <pre>. */
function breakPoints(raw: string, pre: boolean): number[] {
  if (raw.indexOf('\n') < 0) return [];
  const re = pre ? /\n/g : /\n[ \t\r]*\n/g;
  const points: number[] = [];
  let m: RegExpExecArray | null;
  while ((m = re.exec(raw)) !== null && points.length < 10_000) points.push(m.index + m[0].length);
  return points;
}

function appendText(state: WalkState, node: Text, ctx: Context): void {
  const raw = node.data;
  if (raw.length === 0) return;
  const points = breakPoints(raw, ctx.pre);
  let from = 0;
  for (const to of [...points, raw.length]) {
    appendPiece(state, node, from, to, ctx);
    if (to < raw.length) closeBlock(state);
    from = to;
    if (state.truncated) return;
  }
}

/** Appends node.data[from, to) to the current block, opening new blocks when one is full. */
function appendPiece(state: WalkState, node: Text, from: number, to: number, ctx: Context): void {
  let offset = from;
  while (offset < to) {
    if (state.chars >= MAX_TEXT_CHARS) {
      state.truncated = true;
      return;
    }
    let block = state.current;
    if (block === null) {
      if (node.data.slice(offset, to).trim().length === 0) return;
      block = openBlock(state, ctx);
    }
    const room = Math.min(MAX_TEXT_CHARS - state.chars, MAX_BLOCK_CHARS - block.text.length);
    if (room <= 0) {
      closeBlock(state);
      continue;
    }
    const end = Math.min(to, offset + room);
    const text = node.data.slice(offset, end).replace(/\s/g, ' ');
    block.segments.push({ node, start: block.text.length, nodeStart: offset, length: end - offset });
    block.text += text;
    state.chars += text.length;
    offset = end;
  }
}

interface Context {
  level: number;
  main: boolean;
  /** Inside <pre>: every line break starts a new block. */
  pre: boolean;
  /** The innermost element only named as furniture (class, id, header or footer) that this sits in: its number, or 0. */
  namedFurniture: number;
  /** Inside an element declared as furniture (nav, aside, menu, an ARIA landmark role). */
  declaredFurniture: boolean;
}

/** Inside furniture of either kind: the block's `boilerplate` until the page's layout is known (restoreLayoutWrappers). */
const inFurniture = (ctx: Context): boolean => ctx.declaredFurniture || ctx.namedFurniture !== 0;

/**
 * Walks the body iteratively (deeply nested hostile pages must not overflow the stack), collecting visible text
 * into blocks.
 */
type WalkStack = Array<{ node: Node; ctx: Context; closing: boolean }>;

/** Nodes visited at most: a page of millions of empty elements stops here as a page of text stops at the cap. */
const MAX_NODES = 2_000_000;

/** Walks up to `budget` more nodes; returns true when the walk is finished. */
function walkSome(stack: WalkStack, state: WalkState, budget: number): boolean {
  let visited = 0;
  while (stack.length > 0 && !state.truncated) {
    if (visited++ >= budget) return false;
    if (++state.nodes > MAX_NODES) {
      state.truncated = true;
      break;
    }
    const item = stack.pop()!;
    const { node, ctx } = item;
    if (item.closing) {
      closeBlock(state);
      continue;
    }
    if (node.nodeType === 3) {
      appendText(state, node as Text, ctx);
      continue;
    }
    if (node.nodeType !== 1 && node.nodeType !== 9 && node.nodeType !== 11) continue;
    let childCtx = ctx;
    let isBlock = false;
    if (node.nodeType === 1) {
      const el = node as Element;
      const tag = el.tagName.toUpperCase();
      if (SKIPPED_TAGS.has(tag) || isHidden(el)) continue;
      isBlock = BLOCK_TAGS.has(tag) || HEADING_LEVEL[tag] !== undefined;
      const level = HEADING_LEVEL[tag] ?? (el.getAttribute('role') === 'heading' ? Number(el.getAttribute('aria-level') ?? 2) || 2 : 0);
      const main = ctx.main || isMain(el);
      const furniture = ctx.declaredFurniture ? null : furnitureOf(el, tag, main);
      const declaredFurniture = ctx.declaredFurniture || furniture === 'declared';
      let namedFurniture = ctx.namedFurniture;
      if (furniture === 'named') {
        namedFurniture = state.furnitureParents.length;
        state.furnitureParents.push(ctx.namedFurniture);
      }
      const pre = ctx.pre || tag === 'PRE';
      const furnitureChanged = namedFurniture !== ctx.namedFurniture || declaredFurniture !== ctx.declaredFurniture;
      if (level !== ctx.level || main !== ctx.main || pre !== ctx.pre || furnitureChanged) {
        childCtx = { level: level || ctx.level, main, pre, namedFurniture, declaredFurniture };
        if (level > 0 || furnitureChanged) isBlock = true;
      }
      if (isBlock) closeBlock(state);
      if (tag === 'BR' || tag === 'HR') continue;
      if (tag === 'IMG' || tag === 'INPUT') continue;
    }
    if (isBlock) stack.push({ node, ctx, closing: true });
    const children = node.childNodes;
    for (let i = children.length - 1; i >= 0; i--) {
      const child = children[i];
      if (child !== undefined) stack.push({ node: child, ctx: childCtx, closing: false });
    }
  }
  closeBlock(state);
  return true;
}

function startWalk(doc: Document): { stack: WalkStack; state: WalkState } {
  const root = doc.body ?? doc.documentElement;
  const stack: WalkStack = root ? [{ node: root, ctx: { level: 0, main: false, pre: false, namedFurniture: 0, declaredFurniture: false }, closing: false }] : [];
  return { stack, state: { blocks: [], namedFurniture: [], furnitureParents: [0], current: null, currentFurniture: 0, chars: 0, truncated: false, nodes: 0 } };
}

function metaContent(doc: Document, selector: string): string {
  const el = doc.querySelector(selector);
  return (el?.getAttribute('content') ?? '').trim().slice(0, 2_000);
}

function linkHref(doc: Document, selector: string): string | null {
  const href = doc.querySelector(selector)?.getAttribute('href')?.trim();
  return href ? href.slice(0, 2_000) : null;
}

export interface SnapshotOptions {
  url: string;
}

/** An element only named as furniture that holds more than this share of the page's text is its layout, not furniture. */
const LAYOUT_SHARE = 0.5;

/**
 * Gives back to the content the blocks of elements that were only named as furniture but hold most of the page's
 * text (with what they hold), unless something inside them is furniture too. Linear in blocks and elements, however
 * deep a hostile page nests them: an element's number is always above its parent's.
 */
function restoreLayoutWrappers(state: WalkState): void {
  const parents = state.furnitureParents;
  if (parents.length <= 1) return;
  // Each block's characters go to its innermost named element, then each element's to the one around it.
  const chars = new Float64Array(parents.length);
  let total = 0;
  state.blocks.forEach((block, i) => {
    const length = block.text.trim().length;
    const innermost = Math.max(0, state.namedFurniture[i] ?? 0);
    chars[innermost] = (chars[innermost] ?? 0) + length;
    total += length;
  });
  for (let f = parents.length - 1; f > 0; f--) {
    const parent = parents[f] ?? 0;
    chars[parent] = (chars[parent] ?? 0) + (chars[f] ?? 0);
  }
  // A wrapper is layout when it holds most of the text and every named element around it is layout too.
  const layout = new Uint8Array(parents.length);
  layout[0] = 1;
  for (let f = 1; f < parents.length; f++) layout[f] = (chars[f] ?? 0) > total * LAYOUT_SHARE && layout[parents[f] ?? 0] === 1 ? 1 : 0;
  state.blocks.forEach((block, i) => {
    const innermost = state.namedFurniture[i] ?? 0;
    if (innermost > 0 && block.boilerplate && layout[innermost] === 1) block.boilerplate = false;
  });
}

/** Reads the page into a PageSnapshot. Never throws on odd markup. */
function finishSnapshot(doc: Document, state: WalkState, url: string): PageSnapshot {
  restoreLayoutWrappers(state);
  return {
    url,
    title: readTitle(doc),
    lang: (doc.documentElement?.getAttribute('lang') ?? '').trim().slice(0, 20),
    description: metaContent(doc, 'meta[name="description" i]') || metaContent(doc, 'meta[property="og:description"]'),
    canonicalUrl: linkHref(doc, 'link[rel~="canonical" i]'),
    ogUrl: metaContent(doc, 'meta[property="og:url"]') || null,
    ogTitle: metaContent(doc, 'meta[property="og:title"]'),
    keywords: metaContent(doc, 'meta[name="keywords" i]'),
    jsonLd: readJsonLd(doc),
    blocks: state.blocks,
    truncated: state.truncated,
    textLength: state.chars,
  };
}

/** Reads the page into a PageSnapshot in one go (CLI, tests). Never throws on odd markup. */
export function takeSnapshot(doc: Document, options: SnapshotOptions): PageSnapshot {
  // A hostile page can remove its own <html>; there is then nothing to read.
  if (!doc.documentElement) return snapshotFromText('', { url: options.url });
  const { stack, state } = startWalk(doc);
  walkSome(stack, state, Number.POSITIVE_INFINITY);
  return finishSnapshot(doc, state, options.url);
}

export interface Yielding {
  /** Resolves when the main thread has had a chance to run other work (scheduler.yield, a macrotask…). */
  yieldToMain: () => Promise<void>;
  /** Nodes walked between yields. */
  nodesPerSlice?: number;
}

/**
 * The same snapshot, walked in slices with a yield between them, so a 10 MB page never blocks the main thread
 * for long (DESIGN §7: no task over 50 ms). The DOM may change between slices; the snapshot is then of a page
 * mid-change, which the caller's re-analysis on mutation corrects.
 */
export async function takeSnapshotInSlices(doc: Document, options: SnapshotOptions & Yielding): Promise<PageSnapshot> {
  if (!doc.documentElement) return snapshotFromText('', { url: options.url });
  const { stack, state } = startWalk(doc);
  const slice = options.nodesPerSlice ?? 3_000;
  while (!walkSome(stack, state, slice)) await options.yieldToMain();
  return finishSnapshot(doc, state, options.url);
}

function readTitle(doc: Document): string {
  const el = doc.querySelector('title');
  return (el?.textContent ?? '').replace(/\s+/g, ' ').trim().slice(0, 500);
}

/** Builds a snapshot from plain text (the labelled corpus gives text, not HTML): one block per line. */
export function snapshotFromText(text: string, meta: { url: string; title?: string | null }): PageSnapshot {
  const blocks: TextBlock[] = [];
  for (const line of text.slice(0, MAX_TEXT_CHARS).split(/\n/)) {
    if (line.trim().length === 0) continue;
    const heading = /^\s*#{1,6}\s/.exec(line);
    blocks.push({ text: line.replace(/\s/g, ' '), role: heading ? 'heading' : 'text', level: heading ? 2 : 0, boilerplate: false, main: false, segments: [] });
  }
  return {
    url: meta.url, title: meta.title ?? '', lang: '', description: '', canonicalUrl: null, ogUrl: null, ogTitle: '', keywords: '',
    jsonLd: { types: [], programs: [], jobPostings: [] }, blocks, truncated: text.length > MAX_TEXT_CHARS, textLength: Math.min(text.length, MAX_TEXT_CHARS),
  };
}
