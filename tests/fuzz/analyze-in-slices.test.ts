/**
 * The content script's analysis, in slices with a yield between them: the same result as the one-go analysis,
 * and no exception when the page changes between slices.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyzeDocument, analyzeDocumentInSlices } from '../../src/core/analyze';
import { parseDocument } from '../support/parse-html';
import { page } from './arbitraries';
import { analysisProblems } from './contract';
import { checkAsyncProperty, FUZZ_TIMEOUT } from './fuzz-runs';

describe('analyzeDocumentInSlices', () => {
  it('gives the same result as analyzeDocument, whatever the slice size', async () => {
    await checkAsyncProperty('analyzeDocumentInSlices: same result as analyzeDocument', fc.asyncProperty(page(), fc.integer({ min: 1, max: 60 }), fc.boolean(), async ({ html, url: address }, nodesPerSlice, force) => {
      const whole = analyzeDocument(parseDocument(html), { url: address, force });
      let yields = 0;
      const sliced = await analyzeDocumentInSlices(parseDocument(html), { url: address, force, nodesPerSlice, yieldToMain: async () => void yields++ });
      expect(analysisProblems(sliced)).toEqual([]);
      expect(sliced.result).toEqual(whole.result);
      expect(sliced.shown.evidence).toEqual(whole.shown.evidence);
      expect(yields).toBeGreaterThan(0);
    }));
  }, FUZZ_TIMEOUT);

  it('never throws when the page changes between slices (nodes removed, text cut, body or root replaced)', async () => {
    const mutation = fc.constantFrom('remove-random', 'cut-text', 'replace-body', 'remove-root', 'append-deep', 'clear-body', 'move-node', 'none');
    await checkAsyncProperty('analyzeDocumentInSlices: page mutating between slices', fc.asyncProperty(page(), fc.array(mutation, { minLength: 1, maxLength: 12 }), fc.nat(), fc.boolean(), async ({ html, url: address }, mutations, seed, force) => {
      const doc = parseDocument(html);
      let step = 0;
      const mutate = (): void => {
        const kind = mutations[step++ % mutations.length];
        // linkedom's `body` getter throws once the root is gone (a browser's returns null).
        const body = doc.documentElement ? doc.body : null;
        const all = [...doc.querySelectorAll('*')];
        const pick = all[(seed + step * 7) % Math.max(1, all.length)];
        const text = all.flatMap((el) => [...el.childNodes]).find((n): n is Text => n.nodeType === 3) ?? null;
        if (kind === 'remove-random') pick?.remove();
        else if (kind === 'cut-text' && text) text.data = text.data.slice(0, text.data.length >> 1);
        else if (kind === 'replace-body' && body) {
          const fresh = doc.createElement('body');
          fresh.append(doc.createTextNode('Replaced: Online MBA, 36 credits.'));
          body.replaceWith(fresh);
        } else if (kind === 'remove-root') doc.documentElement?.remove();
        else if (kind === 'append-deep' && body) {
          let node: Element = body;
          for (let i = 0; i < 200; i++) node = node.appendChild(doc.createElement(i % 2 ? 'div' : 'span'));
          node.append(doc.createTextNode('The 36-credit STEM MBA takes 12 months.'));
        } else if (kind === 'clear-body') body?.replaceChildren();
        else if (kind === 'move-node' && pick && all.length > 1) all[(seed + step) % all.length]?.append(pick.cloneNode(true));
      };
      const analysis = await analyzeDocumentInSlices(doc, { url: address, force, nodesPerSlice: 1 + (seed % 7), yieldToMain: async () => mutate() });
      expect(analysisProblems(analysis)).toEqual([]);
    }));
  }, FUZZ_TIMEOUT);
});
