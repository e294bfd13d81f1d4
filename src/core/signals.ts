/**
 * The reasons a page was classified as it was, shown in the card's and the popup's "Why am I seeing this?".
 * The core stays free of any browser API, so it cannot translate: each reason is a stable `code` with its `args`
 * (words quoted from the page, counts, or topic ids), which the UI renders in the user's language through the
 * `signal…` messages of src/locales, and an English `text`, so the CLI's output reads as it did and a result from an
 * older version (an unknown code) still shows something. A test renders every code through the English messages
 * and checks it gives exactly `text`, so the two cannot drift apart.
 */

/** Topics of a program page that the classifier recognises (ids from PROGRAM_FACT_CATEGORIES in patterns.ts). */
export const PROGRAM_TOPICS = ['credits', 'curriculum', 'tuition', 'admissions', 'schedule', 'visa', 'students', 'cost'] as const;
/** Topics of a job or career page (ids from CAREER_CATEGORIES in patterns.ts). */
export const CAREER_TOPICS = ['responsibilities', 'requirements', 'hiring', 'career', 'posting'] as const;

/** English for each code; `args` are as `signal()` received them. */
const ENGLISH = {
  /** args: [the words that name the MBA] */
  'mba-in-headline': (a) => `The title or main heading names an MBA (“${a[0]}”)`,
  'mba-in-first-lines': (a) => `The first heading or lines name an MBA (“${a[0]}”)`,
  'mba-in-address': () => 'The address names an MBA',
  'mba-in-structured-data': () => 'Structured data describes an MBA program',
  /** args: [how many times] */
  'mba-mentions': (a) => `The content mentions the MBA ${a[0]} times`,
  /** args: [the words that speak of the program] */
  'one-program-talk': (a) => `The content speaks of one program (“${a[0]}”)`,
  /** args: the topic ids found (PROGRAM_TOPICS) */
  'program-topics': (a) => `The content describes program details: ${a.join(', ')}`,
  /** args: [the words that name the role] */
  'role-in-headline': (a) => `The title or main heading names an AI or data role (“${a[0]}”)`,
  'role-in-first-lines': (a) => `The first heading or lines name an AI or data role (“${a[0]}”)`,
  'job-posting-structured-data': () => 'Structured data describes a job posting',
  /** args: [how many times] */
  'ai-mentions': (a) => `The content mentions AI, machine learning or data science ${a[0]} times`,
  /** args: the topic ids found (CAREER_TOPICS) */
  'career-topics': (a) => `The content describes the job: ${a.join(', ')}`,
  /** args: [the words, each in quotes, joined by commas] */
  'words-in-title': (a) => `Words in the title: ${a[0]}`,
  'words-in-heading': (a) => `Words in the main heading: ${a[0]}`,
  'words-in-address': (a) => `Words in the address: ${a[0]}`,
  'words-in-first-lines': (a) => `Words in the first headings and lines: ${a[0]}`,
  'words-in-content': (a) => `Words in the content: ${a[0]}`,
  /** args: [the schema.org types, each in quotes, joined by commas] */
  'structured-data-type': (a) => `Structured data of type ${a[0]}`,
  'gate-nothing': () => 'Nothing in the address, title, headings or metadata suggests an MBA or AI-career page',
} satisfies Record<string, (args: readonly string[]) => string>;

export type SignalCode = keyof typeof ENGLISH;

export const SIGNAL_CODES = Object.keys(ENGLISH) as SignalCode[];

/** Codes whose args are a list of topic ids rather than words from the page. */
export const TOPIC_LIST_CODES: ReadonlySet<SignalCode> = new Set<SignalCode>(['program-topics', 'career-topics']);

export interface Signal {
  code: SignalCode;
  args: string[];
  /** The reason in English (the CLI's reading, and the fallback where a code is not known). */
  text: string;
}

export function signal(code: SignalCode, ...args: Array<string | number>): Signal {
  const strings = args.map(String);
  return { code, args: strings, text: ENGLISH[code](strings) };
}
