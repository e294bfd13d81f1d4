/**
 * schema.org JSON-LD, read defensively: invalid JSON, huge blobs, deep or cyclic-looking graphs and wrong types
 * are skipped, never thrown.
 */

export interface JsonLdProgram {
  type: string;
  name: string;
  description: string;
  credential: string;
  timeToComplete: string;
  credits: string;
}

export interface JsonLdJobPosting {
  title: string;
  description: string;
  skills: string;
}

export interface JsonLdSummary {
  /** Every @type seen, as given (e.g. "JobPosting", "EducationalOccupationalProgram"). */
  types: string[];
  programs: JsonLdProgram[];
  jobPostings: JsonLdJobPosting[];
}

const MAX_SCRIPT_CHARS = 500_000;
const MAX_SCRIPTS = 20;
const MAX_DEPTH = 12;
const MAX_NODES = 2_000;
const MAX_FIELD_CHARS = 20_000;

const PROGRAM_TYPES = new Set(['EducationalOccupationalProgram', 'Course', 'EducationalProgram', 'WorkBasedProgram']);

/** Text of a field; a name nested deeper than a few levels (or cyclic) is not a name anyone reads. */
function text(value: unknown, depth = 0): string {
  if (depth > 4) return '';
  if (typeof value === 'string') return stripTags(value.slice(0, MAX_FIELD_CHARS));
  if (typeof value === 'number') return String(value);
  if (Array.isArray(value)) return value.slice(0, 20).map((item) => text(item, depth + 1)).filter(Boolean).join(', ').slice(0, MAX_FIELD_CHARS);
  if (typeof value === 'object' && value !== null) {
    const record = value as Record<string, unknown>;
    return text(record.name ?? record.value ?? record['@value'] ?? record.credentialCategory ?? '', depth + 1);
  }
  return '';
}

/** JSON-LD descriptions often carry escaped HTML; we only want its words, never its markup. */
function stripTags(value: string): string {
  return value.replace(/<[^<>]{0,2000}>/g, ' ').replace(/&nbsp;|&#160;/g, ' ').replace(/&amp;/g, '&').replace(/\s+/g, ' ').trim();
}

function typesOf(node: Record<string, unknown>): string[] {
  const raw = node['@type'];
  const list = Array.isArray(raw) ? raw : [raw];
  return list.filter((t): t is string => typeof t === 'string').map((t) => t.replace(/^.*[/#:]/, '').slice(0, 80));
}

export function summariseJsonLd(values: unknown[]): JsonLdSummary {
  const summary: JsonLdSummary = { types: [], programs: [], jobPostings: [] };
  const seenTypes = new Set<string>();
  let visited = 0;
  const stack: Array<{ value: unknown; depth: number }> = values.map((value) => ({ value, depth: 0 }));
  while (stack.length > 0 && visited < MAX_NODES) {
    const { value, depth } = stack.pop()!;
    visited++;
    if (depth > MAX_DEPTH || typeof value !== 'object' || value === null) continue;
    if (Array.isArray(value)) {
      for (const item of value.slice(0, 200)) stack.push({ value: item, depth: depth + 1 });
      continue;
    }
    const node = value as Record<string, unknown>;
    const types = typesOf(node);
    for (const type of types) {
      if (!seenTypes.has(type)) {
        seenTypes.add(type);
        summary.types.push(type);
      }
    }
    if (types.some((t) => PROGRAM_TYPES.has(t))) {
      summary.programs.push({
        type: types.find((t) => PROGRAM_TYPES.has(t)) ?? '',
        name: text(node.name),
        description: text(node.description),
        credential: text(node.educationalCredentialAwarded ?? node.educationalProgramMode ?? ''),
        timeToComplete: text(node.timeToComplete),
        credits: text(node.numberOfCredits),
      });
    }
    if (types.includes('JobPosting')) {
      summary.jobPostings.push({
        title: text(node.title ?? node.name),
        description: text(node.description),
        skills: [text(node.skills), text(node.qualifications), text(node.responsibilities)].filter(Boolean).join(' '),
      });
    }
    for (const key of Object.keys(node).slice(0, 100)) {
      const child = node[key];
      if (typeof child === 'object' && child !== null) stack.push({ value: child, depth: depth + 1 });
    }
  }
  return summary;
}

export function readJsonLd(doc: Document): JsonLdSummary {
  const values: unknown[] = [];
  const scripts = doc.querySelectorAll('script[type="application/ld+json" i]');
  for (let i = 0; i < scripts.length && i < MAX_SCRIPTS; i++) {
    const source = scripts[i]?.textContent ?? '';
    if (source.length === 0 || source.length > MAX_SCRIPT_CHARS) continue;
    try {
      values.push(JSON.parse(source));
    } catch {
      // Invalid JSON-LD is common on real sites; it simply contributes nothing.
    }
  }
  return summariseJsonLd(values);
}
