/**
 * The shape of the bundled reference-program data (DESIGN §4). One module gives the type and its validator,
 * so a malformed fact fails the test suite (and the build, which runs the same validator).
 */

/** Where a fact comes from: the page, the exact phrase on it, and when someone last checked it. */
export interface FactSource {
  url: string;
  /** The exact phrase from the source that states the fact. */
  quote: string;
  /** ISO date (YYYY-MM-DD) the fact was last checked against the source; null when no one has checked it live yet. */
  verifiedOn: string | null;
  /** What the source covers and what it does not (e.g. "Institute-wide, not MBA-specific"). */
  caveat?: string;
}

/** One RPI fact. `value` is null when the sources do not state it: shown as "not stated", never invented. */
export interface ProgramFact<T> {
  value: T | null;
  /** Short text shown to the user, e.g. "36 credits". For an unstated fact: "Not stated". */
  display: string;
  /** Sources; empty only when value is null. */
  sources: FactSource[];
}

export interface ProgramTheme {
  id: string;
  title: string;
  summary: string;
  /** Lower-case terms that count as full coverage of a skill phrase (matched on word boundaries). */
  terms: string[];
  /** Lower-case terms that count as partial coverage. */
  relatedTerms: string[];
  source: FactSource;
}

export interface CareerPathway {
  id: string;
  title: string;
  /** Lower-case role phrases that map onto this pathway. */
  roleTerms: string[];
  source: FactSource;
}

export interface ReferenceProgram {
  dataVersion: number;
  name: string;
  school: string;
  institution: string;
  programUrl: string;
  facts: {
    credits: ProgramFact<number>;
    durationMonthsMin: ProgramFact<number>;
    durationMonthsMax: ProgramFact<number>;
    stem: ProgramFact<boolean>;
    opt: ProgramFact<boolean>;
    format: ProgramFact<'online' | 'on-campus' | 'hybrid'>;
    tuitionUSD: ProgramFact<number>;
    aiCurriculum: ProgramFact<boolean>;
    ethics: ProgramFact<boolean>;
  };
  /** Institute-wide figures shown only with their label, never as the MBA's tuition. */
  contextFacts: Array<{ id: string; label: string; display: string; source: FactSource }>;
  themes: ProgramTheme[];
  careerPathways: CareerPathway[];
}
