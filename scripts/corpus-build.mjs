#!/usr/bin/env node
/**
 * Builds tests/corpus/ (manifest.json and pages/) from the labelled batches: the project's earlier fixtures and the
 * gatherers' batches under tests/corpus/incoming/<batch>/ (see LABELLING.md). Run it when a batch is added:
 *
 *   node scripts/corpus-build.mjs            adds the batches' new pages to the corpus
 *   node scripts/corpus-build.mjs --fresh    rebuilds it from the batches alone
 *   node scripts/corpus-build.mjs --only=a,b adds only the batches whose names start so (others are still being gathered)
 *
 * - Text excerpts are wrapped in a minimal page (title, canonical link, paragraphs), as ../shared/corpus/dev says.
 *   An excerpt whose title is not known (the `pages` search corpus gives none) gets an empty title, not one made
 *   up from its text: the gate then reads its opening words, as it does on any page without a title.
 * - Whole pages keep their markup, menus and footers; their scripts (but JSON-LD), styles and comments are removed:
 *   the corpus holds the pages' words and structure, never their code.
 * - Pages that ../shared/tools/check-held-out.mjs flags never enter; duplicates go, by address and by text; no site
 *   keeps more than 2 % of the corpus.
 * - The split is by site and frozen: a site keeps the split it was first given; a new site goes to `test` when the
 *   hash of `SPLIT_SALT + site` falls in the first 28 of 100 buckets. Nothing here looks at how any model does.
 *   `--resplit` draws every site's part again with the current salt: only when a test part has been looked at while
 *   choosing (the first split was, once, and was drawn again with a new salt).
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const CORPUS = join(ROOT, 'tests', 'corpus');
const PAGES = join(CORPUS, 'pages');
const FIXTURES = join(ROOT, 'tests', 'fixtures');
const TEST_BUCKETS = 28;
const SPLIT_SALT = 'split-2:';
const MAX_SITE_SHARE = 0.02;

/** FNV-1a, as scripts/model/fit.ts's siteHash. */
function siteHash(site) {
  let h = 0x811c9dc5;
  for (let i = 0; i < site.length; i++) h = Math.imul(h ^ site.charCodeAt(i), 0x01000193) >>> 0;
  return h;
}

const escapeHtml = (text) => String(text).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** ../shared/corpus/dev's recipe: a plain page with the title and a canonical link; paragraphs as <p>, lines as <br>. */
export function wrapText(text, title, url) {
  const paragraphs = String(text).split(/\n\s*\n/).filter((p) => p.trim().length > 0)
    .map((p) => `<p>${p.split('\n').map(escapeHtml).join('<br>\n')}</p>`);
  return `<!doctype html><html><head><meta charset="utf-8"><title>${escapeHtml(title ?? '')}</title>`
    + `<link rel="canonical" href="${escapeHtml(url)}"></head><body>\n${paragraphs.join('\n')}\n</body></html>\n`;
}

/** A whole page without its code: scripts (JSON-LD kept), styles, comments and inline SVG paths go. */
export function tidyPage(html) {
  return String(html)
    .replace(/^\uFEFF/, '')
    .replace(/^---\r?\n[\s\S]*?\r?\n---\r?\n/, '')
    .replace(/<script\b([^>]*)>[\s\S]*?<\/script\s*>/gi, (whole, attrs) => (/application\/ld\+json/i.test(attrs) ? whole : ''))
    .replace(/<style\b[^>]*>[\s\S]*?<\/style\s*>/gi, '')
    .replace(/<!--[\s\S]*?-->/g, '')
    .replace(/<path\b[^>]*>/gi, '')
    .replace(/\s(?:on[a-z]+)\s*=\s*(?:"[^"]*"|'[^']*')/gi, '')
    .replace(/\n\s*\n\s*\n+/g, '\n\n');
}

function hostOf(url) {
  try {
    return new URL(url).hostname.toLowerCase().replace(/^www\./, '');
  } catch {
    return '';
  }
}

const normalUrl = (url) => String(url).trim().toLowerCase().replace(/^https?:\/\/(www\.)?/, '').replace(/[?#].*$/, '').replace(/\/+$/, '');
const visibleText = (html) => html.replace(/<script[\s\S]*?<\/script>/gi, ' ').replace(/<[^>]+>/g, ' ').replace(/&[a-z#0-9]+;/gi, ' ')
  .toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
const textKey = (html) => visibleText(html).slice(0, 1_500);

function guessLanguage(html, fallback = 'en') {
  const lang = /<html[^>]*\blang\s*=\s*["']?([a-zA-Z]{2,3})/i.exec(html)?.[1];
  const text = visibleText(html).slice(0, 4_000);
  if (/[\u3040-\u30ff]/.test(text)) return 'ja';
  if (/[\u4e00-\u9fff]/.test(text)) return 'zh';
  if (/[\u0370-\u03ff]{20}/.test(text)) return 'el';
  return lang ? lang.toLowerCase() : fallback;
}

const slug = (s) => String(s).toLowerCase().replace(/\.(html?|json|php|aspx?)$/, '').replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '').slice(0, 60) || 'page';

/** The project's earlier fixtures, as batch entries. */
function fixtureBatches() {
  const out = [];
  for (const folder of ['dev-text', 'validation-text']) {
    const dir = join(FIXTURES, folder);
    for (const file of readdirSync(dir).filter((f) => f.endsWith('.json')).sort()) {
      const page = JSON.parse(readFileSync(join(dir, file), 'utf8'));
      const html = wrapText(page.text, page.title, page.url);
      out.push({
        batch: folder, name: file, html, url: page.url, site: hostOf(page.url), label: page.label, whole: false,
        source: `pages corpus (project fixture tests/fixtures/${folder}/${file})`, language: guessLanguage(html),
        facts: page.label === 'mba-program' ? page.facts ?? null : null, notes: page.notes ?? '',
      });
    }
  }
  const savedSources = new Map();
  const table = readFileSync(join(FIXTURES, 'saved-pages', 'sources.md'), 'utf8');
  for (const row of table.split('\n').filter((l) => l.startsWith('| ') && l.includes('.html |'))) {
    const cells = row.split('|').map((c) => c.trim());
    savedSources.set(cells[1], { repo: cells[2], path: cells[3], commit: (cells[4] ?? '').split(' ')[0], url: cells[6] });
  }
  for (const folder of ['whole-pages', 'saved-pages']) {
    const dir = join(FIXTURES, folder);
    for (const entry of JSON.parse(readFileSync(join(dir, 'labels.json'), 'utf8'))) {
      const saved = savedSources.get(entry.file);
      const url = (saved?.url ?? String(entry.url ?? '')).replace(/\s*\(.*$/, '').split(/\s+/)[0] ?? '';
      const html = tidyPage(readFileSync(join(dir, entry.file), 'utf8'));
      out.push({
        batch: folder, name: entry.file, html, url, site: hostOf(url), label: entry.label === 'none' ? 'other' : entry.label, whole: true,
        source: entry.source ?? (saved ? `${saved.repo} ${saved.path}@${saved.commit}` : `project fixture tests/fixtures/${folder}/${entry.file}`),
        language: guessLanguage(html), facts: null, notes: entry.notes ?? '',
      });
    }
  }
  return out;
}

/** The gatherers' batches: incoming/<batch>/entries.json with their files. */
function incomingBatches() {
  const out = [];
  const dir = join(CORPUS, 'incoming');
  if (!existsSync(dir)) return out;
  const only = process.argv.find((a) => a.startsWith('--only='))?.slice('--only='.length).split(',').filter(Boolean) ?? null;
  for (const batch of readdirSync(dir).sort()) {
    if (only !== null && !only.some((prefix) => batch.startsWith(prefix))) continue;
    const list = join(dir, batch, 'entries.json');
    if (!existsSync(list)) continue;
    let entries;
    try {
      entries = JSON.parse(readFileSync(list, 'utf8'));
    } catch (error) {
      console.error(`skip ${batch}: entries.json unreadable (${error.message})`);
      continue;
    }
    for (const e of entries) {
      const path = join(dir, batch, String(e.file ?? ''));
      if (!e.file || !existsSync(path) || !['mba-program', 'ai-career', 'other'].includes(e.label)) {
        console.error(`skip ${batch}/${e.file}: missing file or bad label`);
        continue;
      }
      let html;
      if (path.endsWith('.json')) {
        const page = JSON.parse(readFileSync(path, 'utf8'));
        html = wrapText(page.text ?? '', page.title || '', page.url ?? e.url);
      } else {
        html = tidyPage(readFileSync(path, 'utf8'));
      }
      const url = String(e.url ?? '').trim().split(/\s+/)[0] ?? '';
      out.push({
        batch, name: e.file, html, url, site: String(e.site || hostOf(url)).toLowerCase().replace(/^www\./, ''), label: e.label,
        whole: e.whole === true && !path.endsWith('.json'), source: e.source ?? '', language: e.language || guessLanguage(html),
        facts: e.label === 'mba-program' ? e.facts ?? null : null, notes: e.notes ?? '',
      });
    }
  }
  return out;
}

/**
 * The corpus as it stands: its pages stay as they are (file, label, split), and a new batch only adds to it, so
 * the gatherers' raw batches (which hold the pages' scripts) need not be kept. `--fresh` starts over from the
 * batches alone.
 */
const fresh = process.argv.includes('--fresh');
const resplit = process.argv.includes('--resplit');
const splitOf = (site) => (siteHash(SPLIT_SALT + site) % 100 < TEST_BUCKETS ? 'test' : 'dev');
const previous = !fresh && existsSync(join(CORPUS, 'manifest.json')) ? JSON.parse(readFileSync(join(CORPUS, 'manifest.json'), 'utf8')) : [];
const frozenSplit = new Map(resplit ? [] : previous.map((e) => [e.site, e.split]));
const kept = previous.map((e) => ({ ...e, split: frozenSplit.get(e.site) ?? splitOf(e.site), html: readFileSync(join(CORPUS, e.file), 'utf8') }));
const seenUrls = new Set(kept.map((e) => normalUrl(e.url)));
const seenTexts = new Set(kept.map((e) => textKey(e.html)));

/** The candidates that ../shared/tools/check-held-out.mjs flags: pages the product is judged on never enter the corpus. */
function heldOut(list) {
  const file = join(tmpdir(), `corpus-candidates-${process.pid}.json`);
  writeFileSync(file, JSON.stringify(list.map((c) => ({ url: c.url, source: c.source }))));
  let out;
  try {
    out = execFileSync(process.execPath, [join(ROOT, '..', 'shared', 'tools', 'check-held-out.mjs'), file], { encoding: 'utf8' });
  } catch (error) {
    if (typeof error?.stdout !== 'string') throw error;
    out = error.stdout;
  } finally {
    rmSync(file, { force: true });
  }
  return new Set([...out.matchAll(/\.json\[(\d+)\]/g)].map((m) => Number(m[1])));
}

const readable = [...fixtureBatches(), ...incomingBatches()].filter((c) => c.url && c.site && visibleText(c.html).length >= 200);
const flagged = heldOut(readable);
const candidates = readable.filter((_, i) => !flagged.has(i));
const added = [];
let duplicates = 0;
for (const c of candidates) {
  const u = normalUrl(c.url);
  const t = textKey(c.html);
  if (seenUrls.has(u) || seenTexts.has(t)) {
    duplicates++;
    continue;
  }
  seenUrls.add(u);
  seenTexts.add(t);
  added.push(c);
}
const cap = Math.max(1, Math.floor((kept.length + added.length) * MAX_SITE_SHARE));
const perSite = new Map();
for (const e of kept) perSite.set(e.site, (perSite.get(e.site) ?? 0) + 1);
const accepted = added.filter((c) => {
  const n = (perSite.get(c.site) ?? 0) + 1;
  perSite.set(c.site, n);
  return n <= cap;
});

if (fresh) rmSync(PAGES, { recursive: true, force: true });
mkdirSync(PAGES, { recursive: true });
const manifest = [
  ...kept.map(({ html, ...entry }) => entry),
  ...accepted.map((c, i) => {
    const file = `pages/${String(kept.length + i + 1).padStart(4, '0')}-${slug(c.name)}.html`;
    writeFileSync(join(CORPUS, file), c.html);
    const split = frozenSplit.get(c.site) ?? splitOf(c.site);
    return { file, url: c.url, source: c.source, label: c.label, split, language: c.language, facts: c.facts, notes: c.notes, site: c.site, whole: c.whole };
  }),
];
writeFileSync(join(CORPUS, 'manifest.json'), `${JSON.stringify(manifest, null, 1)}\n`);
const count = (f) => manifest.filter(f).length;
console.log(`corpus: ${manifest.length} pages (${accepted.length} added; ${flagged.size} held out, ${duplicates} duplicates and ${added.length - accepted.length} over the site cap of ${cap} left out), `
  + `${new Set(manifest.map((e) => e.site)).size} sites; mba-program ${count((e) => e.label === 'mba-program')}, ai-career ${count((e) => e.label === 'ai-career')}, `
  + `other ${count((e) => e.label === 'other')}; whole ${count((e) => e.whole)}; test ${count((e) => e.split === 'test')} `
  + `(${new Set(manifest.filter((e) => e.split === 'test').map((e) => e.site)).size} sites); languages ${[...new Set(manifest.map((e) => e.language))].sort().join(' ')}`);
