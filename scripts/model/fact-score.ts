/**
 * Fact figures (DESIGN §5): for each program fact, the stated values extracted right, the values given where the page
 * states none (inventions), and the wrong `false` answers (a `false` given where the page does not deny, or missed
 * where it does). Whole saved pages and page texts are reported apart.
 */
import type { PageFacts } from '../../src/core/types';
import type { ReadPage } from './corpus';

export const PROGRAM_FACTS = ['credits', 'durationMonthsMin', 'durationMonthsMax', 'stem', 'opt', 'format', 'tuitionUSD', 'aiCurriculum', 'ethics'] as const;

export interface FactTally {
  stated: number;
  right: number;
  unstated: number;
  invented: number;
  wrongFalse: number;
}

export interface FactScore extends FactTally {
  pages: number;
  perFact: Record<(typeof PROGRAM_FACTS)[number], FactTally>;
}

const empty = (): FactTally => ({ stated: 0, right: 0, unstated: 0, invented: 0, wrongFalse: 0 });

export function scoreFacts(pages: readonly ReadPage[], extract: (page: ReadPage) => PageFacts): FactScore {
  const perFact = Object.fromEntries(PROGRAM_FACTS.map((f) => [f, empty()])) as FactScore['perFact'];
  for (const page of pages) {
    const truth = page.entry.facts ?? {};
    const got = extract(page);
    for (const fact of PROGRAM_FACTS) {
      const expected = truth[fact] ?? null;
      const actual = got[fact];
      const t = perFact[fact];
      if ((expected === false) !== (actual === false) && (expected !== null || actual !== null)) t.wrongFalse++;
      if (expected === null) {
        t.unstated++;
        if (actual !== null) t.invented++;
      } else {
        t.stated++;
        if (actual === expected) t.right++;
      }
    }
  }
  const total = empty();
  for (const t of Object.values(perFact)) for (const key of Object.keys(total) as Array<keyof FactTally>) total[key] += t[key];
  return { pages: pages.length, ...total, perFact };
}

const pct = (n: number, d: number) => (d === 0 ? 'n/a' : `${((100 * n) / d).toFixed(1)} %`);

export function describeTally(t: FactTally): string {
  return `right ${t.right}/${t.stated} (${pct(t.right, t.stated)}), invented ${t.invented}/${t.unstated} (${pct(t.invented, t.unstated)}), wrong false ${t.wrongFalse}`;
}

/** The lines `npm run eval` prints for one set of pages: overall, whole pages, page texts, then each fact. */
export function factReport(title: string, pages: readonly ReadPage[], extract: (page: ReadPage) => PageFacts): FactScore {
  const all = scoreFacts(pages, extract);
  const whole = scoreFacts(pages.filter((p) => p.entry.whole), extract);
  const texts = scoreFacts(pages.filter((p) => !p.entry.whole), extract);
  console.log(`${title} (${all.pages} MBA pages): ${describeTally(all)}`);
  console.log(`  whole pages (${whole.pages}): ${describeTally(whole)}`);
  console.log(`  page texts (${texts.pages}): ${describeTally(texts)}`);
  for (const fact of PROGRAM_FACTS) console.log(`  ${fact}: ${describeTally(all.perFact[fact])}`);
  return all;
}
