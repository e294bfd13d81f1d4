/** extract: the facts of the page kind, with their evidence (DESIGN §3). */
import { extractRole, extractSkills } from './extract-career';
import { factCandidates, type FactCandidate } from './fact-candidates';
import { FACT_WEIGHTS, type FactWeights } from './fact-ranker';
import { formatCandidates, formatValues, type FormatValue } from './format-cues';
import { foldedBlocks, programFactSteps } from './extract-program';
import { pageHeadline } from './page-zones';
import { runSteps, type Steps } from './steps';
import { evidenceFor } from './text-match';
import type { PageSnapshot } from './snapshot';
import type { LocatedEvidence, PageFacts, PageKind } from './types';

export function emptyFacts(): PageFacts {
  return {
    credits: null, durationMonthsMin: null, durationMonthsMax: null, stem: null, opt: null, format: null,
    tuitionUSD: null, aiCurriculum: null, ethics: null, role: null, skills: [],
  };
}

/** The blocks outside menus and footers, in page order: where facts are read. */
export function contentIndices(snapshot: PageSnapshot): number[] {
  return snapshot.blocks.map((b, i) => (b.boilerplate ? -1 : i)).filter((i) => i >= 0);
}

/** The phrases that may state an MBA page's credits, length or tuition (the ranker's input; training reads them too). */
export function programFactCandidates(snapshot: PageSnapshot): FactCandidate[] {
  return factCandidates(foldedBlocks(snapshot.blocks), contentIndices(snapshot), pageHeadline(snapshot).join(' '));
}

/** The formats an MBA page's phrases name, each judged on all its phrases (what the format model reads). */
export function programFormatValues(snapshot: PageSnapshot): FormatValue[] {
  return formatValues(formatCandidates(foldedBlocks(snapshot.blocks), contentIndices(snapshot), pageHeadline(snapshot).join(' ')));
}

export interface ExtractedFacts {
  facts: PageFacts;
  evidence: LocatedEvidence[];
}

export function extractFacts(snapshot: PageSnapshot, kind: PageKind, weights: FactWeights = FACT_WEIGHTS): ExtractedFacts {
  return runSteps(extractFactSteps(snapshot, kind, weights));
}

/** The same, as steps (steps.ts): the content script gives the main thread back between the costly scans. */
export function* extractFactSteps(snapshot: PageSnapshot, kind: PageKind, weights: FactWeights = FACT_WEIGHTS): Steps<ExtractedFacts> {
  if (kind === 'none') return { facts: emptyFacts(), evidence: [] };
  const indices = contentIndices(snapshot);
  if (kind === 'mba-program') {
    const { facts, evidence } = yield* programFactSteps(snapshot.blocks, indices, pageHeadline(snapshot).join(' '), weights);
    return { facts: { ...facts, role: null, skills: [] }, evidence };
  }
  const { role, match } = extractRole(snapshot.blocks, indices, pageHeadline(snapshot));
  yield;
  const skills = extractSkills(snapshot.blocks, indices);
  const evidence: LocatedEvidence[] = [];
  if (role && match) evidence.push(evidenceFor('role', match));
  evidence.push(...skills.evidence);
  return { facts: { ...emptyFacts(), role, skills: skills.skills }, evidence };
}
