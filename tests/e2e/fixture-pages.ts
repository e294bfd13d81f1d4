/**
 * The labelled fixture pages as the end-to-end tests serve them: whole saved pages and dev texts (wrapped in a
 * plain HTML page), each with a usable https address.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { PageKind } from '../../src/core/types';
import { expectedAnalysis } from './expected-analysis';
import { ROOT } from './harness';

/** A plain HTML page around a text (the dev-text corpus gives text, not HTML): title, canonical link, paragraphs. */
export function textPage(text: string, meta: { title: string | null; url: string; lang?: string }): string {
  const escape = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
  const paragraphs = text
    .split(/\n+/)
    .map((line) => line.trim())
    .filter((line) => line.length > 0)
    .map((line) => (/^#{1,6}\s/.test(line) ? `<h2>${escape(line.replace(/^#+\s*/, ''))}</h2>` : `<p>${escape(line)}</p>`))
    .join('\n');
  const title = meta.title === null ? '' : `<title>${escape(meta.title)}</title>`;
  return `<!doctype html><html lang="${escape(meta.lang ?? 'en')}"><head><meta charset="utf-8">${title}<link rel="canonical" href="${escape(meta.url)}"></head><body><main>\n${paragraphs}\n</main></body></html>`;
}

/** Fixture helpers: the labelled whole pages with a usable https address each. */
export interface WholePageFixture {
  file: string;
  url: string;
  label: 'mba-program' | 'ai-career' | 'other';
  html: string;
}

/** "https://x/ (inferred)" → "https://x/"; "https://www.aub.edu.lb/osb/ MBA microsite, program page" → an invented path. */
export function fixtureUrl(raw: string, file: string): string {
  const stripped = raw.replace(/\s*\(.*$/, '').trim();
  const first = stripped.split(/\s+/)[0] ?? '';
  const slug = file.replace(/\.html?$/, '');
  try {
    const url = new URL(first);
    if (stripped === first) return url.href;
    // A description rather than an address: keep the site, invent a page under it named after the fixture.
    return new URL(`${url.pathname.replace(/\/?$/, '/')}${slug}.html`, url.origin).href;
  } catch {
    return `https://fixtures.example.org/${slug}.html`;
  }
}

export function loadWholePages(): WholePageFixture[] {
  const dir = join(ROOT, 'tests/fixtures/whole-pages');
  const labels = JSON.parse(readFileSync(join(dir, 'labels.json'), 'utf8')) as Array<{ file: string; url: string; label: WholePageFixture['label'] }>;
  return labels.map((entry) => ({ file: entry.file, url: fixtureUrl(entry.url, entry.file), label: entry.label, html: readFileSync(join(dir, entry.file), 'utf8') }));
}

export interface DevTextFixture {
  file: string;
  url: string;
  title: string | null;
  label: 'mba-program' | 'ai-career' | 'other';
  html: string;
}

export function loadDevTexts(): DevTextFixture[] {
  const dir = join(ROOT, 'tests/fixtures/dev-text');
  return readdirSync(dir)
    .filter((name) => name.endsWith('.json'))
    .sort()
    .map((file) => {
      const data = JSON.parse(readFileSync(join(dir, file), 'utf8')) as { url: string; title: string | null; text: string; label: DevTextFixture['label'] };
      const url = fixtureUrl(data.url, file);
      return { file, url, title: data.title, label: data.label, html: textPage(data.text, { title: data.title, url }) };
    });
}

/**
 * The fixtures that the core, run in Node as the CLI runs it, shows as `kind` (`none`: no card): the pages a test
 * can count on for a card, or for silence, whatever the model makes of any one labelled page.
 */
export function detectedAs<T extends { html: string; url: string }>(fixtures: readonly T[], kind: PageKind): T[] {
  return fixtures.filter((f) => expectedAnalysis(f.html, f.url).result.kind === kind);
}
