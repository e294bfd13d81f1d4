/**
 * The labelled corpora as test fixtures: dev page texts wrapped in HTML as their README says, whole saved pages
 * with their labels, and the real unrelated pages. The figures over the labelled corpus (macro-F1, false cards,
 * facts) are scripts/model/'s, which `npm run eval` and the corpus test share.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { PageFacts, PageKind } from '../../src/core/types';

export const FIXTURES = resolve(fileURLToPath(import.meta.url), '../../fixtures');

export interface LabelledPage {
  name: string;
  url: string;
  label: PageKind;
  html: string;
  /** Hand-labelled facts, where the corpus gives them. */
  facts?: Partial<PageFacts>;
}

interface DevText {
  url: string;
  title: string | null;
  text: string;
  label: 'mba-program' | 'ai-career' | 'other';
  facts: Partial<PageFacts>;
}

const kindOf = (label: string): PageKind => (label === 'other' ? 'none' : (label as PageKind));

function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/** The README's recipe: a plain page with the title and a canonical link; paragraphs as <p>, lines as <br>. */
export function wrapText(text: string, title: string | null, url: string): string {
  const paragraphs = text.split(/\n\s*\n/).filter((p) => p.trim().length > 0)
    .map((p) => `<p>${p.split('\n').map(escapeHtml).join('<br>\n')}</p>`);
  return `<!doctype html><html><head><meta charset="utf-8"><title>${escapeHtml(title ?? '')}</title>`
    + `<link rel="canonical" href="${escapeHtml(url)}"></head><body>\n${paragraphs.join('\n')}\n</body></html>`;
}

export const devTextPages = (): LabelledPage[] => textPages('dev-text');
/** Gathered after the old classifier was first tuned; now part of the corpus too (tests/corpus). */
export const validationTextPages = (): LabelledPage[] => textPages('validation-text');

function textPages(folder: string): LabelledPage[] {
  const dir = join(FIXTURES, folder);
  return readdirSync(dir).filter((f) => f.endsWith('.json')).sort().map((file) => {
    const page = JSON.parse(readFileSync(join(dir, file), 'utf8')) as DevText;
    return { name: file, url: page.url, label: kindOf(page.label), html: wrapText(page.text, page.title, page.url), facts: page.facts };
  });
}

interface WholePageLabel {
  file: string;
  url?: string | null;
  label: string;
}

/** A usable URL for a labelled page: the label's address without its "(inferred…)" note, else a made-up one. */
export function fixtureUrl(raw: string | undefined, file: string): string {
  const candidate = (raw ?? '').replace(/\s*\(.*$/, '').split(/\s+/)[0] ?? '';
  try {
    const url = new URL(candidate);
    if (url.protocol === 'https:' || url.protocol === 'http:') return url.href;
  } catch {
    // fall through
  }
  return `https://fixtures.example/${file}`;
}

function labelledHtml(folder: string): LabelledPage[] {
  const dir = join(FIXTURES, folder);
  const labels = JSON.parse(readFileSync(join(dir, 'labels.json'), 'utf8')) as WholePageLabel[];
  return labels.map((entry) => ({
    name: entry.file,
    url: fixtureUrl(entry.url ?? undefined, entry.file),
    label: kindOf(entry.label),
    html: readFileSync(join(dir, entry.file), 'utf8'),
  }));
}

export const wholePages = (): LabelledPage[] => labelledHtml('whole-pages');
export const savedPages = (): LabelledPage[] => labelledHtml('saved-pages');

export function unrelatedPages(): LabelledPage[] {
  const dir = join(FIXTURES, 'web-pages');
  return readdirSync(dir).filter((f) => f.endsWith('.html')).sort().map((file) => ({
    name: file,
    url: `https://unrelated.example/${file.replace(/\.html$/, '')}/`,
    label: 'none' as PageKind,
    html: readFileSync(join(dir, file), 'utf8'),
  }));
}

/** The MBA facts of the CLI contract, as `npm run eval` scores them. */
export { PROGRAM_FACTS } from '../../scripts/model/fact-score';
