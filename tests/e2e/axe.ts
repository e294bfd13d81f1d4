/**
 * axe-core (https://github.com/dequelabs/axe-core) in the end-to-end tests: injected into a page, run over WCAG
 * 2.0 / 2.1 A and AA and best practice, and its violations reduced to lines that say which rule failed where.
 *
 * The card lives in a closed shadow root, which axe (like any script of the page) cannot enter. `exposeCard` lets
 * it: DevTools can see closed roots, so the harness resolves the root over CDP (as `inCard` does) and defines
 * `shadowRoot` on the host's main-world wrapper, which is what axe reads to walk into a shadow tree. The getter
 * exists only in the page's main world, for this test; the card, the content script's isolated world and the DOM
 * are untouched, so axe judges the real card as the real content script rendered it.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';
import type { ExtensionBrowser } from './harness';

const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

export const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'];

/**
 * The rules whose outcome depends on colours. A second colour scheme changes nothing else (the same DOM, names and
 * roles), so the tests run every rule once and only these again in the other scheme, to keep the run short.
 */
const COLOUR_RULES = ['color-contrast', 'link-in-text-block'];

/** Every rule of AXE_TAGS, or only those that colours can change. */
export type AxeOnly = 'all' | 'colours';

interface AxeNode {
  target: unknown[];
  failureSummary?: string;
  any?: Array<{ data?: { messageKey?: string } | null }>;
}

interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: AxeNode[];
}

/**
 * Runs axe over `include` (a selector; the whole page when absent) and returns one line per failing node. Text whose
 * contrast axe could not work out counts as failing too (axe calls it "incomplete"), so a contrast check that
 * silently did not run cannot pass; the exceptions are a lone symbol or character, and text that a scrolling panel
 * has scrolled out of sight (the popup's panels), whose colours are the same classes as the text in sight.
 */
export async function axeViolations(page: Page, include?: string, only: AxeOnly = 'all'): Promise<string[]> {
  const loaded = await page.evaluate(() => typeof (window as unknown as { axe?: unknown }).axe === 'object');
  // Evaluated over CDP, so a page's CSP does not stop it.
  if (!loaded) await page.evaluate(AXE_SOURCE);
  const violations = await page.evaluate(
    async ({ include, tags, rules }) => {
      const axe = (window as unknown as { axe: { run(context: unknown, options: unknown): Promise<{ violations: AxeViolation[]; incomplete: AxeViolation[] }> } }).axe;
      const context = include === undefined ? document : { include: [include] };
      const runOnly = rules === null ? { type: 'tag', values: tags } : { type: 'rule', values: rules };
      const result = await axe.run(context, { runOnly, resultTypes: ['violations', 'incomplete'] });
      const undecidable = new Set(['nonBmp', 'shortTextContent', 'elmPartiallyObscured', 'outsideViewport']);
      const undecided = result.incomplete
        .filter((v) => v.id === 'color-contrast')
        .map((v) => ({
          ...v,
          id: 'color-contrast-undecided',
          nodes: v.nodes.filter((n) => !(n.any ?? []).some((check) => undecidable.has(check.data?.messageKey ?? ''))),
        }))
        .filter((v) => v.nodes.length > 0);
      return [...result.violations, ...undecided].map((v) => ({ id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.map((n) => ({ target: n.target, failureSummary: n.failureSummary ?? '' })) }));
    },
    { include, tags: AXE_TAGS, rules: only === 'colours' ? COLOUR_RULES : null },
  );
  return violations.flatMap((v) =>
    v.nodes.map((n) => `${v.id} (${v.impact ?? '?'}): ${v.help} at ${JSON.stringify(n.target)}: ${(n.failureSummary ?? '').replace(/\s+/g, ' ').slice(0, 300)}`),
  );
}

/** Makes the card's closed shadow root visible to axe in the page's main world (see the header). */
export async function exposeCard(browser: ExtensionBrowser, page: Page): Promise<void> {
  await browser.inCard(page, (root) => {
    Object.defineProperty(root.host, 'shadowRoot', { configurable: true, get: () => root });
    // axe lays out its grid (for colour contrast: what is behind each text) by walking `document.body`, but the host
    // is a child of <html>, after <body> (DESIGN §5). Widen that one walk to <html>, starting at <body>, so the walk
    // goes on past the body to the host; every other walk is left as it is.
    const marked = document as Document & { mbaLensAxeWalker?: boolean };
    if (marked.mbaLensAxeWalker === true) return;
    marked.mbaLensAxeWalker = true;
    const create = document.createTreeWalker.bind(document);
    document.createTreeWalker = (start: Node, whatToShow?: number, filter?: NodeFilter | null) => {
      if (start !== document.body || document.body === null) return create(start, whatToShow, filter);
      const walker = create(document.documentElement, whatToShow, filter);
      walker.currentNode = document.body;
      return walker;
    };
  });
}

/** axe over the card alone (the fixture page around it is someone else's and not judged). */
export async function cardViolations(browser: ExtensionBrowser, page: Page, only: AxeOnly = 'all'): Promise<string[]> {
  await exposeCard(browser, page);
  return axeViolations(page, 'mba-lens', only);
}
