/** Fact figures (DESIGN §5): stated facts extracted right, and values given where the page states none (inventions). */
import type { PageFacts } from '../../src/core/types';
import type { ReadPage } from './corpus';

export const PROGRAM_FACTS = ['credits', 'durationMonthsMin', 'durationMonthsMax', 'stem', 'opt', 'format', 'tuitionUSD', 'aiCurriculum', 'ethics'] as const;

export interface FactScore {
  pages: number;
  stated: number;
  right: number;
  unstated: number;
  invented: number;
  perFact: string[];
}

export function scoreFacts(pages: readonly ReadPage[], extract: (page: ReadPage) => PageFacts): FactScore {
  const score: FactScore = { pages: pages.length, stated: 0, right: 0, unstated: 0, invented: 0, perFact: [] };
  const per = new Map<string, { stated: number; right: number; unstated: number; invented: number }>(PROGRAM_FACTS.map((f) => [f, { stated: 0, right: 0, unstated: 0, invented: 0 }]));
  for (const page of pages) {
    const truth = page.entry.facts ?? {};
    const got = extract(page);
    for (const fact of PROGRAM_FACTS) {
      const expected = truth[fact] ?? null;
      const actual = got[fact];
      const f = per.get(fact)!;
      if (expected === null) {
        f.unstated++;
        if (actual !== null) f.invented++;
      } else {
        f.stated++;
        if (actual === expected) f.right++;
      }
    }
  }
  for (const [fact, f] of per) {
    score.stated += f.stated;
    score.right += f.right;
    score.unstated += f.unstated;
    score.invented += f.invented;
    score.perFact.push(`${fact}: right ${f.right}/${f.stated}, invented ${f.invented}/${f.unstated}`);
  }
  return score;
}
