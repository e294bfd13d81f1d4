/**
 * Runtime check of the bundled reference-program data (DESIGN §4): a malformed or unsourced fact fails the tests
 * and the build instead of reaching the card. Takes `unknown` so it can also vet data that did not come through
 * the type checker, and returns every problem at once (with a path) so one run shows all that needs fixing.
 */

import { isRecord } from '../core/is-record';

type Problems = string[];
type Obj = Record<string, unknown>;

const FACT_KINDS = {
  credits: 'positive-number',
  durationMonthsMin: 'positive-number',
  durationMonthsMax: 'positive-number',
  stem: 'boolean',
  opt: 'boolean',
  format: 'format',
  tuitionUSD: 'non-negative-number',
  aiCurriculum: 'boolean',
  ethics: 'boolean',
} as const;

type FactKind = (typeof FACT_KINDS)[keyof typeof FACT_KINDS];

const FORMATS: readonly unknown[] = ['online', 'on-campus', 'hybrid'];
const NOT_STATED = 'Not stated';
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

function isNonEmptyString(value: unknown): value is string {
  return typeof value === 'string' && value.trim().length > 0;
}

function isHttpsUrl(value: unknown): boolean {
  if (typeof value !== 'string') return false;
  try {
    const url = new URL(value);
    return url.protocol === 'https:' && url.hostname.length > 0;
  } catch {
    return false;
  }
}

/** Today's date as YYYY-MM-DD in UTC, so the check does not depend on the machine's time zone. */
function isoDay(date: Date): string {
  return date.toISOString().slice(0, 10);
}

function checkDate(value: string, today: Date, path: string, problems: Problems): void {
  const match = ISO_DATE.exec(value);
  if (!match) {
    problems.push(`${path}: must be null or a date written YYYY-MM-DD, got ${JSON.stringify(value)}`);
    return;
  }
  const [, y, m, d] = match;
  const parsed = new Date(Date.UTC(Number(y), Number(m) - 1, Number(d)));
  // Date.UTC rolls 2026-02-30 over to March; a round trip catches dates that do not exist.
  if (Number.isNaN(parsed.getTime()) || isoDay(parsed) !== value) {
    problems.push(`${path}: ${value} is not a real date`);
    return;
  }
  if (Number.isNaN(today.getTime())) {
    problems.push(`${path}: cannot be checked against an invalid "today"`);
    return;
  }
  if (value > isoDay(today)) {
    problems.push(`${path}: ${value} is in the future (today is ${isoDay(today)})`);
  }
}

function checkSource(value: unknown, today: Date, path: string, problems: Problems): void {
  if (!isRecord(value)) {
    problems.push(`${path}: must be a source object`);
    return;
  }
  if (!isHttpsUrl(value.url)) {
    problems.push(`${path}.url: must be an https URL, got ${JSON.stringify(value.url)}`);
  }
  if (!isNonEmptyString(value.quote)) {
    problems.push(`${path}.quote: must be the non-empty phrase quoted from the source`);
  }
  if (value.verifiedOn !== null) {
    if (typeof value.verifiedOn === 'string') checkDate(value.verifiedOn, today, `${path}.verifiedOn`, problems);
    else problems.push(`${path}.verifiedOn: must be null or a date written YYYY-MM-DD`);
  }
  if ('caveat' in value && !isNonEmptyString(value.caveat)) {
    problems.push(`${path}.caveat: when present, must be non-empty text`);
  }
}

function valueMatches(kind: FactKind, value: unknown): boolean {
  switch (kind) {
    case 'boolean':
      return typeof value === 'boolean';
    case 'format':
      return FORMATS.includes(value);
    case 'positive-number':
      return typeof value === 'number' && Number.isFinite(value) && value > 0;
    case 'non-negative-number':
      return typeof value === 'number' && Number.isFinite(value) && value >= 0;
  }
}

function checkFact(name: string, kind: FactKind, fact: unknown, today: Date, problems: Problems): void {
  const path = `facts.${name}`;
  if (!isRecord(fact)) {
    problems.push(`${path}: missing`);
    return;
  }
  if (!Array.isArray(fact.sources)) {
    problems.push(`${path}.sources: must be an array`);
  } else {
    fact.sources.forEach((source, i) => checkSource(source, today, `${path}.sources[${i}]`, problems));
  }
  if (typeof fact.display !== 'string') {
    problems.push(`${path}.display: must be text`);
    return;
  }
  if (fact.value === null) {
    // An unstated fact must say so, so the card never shows a blank that reads like an answer.
    if (!fact.display.startsWith(NOT_STATED)) {
      problems.push(`${path}.display: an unstated fact must read "${NOT_STATED}", got ${JSON.stringify(fact.display)}`);
    }
    return;
  }
  if (!valueMatches(kind, fact.value)) {
    problems.push(`${path}.value: must be null or a ${kind} value, got ${JSON.stringify(fact.value)}`);
  }
  if (fact.display.trim().length === 0) problems.push(`${path}.display: must not be empty`);
  if (Array.isArray(fact.sources) && fact.sources.length === 0) {
    problems.push(`${path}.sources: a stated fact needs at least one source`);
  }
}

function checkFacts(facts: unknown, today: Date, problems: Problems): void {
  if (!isRecord(facts)) {
    problems.push('facts: must be an object');
    return;
  }
  for (const [name, kind] of Object.entries(FACT_KINDS)) checkFact(name, kind, facts[name], today, problems);
  const min = isRecord(facts.durationMonthsMin) ? facts.durationMonthsMin.value : null;
  const max = isRecord(facts.durationMonthsMax) ? facts.durationMonthsMax.value : null;
  if (typeof min === 'number' && typeof max === 'number' && min > max) {
    problems.push(`facts.durationMonthsMin: ${min} is more than durationMonthsMax ${max}`);
  }
}

/**
 * Terms are matched lower-case on word boundaries, so an upper-case, padded or empty term would silently never
 * match; `seen` is shared by lists whose terms must not repeat across each other.
 */
function checkTerms(terms: unknown, path: string, seen: Map<string, string>, problems: Problems): void {
  if (!Array.isArray(terms)) {
    problems.push(`${path}: must be an array of terms`);
    return;
  }
  terms.forEach((term, i) => {
    const at = `${path}[${i}]`;
    if (!isNonEmptyString(term)) {
      problems.push(`${at}: must be a non-empty term`);
      return;
    }
    if (term !== term.toLowerCase()) problems.push(`${at}: "${term}" must be lower-case`);
    if (term !== term.trim() || /\s{2,}/.test(term)) problems.push(`${at}: "${term}" has stray spaces`);
    const earlier = seen.get(term);
    if (earlier !== undefined) problems.push(`${at}: "${term}" repeats ${earlier}`);
    else seen.set(term, at);
  });
}

function checkIds(items: readonly unknown[], path: string, problems: Problems): void {
  const seen = new Set<string>();
  items.forEach((item, i) => {
    const id = isRecord(item) ? item.id : undefined;
    if (!isNonEmptyString(id)) {
      problems.push(`${path}[${i}].id: must be non-empty text`);
    } else if (seen.has(id)) {
      problems.push(`${path}[${i}].id: duplicate id "${id}"`);
    } else {
      seen.add(id);
    }
  });
}

function checkText(record: Obj, key: string, path: string, problems: Problems): void {
  if (!isNonEmptyString(record[key])) problems.push(`${path}.${key}: must be non-empty text`);
}

function checkThemes(themes: unknown, today: Date, problems: Problems): void {
  if (!Array.isArray(themes) || themes.length === 0) {
    problems.push('themes: must be a non-empty array');
    return;
  }
  checkIds(themes, 'themes', problems);
  themes.forEach((theme, i) => {
    const path = `themes[${i}]`;
    if (!isRecord(theme)) {
      problems.push(`${path}: must be an object`);
      return;
    }
    checkText(theme, 'title', path, problems);
    checkText(theme, 'summary', path, problems);
    // One theme's term must not be both full and partial coverage; across themes a skill may touch several.
    const seen = new Map<string, string>();
    checkTerms(theme.terms, `${path}.terms`, seen, problems);
    if (Array.isArray(theme.terms) && theme.terms.length === 0) {
      problems.push(`${path}.terms: needs at least one term`);
    }
    checkTerms(theme.relatedTerms, `${path}.relatedTerms`, seen, problems);
    checkSource(theme.source, today, `${path}.source`, problems);
  });
}

function checkPathways(pathways: unknown, today: Date, problems: Problems): void {
  if (!Array.isArray(pathways) || pathways.length === 0) {
    problems.push('careerPathways: must be a non-empty array');
    return;
  }
  checkIds(pathways, 'careerPathways', problems);
  // A role phrase gets one verdict, so it must map onto one pathway only.
  const seen = new Map<string, string>();
  pathways.forEach((pathway, i) => {
    const path = `careerPathways[${i}]`;
    if (!isRecord(pathway)) {
      problems.push(`${path}: must be an object`);
      return;
    }
    checkText(pathway, 'title', path, problems);
    checkTerms(pathway.roleTerms, `${path}.roleTerms`, seen, problems);
    if (Array.isArray(pathway.roleTerms) && pathway.roleTerms.length === 0) {
      problems.push(`${path}.roleTerms: needs at least one term`);
    }
    checkSource(pathway.source, today, `${path}.source`, problems);
  });
}

function checkContextFacts(contextFacts: unknown, today: Date, problems: Problems): void {
  if (!Array.isArray(contextFacts)) {
    problems.push('contextFacts: must be an array');
    return;
  }
  checkIds(contextFacts, 'contextFacts', problems);
  contextFacts.forEach((fact, i) => {
    const path = `contextFacts[${i}]`;
    if (!isRecord(fact)) {
      problems.push(`${path}: must be an object`);
      return;
    }
    checkText(fact, 'label', path, problems);
    checkText(fact, 'display', path, problems);
    // These are RPI-wide figures; a label that does not say so could be read as the MBA's own.
    if (typeof fact.label === 'string' && !fact.label.includes('Institute-wide')) {
      problems.push(`${path}.label: must say the figure is Institute-wide`);
    }
    checkSource(fact.source, today, `${path}.source`, problems);
  });
}

function check(value: unknown, today: Date, problems: Problems): void {
  if (!isRecord(value)) {
    problems.push('program: must be an object');
    return;
  }
  if (typeof value.dataVersion !== 'number' || !Number.isInteger(value.dataVersion) || value.dataVersion < 1) {
    problems.push('dataVersion: must be a positive integer');
  }
  for (const key of ['name', 'school', 'institution']) checkText(value, key, 'program', problems);
  if (!isHttpsUrl(value.programUrl)) problems.push('programUrl: must be an https URL');
  checkFacts(value.facts, today, problems);
  checkContextFacts(value.contextFacts, today, problems);
  checkThemes(value.themes, today, problems);
  checkPathways(value.careerPathways, today, problems);
}

/** Even the thrown value may be hostile (a throwing toString), so describing it must not throw either. */
function describe(error: unknown): string {
  try {
    return error instanceof Error ? error.message : String(error);
  } catch {
    return 'unreadable error';
  }
}

/**
 * Every problem found in `value` as a `ReferenceProgram`; empty when it is valid. Never throws: hostile input
 * (throwing getters, proxies) is reported as a problem too. `today` is injected so tests can pin the clock.
 */
export function validateProgram(value: unknown, today: Date = new Date()): string[] {
  const problems: Problems = [];
  try {
    check(value, today, problems);
  } catch (error) {
    problems.push(`program: could not be read (${describe(error)})`);
  }
  return problems;
}
