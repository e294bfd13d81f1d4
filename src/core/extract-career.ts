/**
 * extract (career pages): the role the page is about and the skills it asks for, each with its statement.
 */
import { AI_ADJACENT_ROLE, AI_ROLE, AI_ROLE_G } from './patterns';
import { escapeRegExp, evidenceAt, evidenceFor, findInBlocks, type BlockMatch } from './text-match';
import type { TextBlock } from './snapshot';
import type { LocatedEvidence } from './types';

const SENIORITY = /(?:\b(?:senior|sr\.?|lead|principal|staff|junior|associate|global|group|executive|chief|head of|director of|vp of|vice president of|generative|gen)\s+){1,4}$/i;
const ROLE_TAIL = /^(?:\s(?:&|and)\s[A-Z][A-Za-z]{2,15}|\s(?:Strategy|Governance|Transformation|Products?|Platforms?|Programs?|Policy|Innovation|Ethics|Research|Engineering|Science|Analytics|Development|Operations|Solutions|Security|Officer|Engineer|Manager|Lead|Scientist|Analyst|Architect|Strategist|Consultant|Specialist|Director|Leader)s?){1,3}/;
/** A URL slug used as a title ("22-generative-ai-pm-skillset"): its words are not a role's spelling. */
const SLUG = /^[\w]+(?:-[\w]+){2,}$/;

/** "AI Product Manager" from "🤖 AI Product Manager — Hiring Wiki"; seniority words and a short tail kept. */
function expandRole(text: string, index: number, match: string): string {
  const head = SENIORITY.exec(text.slice(Math.max(0, index - 40), index));
  const tail = ROLE_TAIL.exec(text.slice(index + match.length, index + match.length + 60));
  return `${head ? head[0] : ''}${match}${tail ? tail[0] : ''}`.replace(/\s+/g, ' ').trim();
}

/**
 * Skill phrases recognised in career pages: the vocabulary of AI leadership, product and governance roles.
 * Matched whole-word, case-insensitively; the page's own spelling is reported.
 */
const SKILL_PHRASES = [
  'product strategy', 'product management', 'product-market fit', 'go-to-market', 'roadmap', 'roadmaps', 'business case', 'business cases',
  'roi', 'return on investment', 'pricing', 'kpis', 'okrs', 'metrics', 'forecasting', 'market analysis', 'competitive analysis',
  'stakeholder management', 'stakeholder communication', 'cross-functional collaboration', 'cross-functional leadership', 'communication',
  'storytelling', 'change management', 'team leadership', 'people management', 'mentoring', 'leadership', 'influence',
  'ai strategy', 'data strategy', 'technology strategy', 'digital transformation', 'innovation', 'vendor management', 'vendor evaluation',
  'budgeting', 'financial modeling', 'p&l', 'fundraising', 'operations', 'growth strategy', 'scaling', 'entrepreneurship',
  'responsible ai', 'ai ethics', 'ethics', 'ai governance', 'governance', 'governance frameworks', 'risk management', 'risk assessment', 'risk assessments', 'compliance',
  'regulatory compliance', 'eu ai act', 'nist ai rmf', 'iso/iec 42001', 'gdpr', 'data privacy', 'privacy', 'bias mitigation', 'bias',
  'fairness', 'model fairness', 'explainability', 'interpretability', 'transparency', 'auditability', 'audit', 'model governance', 'human oversight',
  'machine learning', 'deep learning', 'generative ai', 'large language models', 'llms', 'prompt engineering', 'rag', 'retrieval-augmented generation',
  'fine-tuning', 'evaluation', 'model evaluation', 'mlops', 'model lifecycle', 'data pipelines', 'data engineering', 'data analysis', 'data analytics',
  'statistics', 'experimentation', 'a/b testing', 'python', 'sql', 'pytorch', 'tensorflow', 'cloud', 'aws', 'azure', 'gcp', 'kubernetes',
  'system design', 'architecture', 'natural language processing', 'nlp', 'computer vision', 'agentic ai', 'ai agents', 'ux research', 'user research',
  'project management', 'program management', 'agile', 'public policy', 'policy analysis', 'data governance', 'security', 'cybersecurity',
];

const SKILL_RE = new RegExp(
  String.raw`(?<![\w-])(?:${[...SKILL_PHRASES].sort((a, b) => b.length - a.length).map(escapeRegExp).join('|')})(?![\w-])`,
  'gi',
);

const MAX_SKILLS = 15;

/** "ai-pm" inside a URL slug is not how a page names a role. */
const isSlugMatch = (match: string): boolean => !/\s/.test(match) && match.includes('-');

/** The first place in the given blocks where these exact words stand (case aside): evidence that points at the page. */
function findWords(blocks: readonly TextBlock[], indices: number[], words: string): BlockMatch | null {
  return findInBlocks(blocks, indices, new RegExp(escapeRegExp(words), 'gi'), 1)[0] ?? null;
}

/** "AI PM" → "AI Product Manager" where the page spells it out too. */
function spelledOut(role: string, blocks: readonly TextBlock[], indices: number[]): string {
  const m = /^(.*?)\bPMs?$/.exec(role);
  if (!m) return role;
  return findWords(blocks, indices.slice(0, 80), `${m[1]!}Product Manager`)?.match[0] ?? role;
}

export function extractRole(blocks: readonly TextBlock[], indices: number[], headline: string[]): { role: string | null; match: BlockMatch | null } {
  for (const text of headline) {
    if (SLUG.test(text.trim())) continue;
    const m = AI_ROLE.exec(text);
    if (m && !isSlugMatch(m[0])) {
      // Evidence should point at the page, so find the same words in the content when they are there.
      const inBody = findWords(blocks, indices.slice(0, 60), m[0]);
      const role = inBody ? expandRole(inBody.text, inBody.index, inBody.match[0]) : expandRole(text, m.index, m[0]);
      return { role: spelledOut(role, blocks, indices), match: inBody };
    }
  }
  const first = findInBlocks(blocks, indices.slice(0, 40), AI_ROLE_G, 20).find((m) => !isSlugMatch(m.match[0]));
  if (first) return { role: spelledOut(expandRole(first.text, first.index, first.match[0]), blocks, indices), match: first };
  // A generic title the page describes in AI terms ("Senior Product Manager" on an AI platform): its own words.
  for (const text of headline) {
    const m = AI_ADJACENT_ROLE.exec(text);
    if (m) {
      return { role: expandRole(text, m.index, m[0]), match: findWords(blocks, indices.slice(0, 60), m[0]) };
    }
  }
  return { role: null, match: null };
}

/** A heading that introduces the skills a role asks for. */
const SKILLS_HEADING = /^(?:[^\w]{0,4})(?:(?:key|required|core|essential|technical|preferred|top)\s+)?(?:skills?|skill ?set|qualifications|requirements|competenc(?:y|ies)|what you(?:'|’)ll (?:need|bring)|what we(?:'|’)re looking for|you have|who you are|must[- ]haves?)\b[^.]{0,40}$/i;
/** "- Prompt engineering: writing…" → "Prompt engineering"; "| Eval design | …" → "Eval design". */
const LIST_ITEM = /^\s*(?:(?:[-•*·▪◦]|\d{1,2}[.)]|\|)\s*)?([A-Z][\w/&+#.' -]{2,48}?)\s*(?::|\s[–—-]\s|\||$)/;
const MAX_LISTED = 12;

/** The items listed under a skills heading: the page's own names for what it asks. */
function listedSkills(blocks: readonly TextBlock[], indices: number[]): Array<{ skill: string; block: number; start: number }> {
  const found: Array<{ skill: string; block: number; start: number }> = [];
  for (let k = 0; k < indices.length && found.length < MAX_LISTED; k++) {
    const heading = blocks[indices[k]!]!;
    if (heading.text.length > 80 || !SKILLS_HEADING.test(heading.text.trim())) continue;
    for (let j = k + 1; j < indices.length && j <= k + 15 && found.length < MAX_LISTED; j++) {
      const block = blocks[indices[j]!]!;
      if (block.level > 0) break;
      const m = LIST_ITEM.exec(block.text);
      const skill = m?.[1]?.trim();
      if (!skill || skill.split(' ').length > 6 || /^(?:The|This|You|We|Our|Experience|Ability|Strong|Proven|Excellent|Bachelor|Master|Degree)\b/.test(skill)) continue;
      found.push({ skill, block: indices[j]!, start: block.text.indexOf(skill) });
    }
  }
  return found;
}

export function extractSkills(blocks: readonly TextBlock[], indices: number[]): { skills: string[]; evidence: LocatedEvidence[] } {
  const seen = new Set<string>();
  const skills: string[] = [];
  const evidence: LocatedEvidence[] = [];
  for (const item of listedSkills(blocks, indices)) {
    const key = item.skill.toLowerCase();
    if (seen.has(key)) continue;
    seen.add(key);
    skills.push(item.skill);
    const block = blocks[item.block]!;
    evidence.push(evidenceAt(`skill:${item.skill}`, block.text, { block: item.block, start: 0, end: Math.min(block.text.length, 240) }));
  }
  const listed = skills.map((skill) => skill.toLowerCase());
  for (const m of findInBlocks(blocks, indices, SKILL_RE, 2_000)) {
    const key = m.match[0].toLowerCase();
    // "architecture" adds nothing after the page's own "Agent architecture".
    if (seen.has(key) || listed.some((skill) => skill.includes(key))) continue;
    // "Bias for action" is a trait, not the fairness skill.
    if (key === 'bias' && /^\s+(?:for|towards?)\s+action/i.test(m.text.slice(m.index + m.match[0].length, m.index + m.match[0].length + 20))) continue;
    seen.add(key);
    skills.push(m.match[0]);
    evidence.push(evidenceFor(`skill:${m.match[0]}`, m));
    if (skills.length >= MAX_SKILLS) break;
  }
  return { skills, evidence };
}
