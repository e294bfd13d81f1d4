/**
 * "Why am I seeing this?" in the user's language: the core emits codes with arguments and English text, the UI
 * renders them through the `signal…` messages. English rendered through the messages must read exactly as the
 * core's text (so the CLI and the card agree), Spanish must be Spanish, and the topic ids must be the classifier's
 * own category names.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { analyzeSnapshot } from '../../src/core/analyze';
import { CAREER_CATEGORIES, PROGRAM_FACT_CATEGORIES } from '../../src/core/patterns';
import { CAREER_TOPICS, PROGRAM_TOPICS, SIGNAL_CODES, TOPIC_LIST_CODES, signal, type Signal } from '../../src/core/signals';
import { snapshotFromText } from '../../src/core/snapshot';
import { signalText } from '../../src/ui/signal-text';
import { createI18n, loadMessages } from '../support/chrome-i18n';

const globals = globalThis as unknown as { chrome: { i18n: unknown } };
const english = globals.chrome.i18n;

function inLanguage(language: string): void {
  globals.chrome.i18n = createI18n(loadMessages(language), language);
}

afterEach(() => {
  globals.chrome.i18n = english;
});

/** One signal of each code, with the arguments the classifier would give it. */
function oneOfEach(): Signal[] {
  return SIGNAL_CODES.map((code) => {
    if (code === 'program-topics') return signal(code, ...PROGRAM_TOPICS);
    if (code === 'career-topics') return signal(code, ...CAREER_TOPICS);
    if (code === 'mba-mentions' || code === 'ai-mentions') return signal(code, 7);
    if (WORD_LISTS.has(code)) return signal(code, '“executive”, “mba”');
    return QUOTING.has(code) ? signal(code, 'Executive MBA') : signal(code);
  });
}

/** Codes whose one argument is words quoted from the page. */
const QUOTING = new Set(['mba-in-headline', 'mba-in-first-lines', 'one-program-talk', 'role-in-headline', 'role-in-first-lines']);
/** Codes whose one argument is a list of the page's words (or structured-data types), each in quotes. */
const WORD_LISTS = new Set(['words-in-title', 'words-in-heading', 'words-in-address', 'words-in-first-lines', 'words-in-content', 'structured-data-type']);

describe('signal codes', () => {
  it("use the classifier's own category names as topic ids", () => {
    expect([...PROGRAM_TOPICS]).toEqual(PROGRAM_FACT_CATEGORIES.map(([name]) => name));
    expect([...CAREER_TOPICS]).toEqual(CAREER_CATEGORIES.map(([name]) => name));
    expect([...TOPIC_LIST_CODES].sort()).toEqual(['career-topics', 'program-topics']);
  });

  it('render in English exactly as the core wrote them', () => {
    for (const s of oneOfEach()) expect(signalText(s), s.code).toBe(s.text);
  });

  it('render in Spanish, with the arguments in place and the topics translated', () => {
    inLanguage('es');
    for (const s of oneOfEach()) {
      const text = signalText(s);
      expect(text, s.code).not.toBe(s.text);
      if (s.code === 'mba-mentions' || s.code === 'ai-mentions') expect(text).toContain('7');
      else if (QUOTING.has(s.code)) expect(text).toContain('«Executive MBA»');
    }
    // Joined as the language joins a list (Intl.ListFormat), so only the words are pinned here.
    const topics = signalText(signal('program-topics', 'credits', 'tuition'));
    expect(topics).toMatch(/^El contenido describe detalles del programa: créditos\b.*\bmatrícula$/);
    expect(topics).not.toMatch(/credits|tuition/);
  });

  it('come out of a real analysis, and none of them stays English in Spanish', () => {
    const text = [
      '# Full-time MBA',
      'Our STEM-designated MBA is a 48-credit program that students complete in 21 months.',
      'International students are eligible for the 24-month STEM OPT extension. Core courses and electives.',
      'GMAT or GRE scores are required. Apply now. Tuition is $98,000 and scholarships are available.',
    ].join('\n');
    const analysis = analyzeSnapshot(snapshotFromText(text, { url: 'https://www.example.edu/mba/', title: 'Full-time MBA' }));
    expect(analysis.result.kind).toBe('mba-program');
    expect(analysis.result.signals.length).toBeGreaterThan(0);
    inLanguage('es');
    for (const s of analysis.result.signals) expect(signalText(s)).not.toBe(s.text);
  });

  it('fall back to the English text where a message is missing', () => {
    globals.chrome.i18n = { getMessage: () => '', getUILanguage: () => 'xx' };
    const s = signal('mba-in-address');
    expect(signalText(s)).toBe('The address names an MBA');
  });
});
