/**
 * `npm run learning-curve`: would more labelled pages help the page-kind model? Cross-validation on the development
 * part (the same folds as `npm run eval`), with each fold's model fitted on a quarter, a half, three quarters and all
 * of its training sites (a fixed, hash-chosen subset of sites: pages of one site stay together). A figure that still
 * climbs at "all" says more pages of the corpus's kind would still pay; a flat one says they would not.
 */
import { readLabelledPage, readManifest } from './corpus';
import { both, chooseThresholds, crossValidate, falseCards, FOLDS, macroF1, scoreAt, siteHash } from './fit';

const SHARES = [0.25, 0.5, 0.75, 1];
const kept = (site: string, share: number) => (siteHash(`learning-curve:${site}`) % 1000) / 1000 < share;

const dev = readManifest().filter((e) => e.split === 'dev').map((e) => readLabelledPage(e));
console.log(`learning curve: cross-validation on the development part (${dev.length} pages, ${FOLDS} folds by site)`);
for (const share of SHARES) {
  const predictions = crossValidate(dev, undefined, (p) => kept(p.entry.site, share));
  // Each kept page trains the models of every fold but its own.
  const perFold = Math.round((dev.filter((p) => kept(p.entry.site, share)).length * (FOLDS - 1)) / FOLDS);
  const thresholds = chooseThresholds(predictions);
  const scored = scoreAt(predictions, thresholds);
  const { cards, negatives } = falseCards(scored);
  console.log(`  ${String(share * 100).padStart(3)} % of the training sites (${perFold} pages a fold): `
    + `macro-F1 ${macroF1(scored).toFixed(3)} with ${cards}/${negatives} false cards; at one threshold of 0.5: ${macroF1(scoreAt(predictions, both(0.5))).toFixed(3)}`);
}
