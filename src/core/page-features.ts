/**
 * The classifier's features: readable facts about a page, each a name and a value in 0..1, computed from its
 * snapshot. The model (model.ts) weighs them with weights learned from the labelled corpus (`npm run train`); no
 * weight is written here. Two families:
 * - words of the places where a page says what it is about, each place its own prefix: the title (`t:`), the main
 *   heading (`h:`), the address's path and host (`u:`, `d:`), the first headings and short lines of the content
 *   (`s:`), the content itself (`b:`, menus and footers left out), JSON-LD types (`j:`) and the language the
 *   markup declares (`lang:`). Which words matter is learned; the vocabulary is whatever the corpus's pages share.
 * - `r:` cues built from general vocabularies (patterns.ts): how often the content names an MBA or another degree,
 *   how many kinds of program or job detail it gives, whether it reads as a listing, an essay or a home page, and
 *   where (content or menus) these occur.
 * No feature says how long a page is or whether it has a heading: in the corpus those tell a text excerpt from a
 * whole saved page, not one kind of page from another. (Leaving out the declared language, address endings and word
 * counts as well was tried: it cost 0.07 of cross-validated macro-F1, on whole pages too, so they stay.)
 */
import { pageZones, type PageZones } from './page-zones';
import {
  AI_ROLE, AI_ROLE_G, AI_TERM_G, ANY_ROLE, DATA_ROLE, APPOINTMENT_NEWS, ARTICLE_MARKERS, BIOGRAPHY, CAREER_CATEGORIES, COUNTRY_SCOPE,
  DEGREE_TOKEN_G, ESSAY_MARKERS, GENERIC_MBA_G, LISTING, LISTING_BODY, MBA, MBA_G, MULTI_SCHOOL, ONE_PROGRAM_G, OTHER_DEGREE,
  OTHER_DEGREE_G, PERSON_PAGE, PROGRAM_FACT_CATEGORIES, SCHOOL_NAME, foldLookalikes,
} from './patterns';
import type { PageSnapshot } from './snapshot';
import { pairsOf, wordsOf } from './words';

export type Features = Map<string, number>;

/** Content read for word features: enough for what a page is about, bounded on huge pages. */
const BODY_WORD_CHARS = 30_000;
const MAX_WORDS = 4_000;
/** A word seen this many times in the content counts fully; fewer, in proportion to the logarithm. */
const FULL_COUNT = 8;

const MBA_PLURAL = /\b(?:E?MBA|M\.B\.A\.?) (?:programs|programmes|courses|schools|degrees)\b|\bMBAs\b/i;
const QUESTION_ABOUT_MBA = /\b(?:how|why|what|should|is an?|guide|vs\.?|versus)\b[^.?!]{0,60}\bMBA/i;
const MBA_IN_ADDRESS = /\b(?:e?mba|executivemba|onlinemba)\b/i;

/** How many times a global expression matches, up to `cap`. */
export function countMatches(re: RegExp, text: string, cap = 500): number {
  re.lastIndex = 0;
  let n = 0;
  while (n < cap && re.exec(text) !== null) n++;
  re.lastIndex = 0;
  return n;
}

function distinct(re: RegExp, text: string): number {
  const seen = new Set<string>();
  re.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text)) !== null && seen.size < 50) seen.add(m[0].toUpperCase().replace(/[’']S$|S$/, ''));
  re.lastIndex = 0;
  return seen.size;
}

/** A count on a 0..1 scale: 0 → 0, `full` or more → 1, logarithmic between. */
export function scaled(n: number, full: number): number {
  return n <= 0 ? 0 : Math.min(1, Math.log1p(n) / Math.log1p(full));
}

const any = (re: RegExp, texts: readonly string[]): boolean => texts.some((t) => re.test(t));

function addWords(features: Features, prefix: string, words: readonly string[], withPairs: boolean): void {
  for (const word of words) features.set(`${prefix}${word}`, 1);
  if (withPairs) for (const pair of pairsOf(words)) features.set(`${prefix}${pair}`, 1);
}

function addCountedWords(features: Features, prefix: string, words: readonly string[]): void {
  const counts = new Map<string, number>();
  for (const word of words) counts.set(word, (counts.get(word) ?? 0) + 1);
  for (const [word, n] of counts) features.set(`${prefix}${word}`, scaled(n, FULL_COUNT));
}

function wordFeatures(features: Features, snapshot: PageSnapshot, z: PageZones): void {
  const title = [snapshot.title, snapshot.ogTitle === snapshot.title ? '' : snapshot.ogTitle].join(' \n ');
  addWords(features, 't:', wordsOf(title, 60), true);
  if (z.h1 !== null) addWords(features, 'h:', wordsOf(z.h1, 40), true);
  addWords(features, 'u:', wordsOf(z.urlPath, 30), false);
  addWords(features, 'd:', wordsOf(z.urlHost, 10), false);
  addWords(features, 's:', wordsOf(z.subject.join(' \n '), 200), false);
  addCountedWords(features, 'b:', wordsOf(z.body.slice(0, BODY_WORD_CHARS), MAX_WORDS));
  for (const type of snapshot.jsonLd.types.slice(0, 20)) features.set(`j:${type}`, 1);
  const lang = snapshot.lang.toLowerCase().split(/[-_]/)[0] ?? '';
  if (/^[a-z]{2,3}$/.test(lang)) features.set(`lang:${lang}`, 1);
}

/** The `r:` cues, each named for what it says about the page. */
function readableFeatures(features: Features, snapshot: PageSnapshot, z: PageZones): void {
  const set = (name: string, value: number | boolean) => {
    const v = typeof value === 'boolean' ? (value ? 1 : 0) : value;
    if (v !== 0) features.set(`r:${name}`, v);
  };
  const menus = foldLookalikes(snapshot.blocks.filter((b) => b.boilerplate).map((b) => b.text).join('\n').slice(0, 60_000));
  const bodyKb = Math.max(1, z.body.length / 1000);
  const top = z.body.slice(0, 3_000);

  const mbaMentions = countMatches(MBA_G, z.body);
  const otherMentions = countMatches(OTHER_DEGREE_G, z.body);
  set('mba-in-headline', any(MBA, z.headline));
  set('mba-in-h1', z.h1 !== null && MBA.test(z.h1));
  set('mba-in-first-lines', any(MBA, z.subject));
  set('mba-in-address', MBA_IN_ADDRESS.test(z.urlPath));
  set('mba-in-host', MBA_IN_ADDRESS.test(z.urlHost));
  set('mba-in-structured-data', snapshot.jsonLd.programs.some((p) => MBA.test(`${p.name} ${p.credential}`)));
  set('mba-mentions', scaled(mbaMentions, 20));
  set('mba-density', Math.min(1, mbaMentions / bodyKb / 2));
  set('mba-in-menus-only', mbaMentions === 0 && MBA.test(menus));
  set('mba-plural-in-headline', any(MBA_PLURAL, z.headline));
  set('question-about-mba', QUESTION_ABOUT_MBA.test(z.headline.join(' ')));
  const genericMentions = countMatches(GENERIC_MBA_G, z.body);
  const oneProgramMentions = countMatches(ONE_PROGRAM_G, z.body);
  set('generic-mba-talk', scaled(genericMentions, 8));
  set('one-program-talk', scaled(oneProgramMentions, 10));
  set('one-program-outweighs-generic', oneProgramMentions > genericMentions * 2 + 1);

  set('other-degree-in-headline', any(OTHER_DEGREE, z.headline));
  set('other-degree-in-first-lines', any(OTHER_DEGREE, z.subject));
  set('other-degree-mentions', scaled(otherMentions, 20));
  set('other-degrees-outnumber-mba', otherMentions > mbaMentions * 2 + 2);
  set('degrees-named-up-top', scaled(distinct(DEGREE_TOKEN_G, z.subject.join(' | ').slice(0, 5_000)), 6));
  set('degree-headings', scaled(z.headings.filter((h) => h.length < 120 && (OTHER_DEGREE.test(h) || MBA.test(h))).length, 10));

  const programTopics = PROGRAM_FACT_CATEGORIES.filter(([, re]) => re.test(z.body)).length;
  const programTopicsInMenus = PROGRAM_FACT_CATEGORIES.filter(([, re]) => re.test(menus)).length;
  set('program-topics', programTopics / PROGRAM_FACT_CATEGORIES.length);
  set('program-topics-in-menus', programTopicsInMenus / PROGRAM_FACT_CATEGORIES.length);

  const roleMentions = countMatches(AI_ROLE_G, z.body);
  const aiMentions = countMatches(AI_TERM_G, z.body);
  set('ai-role-in-headline', any(AI_ROLE, z.headline));
  set('ai-role-in-first-lines', any(AI_ROLE, z.subject));
  set('data-role-in-headline', any(DATA_ROLE, z.headline));
  set('data-role-in-first-lines', any(DATA_ROLE, z.subject));
  set('any-role-in-headline', z.headline.some((h) => h.length < 140 && ANY_ROLE.test(h)));
  set('ai-role-mentions', scaled(roleMentions, 10));
  set('ai-mentions', scaled(aiMentions, 30));
  set('ai-density', Math.min(1, aiMentions / bodyKb / 4));
  set('career-topics', CAREER_CATEGORIES.filter(([, re]) => re.test(z.body)).length / CAREER_CATEGORIES.length);
  set('role-headings', scaled(new Set(z.headings.filter((h) => h.length < 80 && ANY_ROLE.test(h)).map((h) => h.toLowerCase())).size, 10));
  set('appointment-news', APPOINTMENT_NEWS.test(z.headline.join(' ')));

  set('listing-in-headline', LISTING.test(z.headline.join(' ')));
  set('listing-furniture', LISTING_BODY.test(z.body.slice(0, 20_000)));
  set('several-schools-in-headline', MULTI_SCHOOL.test(z.headline.join(' ')));
  set('several-schools-in-content', MULTI_SCHOOL.test(top));
  set('country-scope', COUNTRY_SCOPE.test(z.headline.join(' ')));
  set('school-headings', scaled(new Set(z.headings.filter((h) => h.length < 150 && SCHOOL_NAME.test(h)).map((h) => h.toLowerCase())).size, 8));
  set('home-page', z.isHomePage);
  set('biography', BIOGRAPHY.test(top));
  set('person-page', PERSON_PAGE.test(z.headline.join(' ')));
  set('byline', ARTICLE_MARKERS.test(z.subject.join(' \n ')));
  set('essay', ESSAY_MARKERS.test(z.body.slice(0, 5_000)));
  set('job-posting-structured-data', snapshot.jsonLd.types.includes('JobPosting'));
  set('program-structured-data', snapshot.jsonLd.programs.length > 0);
}

/** Every feature of the page (absent features are 0). */
export function pageFeatures(snapshot: PageSnapshot, zones: PageZones = pageZones(snapshot)): Features {
  const features: Features = new Map();
  wordFeatures(features, snapshot, zones);
  readableFeatures(features, snapshot, zones);
  return features;
}
