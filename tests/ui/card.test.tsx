// @vitest-environment happy-dom
/**
 * The card as a component: compact → expanded and back by keyboard, the rows of an MBA analysis and of a career
 * analysis (from the real core over real-looking text), "not stated on this page", RPI's sources, and page text
 * shown as text only. The browser-only parts (Custom Highlight API, real key activation) are in tests/e2e.
 */
import { render } from 'preact';
import { useState } from 'preact/hooks';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { analyzeSnapshot } from '../../src/core/analyze';
import { snapshotFromText } from '../../src/core/snapshot';
import { signal } from '../../src/core/signals';
import type { Evidence } from '../../src/core/types';
import { RPI_PROGRAM } from '../../src/data/rpi-program';
import { cardModelOf } from '../../src/ui/card-model';
import { Card, type CardProps } from '../../src/ui/card';
import type { CardModel } from '../../src/ui/card-model';
import { ComparisonTable } from '../../src/ui/comparison-table';
import { safeHttpUrl } from '../../src/ui/comparison-reference';

const MBA_TEXT = [
  '# Full-time MBA',
  'The Example School of Business Full-time MBA prepares leaders for a changing economy.',
  'Our STEM-designated MBA is a 48-credit program that students complete in 21 months.',
  'International students are eligible for the 24-month STEM OPT extension after graduation.',
  '## Curriculum',
  'Core courses include machine learning for managers, data analytics and business ethics.',
  '## Admissions',
  'GMAT or GRE scores are required. Apply now for the fall intake.',
].join('\n');

const CAREER_TEXT = [
  '# Director of AI Strategy',
  'We are hiring a Director of AI Strategy to lead our enterprise AI roadmap.',
  'Responsibilities: own the AI strategy, build business cases with clear ROI, and drive stakeholder management across teams.',
  'Requirements: 8+ years of experience in product management; knowledge of AI governance, the EU AI Act and risk management.',
  'You will partner with engineering on machine learning and prompt engineering initiatives.',
].join('\n');

function mbaModel(): CardModel {
  return cardModelOf(analyzeSnapshot(snapshotFromText(MBA_TEXT, { url: 'https://www.example.edu/mba/', title: 'Full-time MBA | Example School of Business' })));
}

/** The card as shown when asked for (force), so that these tests of the card do not hang on the model's threshold. */
function careerModel(): CardModel {
  return cardModelOf(analyzeSnapshot(snapshotFromText(CAREER_TEXT, { url: 'https://jobs.example.com/director-ai-strategy', title: 'Director of AI Strategy' }), { force: true }));
}

let container: HTMLElement;

beforeEach(() => {
  container = document.createElement('div');
  document.body.append(container);
});

afterEach(() => {
  act(() => render(null, container));
  container.remove();
});

/** The content script keeps the card's state; this stands in for it. */
function StatefulCard(props: Partial<CardProps> & { model: CardModel }) {
  const [expanded, setExpanded] = useState(props.expanded ?? false);
  const [on, setOn] = useState(true);
  return (
    <Card
      expanded={expanded}
      onExpandedChange={setExpanded}
      highlights={props.highlights ?? { available: true, on }}
      onHighlightsChange={setOn}
      onQuoteActivate={props.onQuoteActivate ?? (() => undefined)}
      saveState="idle"
      onSave={() => undefined}
      onClose={() => undefined}
      onDisableSite={() => undefined}
      {...props}
    />
  );
}

const $ = (selector: string) => container.querySelector<HTMLElement>(selector);
const $$ = (selector: string) => Array.from(container.querySelectorAll<HTMLElement>(selector));

describe('compact and expanded', () => {
  it('starts as a pill that names how much was compared, and does not take focus', () => {
    const focusBefore = document.activeElement;
    act(() => render(<StatefulCard model={mbaModel()} />, container));
    expect($('.toggle')?.getAttribute('aria-expanded')).toBe('false');
    expect($('.summary')?.textContent).toMatch(/^MBA Lens · \d of 8 facts compared$/);
    expect($('.card-body')).toBeNull();
    expect(document.activeElement).toBe(focusBefore);
  });

  it('expands from the keyboard and collapses with Escape, keeping focus on the card', () => {
    act(() => render(<StatefulCard model={mbaModel()} />, container));
    const toggle = $('.toggle')!;
    // A native <button>: Enter and Space activate it in every browser (tests/e2e presses the real keys).
    expect(toggle.tagName).toBe('BUTTON');
    expect(toggle.getAttribute('type')).toBe('button');
    toggle.focus();
    act(() => toggle.click());
    expect($('.toggle')?.getAttribute('aria-expanded')).toBe('true');
    expect($('.card-body')).not.toBeNull();
    act(() => {
      $('.row button.quote, .action.save')!.focus();
      $('.card-body')!.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
    });
    expect($('.toggle')?.getAttribute('aria-expanded')).toBe('false');
    expect(document.activeElement).toBe($('.toggle'));
  });

  it('hands focus back to the page on Escape in the compact card, and keeps Escape from the page', () => {
    const onLeave = vi.fn();
    const pageHeard = vi.fn();
    container.addEventListener('keydown', pageHeard);
    act(() => render(<StatefulCard model={mbaModel()} onLeave={onLeave} />, container));
    $('.toggle')!.focus();
    act(() => {
      $('.toggle')!.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
    });
    expect(onLeave).toHaveBeenCalledTimes(1);
    expect($('.toggle')?.getAttribute('aria-expanded')).toBe('false');
    expect(pageHeard).not.toHaveBeenCalled();
    container.removeEventListener('keydown', pageHeard);
  });
});

describe('MBA rows', () => {
  it('has a row per fact with the page value, RPI value, verdict and sources', () => {
    const model = mbaModel();
    expect(model.kind).toBe('mba-program');
    act(() => render(<StatefulCard model={model} expanded />, container));
    const rows = $$('.comparison .row');
    expect(rows.map((r) => r.dataset.fact)).toEqual(['credits', 'duration', 'stem', 'opt', 'format', 'tuitionUSD', 'aiCurriculum', 'ethics']);
    const credits = rows[0]!;
    expect(credits.querySelector('.fact')?.textContent).toBe('Credits');
    expect(credits.querySelector('.page-value dd')?.textContent).toContain('48 credits');
    expect(credits.querySelector('.rpi-value dd')?.textContent).toContain(RPI_PROGRAM.facts.credits.display);
    expect(credits.querySelector('.verdict')?.textContent).toBe('Differs from RPI');
    expect(credits.querySelector('button.quote')?.textContent).toContain('48-credit');
    const link = credits.querySelector<HTMLAnchorElement>('.source a');
    expect(link?.getAttribute('href')).toBe(RPI_PROGRAM.facts.credits.sources[0]?.url);
    expect(link?.getAttribute('target')).toBe('_blank');
    expect(link?.getAttribute('rel')).toBe('noopener noreferrer');
    expect(credits.querySelector('.verified')?.textContent).toContain('not yet verified');
    const stem = rows.find((r) => r.dataset.fact === 'stem')!;
    expect(stem.querySelector('.page-value dd')?.textContent).toContain('Yes');
  });

  it('says "Not stated on this page" where the page is silent, and what RPI states there', () => {
    act(() => render(<StatefulCard model={mbaModel()} expanded />, container));
    const format = $('.row[data-fact="format"]')!;
    expect(format.dataset.verdict).toBe('not-stated');
    expect(format.querySelector('.page-value .not-stated')?.textContent).toBe('Not stated on this page');
    expect(format.querySelector('button.quote')).toBeNull();
    expect(format.querySelector('.rpi-value dd')?.textContent).toContain(RPI_PROGRAM.facts.format.display);
  });

  it('shows a dated source as verified', () => {
    act(() => render(<StatefulCard model={mbaModel()} expanded />, container));
    const opt = $('.row[data-fact="opt"]')!;
    const verified = Array.from(opt.querySelectorAll('.verified'), (e) => e.textContent ?? '');
    const dated = RPI_PROGRAM.facts.opt.sources.find((s) => s.verifiedOn !== null);
    expect(dated).toBeDefined();
    expect(verified.some((text) => text.includes(`verified ${dated?.verifiedOn}`))).toBe(true);
  });

  it('hands the quote to the content script when activated', () => {
    const onQuoteActivate = vi.fn();
    const model = mbaModel();
    act(() => render(<StatefulCard model={model} expanded onQuoteActivate={onQuoteActivate} />, container));
    act(() => $('.row[data-fact="credits"] button.quote')!.click());
    expect(onQuoteActivate).toHaveBeenCalledTimes(1);
    const [evidence, index] = onQuoteActivate.mock.calls[0] as [Evidence, number];
    expect(evidence.fact).toBe('credits');
    expect(model.evidence[index]).toBe(evidence);
  });

  it('shows a quote that states both ends of a length once', () => {
    // "2 years; maximum, 6 years": the shortest and the longest length come from one sentence, as two evidence items.
    const base = mbaModel();
    const duration = base.evidence.find((e) => e.fact === 'duration');
    expect(duration).toBeDefined();
    const model: CardModel = { ...base, evidence: [...base.evidence, { ...duration! }] };
    act(() => render(<StatefulCard model={model} expanded />, container));
    expect($$('.row[data-fact="duration"] .quote').map((q) => q.textContent)).toHaveLength(1);
  });
});

describe('career rows', () => {
  it('compares the role with RPI pathways and each skill with the program themes', () => {
    const model = careerModel();
    expect(model.kind).toBe('ai-career');
    act(() => render(<StatefulCard model={model} expanded />, container));
    const rows = $$('.comparison .row');
    expect(rows[0]?.dataset.fact).toBe('role');
    expect(rows[0]?.querySelector('.rpi-value dd')?.textContent).toContain('Director of AI Strategy');
    expect(rows[0]?.dataset.verdict).toBe('covered');
    const skills = rows.filter((r) => r.dataset.fact === 'skill');
    expect(skills.length).toBe(model.comparison.filter((r) => r.fact === 'skill').length);
    expect(skills.length).toBeGreaterThan(2);
    const governance = skills.find((r) => /ai governance/i.test(r.querySelector('.fact')?.textContent ?? ''));
    expect(governance?.dataset.verdict).toBe('covered');
    expect(governance?.querySelector('.rpi-value dd')?.textContent).toContain('Ethics, Governance & AI Risk');
    for (const skill of skills) {
      expect(['covered', 'partly', 'not-covered']).toContain(skill.dataset.verdict);
      expect(skill.querySelector('.quote')).not.toBeNull();
    }
    expect($('.summary')?.textContent).toMatch(/^MBA Lens · \d+ of \d+ skills covered$/);
  });
});

describe('why am I seeing this?', () => {
  it('lists the signals and the confidence', () => {
    const model = mbaModel();
    act(() => render(<StatefulCard model={model} expanded />, container));
    const why = $('details.why')!;
    expect(why.querySelector('summary')?.textContent).toBe('Why am I seeing this?');
    expect(model.signals.length).toBeGreaterThan(0);
    // In English the translated reasons read exactly as the core's own text.
    expect(Array.from(why.querySelectorAll('.signals li'), (li) => li.textContent)).toEqual(model.signals.map((s) => s.text));
    expect(why.querySelector('.confidence')?.textContent).toBe(`Confidence: ${Math.round(model.confidence * 100)}%`);
  });

  it('says when the card is shown below the detection threshold', () => {
    const model: CardModel = { ...mbaModel(), belowThreshold: true };
    act(() => render(<StatefulCard model={model} expanded />, container));
    expect($('.below-threshold')?.textContent).toContain('compared because you asked');
  });
});

describe('page text is untrusted', () => {
  it('shows markup in a quote, a value and a signal as text', () => {
    const payload = '<img src=x onerror=alert(1)>';
    const base = mbaModel();
    const model: CardModel = {
      ...base,
      signals: [signal('mba-in-headline', payload)],
      comparison: base.comparison.map((row) => (row.fact === 'format' ? { ...row, page: payload, verdict: 'different' } : row)),
      evidence: [...base.evidence, { fact: 'format', quote: `Delivered ${payload} online` }],
    };
    act(() => render(<StatefulCard model={model} expanded />, container));
    expect(container.querySelector('img')).toBeNull();
    expect(container.querySelectorAll('[onerror]').length).toBe(0);
    const format = $('.row[data-fact="format"]')!;
    expect(format.querySelector('.page-value dd > span')?.textContent).toBe(payload);
    expect(format.querySelector('button.quote')?.textContent).toContain(payload);
    expect($('.signals li')?.textContent).toBe(`The title or main heading names an MBA (“${payload}”)`);
  });

  it('links only http(s) sources', () => {
    expect(safeHttpUrl('https://lally.rpi.edu/x')).toBe('https://lally.rpi.edu/x');
    expect(safeHttpUrl('http://info.rpi.edu/')).toBe('http://info.rpi.edu/');
    for (const url of ['javascript:alert(1)', 'data:text/html,<b>x</b>', 'chrome-extension://abc/x', 'not a url', '']) expect(safeHttpUrl(url)).toBeNull();
    act(() => render(<StatefulCard model={mbaModel()} expanded />, container));
    for (const link of $$('a')) expect(link.getAttribute('href')).toMatch(/^https?:\/\//);
  });
});

describe('highlights unavailable (happy-dom, like a browser without the Custom Highlight API)', () => {
  it('hides the toggle, says why, and keeps the quotes working', () => {
    const onQuoteActivate = vi.fn();
    act(() => render(<StatefulCard model={mbaModel()} expanded highlights={{ available: false, on: true }} onQuoteActivate={onQuoteActivate} />, container));
    expect($('.action.highlights')).toBeNull();
    expect(container.textContent).toContain('cannot highlight text without changing the page');
    act(() => $('button.quote')!.click());
    expect(onQuoteActivate).toHaveBeenCalledTimes(1);
  });

  it('toggles highlights where they are available', () => {
    act(() => render(<StatefulCard model={mbaModel()} expanded />, container));
    const toggle = () => $('.action.highlights')!;
    expect(toggle().getAttribute('role')).toBe('switch');
    expect(toggle().getAttribute('aria-checked')).toBe('true');
    act(() => toggle().click());
    expect(toggle().getAttribute('aria-checked')).toBe('false');
    // The name stays the words on the button; the visible state is hidden from screen readers, which hear aria-checked.
    expect(toggle().textContent).toBe('Page highlightsOff');
    expect(toggle().querySelector('.switch-state')?.getAttribute('aria-hidden')).toBe('true');
  });
});

describe('the popup reuses the table', () => {
  it('renders without the content script: quotes are text, not buttons', () => {
    const model = mbaModel();
    act(() => render(<ComparisonTable kind={model.kind} comparison={model.comparison} facts={model.facts} evidence={model.evidence} />, container));
    expect($$('.comparison .row').length).toBe(8);
    expect(container.querySelector('button')).toBeNull();
    expect(container.querySelector('q.quote')?.textContent).toContain('48-credit');
  });
});
