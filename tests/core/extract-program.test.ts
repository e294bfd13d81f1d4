/** Table tests: a statement on a page → the fact it states (or null when it states none). */
import { describe, expect, it } from 'vitest';
import { extractFacts } from '../../src/core/extract';
import { parseHtmlDocument } from '../../src/cli/analyze-source';
import { FACT_WEIGHTS, type FactWeights } from '../../src/core/fact-ranker';
import { formatCandidates, formatValues } from '../../src/core/format-cues';
import { factCandidates } from '../../src/core/fact-candidates';
import { snapshotFromText, takeSnapshot } from '../../src/core/snapshot';
import type { PageFacts } from '../../src/core/types';

const facts = (text: string, title = 'MBA', weights: FactWeights = FACT_WEIGHTS): PageFacts => extractFacts(snapshotFromText(text, { url: 'https://x.example/mba', title }), 'mba-program', weights).facts;

/**
 * Each training re-chooses the ranker's thresholds by cross-validation (high where the corpus's inventions press),
 * so a statement that states a fact is read at an even threshold: the table pins what the rules and the ranking
 * pick, not where the threshold lands. A statement that states none is read as shipped: it must not be invented.
 */
const EVEN: FactWeights = {
  credits: { ...FACT_WEIGHTS.credits, threshold: 0.5 },
  duration: { ...FACT_WEIGHTS.duration, threshold: 0.5 },
  tuition: { ...FACT_WEIGHTS.tuition, threshold: 0.5 },
  format: { ...FACT_WEIGHTS.format, threshold: 0.5 },
};
const factsStating = (want: unknown, text: string, title = 'MBA'): PageFacts => facts(text, title, want === null ? FACT_WEIGHTS : EVEN);

describe('program facts', () => {
  it.each([
    ['The STEM MBA is an innovative 36-credit program.', 36],
    ['Forty-eight total credits are required to complete the MBA.', 48],
    ['Total Program Credits: 46.5 credits', 46.5],
    ['Students must collect in total 95 ECTS.', 95],
    ['Students take 12 credits per term.', null],
    ['You will earn twelve credits from the concentration curriculum listed below.', null],
    ['Only 6 credit hours of C grades are allowed.', null],
    // A range of credits is two totals; credits of an earlier degree are not this program's.
    ['The MBA requires 60–66 semester credit hours.', null],
    ['Apply after completing 75 credits in your undergraduate program.', null],
    ["Admission: a bachelor's degree with a minimum of 180 ECTS.", null],
    ["Applicants need a bachelor's degree of at least 180 ECTS credits. The MBA comprises 90 ECTS credits.", 90],
    // Two totals offered as alternatives state none; a total beside the parts that add up to it is the total.
    ['The dual degree requires 70 credits if the residency is taken, or 65 credits if the internship is taken.', null],
    ['The dual degree requires 70 credits if the residency is taken.', 70],
    ['The 64-credit programme consists of compulsory courses totalling 33 credits and elective courses totalling 31 credits.', 64],
    // A dual degree's other half: credits with another degree named beside them are not the MBA's.
    ['Normal degree requirements of 90 credit hours (juris doctor) are reduced for joint students.', null],
    ['JD: 45 credits including the first-year curriculum.', null],
    ['Students complete 90 credit hours (Juris Doctor) and 33 credit hours of business courses.', null],
    // The MBA spelled out, a state's initials or a product named beside the credits are not another degree.
    ['The 36-credit Master of Business Administration prepares leaders.', 36],
    ['Complete 36 credits to earn a Master of Business Administration.', 36],
    ['The MBA requires 48 credits (Boston, MA campus).', 48],
    ['The MBA requires a total of 48 credits; MS Excel skills are recommended.', 48],
  ])('credits: %s → %s', (text, want) => {
    expect(factsStating(want, text).credits).toBe(want);
  });

  it.each([
    ['The duration of the program is 20 months.', 20, 20],
    ['Duration: 3 years', 36, 36],
    ['Full-Time MBA — 12 months', 12, 12],
    ['Minimum time to complete the program full time is 2 years; maximum, 6 years.', 24, 72],
    // A minimum and a maximum stated in two phrases, and a range read whole: both ends.
    ['Min. duration of the program: 2 years. Max. duration: 6 years.', 24, 72],
    ['The program lasts 2 years. Students must complete the degree within a maximum of 5 years.', 24, 60],
    ['The MBA is completed within two to six years.', 24, 72],
    ['The MBA is studied over 18 months full-time or 36 months part-time.', 18, 36],
    ['Min. Duration 2 Years, Max. Duration 6 Years', 24, 72],
    ['Program length: 1 yr (FT) / 2 yrs (PT)', 12, 24],
    // Semesters that restate a length in years neither replace nor widen it.
    ['The minimum length of study is 2 academic years (i.e. four semesters) for the full time program.', 24, 24],
    ['Die Regelstudienzeit beträgt 12 Monate.', 12, 12],
    ['This could allow for up to 36 months of F-1 visa validity.', null, null],
    ['Applicants need 3 years of work experience.', null, null],
    // Work experience and internships in the corpus's other languages and words are not lengths either.
    ['Voraussetzung: mindestens 2 Jahre Berufserfahrung.', null, null],
    ["Le programme exige trois ans d'expérience professionnelle.", null, null],
    ['Have a minimum of two years of experience in a supervisory or management position.', null, null],
    ['The program includes a 4-month internship.', null, null],
    ['Applicants must have taken the GMAT within the last 5 years.', null, null],
    // A length in weeks is a course's or a module's, not the program's.
    ['Classes begin on Saturdays, so each course runs over a 12-week period.', null, null],
  ])('duration: %s → %s–%s', (text, min, max) => {
    const f = factsStating(min, text);
    expect([f.durationMonthsMin, f.durationMonthsMax]).toEqual([min, max]);
  });

  it.each([
    // Found by `npm run fuzz` (seed 1545281416): lengths in terms and months that disagree.
    'Complete the MBA in 1 term. The program minimum of $0 credits. Complete the MBA in 5 months.',
    'Complete the MBA within 12 months. The minimum length is 24 months.',
  ])('duration: a range is never upside down, and only stated lengths appear: %s', (text) => {
    const f = facts(text);
    expect((f.durationMonthsMin === null) === (f.durationMonthsMax === null)).toBe(true);
    if (f.durationMonthsMin !== null && f.durationMonthsMax !== null) {
      expect(f.durationMonthsMin).toBeLessThanOrEqual(f.durationMonthsMax);
      expect([5, 4, 12, 24]).toContain(f.durationMonthsMin);
      expect([5, 4, 12, 24]).toContain(f.durationMonthsMax);
    }
  });

  it.each([
    ['Tuition for the MBA program is $60,000 in total.', 60000],
    ['Tuition is $1,250 per credit hour.', null],
    ['A non-refundable deposit of $400 must be paid.', null],
    ['Tuition: £40,900 for the programme.', null],
    ['The tuition balance of $59,600 is payable in three installments.', null],
  ])('tuition: %s → %s', (text, want) => {
    expect(factsStating(want, text).tuitionUSD).toBe(want);
  });

  it.each([
    ['The Full-time MBA is STEM-designated.', true, null],
    ['Graduates may apply for the STEM OPT extension.', null, true],
    ['Students can start with day-one CPT.', null, null],
  ])('STEM and OPT: %s', (text, stem, opt) => {
    const f = facts(text);
    expect([f.stem, f.opt]).toEqual([stem, opt]);
  });

  it.each([
    ['Online MBA', 'Our online MBA is delivered 100% online.', 'online'],
    ['MBA', 'The program combines online courses with four one-week residencies on campus.', 'hybrid'],
    ['MBA', 'Study full-time or part-time.', null],
    ['MBA', 'Choose the online or on-campus format.', null],
    ['MBA', 'The MBA is offered on campus or online.', null],
    ['MBA', 'Selected candidates will be invited to a mandatory on-campus interview.', null],
    ['MBA', 'The program is delivered in a blended format, combining online learning with residential weeks on campus.', 'hybrid'],
    // The trap: an online program's page that also names its campus (an address, a visit) is still online.
    ['Online MBA', 'Earn your MBA fully online, at your own pace.\nCourses are taught by our faculty.\nVisit our campus in Springfield.', 'online'],
  ])('format: %s: %s → %s', (title, text, want) => {
    expect(factsStating(want, text, title).format).toBe(want);
  });

  it('format: the campus named in the menu and footer of an online MBA page does not compete with it', () => {
    const html = '<html><head><title>Online MBA | Lakeside University</title></head><body>'
      + '<nav><a href="/campus">Campus life</a> <a href="/visit">Visit campus</a></nav>'
      + '<main><h1>Online MBA</h1><p>Earn your MBA fully online, at your own pace, in 24 months.</p><p>Courses cover finance, strategy and leadership.</p></main>'
      + '<footer><p>Lakeside University, 1 Campus Drive, Springfield. Campus tours and on-campus events every week.</p></footer></body></html>';
    const { facts: got, evidence } = extractFacts(takeSnapshot(parseHtmlDocument(html), { url: 'https://lakeside.example/online-mba' }), 'mba-program');
    expect(got.format).toBe('online');
    expect(evidence.find((e) => e.fact === 'format')?.quote).toMatch(/online/i);
  });

  it('format candidates: every cue in the content is one, with its format; alternatives side by side give none', () => {
    const blocks = snapshotFromText('Our MBA is 100% online.\nThe campus library is open to all.', { url: 'https://x.example/mba' }).blocks;
    const candidates = formatCandidates(blocks, [0, 1], 'MBA');
    expect(candidates.map((c) => [c.value, c.match?.match[0]])).toEqual([['online', '100% online'], ['on-campus', 'campus']]);
    expect(candidates[0]!.features.get('k:online-strong')).toBe(1);
    const offered = snapshotFromText('Study the MBA online or on campus.', { url: 'https://x.example/mba' }).blocks;
    expect(formatCandidates(offered, [0], 'MBA')).toEqual([]);
  });

  it('format candidates: each phrase knows how the page names its format elsewhere (a label, a strong cue), and how it names the others', () => {
    const blocks = snapshotFromText('Delivery mode: online\nMeet classmates at the campus library.', { url: 'https://x.example/mba' }).blocks;
    const [online, campus] = formatCandidates(blocks, [0, 1], 'MBA');
    expect(online?.features.get('q:labelled')).toBe(1);
    expect(online?.features.has('qo:labelled')).toBe(false);
    // The campus phrase is told that another format is given after a label; nothing strong is said of its own.
    expect(campus?.features.get('qo:labelled')).toBe(1);
    expect(campus?.features.has('q:strong')).toBe(false);
    // A phrase about something else (negated, "apply online") says nothing of the page's format.
    const denied = snapshotFromText('The MBA has no residency requirements.', { url: 'https://x.example/mba' }).blocks;
    expect([...(formatCandidates(denied, [0], 'MBA')[0]?.features.keys() ?? [])].filter((k) => k.startsWith('q'))).toEqual([]);
  });

  it('format values: one per format the page names, judged on all its phrases, each cue joined to what its own phrase says', () => {
    const blocks = snapshotFromText('Our MBA is delivered fully online.\nApply online today.\nThe campus library is open to all.', { url: 'https://x.example/mba' }).blocks;
    const values = formatValues(formatCandidates(blocks, [0, 1, 2], 'MBA'));
    expect(values.map((v) => [v.value, v.phrases.length])).toEqual([['online', 2], ['on-campus', 1]]);
    const online = values[0]!.features;
    // The strong cue is about the delivery in its own sentence; the plain "online" is about applying.
    expect(online.get('k:online-strong&n:delivery')).toBe(1);
    expect(online.get('k:online&x:not-study')).toBe(1);
    expect(online.has('k:online-strong&x:not-study')).toBe(false);
    expect(values[1]!.features.has('k:campus&n:delivery')).toBe(false);
  });

  it('length phrases: each knows how the page states its value elsewhere, not counting a time that is not a length', () => {
    const blocks = snapshotFromText('Program length: 18 months.\nMost graduates finish in 18 months.\nApplicants need 24 months of work experience.\nGraduates earn 24 months of alumni access.', { url: 'https://x.example/mba' }).blocks;
    const lengths = factCandidates(blocks, [0, 1, 2, 3], 'MBA').filter((c) => c.fact === 'duration');
    const of = (value: number) => lengths.filter((c) => c.value === value);
    expect(of(18).map((c) => c.features.get('q:r:length-context'))).toEqual([1, 1]);
    // The experience phrase says nothing of the program; the other 24 is a clean phrase without a length's words.
    expect(of(24).every((c) => c.features.get('q:clean') === 1 && !c.features.has('q:r:length-context'))).toBe(true);
  });

  it('lengths in Korean, Greek and the Nordic languages are read in months', () => {
    const lengthsOf = (text: string) => factCandidates(snapshotFromText(text, { url: 'https://x.example/mba' }).blocks, [0], 'MBA')
      .filter((c) => c.fact === 'duration').map((c) => c.value);
    expect(lengthsOf('수업연한 : 석사 2년(4학기)')).toEqual(expect.arrayContaining([24, 16]));
    expect(lengthsOf('졸업까지 18개월')).toEqual([18]);
    expect(lengthsOf('η διάρκεια σπουδών είναι 18 μήνες, έως 3 έτη')).toEqual(expect.arrayContaining([18, 36]));
    expect(lengthsOf('det 21 månader långa deltidsprogrammet')).toEqual([21]);
    // A year in a date is not a length.
    expect(lengthsOf('2024년 3월 개강')).toEqual([]);
  });

  // Known gap: the format model, learned from 60 labelled formats, is not sure enough of a one-sentence page to
  // answer, and abstains (null) where a reader would not.
  it.fails.each([
    ['A hybrid program with monthly residencies.', 'hybrid'],
    ['Classes meet on campus in Boston.', 'on-campus'],
  ])('format (known gap): %s → %s', (text, want) => {
    expect(facts(text).format).toBe(want);
  });

  it('AI curriculum and ethics are true when named, false when not', () => {
    expect(facts('Courses include Machine Learning for Managers and Business Ethics.')).toMatchObject({ aiCurriculum: true, ethics: true });
    expect(facts('Courses include Accounting and Marketing Analytics.')).toMatchObject({ aiCurriculum: false, ethics: false });
    expect(facts('Core: LAW 600 Legal Environment for Business Managers.')).toMatchObject({ ethics: true });
    expect(facts('The program prepares you to ethically manage business operations.')).toMatchObject({ ethics: true });
    expect(facts('Our graduates work in legal firms and the wider business environment.')).toMatchObject({ ethics: false });
  });
});

describe('evidence quotes', () => {
  it('start and end on word boundaries when no sentence boundary is near', () => {
    const long = `${'word '.repeat(60)}the program is 36 credits in total and ${'more '.repeat(60)}`;
    const { evidence } = extractFacts(snapshotFromText(long, { url: 'https://x.example/mba' }), 'mba-program');
    const quote = evidence.find((e) => e.fact === 'credits')!.quote;
    expect(quote).toMatch(/^(?:word|the) /);
    expect(quote).toMatch(/ (?:more|total)$/);
    expect(long).toContain(quote);
  });
});
