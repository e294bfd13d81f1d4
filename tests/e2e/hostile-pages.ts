/**
 * Helpers for the hostile-page suite (hostile.e2e.test.ts): the fixture pages of tests/fixtures/hostile, and ways to
 * read a page and the card that no hostile page can get in the way of.
 *
 * Playwright's `page.evaluate` runs its own helper code in the page's main world, where a hostile page may have
 * replaced `Array.prototype.map`, `JSON`, `Promise.prototype.then` and the rest; and the harness's `inCard` asks
 * DevTools for the whole DOM tree on every call, which is slow on a 10 MB page. So these helpers talk CDP directly:
 * `mainWorld` evaluates an expression in the page's world and returns its value as DevTools serialises it (no page
 * code involved), and `inCardWorld` runs a function over the card's closed shadow root in an isolated world of our
 * own, whose built-ins are pristine, finding the host with one `querySelector` rather than a DOM dump.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { CDPSession, Page } from 'playwright-core';
import { ROOT } from './harness';

export const HOSTILE_FIXTURES = join(ROOT, 'tests/fixtures/hostile');

export function hostileFixture(name: string): string {
  return readFileSync(join(HOSTILE_FIXTURES, name), 'utf8');
}

/** A real MBA page (whole-pages/004, the benchmark's base) with its body repeated until the document is ~`bytes`. */
export function hugeMbaPage(bytes: number, headExtra: string): string {
  const base = readFileSync(join(ROOT, 'tests/fixtures/whole-pages/004-aub-osb-mba-program.html'), 'utf8').replace(/<script\b[\s\S]*?<\/script>/gi, '');
  const bodyStart = base.search(/<body[^>]*>/i);
  const bodyEnd = base.search(/<\/body>/i);
  const headEnd = base.search(/<\/head>/i);
  if (bodyStart < 0 || bodyEnd < 0 || headEnd < 0) throw new Error('the base page has no <head> or <body>');
  const body = base.slice(base.indexOf('>', bodyStart) + 1, bodyEnd);
  const copies = Math.ceil((bytes - base.length) / body.length);
  const repeated = Array.from({ length: copies }, (_, i) => `<section data-copy="${i + 1}">${body}</section>`).join('\n');
  return `${base.slice(0, headEnd)}${headExtra}${base.slice(headEnd, bodyEnd)}\n${repeated}\n${base.slice(bodyEnd)}`;
}

const sessions = new WeakMap<Page, Promise<CDPSession>>();
const probeWorlds = new WeakMap<Page, { frameId: string; contextId: number }>();

function cdpOf(page: Page): Promise<CDPSession> {
  let session = sessions.get(page);
  if (session === undefined) {
    session = page.context().newCDPSession(page);
    sessions.set(page, session);
  }
  return session;
}

interface RemoteObject {
  type: string;
  subtype?: string;
  value?: unknown;
  objectId?: string;
  description?: string;
}
interface EvaluateResult {
  result: RemoteObject;
  exceptionDetails?: { text: string; exception?: { description?: string } };
}

function unwrap<R>(what: string, answer: EvaluateResult): R {
  if (answer.exceptionDetails) throw new Error(`${what}: ${answer.exceptionDetails.exception?.description ?? answer.exceptionDetails.text}`);
  return answer.result.value as R;
}

/**
 * Evaluates `expression` in the page's main world and returns its value (JSON-like values only). Nothing of
 * Playwright's runs in the page for it, so it works on a page that has broken its own built-ins.
 */
export async function mainWorld<R>(page: Page, expression: string): Promise<R> {
  const session = await cdpOf(page);
  const answer = (await session.send('Runtime.evaluate', { expression, returnByValue: true, awaitPromise: false })) as EvaluateResult;
  return unwrap<R>('mainWorld', answer);
}

/** An isolated world of the test's own in the page's main frame (made again after a navigation). */
async function probeWorld(page: Page, fresh = false): Promise<number> {
  const session = await cdpOf(page);
  const { frameTree } = (await session.send('Page.getFrameTree')) as { frameTree: { frame: { id: string } } };
  const known = probeWorlds.get(page);
  if (!fresh && known !== undefined && known.frameId === frameTree.frame.id) return known.contextId;
  const { executionContextId } = (await session.send('Page.createIsolatedWorld', { frameId: frameTree.frame.id, worldName: 'mba-lens-e2e-probe' })) as {
    executionContextId: number;
  };
  probeWorlds.set(page, { frameId: frameTree.frame.id, contextId: executionContextId });
  return executionContextId;
}

async function withProbeWorld<R>(page: Page, use: (contextId: number) => Promise<R>): Promise<R> {
  try {
    return await use(await probeWorld(page));
  } catch (error) {
    // The world goes with its document (a reload, a navigation): make a new one and try once more.
    if (!/context|Cannot find/i.test(String(error))) throw error;
    return use(await probeWorld(page, true));
  }
}

/** Runs `fn(document, arg)` in the test's own isolated world of the page: pristine built-ins, the page's DOM. */
export async function inPageWorld<R, A = undefined>(page: Page, fn: (doc: Document, arg: A) => R, arg?: A): Promise<R> {
  const session = await cdpOf(page);
  return withProbeWorld(page, async (contextId) => {
    const answer = (await session.send('Runtime.evaluate', {
      expression: `(${fn.toString()})(document, ${JSON.stringify(arg ?? null)})`,
      contextId,
      returnByValue: true,
      awaitPromise: true,
    })) as EvaluateResult;
    return unwrap<R>('inPageWorld', answer);
  });
}

/**
 * Runs `fn(shadowRoot, arg)` over the card's closed shadow root, in the test's own isolated world; null when the
 * page has no `<mba-lens>` host with a shadow root.
 */
export async function inCardWorld<R, A = undefined>(page: Page, fn: (root: ShadowRoot, arg: A) => R, arg?: A): Promise<R | null> {
  const session = await cdpOf(page);
  return withProbeWorld(page, async (contextId) => {
    const objectGroup = 'mba-lens-e2e-probe';
    try {
      const host = (await session.send('Runtime.evaluate', { expression: "document.querySelector('mba-lens')", contextId, objectGroup })) as EvaluateResult;
      if (host.result.objectId === undefined) return null;
      const { node } = (await session.send('DOM.describeNode', { objectId: host.result.objectId, depth: 0, pierce: true })) as {
        node: { shadowRoots?: Array<{ backendNodeId: number }> };
      };
      const shadow = node.shadowRoots?.[0];
      if (shadow === undefined) return null;
      const { object } = (await session.send('DOM.resolveNode', { backendNodeId: shadow.backendNodeId, executionContextId: contextId, objectGroup })) as {
        object: RemoteObject;
      };
      if (object.objectId === undefined) return null;
      const answer = (await session.send('Runtime.callFunctionOn', {
        objectId: object.objectId,
        functionDeclaration: `function (arg) { return (${fn.toString()})(this, arg); }`,
        arguments: [{ value: arg ?? null }],
        returnByValue: true,
        awaitPromise: true,
      })) as EvaluateResult;
      return unwrap<R>('inCardWorld', answer);
    } finally {
      await session.send('Runtime.releaseObjectGroup', { objectGroup }).catch(() => undefined);
    }
  });
}

/** Waits until the card is rendered in its host (without the harness's whole-DOM dump). */
export async function waitForCardWorld(page: Page, timeoutMs = 10_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if ((await inCardWorld(page, (root) => root.querySelector('.card') !== null).catch(() => null)) === true) return;
    await page.waitForTimeout(100);
  }
  throw new Error(`the card did not render within ${timeoutMs} ms`);
}

/** What the card shows, read from inside its shadow root. */
export interface CardState {
  hosts: number;
  kind: string | null;
  summary: string;
  expanded: string | null;
  rows: Array<{ fact: string; verdict: string }>;
  quotes: string[];
  signals: string[];
  /** Elements and attributes that would be markup or script from page text: must stay empty. */
  forbidden: string[];
  /** Every text node of the card, joined. */
  text: string;
}

export async function cardState(page: Page): Promise<CardState | null> {
  const inside = await inCardWorld(page, (root) => {
    const forbidden: string[] = [];
    for (const element of Array.from(root.querySelectorAll('*'))) {
      const tag = element.localName;
      if (['img', 'script', 'svg', 'iframe', 'object', 'embed', 'image', 'video', 'audio', 'link', 'meta', 'base', 'form'].includes(tag)) forbidden.push(`<${tag}>`);
      for (const attribute of Array.from(element.attributes)) {
        if (/^on/i.test(attribute.name)) forbidden.push(`${tag}[${attribute.name}]`);
        if (/^(href|src|action|formaction|xlink:href)$/i.test(attribute.name) && !/^https?:/i.test(attribute.value.trim())) forbidden.push(`${tag}[${attribute.name}=${attribute.value}]`);
      }
    }
    return {
      summary: root.querySelector('.summary')?.textContent ?? '',
      expanded: root.querySelector('.toggle')?.getAttribute('aria-expanded') ?? null,
      rows: Array.from(root.querySelectorAll('.comparison .row'), (row) => ({ fact: row.getAttribute('data-fact') ?? '', verdict: row.getAttribute('data-verdict') ?? '' })),
      quotes: Array.from(root.querySelectorAll('.quote'), (q) => q.textContent ?? ''),
      signals: Array.from(root.querySelectorAll('.signals li'), (li) => li.textContent ?? ''),
      forbidden,
      text: root.textContent ?? '',
    };
  });
  if (inside === null) return null;
  const outside = await inPageWorld(page, (doc) => ({
    hosts: doc.querySelectorAll('mba-lens').length,
    kind: doc.querySelector('mba-lens')?.getAttribute('data-kind') ?? null,
  }));
  return { ...inside, ...outside };
}

/** Clicks an element inside the card with a real mouse click at its centre (as the harness's `clickInCard`). */
export async function clickInCardWorld(page: Page, selector: string): Promise<void> {
  const box = await inCardWorld(page, (root, sel: string) => {
    const element = root.querySelector(sel);
    if (element === null) return null;
    element.scrollIntoView({ block: 'nearest' });
    const r = element.getBoundingClientRect();
    return { x: r.left + r.width / 2, y: r.top + r.height / 2 };
  }, selector);
  if (box === null || box === undefined) throw new Error(`no ${selector} in the card`);
  await page.mouse.click(box.x, box.y);
}

export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** The document-relative box of the page's element, measured with pristine built-ins. */
export async function layoutOf(page: Page, selector: string): Promise<Box | null> {
  return inPageWorld(page, (doc, sel: string) => {
    const element = doc.querySelector(sel);
    if (element === null) return null;
    const r = element.getBoundingClientRect();
    const view = doc.defaultView!;
    return { x: r.left + view.scrollX, y: r.top + view.scrollY, width: r.width, height: r.height };
  }, selector);
}
