/**
 * extract (MBA pages): the program facts of the CLI contract, each with the statement it came from.
 * Only what the page itself states: a per-credit price is not a tuition total, a concentration's credits are not the
 * program's, an OPT period is not a duration. When in doubt, null. Credits, length, tuition and the format are read by
 * rankers learned from the labelled corpus (fact-candidates.ts, format-cues.ts, fact-ranker.ts); the yes/no facts by
 * rules.
 */
import { ALTERNATIVE_CUE, factCandidates, IN_WEEKS_CUE, OTHER_DEGREE_CUE, PRIOR_STUDIES_CUE, WORK_EXPERIENCE_CUE } from './fact-candidates';
import { decideRange, decideSingle, FACT_WEIGHTS, scoreAll, scoreFormat, type FactWeights } from './fact-ranker';
import { formatCandidates, formatValues } from './format-cues';
import { foldLookalikes } from './patterns';
import { evidenceAt, evidenceFor, findInBlocks, type BlockMatch } from './text-match';
import type { TextBlock } from './snapshot';
import type { Steps } from './steps';
import type { LocatedEvidence, PageFacts } from './types';

type ProgramFacts = Omit<PageFacts, 'role' | 'skills'>;

const STEM_RE = /\bSTEM[- ](?:designat\w*|certified|eligible|MBA|degree)|designated (?:as )?(?:a )?STEM\b|STEM designation|STEM-approved|\bSTEM\b[^.]{0,40}\bCIP\b/gi;
const STEM_DENIED = /\bnot\b[^.]{0,25}\bSTEM|\bSTEM\b[^.]{0,20}\bnot (?:designat|eligible)/i;
const OPT_RE = /\bOPT\b|\bOptional Practical Training\b|\bSTEM (?:OPT )?extension\b/g;
const OPT_DENIED = /\bnot\b[^.]{0,25}\b(?:eligible for )?(?:OPT|Optional Practical Training)\b/i;
/** AI in the curriculum, in English and in the names the corpus's other languages give it. */
const AI_CURRICULUM_RE = /\b(?:[Aa]rtificial [Ii]ntelligence|[Mm]achine [Ll]earning|[Dd]ata [Ss]cience|[Dd]ata [Mm]ining|[Dd]eep [Ll]earning|[Gg]enerative AI|AI|[Nn]eural [Nn]etworks?|[Ll]arge [Ll]anguage [Mm]odels?|[Ii]nteligencia [Aa]rtificial|[Ii]ntelig[êe]ncia [Aa]rtificial|[Ii]ntelligence [Aa]rtificielle|[Kk]ünstliche[rn]? [Ii]ntelligenz|[Ii]ntelligenza [Aa]rtificiale|[Aa]prendizaje [Aa]utomático|[Tt]rí tuệ nhân tạo)\b|人工智[能慧]|機器學習|机器学习/g;
// LABELLING.md names ethics and the ethical/legal environment: the adverb and the "legal environment (of business)"
// course read as such on all 3 dev pages that have them and no other ethics cue (none labelled false).
const ETHICS_RE = /(?<!\p{L})(?:ethics|ethical(?:ly)?|legal environment|responsible AI|responsible (?:leadership|management|business)|(?:AI|corporate|data|IT) governance|governance|[ée]tica|éthique|Ethik|governança|gobernanza|gouvernance)(?!\p{L})|倫理|伦理/giu;

function firstOf(blocks: readonly TextBlock[], indices: number[], re: RegExp): BlockMatch | null {
  return findInBlocks(blocks, indices, re, 1)[0] ?? null;
}

function flag(blocks: readonly TextBlock[], indices: number[], re: RegExp, denied: RegExp | null): { value: boolean; match: BlockMatch } | null {
  const m = firstOf(blocks, indices, re);
  if (!m) return null;
  if (denied) {
    const sentence = m.text.slice(Math.max(0, m.index - 60), m.index + m.match[0].length + 40);
    if (denied.test(sentence)) return { value: false, match: m };
  }
  return { value: true, match: m };
}

/** The content blocks with lookalike letters folded ("ΜΒΑ" → "MBA"): what every rule and the ranker read. */
export function foldedBlocks(blocks: readonly TextBlock[]): TextBlock[] {
  return blocks.map((b) => (b.boilerplate ? b : { ...b, text: foldLookalikes(b.text) }));
}

export interface ExtractedProgramFacts {
  facts: ProgramFacts;
  evidence: LocatedEvidence[];
}

/**
 * The program facts, as steps (steps.ts): on a huge page the candidate phrases are read in one task and the rest in
 * another, since each scan of the whole content is the costly part. `indices`: the blocks outside menus and
 * footers, in page order.
 */
export function* programFactSteps(blocks: readonly TextBlock[], indices: number[], headline: string, weights: FactWeights = FACT_WEIGHTS): Steps<ExtractedProgramFacts> {
  const folded = foldedBlocks(blocks);
  const evidence: LocatedEvidence[] = [];
  const candidates = factCandidates(folded, indices, headline);
  yield;

  // The credits of an earlier degree, of an admission rule or of a dual degree's other half are never the program's
  // total (none of the corpus's 7 credit figures with another degree named beside them is), and two totals offered
  // as alternatives state none (LABELLING.md), however sure the ranker is of one of them.
  const creditCandidates = candidates.filter((c) => c.fact === 'credits' && !c.features.has(PRIOR_STUDIES_CUE) && !c.features.has(OTHER_DEGREE_CUE));
  const surestCredits = decideSingle(scoreAll(weights, creditCandidates, 'credits'), weights.credits.threshold)?.candidate ?? null;
  const credits = surestCredits?.features.has(ALTERNATIVE_CUE) ? null : surestCredits;
  if (credits) evidence.push(evidenceFor('credits', credits.match));

  // Never a program's length in the corpus's development pages: a length in weeks (a course's, a module's, a
  // residency's: 0 of 15), one with work experience named in its sentence (an admission requirement: 0 of 128).
  const lengthCandidates = candidates.filter((c) => !c.features.has(IN_WEEKS_CUE) && !c.features.has(WORK_EXPERIENCE_CUE));
  const duration = decideRange(scoreAll(weights, lengthCandidates, 'duration'), weights.duration.threshold);
  if (duration) {
    evidence.push(evidenceFor('duration', duration.min.candidate.match));
    if (duration.max.candidate.match !== duration.min.candidate.match) evidence.push(evidenceFor('duration', duration.max.candidate.match));
  }
  const durationMonthsMin = duration?.min.candidate.value ?? null;
  const durationMonthsMax = duration?.max.candidate.value ?? null;

  const tuition = decideSingle(scoreAll(weights, candidates, 'tuition'), weights.tuition.threshold)?.candidate ?? null;
  if (tuition) evidence.push(evidenceFor('tuitionUSD', tuition.match));

  const stem = flag(folded, indices, STEM_RE, STEM_DENIED);
  if (stem) evidence.push(evidenceFor('stem', stem.match));
  const opt = flag(folded, indices, OPT_RE, OPT_DENIED);
  if (opt) evidence.push(evidenceFor('opt', opt.match));
  const format = decideSingle(scoreFormat(weights, formatValues(formatCandidates(folded, indices, headline))), weights.format.threshold)?.candidate ?? null;
  if (format?.match) evidence.push(evidenceFor('format', format.match));
  const ai = firstOf(folded, indices, AI_CURRICULUM_RE);
  if (ai) evidence.push(evidenceFor('aiCurriculum', ai));
  const ethics = firstOf(folded, indices, ETHICS_RE);
  if (ethics) evidence.push(evidenceFor('ethics', ethics));

  // Quotes and their anchors are cut from the page's own text, not from the copy with lookalike letters folded
  // ("ΜΒΑ" stays Greek), or the anchor would not be found on the page again.
  const located = evidence.map((item) => evidenceAt(item.fact, blocks[item.span.block]?.text ?? '', item.span));
  return {
    facts: {
      credits: credits?.value ?? null,
      durationMonthsMin,
      durationMonthsMax,
      stem: stem?.value ?? null,
      opt: opt?.value ?? null,
      format: format?.value ?? null,
      tuitionUSD: tuition?.value ?? null,
      aiCurriculum: ai !== null,
      ethics: ethics !== null,
    },
    evidence: located,
  };
}
