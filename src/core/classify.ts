/**
 * classify: is this page about one MBA program, about an AI / data role, or neither?
 *
 * The decision rests on what the page is about (title, main heading, first lines, structured data) and is then
 * confirmed by what its content talks about. Words in menus and footers never count. No list of schools or job
 * sites: the signals are the page's own words, so the classifier works on sites it has never seen.
 */
import { passesGate } from './gate';
import { pageZones, type PageZones } from './page-zones';
import {
  AI_QUALIFIER_WORD, AI_ROLE, AI_ROLE_G, AI_TERM_G, ANY_ROLE, ARTICLE_MARKERS, BIOGRAPHY, CAREER_CATEGORIES, DEGREE_TOKEN_G, ESSAY_MARKERS, GENERIC_MBA_G,
  AI_ADJACENT_ROLE, APPOINTMENT_NEWS, COUNTRY_SCOPE, LISTING, LISTING_BODY, MBA, MBA_G, MULTI_SCHOOL, PERSON_PAGE, SCHOOL_NAME, OTHER_DEGREE, OTHER_DEGREE_G, PROGRAM_FACT_CATEGORIES,
} from './patterns';
import { signal, type Signal } from './signals';
import type { PageSnapshot } from './snapshot';
import type { PageKind } from './types';

export interface Classification {
  kind: PageKind;
  /** 0..1: how sure we are of `kind` (for `none`, how sure that it is neither). */
  confidence: number;
  /** The reasons, as codes the UI translates (with English text), shown in "why am I seeing this?". */
  signals: Signal[];
  /** The more likely of the two kinds, for an analysis the user forces on a `none` page. */
  likeliest: Exclude<PageKind, 'none'>;
  /** False when the cheap gate stopped the analysis (no full-text pass was made). */
  gatePassed: boolean;
  scores: { mba: number; career: number };
  trace: { mba: string[]; career: string[] };
}

const THRESHOLD = 3;
const MBA_PLURAL = /\b(?:E?MBA|M\.B\.A\.?) (?:programs|programmes|courses|schools|degrees)\b|\bMBAs\b/i;
const PROGRAMS_PLURAL = /\b(?:programs|programmes|degrees|courses)\b/i;

function count(re: RegExp, text: string, cap = 500): number {
  re.lastIndex = 0;
  let n = 0;
  while (n < cap && re.exec(text) !== null) n++;
  re.lastIndex = 0;
  return n;
}

function firstMatch(re: RegExp, texts: string[]): string | null {
  for (const text of texts) {
    const m = re.exec(text);
    if (m) return m[0];
  }
  return null;
}

function categoriesHit(categories: Array<[string, RegExp]>, text: string): string[] {
  return categories.filter(([, re]) => re.test(text)).map(([name]) => name);
}

interface Scored {
  score: number;
  signals: Signal[];
  /** Every rule that moved the score, for tests and tuning (not shown to users). */
  trace: string[];
}

/** A score being built: every rule that moves it is traced; signals are the reasons shown to the user. */
function newScore(): { signals: Signal[]; add: (points: number, why: string) => void; result: () => Scored } {
  const signals: Signal[] = [];
  const trace: string[] = [];
  let score = 0;
  return {
    signals,
    add: (points, why) => {
      score += points;
      trace.push(`${points > 0 ? '+' : ''}${Math.round(points * 100) / 100} ${why}`);
    },
    result: () => ({ score, signals, trace }),
  };
}

function scoreMba(z: PageZones, snapshot: PageSnapshot): Scored {
  const scored = newScore();
  const { signals, add } = scored;
  // The H1 is the page's own subject; the title may carry the site's brand ("MBA EDUCATION UK").
  const h1Mba = z.h1 !== null && MBA.test(z.h1);
  const h1Other = z.h1 !== null && OTHER_DEGREE.test(z.h1) && !h1Mba;
  const headlineMba = firstMatch(MBA, z.headline);
  const subjectMba = headlineMba ?? firstMatch(MBA, z.subject);
  const urlMba = /\b(?:e?mba|executivemba|onlinemba)\b/i.test(z.urlPath);
  const hostMba = /\b(?:e?mba)\b/i.test(z.urlHost);
  const jsonLdMba = snapshot.jsonLd.programs.some((p) => MBA.test(`${p.name} ${p.credential}`));
  if (headlineMba && !h1Other) {
    add(3, 'headline names an MBA');
    signals.push(signal('mba-in-headline', headlineMba));
  } else if (subjectMba) {
    add(2, 'first lines name an MBA');
    signals.push(signal('mba-in-first-lines', subjectMba));
  }
  if (urlMba || hostMba) {
    // A host name is often a brand ("mba-edu.uk"); a path names the section the page belongs to
    // ("/pt-mba/program-information/program-structure").
    add(urlMba ? 2 : 0.5, 'address names an MBA');
    signals.push(signal('mba-in-address'));
  }
  if (jsonLdMba) {
    add(2, 'JSON-LD MBA program');
    signals.push(signal('mba-in-structured-data'));
  }

  const mbaMentions = count(MBA_G, z.body);
  const bodyKb = Math.max(1, z.body.length / 1000);
  if (mbaMentions >= 3) {
    add(Math.min(2, mbaMentions / 4), 'MBA mentions');
    signals.push(signal('mba-mentions', mbaMentions));
  } else if (mbaMentions === 0 && !subjectMba && !urlMba) {
    add(-2, 'no MBA anywhere');
  }

  const facts = categoriesHit(PROGRAM_FACT_CATEGORIES, z.body);
  add(Math.min(3, facts.length * 0.6), 'program detail categories');
  if (facts.length > 0) signals.push(signal('program-topics', ...facts));
  // A page about one program states some of its details; an essay about the degree does not.
  if (facts.length <= 1) add(-2, 'few program details');

  // Another degree as the subject (an MS, a BBA, a diploma): the page is about that program, whatever its menus say.
  const otherHeadline = firstMatch(OTHER_DEGREE, z.headline);
  const otherSubject = otherHeadline ?? firstMatch(OTHER_DEGREE, z.subject);
  if (h1Other || (otherHeadline && !headlineMba)) add(-5, 'another degree is the subject');
  else if (otherSubject && !subjectMba) add(-3, 'another degree in the first lines');
  else if (otherSubject && !headlineMba) add(-1, 'another degree beside the MBA');
  const otherMentions = count(OTHER_DEGREE_G, z.body);
  if (otherMentions > mbaMentions * 2 + 2) add(-2, 'other degrees outnumber the MBA');

  // Pages listing many programs (home pages, fee tables, catalog indexes) are not about one MBA.
  const otherHeadings = z.headings.filter((h) => h.length < 120 && OTHER_DEGREE.test(h) && !MBA.test(h)).length;
  const mbaHeadings = z.headings.filter((h) => h.length < 120 && MBA.test(h)).length;
  if (otherHeadings >= 2 && otherHeadings > mbaHeadings) {
    add(-3, 'lists several degrees');
    signals.push(signal('several-degrees'));
  }
  const degreesNamed = distinct(DEGREE_TOKEN_G, z.subject.join(' | ').slice(0, 5_000));
  if (degreesNamed >= 3 && !h1Mba) add(degreesNamed >= 4 ? -4 : -3, 'several degrees named up top');
  // "Online Degree Programs", "Our Programmes": the page is about several programs.
  if (z.headline.some((h) => PROGRAMS_PLURAL.test(h) && !MBA.test(h))) add(-2, 'headline: several programs');
  if (LISTING.test(z.headline.join(' '))) add(-5, 'headline: ranking or list');
  if (LISTING_BODY.test(z.body.slice(0, 20_000))) add(-3, 'search-results furniture');
  if (MULTI_SCHOOL.test(z.headline.join(' '))) add(-3, 'headline: several schools');
  else if (MULTI_SCHOOL.test(z.body.slice(0, 3_000))) add(-2.5, 'about several schools');
  if (COUNTRY_SCOPE.test(z.headline.join(' ')) && !z.headline.some((h) => SCHOOL_NAME.test(h))) add(-3, "headline: a country's MBAs");
  // "State Universities That Offer MBA Programs Online": several programs, unless one school's name heads them.
  if (z.headline.some((h) => MBA_PLURAL.test(h)) && !z.headline.some((h) => SCHOOL_NAME.test(h))) add(-2.5, 'headline: MBA programs (plural)');
  // A site's home page introduces the whole school, even when the MBA is its main degree.
  if (z.isHomePage) add(headlineMba ? -2 : -4, 'home page');
  if (BIOGRAPHY.test(z.body.slice(0, 3000))) add(-2, 'biography');
  if (PERSON_PAGE.test(z.headline.join(' '))) add(-3, 'person page');
  // Search results and directories: many schools' programs, one per heading.
  const schoolHeadings = new Set(z.headings.filter((h) => h.length < 150 && SCHOOL_NAME.test(h)).map((h) => h.toLowerCase())).size;
  if (schoolHeadings >= 4 && mbaHeadings >= 3) add(-3, 'many schools in headings');
  // "How Executive MBA Programs Work", "Why an MBA…", bylines: an article about the degree in general.
  if (/\b(?:how|why|what|should|is an?|guide|vs\.?|versus)\b[^.?!]{0,60}\bMBA/i.test(z.headline.join(' '))) add(-2.5, 'question or guide about the MBA');
  if (ARTICLE_MARKERS.test(z.subject.join(' \n '))) add(-1.5, 'byline');
  if (ESSAY_MARKERS.test(z.body.slice(0, 5000))) add(-2, 'essay');
  const genericMentions = count(GENERIC_MBA_G, z.body);
  if (genericMentions * 2 > mbaMentions && genericMentions >= 2) add(-1.5, 'generic MBA talk');
  if (mbaMentions / bodyKb < 0.05 && !headlineMba && !urlMba) add(-1, 'MBA rare in content');
  return scored.result();
}

function distinct(re: RegExp, text: string): number {
  const seen = new Set<string>();
  re.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text)) !== null && seen.size < 50) seen.add(m[0].toUpperCase().replace(/[’']S$|S$/, ''));
  re.lastIndex = 0;
  return seen.size;
}

function scoreCareer(z: PageZones, snapshot: PageSnapshot): Scored {
  const scored = newScore();
  const { signals, add } = scored;
  // "Backend Engineer (Ruby), AI Engineering: Agent Observability": a job title and an AI qualifier in one headline.
  const headlineRole = firstMatch(AI_ROLE, z.headline) ?? z.headline.map((h) => (h.length < 140 && AI_QUALIFIER_WORD.test(h) ? ANY_ROLE.exec(h)?.[0] : undefined)).find(Boolean) ?? null;
  const subjectRole = headlineRole ?? firstMatch(AI_ROLE, z.subject);
  const jobPosting = snapshot.jsonLd.types.includes('JobPosting');
  if (headlineRole) {
    add(3.5, 'headline names an AI role');
    signals.push(signal('role-in-headline', headlineRole));
  } else if (subjectRole) {
    add(2.5, 'first lines name an AI role');
    signals.push(signal('role-in-first-lines', subjectRole));
  }
  if (jobPosting) {
    const postingRole = snapshot.jsonLd.jobPostings.some((j) => AI_ROLE.test(j.title));
    add(postingRole ? 2 : 0.5, 'JSON-LD job posting');
    signals.push(signal('job-posting-structured-data'));
  }

  const aiMentions = count(AI_TERM_G, z.body);
  const bodyKb = Math.max(1, z.body.length / 1000);
  const aiDensity = aiMentions / bodyKb;
  const roleMentions = count(AI_ROLE_G, z.body);
  if (!subjectRole) {
    // A generic title ("Senior Product Manager") on a page whose whole subject is AI work.
    // Only for roles whose work can itself be AI work, and only when the role's description opens with it: a
    // company's AI boilerplate around a sales or backend posting does not make the role an AI role.
    const genericRole = firstMatch(AI_ADJACENT_ROLE, z.headline);
    const openingAi = count(AI_TERM_G, z.body.slice(0, 2_000));
    if (genericRole && aiDensity >= 3 && aiMentions >= 8 && openingAi >= 3) {
      add(2, 'generic role in AI terms');
      signals.push(signal('role-in-ai-terms', genericRole));
    }
  }
  if (roleMentions >= 2) add(Math.min(1.5, roleMentions / 3), 'AI role mentions');
  if (aiMentions >= 3) signals.push(signal('ai-mentions', aiMentions));
  add(Math.min(1, aiDensity / 4), 'AI density');

  const career = categoriesHit(CAREER_CATEGORIES, z.body);
  add(Math.min(2.5, career.length * 0.7), 'career detail categories');
  if (career.length > 0) signals.push(signal('career-topics', ...career));
  if (career.length <= 1) add(-1.5, 'few career details');

  // Lists of jobs or careers, and news about appointments, are not about one role.
  const roleHeadings = z.headings.filter((h) => h.length < 80 && ANY_ROLE.test(h)).length;
  const distinctRoleHeadings = new Set(z.headings.filter((h) => h.length < 80 && ANY_ROLE.test(h)).map((h) => h.toLowerCase())).size;
  if (distinctRoleHeadings >= 4 && !headlineRole) add(-2.5, 'lists several roles');
  else if (distinctRoleHeadings >= 6 && roleHeadings >= 6) add(-1.5, 'many role headings');
  if (LISTING.test(z.headline.join(' ')) || LISTING_BODY.test(z.body.slice(0, 20_000))) add(-3, 'ranking or listing');
  if (BIOGRAPHY.test(z.body.slice(0, 3000))) add(-2, 'biography');
  if (PERSON_PAGE.test(z.headline.join(' '))) add(-3, 'person page');
  // "Acme names Jane Doe Chief AI Officer": news about a person in the role, not the role itself.
  if (APPOINTMENT_NEWS.test(z.headline.join(' '))) add(-3, 'appointment news');
  if (firstMatch(MBA, z.headline) && !headlineRole) add(-2, 'headline names an MBA');
  return scored.result();
}

function confidenceOf(score: number): number {
  return 1 / (1 + Math.exp(-(score - THRESHOLD) / 1.5));
}

export function classifySnapshot(snapshot: PageSnapshot): Classification {
  if (!passesGate(snapshot)) {
    return { kind: 'none', confidence: 0.99, signals: [signal('gate-nothing')], likeliest: 'mba-program', gatePassed: false, scores: { mba: 0, career: 0 }, trace: { mba: [], career: [] } };
  }
  const zones = pageZones(snapshot);
  const mba = scoreMba(zones, snapshot);
  const career = scoreCareer(zones, snapshot);
  const likeliest = mba.score >= career.score ? 'mba-program' : 'ai-career';
  const best = likeliest === 'mba-program' ? mba : career;
  const scores = { mba: round(mba.score), career: round(career.score) };
  const trace = { mba: mba.trace, career: career.trace };
  if (best.score < THRESHOLD) {
    return { kind: 'none', confidence: round(1 - confidenceOf(best.score)), signals: best.signals, likeliest, gatePassed: true, scores, trace };
  }
  return { kind: likeliest, confidence: round(confidenceOf(best.score)), signals: best.signals, likeliest, gatePassed: true, scores, trace };
}

function round(value: number): number {
  return Math.round(value * 100) / 100;
}
