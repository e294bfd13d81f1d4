#!/usr/bin/env node
// Merges fact labels into tests/corpus/manifest.json: each JSON file under tests/corpus/incoming/facts/ holds
// `[{ file, facts, evidence, notes }]` as written by a labeller (LABELLING.md, "Facts"). A label is taken only for an
// mba-program page, with all nine facts, and with every quote found in the page's text; anything else is reported
// and left out. The labeller's note is kept after the page note, marked `facts:`.
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gunzipSync } from 'node:zlib';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const CORPUS = join(ROOT, 'tests', 'corpus');
const INCOMING = join(CORPUS, 'incoming', 'facts');
const FACTS = ['credits', 'durationMonthsMin', 'durationMonthsMax', 'stem', 'opt', 'format', 'tuitionUSD', 'aiCurriculum', 'ethics'];

const manifest = JSON.parse(readFileSync(join(CORPUS, 'manifest.json'), 'utf8'));
const byFile = new Map(manifest.map((e) => [e.file, e]));
const ENTITIES = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ', ndash: '–', mdash: '—', rsquo: '’', lsquo: '‘', rdquo: '”', ldquo: '“' };
const decode = (s) => s
  .replace(/&#x([0-9a-f]+);/gi, (_, h) => String.fromCodePoint(Number.parseInt(h, 16)))
  .replace(/&#(\d+);/g, (_, d) => String.fromCodePoint(Number(d)))
  .replace(/&([a-z]+);/gi, (m, n) => ENTITIES[n.toLowerCase()] ?? m);
// Compared without any whitespace: the labeller read the snapshot's text, where inline elements join with no
// space ("Duration18–24 Months") and blocks with one; the title and meta description are attribute or head text.
const squash = (s) => decode(s).replace(/\s+/g, '').toLowerCase();
const pageText = (file) => {
  const bytes = readFileSync(join(CORPUS, file));
  const html = (file.endsWith('.gz') ? gunzipSync(bytes) : bytes).toString('utf8');
  return `${squash(html.replace(/<[^>]*>/g, ''))}\n${squash(html)}`;
};

let taken = 0;
const problems = [];
for (const name of readdirSync(INCOMING).filter((f) => f.endsWith('.json')).sort()) {
  for (const label of JSON.parse(readFileSync(join(INCOMING, name), 'utf8'))) {
    const entry = byFile.get(label.file);
    if (!entry || entry.label !== 'mba-program') {
      problems.push(`${name}: ${label.file} is not an mba-program page of the corpus`);
      continue;
    }
    if (!FACTS.every((f) => f in (label.facts ?? {}))) {
      problems.push(`${name}: ${label.file} lacks a fact`);
      continue;
    }
    const text = pageText(entry.file);
    const evidence = {};
    const missing = [];
    for (const [fact, quote] of Object.entries(label.evidence ?? {})) {
      if (label.facts[fact] === null) continue;
      if (!text.includes(squash(quote))) missing.push(fact);
      else evidence[fact] = quote;
    }
    if (missing.length > 0) {
      problems.push(`${name}: ${label.file} quote of ${missing.join(', ')} not found in the page`);
      continue;
    }
    entry.facts = Object.fromEntries(FACTS.map((f) => [f, label.facts[f]]));
    entry.evidence = evidence;
    const note = String(label.notes ?? '').trim();
    entry.notes = `${entry.notes.replace(/ facts: .*$/s, '')}${note ? ` facts: ${note}` : ''}`;
    taken++;
  }
}
writeFileSync(join(CORPUS, 'manifest.json'), `${JSON.stringify(manifest, null, 1)}\n`);
for (const p of problems) console.log(p);
const labelled = manifest.filter((e) => e.facts !== null);
console.log(`facts: ${taken} labels taken, ${problems.length} left out; ${labelled.length} mba-program pages labelled (${labelled.filter((e) => e.whole).length} whole, ${labelled.filter((e) => e.split === 'test').length} in the test part, ${new Set(labelled.map((e) => e.site)).size} sites)`);
