/**
 * What the card should show for a fixture: the same core the content script runs, over linkedom in Node (as the
 * CLI does). The end-to-end tests compare the browser's card with this instead of restating the core's rules.
 */
import { parseHTML } from 'linkedom';
import { analyzeDocument, type PageAnalysis } from '../../src/core/analyze';

export function expectedAnalysis(html: string, url: string): PageAnalysis {
  const { document } = parseHTML(html);
  return analyzeDocument(document as unknown as Document, { url });
}

/** The rows as the card marks them (`data-fact`, `data-verdict`). */
export function rowKeys(analysis: PageAnalysis): Array<{ fact: string; verdict: string }> {
  return analysis.shown.comparison.map((row) => ({ fact: row.fact, verdict: row.verdict }));
}
