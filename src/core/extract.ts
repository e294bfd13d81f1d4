/** extract: the facts of the page kind, with their evidence (DESIGN §3). */
import { extractRole, extractSkills } from './extract-career';
import { extractProgramFacts } from './extract-program';
import { pageHeadline } from './page-zones';
import { evidenceFor } from './text-match';
import type { PageSnapshot } from './snapshot';
import type { LocatedEvidence, PageFacts, PageKind } from './types';

export function emptyFacts(): PageFacts {
  return {
    credits: null, durationMonthsMin: null, durationMonthsMax: null, stem: null, opt: null, format: null,
    tuitionUSD: null, aiCurriculum: null, ethics: null, role: null, skills: [],
  };
}

export function extractFacts(snapshot: PageSnapshot, kind: PageKind): { facts: PageFacts; evidence: LocatedEvidence[] } {
  if (kind === 'none') return { facts: emptyFacts(), evidence: [] };
  const indices = snapshot.blocks.map((b, i) => (b.boilerplate ? -1 : i)).filter((i) => i >= 0);
  if (kind === 'mba-program') {
    const { facts, evidence } = extractProgramFacts(snapshot.blocks, indices, pageHeadline(snapshot).join(' '));
    return { facts: { ...facts, role: null, skills: [] }, evidence };
  }
  const { role, match } = extractRole(snapshot.blocks, indices, pageHeadline(snapshot));
  const skills = extractSkills(snapshot.blocks, indices);
  const evidence: LocatedEvidence[] = [];
  if (role && match) evidence.push(evidenceFor('role', match));
  evidence.push(...skills.evidence);
  return { facts: { ...emptyFacts(), role, skills: skills.skills }, evidence };
}
