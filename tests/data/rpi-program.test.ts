import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, it, expect } from 'vitest';
import type { FactSource, ReferenceProgram } from '../../src/data/program-schema';
import { RPI_PROGRAM } from '../../src/data/rpi-program';
import { validateProgram } from '../../src/data/validate-program';

// The package is an ES module, so there is no CommonJS __dirname; derive it from this file's URL.
const here = path.dirname(fileURLToPath(import.meta.url));
const SEED_PATH = path.resolve(here, '../../../shared/seeds/000_d45ad600c40b3fb1.txt');
const FACTS_PATH = path.resolve(here, '../../../shared/program/rpi-facts.md');
const PROGRAM_URL =
  'https://lally.rpi.edu/graduate-programs/artificial-intelligence-and-advanced-computing-stem-designated';

/**
 * The seed was saved as UTF-8 read as Mac Roman, so its dashes and apostrophes are mojibake; our quotes use the
 * proper characters. Its Markdown emphasis is formatting, not part of the phrase.
 */
function normaliseSeed(text: string): string {
  return text
    .replaceAll('‚Äì', '–')
    .replaceAll('‚Äî', '—')
    .replaceAll('‚Äô', '’')
    .replaceAll('**', '')
    .replace(/\*([^*\n]+)\*/g, '$1');
}

const seedText = normaliseSeed(readFileSync(SEED_PATH, 'utf8'));
const factsText = readFileSync(FACTS_PATH, 'utf8');

/** Every source in the program with a readable path, so a failing quote names where it sits. */
function allSources(program: ReferenceProgram): Array<{ where: string; source: FactSource }> {
  const out: Array<{ where: string; source: FactSource }> = [];
  for (const [name, fact] of Object.entries(program.facts)) {
    fact.sources.forEach((source, i) => out.push({ where: `facts.${name}.sources[${i}]`, source }));
  }
  program.contextFacts.forEach((f) => out.push({ where: `contextFacts.${f.id}`, source: f.source }));
  program.themes.forEach((t) => out.push({ where: `themes.${t.id}`, source: t.source }));
  program.careerPathways.forEach((p) => out.push({ where: `careerPathways.${p.id}`, source: p.source }));
  return out;
}

function brokenCopy(edit: (program: ReferenceProgram) => void): ReferenceProgram {
  const copy = structuredClone(RPI_PROGRAM);
  edit(copy);
  return copy;
}

const TODAY = new Date('2026-11-25T12:00:00Z');

describe('RPI_PROGRAM', () => {
  it('passes the validator, with the real clock and with a pinned one', () => {
    expect(validateProgram(RPI_PROGRAM)).toEqual([]);
    expect(validateProgram(RPI_PROGRAM, TODAY)).toEqual([]);
  });

  it('identifies the program and its page', () => {
    expect(RPI_PROGRAM.dataVersion).toBe(1);
    expect(RPI_PROGRAM.programUrl).toBe(PROGRAM_URL);
    expect(RPI_PROGRAM.school).toBe('Lally School of Management');
    expect(RPI_PROGRAM.institution).toBe('Rensselaer Polytechnic Institute (RPI)');
    expect(RPI_PROGRAM.name).toBe(
      'MBA — Artificial Intelligence and Advanced Computing concentration (STEM-designated)',
    );
  });

  it("holds the seed's headline facts with their values", () => {
    const { facts } = RPI_PROGRAM;
    expect(facts.credits.value).toBe(36);
    expect(facts.credits.display).toBe('36 credits');
    expect(facts.durationMonthsMin.value).toBe(12);
    expect(facts.durationMonthsMax.value).toBe(20);
    expect(facts.stem.value).toBe(true);
    expect(facts.opt.value).toBe(true);
    expect(facts.aiCurriculum.value).toBe(true);
    expect(facts.ethics.value).toBe(true);
  });

  it('labels the derived maximum duration as derived', () => {
    const caveats = RPI_PROGRAM.facts.durationMonthsMax.sources.map((s) => s.caveat ?? '').join(' ');
    expect(caveats).toMatch(/derived/i);
    expect(caveats).toMatch(/4 months a semester/);
  });

  it('backs OPT with the seed and with RPI ISSS, which does not say the concentration qualifies', () => {
    const [seed, isss] = RPI_PROGRAM.facts.opt.sources;
    expect(seed?.url).toBe(PROGRAM_URL);
    expect(isss?.url).toBe('https://info.rpi.edu/isss/alumni');
    expect(isss?.verifiedOn).toBe('2026-11-24');
    expect(isss?.caveat).toMatch(/does not itself say that this concentration qualifies/);
  });

  it('marks what the sources do not state as not stated, with no invented value', () => {
    for (const fact of [RPI_PROGRAM.facts.format, RPI_PROGRAM.facts.tuitionUSD]) {
      expect(fact.value).toBeNull();
      expect(fact.display).toBe('Not stated');
      expect(fact.sources).toEqual([]);
    }
  });

  it('keeps Institute-wide tuition as labelled context, never as the MBA tuition', () => {
    expect(RPI_PROGRAM.contextFacts.map((f) => f.id)).toEqual([
      'rpi-graduate-tuition-full-time-2025-2026',
      'rpi-graduate-tuition-part-time-2025-2026',
    ]);
    for (const fact of RPI_PROGRAM.contextFacts) {
      expect(fact.label).toContain('RPI graduate tuition (Institute-wide)');
      expect(fact.label).toContain('2025-2026');
      expect(fact.display).toContain('not MBA-specific');
      expect(fact.source.url).toBe('https://financialaid.rpi.edu/cost-attendance');
    }
    expect(RPI_PROGRAM.contextFacts[0]?.display).toContain('$64,400');
    expect(RPI_PROGRAM.contextFacts[1]?.display).toContain('$2,680 per credit hour, estimated');
    for (const fact of Object.values(RPI_PROGRAM.facts)) expect(fact.display).not.toContain('$');
  });

  it('dates only the facts found in stored pages; seed facts await a check of the live page', () => {
    for (const { where, source } of allSources(RPI_PROGRAM)) {
      if (source.url === PROGRAM_URL) {
        expect(source.verifiedOn, where).toBeNull();
        expect(source.caveat, where).toContain(
          "From the user's summary of the program page; not yet checked on the live page",
        );
      } else {
        expect(source.verifiedOn, where).toBe('2026-11-24');
      }
    }
  });

  it('quotes only phrases that really occur in the seed or in rpi-facts.md', () => {
    const sources = allSources(RPI_PROGRAM);
    expect(sources.length).toBeGreaterThan(15);
    for (const { where, source } of sources) {
      const text = source.url === PROGRAM_URL ? seedText : factsText;
      expect(text.includes(source.quote), `${where}: ${JSON.stringify(source.quote)}`).toBe(true);
    }
  });

  it('keeps the career pathway titles as the seed writes them', () => {
    expect(RPI_PROGRAM.careerPathways.map((p) => p.title)).toEqual([
      'Director of AI Strategy',
      'GenAI Product Manager',
      'Venture-backed AI founder or co-founder',
      'Head of Data',
      'Chief AI Officer (for SMEs or innovation units)',
      'Strategy, policy, or analytics roles in tech, finance, health, and defense',
    ]);
    for (const pathway of RPI_PROGRAM.careerPathways) expect(seedText).toContain(pathway.title);
  });

  it('maps typical job-title phrases onto pathways', () => {
    const pathwayFor = (role: string) => RPI_PROGRAM.careerPathways.find((p) => p.roleTerms.includes(role))?.id;
    expect(pathwayFor('director of ai strategy')).toBe('director-of-ai-strategy');
    expect(pathwayFor('generative ai product manager')).toBe('genai-product-manager');
    expect(pathwayFor('chief ai officer')).toBe('chief-ai-officer');
    expect(pathwayFor('caio')).toBe('chief-ai-officer');
    expect(pathwayFor('head of data')).toBe('head-of-data');
    expect(pathwayFor('chief data officer')).toBe('head-of-data');
    expect(pathwayFor('ai governance analyst')).toBe('strategy-policy-analytics');
    expect(pathwayFor('co-founder')).toBe('ai-founder');
  });

  it('covers the four seed sections and the technical curriculum as themes', () => {
    expect(RPI_PROGRAM.themes.map((t) => t.source.quote)).toEqual([
      'From Models to Markets',
      'Leading Interdisciplinary Teams',
      'Ethics, Governance & AI Risk',
      'Build or Lead the Next AI Business',
      'Interdisciplinary curriculum blending AI, machine learning, computing, and leadership',
    ]);
    const theme = (id: string) => RPI_PROGRAM.themes.find((t) => t.id === id);
    expect(theme('models-to-markets')?.terms).toEqual(
      expect.arrayContaining(['roi', 'pricing', 'product-market fit', 'kpis']),
    );
    expect(theme('ethics-governance-risk')?.terms).toEqual(
      expect.arrayContaining(['bias', 'interpretability', 'fairness', 'auditability', 'eu ai act', 'compliance']),
    );
    expect(theme('building-ai-businesses')?.terms).toEqual(
      expect.arrayContaining(['financial viability', 'investors', 'operations', 'go-to-market', 'growth strategy']),
    );
  });

  it('claims no programming or named frameworks as full coverage: the summary does not state them', () => {
    const fullTerms = RPI_PROGRAM.themes.flatMap((t) => t.terms);
    const relatedTerms = RPI_PROGRAM.themes.flatMap((t) => t.relatedTerms);
    for (const term of ['python', 'sql', 'generative ai', 'llm', 'nist ai rmf', 'iso/iec 42001', 'privacy']) {
      expect(fullTerms, term).not.toContain(term);
      expect(relatedTerms, term).toContain(term);
    }
  });
});

describe('validateProgram', () => {
  const problemsOf = (program: unknown) => validateProgram(program, TODAY);

  it('reports a stated fact with no source', () => {
    const problems = problemsOf(brokenCopy((p) => { p.facts.credits.sources = []; }));
    expect(problems).toEqual(['facts.credits.sources: a stated fact needs at least one source']);
  });

  it('reports a source URL that is not https', () => {
    for (const url of ['http://lally.rpi.edu/', 'not a url', '', 'javascript:alert(1)']) {
      const problems = problemsOf(brokenCopy((p) => {
        p.facts.stem.sources[0]!.url = url;
      }));
      expect(problems, url).toEqual([`facts.stem.sources[0].url: must be an https URL, got ${JSON.stringify(url)}`]);
    }
  });

  it('reports an empty quote', () => {
    const problems = problemsOf(brokenCopy((p) => { p.themes[0]!.source.quote = '  '; }));
    expect(problems).toEqual(['themes[0].source.quote: must be the non-empty phrase quoted from the source']);
  });

  it('reports a verifiedOn date in the future of the injected today', () => {
    const broken = brokenCopy((p) => { p.contextFacts[0]!.source.verifiedOn = '2026-11-26'; });
    expect(problemsOf(broken)).toEqual([
      'contextFacts[0].source.verifiedOn: 2026-11-26 is in the future (today is 2026-11-25)',
    ]);
    expect(validateProgram(broken, new Date('2026-11-26T00:00:00Z'))).toEqual([]);
  });

  it('reports a verifiedOn that is not a real date', () => {
    for (const date of ['2026-02-30', '24/11/2026', '2026-13-01']) {
      const problems = problemsOf(brokenCopy((p) => { p.facts.opt.sources[1]!.verifiedOn = date; }));
      expect(problems, date).toHaveLength(1);
      expect(problems[0], date).toMatch(/^facts\.opt\.sources\[1\]\.verifiedOn: /);
    }
  });

  it('reports a duplicate theme id', () => {
    const problems = problemsOf(brokenCopy((p) => { p.themes[1]!.id = p.themes[0]!.id; }));
    expect(problems).toEqual(['themes[1].id: duplicate id "models-to-markets"']);
  });

  it('reports a duplicate pathway id and a role term shared by two pathways', () => {
    const problems = problemsOf(brokenCopy((p) => {
      p.careerPathways[2]!.id = p.careerPathways[0]!.id;
      p.careerPathways[1]!.roleTerms.push('director of ai strategy');
    }));
    expect(problems).toHaveLength(2);
    expect(problems[0]).toBe('careerPathways[2].id: duplicate id "director-of-ai-strategy"');
    expect(problems[1]).toMatch(
      /^careerPathways\[1\]\.roleTerms\[\d+\]: "director of ai strategy" repeats careerPathways\[0\]/,
    );
  });

  it('reports terms that are upper-case, empty or repeated between full and partial coverage', () => {
    const problems = problemsOf(brokenCopy((p) => {
      p.themes[0]!.terms.push('ROI Analysis', '');
      p.themes[0]!.relatedTerms.push('roi');
    }));
    expect(problems).toHaveLength(3);
    expect(problems.join('\n')).toMatch(/"ROI Analysis" must be lower-case/);
    expect(problems.join('\n')).toMatch(/must be a non-empty term/);
    expect(problems.join('\n')).toMatch(/relatedTerms\[\d+\]: "roi" repeats themes\[0\]\.terms\[0\]/);
  });

  it('reports a minimum duration above the maximum', () => {
    const problems = problemsOf(brokenCopy((p) => { p.facts.durationMonthsMin.value = 24; }));
    expect(problems).toEqual(['facts.durationMonthsMin: 24 is more than durationMonthsMax 20']);
  });

  it('reports a value of the wrong type and an unstated fact that does not say so', () => {
    const problems = problemsOf(brokenCopy((p) => {
      (p.facts.stem as { value: unknown }).value = 'yes';
      p.facts.tuitionUSD.display = '';
    }));
    expect(problems).toEqual([
      'facts.stem.value: must be null or a boolean value, got "yes"',
      'facts.tuitionUSD.display: an unstated fact must read "Not stated", got ""',
    ]);
  });

  it('reports context figures whose label could pass for the MBA tuition', () => {
    const problems = problemsOf(brokenCopy((p) => { p.contextFacts[0]!.label = 'RPI MBA tuition'; }));
    expect(problems).toEqual(['contextFacts[0].label: must say the figure is Institute-wide']);
  });

  it('never throws, whatever it is given', () => {
    const hostile = new Proxy({}, { get() { throw new Error('trap'); }, has() { throw new Error('trap'); } });
    for (const input of [undefined, null, 42, 'program', [], {}, { facts: [] }, hostile]) {
      expect(() => validateProgram(input, TODAY)).not.toThrow();
      expect(validateProgram(input, TODAY).length).toBeGreaterThan(0);
    }
  });
});
