/**
 * The hand rules that read credits, length and tuition before the learned ranker (src/core/fact-ranker.ts) replaced
 * them (and the format rules the format model replaced): kept here, outside the extension, only so that
 * `npm run eval` can print both on the same pages.
 */
import { contentIndices, extractFacts } from '../../src/core/extract';
import { foldedBlocks } from '../../src/core/extract-program';
import { pageHeadline } from '../../src/core/page-zones';
import type { PageSnapshot, TextBlock } from '../../src/core/snapshot';
import { after, before, findInBlocks, NUMBER_WORD_SOURCE, parseNumber, type BlockMatch } from '../../src/core/text-match';
import type { DeliveryFormat, PageFacts } from '../../src/core/types';

interface Candidate<T> {
  value: T;
  score: number;
  match: BlockMatch;
}

function best<T>(candidates: Array<Candidate<T>>, minScore: number): Candidate<T> | null {
  let top: Candidate<T> | null = null;
  for (const c of candidates) if (c.score >= minScore && (top === null || c.score > top.score)) top = c;
  return top;
}

const NUM = String.raw`(\d{1,3}(?:\.\d{1,2})?|${NUMBER_WORD_SOURCE})`;
/** "six (6) years": the figure in brackets repeats the word. */
const BRACKETED = String.raw`(?:\s*\(\d{1,3}\))?`;

const CREDITS_RE = new RegExp(String.raw`\b${NUM}${BRACKETED}(?:\s+|-)(?:total\s+)?(?:(?:UK|US|semester|graduate|quarter) )?(?:credits?(?:[- ]hours?)?|semester (?:credit )?hours|units|ECTS(?: credits| points)?|credit points|CP|SCH)\b`, 'gi');
const CREDITS_LABEL_RE = /\b(?:total (?:program |degree )?credits?(?: required)?|(?:required )?(?:semester )?credit hours \(SCH\))\s*[:–-]\s*(?:a minimum of\s*)?(\d{1,3}(?:\.\d{1,2})?)/gi;
const CREDITS_TOTAL = /(?:\btotal|in total|a total of|minimum of|at least|collect|completion of|consists of|comprises|requires|require|must complete|complete|to qualify[^.]{0,40}|[:|])\s*$/i;
const CREDITS_TOTAL_AFTER = /^[\s,]*(?:(?:are|is) (?:required|needed|necessary) (?:to|for)|(?:required|needed|necessary) (?:to|for)|in total|program\b|programme\b|degree\b|mba\b|curriculum\b|(?:to|for) (?:complete|graduate|earn) the (?:program|degree|mba))/i;
const CREDITS_PART = /(?:per|each|every|elective|selective|core|concentration|specialization|track|first|transfer(?:red)?|waive[ds]?|bridge|foundation|prerequisite|up to|maximum of|no more than|exceed|only|accounts? for|accounting for|additional|remaining|minor|certificate|pathway \d|variant)\s+(?:\w+\s+){0,2}$/i;
const CREDITS_PART_AFTER = /^\s*(?:per|each|of (?:electives?|core|concentration|coursework in)|in (?:electives?|the concentration|core)|from the curriculum|may be|can be|of "?C|of transfer|course\b|courses\b)/i;

export function extractCredits(blocks: readonly TextBlock[], indices: number[]): Candidate<number> | null {
  const candidates: Array<Candidate<number>> = [];
  for (const m of findInBlocks(blocks, indices, CREDITS_LABEL_RE)) {
    const value = parseNumber(m.match[1] ?? '');
    if (value !== null) candidates.push({ value, score: 6, match: m });
  }
  for (const m of findInBlocks(blocks, indices, CREDITS_RE)) {
    const value = parseNumber(m.match[1] ?? '');
    if (value === null || value < 9 || value > 240) continue;
    const b = before(m, 50);
    const a = after(m, 60);
    let score = 0;
    if (CREDITS_TOTAL.test(b) || /total/i.test(m.match[0])) score += 3;
    if (CREDITS_TOTAL_AFTER.test(a) || /-credit/i.test(m.match[0]) && /^\s*(?:\w+\s+){0,2}(?:program|degree|mba)/i.test(a)) score += 3;
    if (CREDITS_PART.test(b) || CREDITS_PART_AFTER.test(a)) score -= 5;
    candidates.push({ value, score, match: m });
  }
  return best(candidates, 3);
}

const UNIT_MONTHS: Record<string, number> = { year: 12, month: 1, semester: 4, term: 4, trimester: 4, quarter: 3 };
const DURATION_RE = new RegExp(String.raw`\b${NUM}${BRACKETED}(?:\s*(?:-|–|to|or)\s*${NUM})?(?:\s+|-)(?:full |academic |calendar )?(years?|months?|semesters?|terms?|trimesters?|quarters?)\b(?!\s*(?:hours?|credits?|credit hours|\d))`, 'gi');
const DURATION_CONTEXT = /(?:complet|finish|duration|length|period|program|programme|degree|mba|course|study|studies|full[- ]time|part[- ]time|standard|normal|typical|as little as|as few as|minimum|maximum|within|takes?|graduate in|accelerated|over|span|lasts?|based on|consists? of|[—–:-]\s*$)/i;
const DURATION_NOISE = /\b(?:experience|OPT\b|visa|F-1|extension|deposit|refund|ago|founded|since|established|old\b|per week|hours|after graduation|history|work(?:ing)?|employment|transfer|advanced standing|undergraduate|baccalaureate|build plan|validity|valid|valid for|payment|installment|loan|salary|ranked|ranking|last|past|previous|tuition|fee|cost|academic year|starting|begin|deadline|age|aged|taken|score|test|GMAT|GRE|older than|no more than|earned)/i;
const DURATION_NOISE_AFTER = /^\s*(?:(?!(?:E?MBA|Executive|Full|Part|Online|Accelerated|Global|International)\b)[A-Z][a-z]+ (?:[A-Z][a-z]+ )?(?:Program|Programme|Degree)\b|baccalaureate|bachelor(?:'s|’s)?|undergraduate|(?:college |university |bachelor'?s )?degree\b|(?:of )?(?:full[- ]time |part[- ]time |professional |managerial |relevant |post-qualification |supervisory )*(?:work )?(?:experience|work|F-1|OPT|visa)|ago|old|of validity|after|from the (?:term|date|test)|in (?:business|industry|the (?:field|workforce))|post|courses? (?:lasts?|runs?)|of (?:tuition|fees))/i;

/** What a stated length bounds: a time limit bounds only the maximum, a stated minimum only the minimum. */
type DurationBound = 'both' | 'min' | 'max';

interface DurationCandidate {
  value: number;
  bound: DurationBound;
  /** Semesters and terms count only where no length in years or months is given (their months vary). */
  coarse: boolean;
  match: BlockMatch;
}

const BOUND_WORD_G = /\b(?:minimum|min\.|at least|as little as|as few as|shortest|maximum|max\.|within|up to|no (?:more|longer) than|not exceed|at most|time limit|limit of)\b/gi;
const STRONG_NOISE = /\b(?:OPT|visa|F-1|work authori[sz]ation|practical training|experience)\b/i;

function boundOf(b: string, a: string): DurationBound {
  if (/^\s*(?:\w+\s+)?time limit/i.test(a)) return 'max';
  let last: string | null = null;
  BOUND_WORD_G.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = BOUND_WORD_G.exec(b)) !== null) last = m[0].toLowerCase();
  BOUND_WORD_G.lastIndex = 0;
  if (last === null) return 'both';
  return /^(?:minimum|min\.|at least|as little as|as few as|shortest)$/.test(last) ? 'min' : 'max';
}

export function extractDuration(blocks: readonly TextBlock[], indices: number[]): DurationCandidate[] {
  const found: DurationCandidate[] = [];
  for (const m of findInBlocks(blocks, indices, DURATION_RE)) {
    const unit = (m.match[3] ?? '').toLowerCase().replace(/s$/, '');
    const months = UNIT_MONTHS[unit];
    const low = parseNumber(m.match[1] ?? '');
    const high = m.match[2] ? parseNumber(m.match[2]) : null;
    if (months === undefined || low === null) continue;
    // A figure alone in a table cell ("24 MONTHS") takes its context from the cell before it ("Duration").
    const own = before(m, 90);
    const b = own.trim().length < 12 && m.block > 0 ? `${blocks[m.block - 1]?.text.slice(-60) ?? ''} ${own}` : own;
    const a = after(m, 60);
    if (DURATION_NOISE.test(b.slice(-40)) || DURATION_NOISE_AFTER.test(a) || STRONG_NOISE.test(b) || STRONG_NOISE.test(a)) continue;
    if (!DURATION_CONTEXT.test(b) && !/^\s*(?:program|programme|mba|degree|option|format|track|to complete|full[- ]time|part[- ]time|\)|$)/i.test(a)) continue;
    const bound = boundOf(b.slice(-80), a);
    const coarse = months === 4 || months === 3;
    for (const n of high === null ? [low] : [low, high]) {
      const value = n * months;
      if (value >= 3 && value <= 96) found.push({ value, bound, coarse, match: m });
    }
  }
  return found;
}

/** The shortest and longest stated lengths; semesters and terms only fill a bound that years and months leave empty. */
export function durationRange(candidates: DurationCandidate[]): { min: DurationCandidate | null; max: DurationCandidate | null } {
  const pick = (bound: 'min' | 'max') => {
    const fits = candidates.filter((c) => c.bound === 'both' || c.bound === bound);
    const fine = fits.filter((c) => !c.coarse);
    const pool = fine.length > 0 ? fine : fits;
    if (pool.length === 0) return null;
    return pool.reduce((x, y) => (bound === 'min' ? (y.value < x.value ? y : x) : y.value > x.value ? y : x));
  };
  const min = pick('min');
  const max = pick('max');
  // A stated minimum above every other length ("minimum of … 5 months" beside "1 term") is two statements that
  // disagree: keep the one in years or months, or neither when that does not decide.
  if (min !== null && max !== null && min.value > max.value) {
    if (min.coarse === max.coarse) return { min: null, max: null };
    return min.coarse ? { min: null, max } : { min, max: null };
  }
  return { min, max };
}

const MONEY_RE = /(?:^|[^A-Za-z$])(?:US\$|USD\s?|\$)\s?(\d{1,3}(?:,\d{3})+|\d{4,6})(?:\.\d{2})?/g;
const TUITION_CONTEXT = /(?:tuition|program (?:fee|cost|price)|total (?:cost|fee|price)|cost of the (?:program|mba|degree)|programme fee|investment)/i;
/** A bare "TOTAL $28,179" line of a fee table is the program's total. */
const TOTAL_LINE = /\btotal\s*:?\s*$/i;
const TUITION_NOISE = /\b(?:per|\/|each|deposit|balance|install?ments?|application fee|scholarships?|salary|salaries|earn|semester|annual|a year|yearly|monthly|credit|course|first|second|third|fourth|grant|award|discount|save|waiver|late fee|stipend|living|housing|books)/i;

export function extractTuition(blocks: readonly TextBlock[], indices: number[]): Candidate<number> | null {
  const candidates: Array<Candidate<number>> = [];
  for (const m of findInBlocks(blocks, indices, MONEY_RE)) {
    const value = Number((m.match[1] ?? '').replace(/,/g, ''));
    if (!(value >= 1000 && value <= 500_000)) continue;
    const b = before(m, 90);
    const a = after(m, 50);
    let score = 0;
    if (TUITION_CONTEXT.test(b)) score += 3;
    if (TOTAL_LINE.test(b)) score += 4;
    if (/^\s*(?:for the (?:full|entire|whole)|total|in total|for the (?:program|programme|degree|mba))/i.test(a)) score += 2;
    if (TUITION_NOISE.test(b.slice(-30)) || TUITION_NOISE.test(a.slice(0, 25))) score -= 6;
    candidates.push({ value, score, match: m });
  }
  return best(candidates, 3);
}

const ONLINE_RE = /\b(?:100% online|fully online|entirely online|online MBA|online program(?:me)?|online format|delivered online|taught online|online delivery|distance learning|online learning)\b/gi;
const CAMPUS_RE = /\b(?:on[- ]campus|in[- ]person|on[- ]ground|face[- ]to[- ]face|campus[- ]based|residential program)\b/gi;
const HYBRID_RE = /(?<!\bor |\(or )\b(?:hybrid|blended(?! learning resources)|low[- ]residency|online and in[- ]person|in[- ]person and online|blend of [^.]{0,60}(?:residential|on-campus|face-to-face|in-person|classroom)[^.]{0,60}(?:online|distance|remote))\b(?! or\b)/gi;
const REMOTE_PART_RE = /\b(?:online activities|online sessions|online coursework|online learning|completed remotely|remote(?:ly)?|online (?:between|in between)|virtual sessions|web-based|e-learning|distance learning modules)\b/i;
const CAMPUS_WORD_RE = /\b(?:campus|in-person|on-ground|attendance (?:weekends?|weeks?|phases?)|on-site)\b/gi;
const CAMPUS_PART_RE = /\b(?:campus|in[- ]person|on[- ]ground|residenc(?:y|ies)|class weekends|classes are held|attendance (?:weekends?|weeks?|phases?)|on-site)\b/i;

function firstOf(blocks: readonly TextBlock[], indices: number[], re: RegExp): BlockMatch | null {
  return findInBlocks(blocks, indices, re, 1)[0] ?? null;
}

export function extractFormat(blocks: readonly TextBlock[], indices: number[], headline: string): { value: DeliveryFormat; match: BlockMatch } | null {
  const hybrid = firstOf(blocks, indices, HYBRID_RE);
  if (hybrid && !/hybrid (?:cloud|vehicle|work)/i.test(hybrid.match[0] + after(hybrid, 8))) return { value: 'hybrid', match: hybrid };
  const online = firstOf(blocks, indices, ONLINE_RE);
  const campus = firstOf(blocks, indices, CAMPUS_RE);
  // In-person classes with remote work between them are one program in two modes: hybrid. The two parts are
  // often told in neighbouring paragraphs, so the window spans the blocks around the match.
  const mixed = findInBlocks(blocks, indices, CAMPUS_WORD_RE, 20).find((m) => {
    const around = [m.block - 1, m.block, m.block + 1].map((i) => (indices.includes(i) ? blocks[i]!.text.slice(0, 1_500) : '')).join(' ');
    return REMOTE_PART_RE.test(around) && CAMPUS_PART_RE.test(around);
  });
  if (mixed) return { value: 'hybrid', match: mixed };
  // "Main Campus, Distance Learning-Online": two places to take one program, not a format.
  if (online && /\bcampus\b/i.test(online.text)) return null;
  if (online && !campus && (/\bonline\b/i.test(headline) || online.match[0].toLowerCase() !== 'online learning')) return { value: 'online', match: online };
  if (campus && !online) return { value: 'on-campus', match: campus };
  return null;
}

/** An MBA page's facts as the hand rules read them (credits, length, tuition, format); the other facts as shipped. */
export function handRuleFacts(snapshot: PageSnapshot): PageFacts {
  const base = extractFacts(snapshot, 'mba-program').facts;
  const blocks = foldedBlocks(snapshot.blocks);
  const indices = contentIndices(snapshot);
  const { min, max } = durationRange(extractDuration(blocks, indices));
  return {
    ...base,
    credits: extractCredits(blocks, indices)?.value ?? null,
    durationMonthsMin: min?.value ?? null,
    durationMonthsMax: max?.value ?? null,
    tuitionUSD: extractTuition(blocks, indices)?.value ?? null,
    format: extractFormat(blocks, indices, pageHeadline(snapshot).join(' '))?.value ?? null,
  };
}
