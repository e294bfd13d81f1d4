// @ts-check
/**
 * The benchmark's page set: the 130 real unrelated pages, the labelled MBA and career fixtures, and one generated
 * ~10 MB MBA page. Each page gets a realistic https address (its canonical or og:url where it has one, else the
 * address its labels give, as the end-to-end tests do).
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

/**
 * @typedef {'unrelated' | 'near-miss' | 'detected'} PageGroup
 *   unrelated: tests/fixtures/web-pages (news, blogs, docs: none is an MBA or AI-career page);
 *   near-miss: fixtures labelled "other" (business-school home pages, non-AI postings…) that the gate may pass;
 *   detected: fixtures labelled mba-program / ai-career, and the generated huge page.
 * @typedef {{ name: string, url: string, group: PageGroup, label: string, html: Buffer, huge?: boolean }} BenchPage
 */

/** Size of the generated page (DESIGN §7: "pages up to 10 MB of HTML"). */
export const HUGE_PAGE_BYTES = 10 * 1024 * 1024;
/** The real MBA page whose body is repeated to make the huge page. */
const HUGE_PAGE_BASE = 'whole-pages/004-aub-osb-mba-program.html';

/** Address the page declares for itself: `<link rel=canonical>` or `og:url`, https only. */
export function declaredUrl(/** @type {string} */ html) {
  const canonical = /<link[^>]+rel=["']?canonical["']?[^>]*>/i.exec(html)?.[0];
  const og = /<meta[^>]+property=["']og:url["'][^>]*>/i.exec(html)?.[0];
  for (const tag of [canonical, og]) {
    const href = tag === undefined ? undefined : /(?:href|content)=["']([^"']+)["']/i.exec(tag)?.[1];
    if (href !== undefined && /^https?:\/\/[^/]+/i.test(href)) return href.replace(/&amp;/g, '&').replace(/^http:/i, 'https:');
  }
  return null;
}

/** The address as Chromium reports it in the trace (normalised, no fragment). */
function normalise(/** @type {string} */ url) {
  const u = new URL(url);
  u.hash = '';
  return u.href;
}

/**
 * @param {string} root the repository
 * @param {(raw: string, file: string) => string} fixtureUrl the end-to-end harness's address rule for labelled fixtures
 * @returns {BenchPage[]}
 */
export function loadPages(root, fixtureUrl) {
  const fixtures = join(root, 'tests/fixtures');
  /** @type {BenchPage[]} */
  const pages = [];
  const webDir = join(fixtures, 'web-pages');
  for (const file of readdirSync(webDir).filter((n) => n.endsWith('.html')).sort()) {
    const html = readFileSync(join(webDir, file));
    const url = declaredUrl(html.toString('utf8')) ?? `https://pages.example.org/${file}`;
    pages.push({ name: `web-pages/${file}`, url, group: 'unrelated', label: 'other', html });
  }
  for (const dir of ['whole-pages', 'saved-pages']) {
    /** @type {Array<{ file: string, label: string, url?: string | null }>} */
    const labels = JSON.parse(readFileSync(join(fixtures, dir, 'labels.json'), 'utf8'));
    for (const entry of labels) {
      const html = readFileSync(join(fixtures, dir, entry.file));
      const url = typeof entry.url === 'string' ? fixtureUrl(entry.url, entry.file) : declaredUrl(html.toString('utf8')) ?? fixtureUrl('', entry.file);
      const group = entry.label === 'mba-program' || entry.label === 'ai-career' ? 'detected' : 'near-miss';
      pages.push({ name: `${dir}/${entry.file}`, url, group, label: entry.label, html });
    }
  }
  pages.push(hugePage(fixtures));
  // Two fixtures may declare the same address; the trace finds each page by its address, so keep them apart.
  const seen = new Set();
  for (const page of pages) {
    let url = normalise(page.url);
    for (let n = 2; seen.has(url); n++) url = normalise(`${page.url.replace(/#.*$/, '')}${page.url.includes('?') ? '&' : '?'}copy=${n}`);
    seen.add(url);
    page.url = url;
  }
  return pages;
}

/** A real MBA page with its own body (scripts removed) repeated until the document is ~10 MB. */
function hugePage(/** @type {string} */ fixtures) {
  const base = readFileSync(join(fixtures, HUGE_PAGE_BASE), 'utf8');
  const bodyStart = base.search(/<body[^>]*>/i);
  const bodyEnd = base.search(/<\/body>/i);
  const openTagEnd = base.indexOf('>', bodyStart) + 1;
  const body = base.slice(openTagEnd, bodyEnd).replace(/<script\b[\s\S]*?<\/script>/gi, '');
  const copies = Math.ceil((HUGE_PAGE_BYTES - base.length) / body.length);
  const repeated = Array.from({ length: copies }, (_, i) => `<section data-copy="${i + 1}">${body}</section>`).join('\n');
  const html = `${base.slice(0, bodyEnd)}\n${repeated}\n${base.slice(bodyEnd)}`;
  return /** @type {BenchPage} */ ({
    name: `generated/huge-mba-page.html (${HUGE_PAGE_BASE} + body ×${copies})`,
    url: 'https://www.aub.edu.lb/osb/mba/program-huge.html',
    group: 'detected',
    label: 'mba-program',
    html: Buffer.from(html),
    huge: true,
  });
}
