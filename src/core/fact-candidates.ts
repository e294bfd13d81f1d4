/**
 * Every phrase of a program page that could state its credits, its length or its tuition, with readable features of
 * its surroundings: the words just before and after it, its unit, where on the page it sits, how often the page
 * repeats the value. A small model learned from the labelled corpus (fact-ranker.ts, `npm run train`) then says which
 * of them state this program's fact. Generation is deliberately broad (many units, several languages); telling a
 * program total from a course's credits is the ranker's job, helped by the cues of the hand rules (`r:` features).
 */
import { before, after, findInBlocks, inPageOrder, NUMBER_WORD_SOURCE, parseNumber, type BlockMatch } from './text-match';
import type { TextBlock } from './snapshot';
import { wordsOf } from './words';

export type RankedFact = 'credits' | 'duration' | 'tuition';

export interface FactCandidate {
  fact: RankedFact;
  /** Credits in the page's unit; months for a duration; US dollars for tuition. */
  value: number;
  match: BlockMatch;
  features: Map<string, number>;
}

/** Small numbers as words in the corpus's other languages ("trois ans", "zwei Jahre", "dos años"). */
const FOREIGN_NUMBERS: Record<string, number> = {
  un: 1, une: 1, deux: 2, trois: 3, quatre: 4, cinq: 5, uno: 1, una: 1, dos: 2, tres: 3, cuatro: 4, cinco: 5,
  ein: 1, eine: 1, einem: 1, zwei: 2, drei: 3, vier: 4, 'fünf': 5, um: 1, uma: 1, dois: 2, duas: 2, 'três': 3, quatro: 4,
};
const FOREIGN_SOURCE = Object.keys(FOREIGN_NUMBERS).sort((a, b) => b.length - a.length).join('|');
const NUM = String.raw`(\d{1,3}(?:[.,]\d{1,2})?|${NUMBER_WORD_SOURCE}|${FOREIGN_SOURCE})`;

const numberOf = (raw: string): number | null => FOREIGN_NUMBERS[raw.trim().toLowerCase()] ?? parseNumber(raw);
const BRACKETED = String.raw`(?:\s*\(\d{1,3}\))?`;

const CREDIT_UNIT = String.raw`(?:total\s+|required\s+)?(?:(?:UK|US|semester|graduate|quarter|academic)\s+)?(credits?(?:[- ]hours?)?|credit[- ]points?|cr\.?\s*hrs?\.?|cr\.?\s*hours?|semester (?:credit )?hours|graduate (?:credit )?hours|quarter (?:credit )?hours|units?|ECTS(?:[- ](?:credits?|points?|punkte))?|CP|SCH|crédits?|créditos?(?: ECTS)?|crediti|kredi(?:si)?|Leistungspunkten?|tín chỉ|學分|学分|punkt(?:ów|y) ECTS)`;
const CREDITS_AFTER_NUMBER = new RegExp(String.raw`(?<![\d.,])${NUM}${BRACKETED}(?:\s*|-)${CREDIT_UNIT}(?![\p{L}])`, 'giu');
const CREDITS_LABELLED = /\b(credits?|credit hours|cr\.?\s*hours?|units|ECTS|créditos|crédits)\b(?:\s+(?:required|total))?\s*[:=]\s*(?:a minimum of\s*)?(\d{1,3}(?:[.,]\d{1,2})?)(?![\d%])/giu;

const DURATION_UNIT = String.raw`(years?|yrs?|months?|semesters?|terms?|trimesters?|quarters?|weeks?|años?|meses|ans|mois|jahre?n?|monate?n?|semestres|anos?|anni|mesi|năm|tháng|年|個月|个月|yıl|ay|yarıyıl|lata?|miesięcy|miesiące|년|개월|학기|μήνες|μηνών|μήνα|έτη|ετών|έτος|χρόνια|εξάμηνα|εξαμήνων|månader|måneder|år)`;
const RANGE = String.raw`(?:\s*(?:-|–|—|to|or|a|à|bis|até|e|y|ile|đến|~|～|至|到)\s*${NUM})?`;
// `\s*(?:-\s*)?`, not `\s*-?\s*`: two adjacent `\s*` can split a run of spaces every way, which is quadratic
// when the unit then fails to match.
const DURATION_RE = new RegExp(String.raw`(?<![\d.,])${NUM}${BRACKETED}${RANGE}\s*(?:-\s*)?(?:full |academic |calendar )?${DURATION_UNIT}(?![A-Za-zÀ-ÿ])`, 'giu');

/** A length said in words with no figure: "a yearlong program", "in a single year". */
const YEARLONG_RE = /\b(?:year-?long|a single year|one full year|one year)\b/gi;

const MONEY_RE = /(?:^|[^A-Za-z$])(?:US\$|USD\s?|\$)\s?(\d{1,3}(?:,\d{3})+|\d{4,6})(?:\.\d{2})?/g;

const MONTHS_PER: Array<[RegExp, number]> = [
  [/^(?:years?|yrs?|años?|ans|jahre?n?|anos?|anni|năm|年|yıl|lata?|년|έτη|ετών|έτος|χρόνια|år)$/i, 12],
  [/^(?:months?|meses|mois|monate?n?|mesi|tháng|個月|个月|ay|miesięcy|miesiące|개월|μήνες|μηνών|μήνα|månader|måneder)$/i, 1],
  [/^(?:semesters?|semestres|terms?|trimesters?|yarıyıl|학기|εξάμηνα|εξαμήνων)$/i, 4],
  [/^quarters?$/i, 3],
  [/^weeks?$/i, 12 / 52],
];

function unitClass(unit: string): string {
  const u = unit.toLowerCase();
  if (/ects|punkte|punkt/.test(u)) return 'ects';
  if (/point|cp/.test(u)) return 'points';
  if (/unit/.test(u)) return 'units';
  if (/hour|hrs|sch/.test(u)) return 'hours';
  return 'credits';
}

/**
 * Hand-rule cues, kept as features: what the rules that came before the ranker read as a program's total, a part of
 * it, a time that is not the program's length (work experience, a test's validity, an OPT period), a price that is
 * not the program's (per credit, a deposit, a scholarship).
 */
const CREDITS_TOTAL_AFTER = /^[\s,]*(?:(?:are|is) (?:required|needed|necessary) (?:to|for)|(?:required|needed|necessary) (?:to|for)|in total|program\b|programme\b|degree\b|mba\b|curriculum\b|(?:to|for) (?:complete|graduate|earn) the (?:program|degree|mba))/i;
const CREDITS_PART_AFTER = /^\s*(?:per|each|of (?:electives?|core|concentration|coursework in)|in (?:electives?|the concentration|core)|from the curriculum|may be|can be|of "?C|of transfer|course\b|courses\b)/i;
const DURATION_CONTEXT = /(?:complet|finish|duration|length|period|program|programme|degree|mba|course|study|studies|full[- ]time|part[- ]time|standard|normal|typical|as little as|as few as|minimum|maximum|within|takes?|graduate in|accelerated|over|span|lasts?|based on|consists? of|[—–:-]\s*$|dauer|studienzeit|durée|duración|duração|durata|thời gian|süre|czas trwania|修業年限|修业年限|学制|學制|期間)/iu;
const DURATION_NOISE = /\b(?:experience|OPT\b|visa|F-1|extension|deposit|refund|ago|founded|since|established|old\b|per week|hours|after graduation|history|work(?:ing)?|employment|transfer|advanced standing|undergraduate|baccalaureate|validity|valid|payment|installment|loan|salary|ranked|ranking|last|past|previous|tuition|fee|cost|starting|begin|deadline|age|aged|taken|score|test|GMAT|GRE|older than|earned|practice|final)\b/i;
const DURATION_NOISE_AFTER = /^\s*(?:baccalaureate|bachelor(?:'s|’s)?|undergraduate|(?:college |university |bachelor'?s )?degree\b|(?:of )?(?:full[- ]time |part[- ]time |professional |managerial |relevant |post-qualification |supervisory |business )*(?:work |job )?(?:experience|work|practice|F-1|OPT|visa)|ago|old|of validity|after|from the (?:term|date|test)|in (?:business|industry|the (?:field|workforce))|post|courses? (?:lasts?|runs?)|of (?:tuition|fees|study|education)|emi\b|zero cost)/i;
const TUITION_CONTEXT = /(?:tuition|program (?:fee|cost|price)|total (?:cost|fee|price)|cost of the (?:program|mba|degree)|programme fee|investment)/i;
const TUITION_NOISE = /\b(?:per|\/|each|deposit|balance|install?ments?|application fee|scholarships?|salary|salaries|earn|semester|annual|a year|yearly|monthly|credit|course|first|second|third|fourth|grant|award|discount|save|waiver|late fee|stipend|living|housing|books)/i;

/** Cues from the words around a figure, as the earlier rules read them. */
const TOTAL_BEFORE = /(?:\btotal|in total|a total of|minimum of|at least|collect|completion of|consists of|comprises|requires|require|must complete|complete|insgesamt|au total|en total|total de|[:|=])\s*$/i;
const PART_BEFORE = /(?:per|each|every|elective|selective|core|concentration|specialization|specialisation|track|first|transfer(?:red)?|waive[ds]?|bridge|foundation|prerequisite|up to|maximum of|no more than|exceed|only|additional|remaining|minor|certificate|remedial)\s+(?:\w+\s+){0,2}$/i;
const NOISE_NEAR = /\b(?:experience|OPT\b|visa|F-1|extension|deposit|refund|ago|founded|since|established|old\b|per week|after graduation|history|employment|salary|ranked|ranking|deadline|age|aged|GMAT|GRE|scholarships?|installments?|application fee)\b/i;
/** Work experience in the corpus's other languages (English "experience" is in DURATION_NOISE). */
const EXPERIENCE_ABROAD = String.raw`Berufserfahrung|Erfahrung|expérience|experiencia|experiência|esperienza|kinh nghiệm|deneyim|doświadczeni\p{L}*`;
const EXPERIENCE_CJK = '経験|经验|經驗';
/** Times that are not a program's length, in the corpus's languages: experience, an internship, a payment plan. */
const OTHER_TIME_NEAR = new RegExp(String.raw`(?<!\p{L})(?:internships?|placements?|payable|EMI|Praxis|${EXPERIENCE_ABROAD}|trả góp)(?!\p{L})|${EXPERIENCE_CJK}`, 'iu');

/** The length of a part of the program, not of the program: a course, a module, a project, a residency, a trip. */
const PART_LENGTH_BEFORE = /\b(?:each|per|every|a|one) (?:course|module|class|unit|subject)\b[^.]{0,40}$/i;
const PART_LENGTH_AFTER = /^-?\s*(?:[A-Za-z]+\s+){0,2}(?:courses?|modules?|projects?|capstones?|residenc(?:y|ies)|immersions?|trips?|study tours?|practicums?|placements?|seminars?|bootcamps?|pre-MBA)\b/i;
/** A test score's validity: "IELTS within 2 years before enrolment". */
const TEST_NEAR = /\b(?:IELTS|TOEFL|PTE|Duolingo|GMAT|GRE|TOEIC)\b/;

/** A figure that ends a range of credits ("60–66 credit hours"): the range gives two totals, not one. */
const CREDIT_RANGE_BEFORE = /\d\s*(?:[-–—~]|to|à|a|bis)\s*$/u;
/** A credit figure of an earlier degree or an admission rule: "after completing 75 credits in your undergraduate program". */
const PRIOR_STUDIES_NEAR = /(?<!\p{L})(?:bachelor\p{L}*|undergraduate|baccalaureate|GPA|grade point|admission|admitted|apply|prior|licence|licenciatura|Erster Hochschulabschluss|Hochschulabschluss|Vorstudium|Erststudium)(?!\p{L})/iu;

/**
 * Another degree named beside a figure: a dual degree's other half ("90 credit hours (juris doctor)", "JD: 45
 * credits", "the MD/MBA"). Short names that are also ordinary words or places ("MS Excel", "Boston, MA") count only
 * where they read as a degree; "Master of Business Administration" is the MBA, read as such before the test.
 */
const OTHER_DEGREE_NEAR = /(?<!\p{L})(?:J\.D\.?|JD|[Jj]uris [Dd]octor|LL\.[BM]\.?|LL[BM]|M\.D\.|Ph\.?D|DBA|MPH|MHA|MSW|MPA|M\.Sc|MSc|M\.S\.|B\.Sc|BSc|B\.S\.|B\.A\.|(?:MD|MS|MA|BS|BA)(?=\s*[/:)]|\s+(?:in|degree|program))|[Mm]aster(?:'s|’s)? (?:of|in) \p{Lu}\p{Ll}{2,})(?!\p{L})/u;
const MBA_SPELLED_OUT = /[Mm]asters?(?:'s|’s)? (?:of|in) [Bb]usiness [Aa]dministration/g;

/** A time limit's upper or lower end: "a maximum of 6 years", "within five years", "in as little as 12 months". */
// "Max." and "Min." are matched with their dot: what follows a limit word may not cross a sentence.
const MAX_LIMIT_BEFORE = /(?:\b(?:max(?:imum)?|up to|within|not exceeding|no (?:more|later) than|at most|time limit|máxim[oa]|maximal|jusqu'à|au plus)\b|\bmax\.|höchstens|tối đa|最長|最多)[^.]{0,40}$/iu;
const MIN_LIMIT_BEFORE = /(?:\b(?:min(?:imum)?|at least|as (?:little|few|quickly) as|mínim[oa]|mindestens|au moins)\b|\bmin\.|tối thiểu|最短|最少)[^.]{0,40}$/iu;
/** A schedule named beside a length: one track's length among the program's ("18 months full-time or 36 part-time"). */
const TRACK_NEAR = /\b(?:full[- ]?time|part[- ]?time|executive|accelerated|weekend|evening|temps plein|temps partiel|vollzeit|teilzeit|tiempo (?:completo|parcial))\b|\((?:FT|PT)\)/i;

/** The cue of a length in semesters, terms or weeks on a page that gives one in years or months (it restates it). */
export const RESTATED_LENGTH_CUE = 'p:years-or-months-stated';
/** The cue of a credit figure of an earlier degree or an admission rule. */
export const PRIOR_STUDIES_CUE = 'r:prior-studies';
/** The cue of a length given in weeks. */
export const IN_WEEKS_CUE = 'u:weeks';
/** The cue of a figure with another degree named beside it. */
export const OTHER_DEGREE_CUE = 'r:other-degree-near';
/** The cue of a length with work experience named in its sentence: an admission requirement. */
export const WORK_EXPERIENCE_CUE = 'r:work-experience-near';
const WORK_EXPERIENCE_NEAR = new RegExp(String.raw`(?<!\p{L})(?:experience|${EXPERIENCE_ABROAD})(?!\p{L})|${EXPERIENCE_CJK}`, 'iu');
/** The cue of a credit total offered beside another as its alternative. */
export const ALTERNATIVE_CUE = 'p:or-other-value';
/** Words that offer two figures as alternatives, with no sentence ending between them. */
const ALTERNATIVE_BETWEEN = /^[^.;]*(?<!\p{L})(?:or|ou|oder|o)(?!\p{L})[^.;]*$/u;

/** Headline words that change what a page's figures mean: an executive or dual degree, an online program. */
const HEADLINE_CUES = ['executive', 'emba', 'online', 'dual', 'joint', 'jd', 'md', 'accelerated', 'part'];

const contextWords = (text: string, limit: number): string[] => wordsOf(text, 40).slice(-limit);
/** The part of the text before a figure that is in the figure's sentence, and the part after it ("mind. 180 ECTS" is one). */
const SENTENCE_BREAK = /[.!?]\s+(?=\p{Lu})|[。！？]/gu;
const sentenceEnd = (textBefore: string): string => textBefore.split(SENTENCE_BREAK).pop() ?? '';
const sentenceStart = (textAfter: string): string => textAfter.split(SENTENCE_BREAK)[0] ?? '';
/** Whether `re` matches in the figure's sentence, within `beforeChars` before it or `afterChars` after it. */
const nearInSentence = (re: RegExp, textBefore: string, textAfter: string, beforeChars: number, afterChars: number): boolean =>
  re.test(sentenceEnd(textBefore).slice(-beforeChars)) || re.test(sentenceStart(textAfter).slice(0, afterChars));

function bucket(fact: RankedFact, value: number): string {
  if (fact === 'credits') return value < 12 ? 'under12' : value < 30 ? '12-29' : value <= 60 ? '30-60' : value <= 130 ? '61-130' : 'over130';
  if (fact === 'duration') return value < 9 ? 'under9' : value <= 12 ? '9-12' : value <= 24 ? '13-24' : value <= 48 ? '25-48' : 'over48';
  return value < 10_000 ? 'under10k' : value < 40_000 ? '10k-40k' : value < 100_000 ? '40k-100k' : 'over100k';
}

interface Raw {
  fact: RankedFact;
  value: number;
  match: BlockMatch;
  unit: string;
  /** A range's low or high end, or a single figure. */
  end: 'single' | 'low' | 'high';
}

function rawCandidates(blocks: readonly TextBlock[], indices: number[]): Raw[] {
  const raws: Raw[] = [];
  for (const m of findInBlocks(blocks, indices, CREDITS_AFTER_NUMBER, 120)) {
    const value = numberOf(m.match[1] ?? '');
    if (CREDIT_RANGE_BEFORE.test(before(m, 12))) continue;
    if (value !== null && value >= 6 && value <= 240) raws.push({ fact: 'credits', value, match: m, unit: unitClass(m.match[2] ?? ''), end: 'single' });
  }
  for (const m of findInBlocks(blocks, indices, CREDITS_LABELLED, 40)) {
    const value = numberOf(m.match[2] ?? '');
    if (value !== null && value >= 6 && value <= 240) raws.push({ fact: 'credits', value, match: m, unit: `${unitClass(m.match[1] ?? '')}`, end: 'single' });
  }
  for (const m of findInBlocks(blocks, indices, DURATION_RE, 160)) {
    const unit = m.match[3] ?? '';
    const per = MONTHS_PER.find(([re]) => re.test(unit))?.[1];
    const low = numberOf(m.match[1] ?? '');
    const high = m.match[2] ? numberOf(m.match[2]) : null;
    if (per === undefined || low === null) continue;
    const unitName = per === 12 ? 'years' : per === 1 ? 'months' : per === 3 ? 'quarters' : per === 4 ? 'semesters' : 'weeks';
    const ends: Array<[number, Raw['end']]> = high === null || high === low ? [[low, 'single']] : [[Math.min(low, high), 'low'], [Math.max(low, high), 'high']];
    for (const [n, end] of ends) {
      const value = Math.round(n * per);
      if (value >= 3 && value <= 120) raws.push({ fact: 'duration', value, match: m, unit: unitName, end });
    }
  }
  for (const m of findInBlocks(blocks, indices, YEARLONG_RE, 20)) raws.push({ fact: 'duration', value: 12, match: m, unit: 'words', end: 'single' });
  for (const m of findInBlocks(blocks, indices, MONEY_RE, 80)) {
    const value = Number((m.match[1] ?? '').replace(/,/g, ''));
    if (value >= 1_000 && value <= 500_000) raws.push({ fact: 'tuition', value, match: m, unit: 'usd', end: 'single' });
  }
  return raws;
}

/** Most figures compared at once for sums of parts (a course catalogue states hundreds). */
const MAX_PARTS = 40;
/** The most characters between two credit totals offered as alternatives. */
const ALTERNATIVE_SPAN = 100;

/** A credit figure of an earlier degree or an admission rule, by the words of its sentence. */
const ofPriorStudies = (m: BlockMatch): boolean => nearInSentence(PRIOR_STUDIES_NEAR, before(m, 80), after(m, 40), 80, 40);
/** A figure with another degree named beside it, the MBA spelled out read as the MBA. */
const otherDegreeNear = (textBefore: string, textAfter: string): boolean =>
  nearInSentence(OTHER_DEGREE_NEAR, textBefore.replace(MBA_SPELLED_OUT, 'MBA'), textAfter.replace(MBA_SPELLED_OUT, 'MBA'), 40, 30);

/**
 * What a page's credit figures (those of the program's own studies) say about each other: a program's total is mostly
 * the largest of them and often the sum of two or three of its parts stated beside it ("64 credits: 33 compulsory, 31
 * elective"); two totals offered as alternatives ("70 credits if …, or 65 credits if …") state no single one
 * (LABELLING.md).
 */
function creditCues(credits: readonly Raw[]): { largest: number; sums: Set<number>; alternatives: Set<Raw> } {
  const largest = credits.reduce((most, r) => Math.max(most, r.value), 0);
  const values = [...new Set(credits.map((r) => r.value))].slice(0, MAX_PARTS);
  const sums = new Set<number>();
  for (let i = 0; i < values.length; i++) {
    for (let j = i + 1; j < values.length; j++) {
      const two = values[i]! + values[j]!;
      sums.add(two);
      for (let k = j + 1; k < values.length; k++) sums.add(two + values[k]!);
    }
  }
  const alternatives = new Set<Raw>();
  const inOrder = [...credits].sort((x, y) => inPageOrder(x.match, y.match));
  inOrder.forEach((x, i) => {
    const end = x.match.index + x.match.match[0].length;
    for (let k = i + 1; k < inOrder.length; k++) {
      const y = inOrder[k]!;
      if (y.match.block !== x.match.block || y.match.index - end > ALTERNATIVE_SPAN) break;
      if (y.value !== x.value && ALTERNATIVE_BETWEEN.test(x.match.text.slice(end, y.match.index))) alternatives.add(x).add(y);
    }
  });
  return { largest, sums, alternatives };
}

/** The candidates of an MBA page's blocks outside menus and footers (`indices`), with their features. */
export function factCandidates(blocks: readonly TextBlock[], indices: number[], headline: string): FactCandidate[] {
  const raws = rawCandidates(blocks, indices);
  const position = new Map(indices.map((block, i) => [block, i / Math.max(1, indices.length)]));
  const headlineWords = new Set(wordsOf(headline));
  const headlineDigits: string[] = headline.match(/\d+/g) ?? [];
  const counts = new Map<string, number>();
  for (const r of raws) counts.set(`${r.fact}:${r.value}`, (counts.get(`${r.fact}:${r.value}`) ?? 0) + 1);
  const distinct = new Map<RankedFact, Set<number>>();
  for (const r of raws) distinct.set(r.fact, (distinct.get(r.fact) ?? new Set()).add(r.value));
  // The value of the first length in page order (the scans run one pattern after another).
  const lengths = raws.filter((r) => r.fact === 'duration');
  const firstLength = lengths.reduce<Raw | undefined>((x, y) => (!x || inPageOrder(y.match, x.match) < 0 ? y : x), undefined)?.value;
  const priorStudies = new Set(raws.filter((r) => r.fact === 'credits' && ofPriorStudies(r.match)));
  const credits = creditCues(raws.filter((r) => r.fact === 'credits' && !priorStudies.has(r)));
  // Semesters, terms and weeks count as a length only when the page gives none in years or months (LABELLING.md);
  // weeks are never taken as the program's length (extract-program.ts).
  const inYearsOrMonths = lengths.some((r) => r.unit === 'years' || r.unit === 'months');

  const candidates = raws.map((r) => {
    const f = new Map<string, number>();
    const on = (name: string) => f.set(name, 1);
    const block = blocks[r.match.block]!;
    const b = before(r.match, 80);
    const a = after(r.match, 80);
    const beforeWords = contextWords(b, 5);
    const afterWords = wordsOf(a, 5);
    for (const w of beforeWords) on(`b:${w}`);
    for (const w of afterWords) on(`a:${w}`);
    if (beforeWords.length > 0) on(`b1:${beforeWords[beforeWords.length - 1]}`);
    if (afterWords.length > 0) on(`a1:${afterWords[0]}`);
    for (const w of wordsOf(r.match.match[0], 8)) on(`m:${w}`);
    on(`u:${r.unit}`);
    on(`v:${bucket(r.fact, r.value)}`);
    if (r.end !== 'single') on(`e:${r.end}`);
    if (block.level > 0) on('z:heading');
    if (block.main) on('z:main');
    if (block.text.length < 100) on('z:short-block');
    if ((position.get(r.match.block) ?? 1) < 0.3) on('z:early');
    const repeats = counts.get(`${r.fact}:${r.value}`) ?? 1;
    if (repeats >= 2) on('p:repeated');
    const values = distinct.get(r.fact)?.size ?? 1;
    if (values === 1) on('p:only-value');
    if (values >= 4) on('p:many-values');
    // A program's length is mostly the first length the page states.
    if (r.fact === 'duration' && firstLength !== undefined && r.value === firstLength) on('p:first-value');
    if (r.fact === 'credits' && r.value === credits.largest) on('p:largest-value');
    if (r.fact === 'credits' && credits.sums.has(r.value)) on('p:sum-of-parts');
    if (credits.alternatives.has(r)) on(ALTERNATIVE_CUE);
    if (r.fact === 'duration' && inYearsOrMonths && r.unit !== 'years' && r.unit !== 'months' && r.unit !== 'words') on(RESTATED_LENGTH_CUE);
    if (headlineDigits.includes(String(r.value)) || headlineDigits.some((d) => r.fact === 'duration' && Number(d) * 12 === r.value)) on('p:in-headline');
    for (const w of HEADLINE_CUES) if (headlineWords.has(w)) on(`h:${w}`);
    if (r.fact === 'credits' && CREDITS_TOTAL_AFTER.test(a)) on('r:total-after');
    if (r.fact === 'credits' && CREDITS_PART_AFTER.test(a)) on('r:part-after');
    if (priorStudies.has(r)) on(PRIOR_STUDIES_CUE);
    if (r.fact === 'credits' && otherDegreeNear(b, a)) on(OTHER_DEGREE_CUE);
    if (r.fact === 'duration' && nearInSentence(WORK_EXPERIENCE_NEAR, b, a, 60, 60)) on(WORK_EXPERIENCE_CUE);
    if (r.fact === 'duration' && (DURATION_NOISE.test(b.slice(-40)) || DURATION_NOISE_AFTER.test(a))) on('r:not-a-length');
    if (r.fact === 'duration' && DURATION_CONTEXT.test(b)) on('r:length-context');
    if (r.fact === 'duration' && (PART_LENGTH_BEFORE.test(b.slice(-60)) || PART_LENGTH_AFTER.test(a.slice(0, 40)))) on('r:part-length');
    if (r.fact === 'duration' && (TEST_NEAR.test(b.slice(-60)) || TEST_NEAR.test(a.slice(0, 30)))) on('r:test-validity');
    if (r.fact === 'tuition' && TUITION_CONTEXT.test(b.slice(-90))) on('r:tuition-context');
    if (r.fact === 'tuition' && (TUITION_NOISE.test(b.slice(-30)) || TUITION_NOISE.test(a.slice(0, 25)))) on('r:not-a-total-price');
    if (TOTAL_BEFORE.test(b.slice(-50))) on('r:total-before');
    if (PART_BEFORE.test(b.slice(-50))) on('r:part-before');
    if (NOISE_NEAR.test(b.slice(-50)) || NOISE_NEAR.test(a.slice(0, 40))) on('r:noise-near');
    if (r.fact === 'duration' && (OTHER_TIME_NEAR.test(b.slice(-50)) || OTHER_TIME_NEAR.test(a.slice(0, 40)))) on('r:noise-near');
    if (/\bMBA\b/i.test(b.slice(-60) + a.slice(0, 60))) on('r:mba-near');
    if (r.fact === 'duration' && MAX_LIMIT_BEFORE.test(b.slice(-60))) on('r:max-limit');
    if (r.fact === 'duration' && MIN_LIMIT_BEFORE.test(b.slice(-60))) on('r:min-limit');
    if (r.fact === 'duration' && (TRACK_NEAR.test(b.slice(-30)) || TRACK_NEAR.test(a.slice(0, 30)))) on('r:track');
    if (/\b(?:per|each|\/)\s*$/i.test(b.slice(-12)) || /^\s*(?:per|each|\/|a year|per year|annually|per semester|per credit)/i.test(a)) on('r:per');
    return { fact: r.fact, value: r.value, match: r.match, features: f };
  });
  poolLengths(candidates.filter((c) => c.fact === 'duration'));
  return candidates;
}

/** What a length phrase may say of the program, pooled over the phrases of each value. */
const POOLED_LENGTH_CUES = ['r:length-context', 'z:heading', 'z:early', 'r:mba-near', 'r:track', 'r:max-limit', 'r:min-limit'];
const ABOUT_ANOTHER_TIME = ['r:not-a-length', 'r:part-length', 'r:test-validity', 'r:noise-near', WORK_EXPERIENCE_CUE];

/**
 * What the page says of each length value elsewhere, given to every phrase of that value (`q:`): whether another of
 * its phrases states it in a length's words, in a heading, early on. A value said once as "Duration: 18 months" and
 * again in passing is the same length.
 */
function poolLengths(lengths: FactCandidate[]): void {
  const said = new Map<number, Set<string>>();
  for (const c of lengths) {
    if (ABOUT_ANOTHER_TIME.some((x) => c.features.has(x))) continue;
    const cues = said.get(c.value) ?? new Set<string>();
    for (const cue of POOLED_LENGTH_CUES) if (c.features.has(cue)) cues.add(cue);
    cues.add('clean');
    said.set(c.value, cues);
  }
  for (const c of lengths) for (const cue of said.get(c.value) ?? []) c.features.set(`q:${cue}`, 1);
}
