#!/usr/bin/env node
/**
 * The second labelling pass (LABELLING.md): a second reader labelled a random fifth of the pages without seeing
 * the first label. This reads tests/corpus/second-pass/pass.json (page, first label, second label, second reader's
 * note) and writes tests/corpus/second-pass/SECOND-PASS.md: the agreement and every disagreement.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const DIR = join(dirname(fileURLToPath(import.meta.url)), '..', 'tests', 'corpus', 'second-pass');
const pass = JSON.parse(readFileSync(join(DIR, 'pass.json'), 'utf8'));
const agree = pass.filter((p) => p.first === p.second);
const disagree = pass.filter((p) => p.first !== p.second);
const pct = (n, d) => `${((100 * n) / d).toFixed(1)} %`;
const labels = ['mba-program', 'ai-career', 'other'];
const matrix = labels.map((a) => `| ${a} | ${labels.map((b) => pass.filter((p) => p.first === a && p.second === b).length).join(' | ')} |`);
const lines = [
  '# Second labelling pass',
  '',
  `A second reader labelled ${pass.length} pages of the corpus (a random fifth of each batch, chosen by a hash of the`,
  'page\'s name) by reading them with LABELLING.md at hand, without seeing the first label.',
  '',
  `**Agreement: ${agree.length} of ${pass.length} (${pct(agree.length, pass.length)}).**`,
  '',
  '| first \\ second | mba-program | ai-career | other |',
  '|---|---|---|---|',
  ...matrix,
  '',
  '## Disagreements, and the label kept',
  '',
  ...disagree.map((p) => `- \`${p.file}\` (${p.url}): first ${p.first}, second ${p.second}; kept **${p.kept}**. Second reader: “${p.note}” ${p.why}`),
  '',
];
writeFileSync(join(DIR, 'SECOND-PASS.md'), `${lines.join('\n')}\n`);
console.log(`second pass: ${agree.length}/${pass.length} agree`);
