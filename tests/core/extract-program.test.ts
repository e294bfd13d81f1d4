/** Table tests: a statement on a page → the fact it states (or null when it states none). */
import { describe, expect, it } from 'vitest';
import { extractFacts } from '../../src/core/extract';
import { snapshotFromText } from '../../src/core/snapshot';
import type { PageFacts } from '../../src/core/types';

const facts = (text: string, title = 'MBA'): PageFacts => extractFacts(snapshotFromText(text, { url: 'https://x.example/mba', title }), 'mba-program').facts;

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
  ])('credits: %s → %s', (text, want) => {
    expect(facts(text).credits).toBe(want);
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
    ['This could allow for up to 36 months of F-1 visa validity.', null, null],
    ['Applicants need 3 years of work experience.', null, null],
    // Work experience and internships in the corpus's other languages and words are not lengths either.
    ['Voraussetzung: mindestens 2 Jahre Berufserfahrung.', null, null],
    ["Le programme exige trois ans d'expérience professionnelle.", null, null],
    ['The program includes a 4-month internship.', null, null],
    ['Applicants must have taken the GMAT within the last 5 years.', null, null],
  ])('duration: %s → %s–%s', (text, min, max) => {
    const f = facts(text);
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
    expect(facts(text).tuitionUSD).toBe(want);
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
    ['MBA', 'Study full-time or part-time.', null],
    ['MBA', 'Choose the online or on-campus format.', null],
    ['MBA', 'Selected candidates will be invited to a mandatory on-campus interview.', null],
  ])('format: %s: %s → %s', (title, text, want) => {
    expect(facts(text, title).format).toBe(want);
  });

  // Known gap: the format model, learned from 54 labelled formats, is not sure enough of a one-sentence page to
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
