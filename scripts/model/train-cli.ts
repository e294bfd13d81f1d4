/**
 * `npm run train`: fits the page-kind model and the fact ranker on the development part of the corpus (never the
 * frozen test part), chooses their thresholds by site-grouped cross-validation there, and writes
 * src/core/model-weights.json and src/core/fact-weights.json.
 * Deterministic: the same corpus gives the same file, which a test checks.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { readLabelledPage, readManifest } from './corpus';
import { trainShippedModel } from './fit';
import { projectRoot } from './paths';
import { serializeFactWeights, serializeModel } from './serialize';
import { trainFactWeights } from './fact-fit';

const WEIGHTS = join(projectRoot(), 'src', 'core', 'model-weights.json');
const FACT_WEIGHTS = join(projectRoot(), 'src', 'core', 'fact-weights.json');

const started = Date.now();
const dev = readManifest().filter((e) => e.split === 'dev');
const pages = dev.map((entry) => readLabelledPage(entry));
const { model } = trainShippedModel(pages);
const text = serializeModel(model);
writeFileSync(WEIGHTS, text);
console.log(`train: ${pages.length} development pages, ${Object.keys(model.features).length} features kept, thresholds ${JSON.stringify(model.thresholds)}; `
  + `wrote src/core/model-weights.json (${text.length.toLocaleString('en')} B) in ${((Date.now() - started) / 1000).toFixed(1)} s`);

const facts = trainFactWeights(pages);
const factText = serializeFactWeights(facts);
writeFileSync(FACT_WEIGHTS, factText);
console.log(`train: fact ranker on ${pages.filter((p) => p.kind === 'mba-program' && p.entry.facts !== null).length} labelled MBA pages, thresholds `
  + `${JSON.stringify({ credits: facts.credits.threshold, duration: facts.duration.threshold, tuition: facts.tuition.threshold, format: facts.format.threshold })}; `
  + `wrote src/core/fact-weights.json (${factText.length.toLocaleString('en')} B)`);
