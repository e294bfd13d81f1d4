import { describe, expect, it } from 'vitest';
import { diffFacts, quoteFor, type FactReading } from '../../src/core/fact-changes';
import type { Evidence, PageFacts } from '../../src/core/types';
import { careerFacts, programFacts } from '../storage/fixtures/facts';

function reading(facts: PageFacts, quotes: Evidence[] = []): FactReading {
  return { facts, quotes };
}

describe('diffFacts on a program page', () => {
  it('says nothing when the facts the card shows are the same, whatever the quotes', () => {
    const before = reading(programFacts(), [{ fact: 'tuitionUSD', quote: 'Tuition is $120,000.' }]);
    const after = reading(programFacts(), [{ fact: 'tuitionUSD', quote: 'Total tuition: $120,000.' }]);
    expect(diffFacts('mba-program', before, after)).toEqual([]);
  });

  it('gives each changed fact old → new with both quotes', () => {
    const before = reading(programFacts({ tuitionUSD: 62000 }), [
      { fact: 'credits', quote: 'A 48-credit program.' },
      { fact: 'tuitionUSD', quote: 'Tuition is $62,000.' },
    ]);
    const after = reading(programFacts({ tuitionUSD: 66500 }), [
      { fact: 'credits', quote: 'A 48-credit program.' },
      { fact: 'tuitionUSD', quote: 'Tuition is now $66,500.' },
    ]);
    expect(diffFacts('mba-program', before, after)).toEqual([
      { fact: 'tuitionUSD', before: 62000, after: 66500, beforeQuote: 'Tuition is $62,000.', afterQuote: 'Tuition is now $66,500.' },
    ]);
  });

  it.each<[string, Partial<PageFacts>, Partial<PageFacts>, string, unknown, unknown]>([
    ['credits', { credits: 48 }, { credits: 36 }, 'credits', 48, 36],
    ['the length, as the card shows it', { durationMonthsMin: 21, durationMonthsMax: 24 }, { durationMonthsMin: 12, durationMonthsMax: 24 }, 'duration', '21–24 months', '12–24 months'],
    ['STEM, no longer stated', { stem: true }, { stem: null }, 'stem', true, null],
    ['OPT, now stated', { opt: null }, { opt: false }, 'opt', null, false],
    ['the format', { format: 'on-campus' }, { format: 'hybrid' }, 'format', 'on-campus', 'hybrid'],
    ['AI in the curriculum', { aiCurriculum: true }, { aiCurriculum: false }, 'aiCurriculum', true, false],
    ['ethics', { ethics: null }, { ethics: true }, 'ethics', null, true],
  ])('%s', (_name, was, now, fact, before, after) => {
    const changes = diffFacts('mba-program', reading(programFacts(was)), reading(programFacts(now)));
    expect(changes).toHaveLength(1);
    expect(changes[0]).toMatchObject({ fact, before, after });
  });

  it('lists several changes in the card order, with null quotes where none was kept or nothing is stated', () => {
    const changes = diffFacts(
      'mba-program',
      reading(programFacts({ credits: 48, tuitionUSD: 62000 })),
      reading(programFacts({ credits: 36, tuitionUSD: null }), [{ fact: 'credits', quote: 'Only 36 credits.' }]),
    );
    expect(changes).toEqual([
      { fact: 'credits', before: 48, after: 36, beforeQuote: null, afterQuote: 'Only 36 credits.' },
      { fact: 'tuitionUSD', before: 62000, after: null, beforeQuote: null, afterQuote: null },
    ]);
  });
});

describe('diffFacts on a career page', () => {
  it('gives the role, then the skills no longer listed, then the new ones, each with its quote', () => {
    const before = reading(careerFacts({ role: 'Director of AI Strategy', skills: ['pricing', 'Kubernetes'] }), [
      { fact: 'role', quote: 'We are hiring a Director of AI Strategy.' },
      { fact: 'skill:Kubernetes', quote: '- Kubernetes' },
    ]);
    const after = reading(careerFacts({ role: 'Head of AI Strategy', skills: ['Pricing', 'EU AI Act'] }), [
      { fact: 'role', quote: 'We are hiring a Head of AI Strategy.' },
      { fact: 'skill:EU AI Act', quote: 'Knowledge of the EU AI Act.' },
    ]);
    expect(diffFacts('ai-career', before, after)).toEqual([
      { fact: 'role', before: 'Director of AI Strategy', after: 'Head of AI Strategy', beforeQuote: 'We are hiring a Director of AI Strategy.', afterQuote: 'We are hiring a Head of AI Strategy.' },
      { fact: 'skill', before: 'Kubernetes', after: null, beforeQuote: '- Kubernetes', afterQuote: null },
      { fact: 'skill', before: null, after: 'EU AI Act', beforeQuote: null, afterQuote: 'Knowledge of the EU AI Act.' },
    ]);
  });
});

describe('quoteFor', () => {
  it('finds the first quote of a fact, and a skill by its name', () => {
    const quotes = [{ fact: 'duration', quote: 'first' }, { fact: 'duration', quote: 'second' }, { fact: 'skill:SQL', quote: 'SQL daily' }];
    expect(quoteFor(quotes, 'duration', '12 months')).toBe('first');
    expect(quoteFor(quotes, 'skill', 'SQL')).toBe('SQL daily');
    expect(quoteFor(quotes, 'credits', 36)).toBeNull();
    expect(quoteFor(quotes, 'duration', null)).toBeNull();
  });
});
