// @vitest-environment happy-dom
/**
 * "What changed since you saved it" as components: the card's section (each fact old → new with the dates and the
 * page's words then and now), the popup's mark on a saved item whose facts changed at the last visit, and the
 * options page's switch. The whole path in a browser is tests/e2e/history.e2e.test.ts.
 */
import { describe, expect, it, afterEach } from 'vitest';
import { analyzeSnapshot } from '../../src/core/analyze';
import { compareWithReference } from '../../src/core/compare';
import { snapshotFromText } from '../../src/core/snapshot';
import { cardModelOf } from '../../src/ui/card-model';
import { Options } from '../../src/options/options';
import { Popup } from '../../src/popup/popup';
import type { PageChange } from '../../src/schemas/fact-history';
import { defaultSettings } from '../../src/schemas/settings-schema';
import type { ShortlistItem } from '../../src/schemas/shortlist-schema';
import { snapshotOf, withReading } from '../../src/storage/fact-history';
import { settingsRecord, shortlistRecord } from '../../src/storage/stored-records';
import { Card, type CardProps } from '../../src/ui/card';
import { careerFacts, programFacts } from '../storage/fixtures/facts';
import { byText, click, mount, settle, unmountAll, waitFor } from '../popup/dom';
import { fakePopupApi } from '../popup/fake-popup-api';

afterEach(unmountAll);

const TODAY = new Date('2026-03-01T10:00:00.000Z');
const SAVED = '2026-02-10T12:00:00.000Z';
const THEN_QUOTE = 'Tuition for the full program is $62,000.';
const NOW_QUOTE = 'Tuition for the full program is now $66,500.';

const tuitionChange: PageChange = {
  before: SAVED,
  after: TODAY.toISOString(),
  sinceSave: true,
  changes: [{ fact: 'tuitionUSD', before: 62000, after: 66500, beforeQuote: THEN_QUOTE, afterQuote: NOW_QUOTE }],
};

function renderCard(props: Partial<CardProps>) {
  const model = cardModelOf(analyzeSnapshot(snapshotFromText('# Full-time MBA\nOur STEM-designated MBA is a 48-credit program.', { url: 'https://www.example.edu/mba/', title: 'Full-time MBA' })));
  return mount(
    <Card
      model={model}
      expanded
      onExpandedChange={() => undefined}
      highlights={{ available: true, on: true }}
      onHighlightsChange={() => undefined}
      onQuoteActivate={() => undefined}
      saveState="idle"
      onSave={() => undefined}
      onClose={() => undefined}
      onDisableSite={() => undefined}
      now={() => TODAY}
      {...props}
    />,
  );
}

describe("the card's section", () => {
  it('says what changed since the save, old → new with when each was seen, and both quotes', () => {
    const root = renderCard({ change: tuitionChange });
    const section = root.querySelector<HTMLElement>('section.changes')!;
    expect(section.querySelector('h3')?.textContent).toBe('Changed since you saved it');
    expect(section.getAttribute('aria-labelledby')).toBe(section.querySelector('h3')?.id);
    const item = section.querySelector<HTMLElement>('.fact-change[data-fact="tuitionUSD"]')!;
    expect(item.querySelector('.change-line')?.textContent).toBe('Tuition: $62,000 → $66,500 (seen Feb 10 → today)');
    expect(item.querySelector('.change-before')?.textContent).toBe(`Then${THEN_QUOTE}`);
    expect(item.querySelector('.change-after')?.textContent).toBe(`Now${NOW_QUOTE}`);
    // Page words are text, in a <q>, never markup.
    expect(item.querySelectorAll('q')).toHaveLength(2);
  });

  it('is not there when nothing changed; the compact card only flags the change', () => {
    expect(renderCard({ change: null }).querySelector('.changes, .changed-flag')).toBeNull();
    expect(renderCard({}).querySelector('.changes, .changed-flag')).toBeNull();
    const compact = renderCard({ change: tuitionChange, expanded: false });
    expect(compact.querySelector('.changes')).toBeNull();
    expect(compact.querySelector('.toggle .changed-flag')?.textContent).toBe('page changed');
  });

  it('says "since you last saw it", a year where it differs, and where words were not kept or a fact went', () => {
    const root = renderCard({
      change: {
        before: '2025-11-20T12:00:00.000Z', after: '2026-02-27T12:00:00.000Z', sinceSave: false,
        changes: [
          { fact: 'credits', before: 48, after: 36, beforeQuote: null, afterQuote: 'Only 36 credits.' },
          { fact: 'stem', before: true, after: null, beforeQuote: 'STEM-designated.', afterQuote: null },
        ],
      },
    });
    expect(root.querySelector('.changes h3')?.textContent).toBe('Changed since you last saw it');
    const lines = [...root.querySelectorAll('.change-line')].map((line) => line.textContent);
    expect(lines).toEqual([
      'Credits: 48 credits → 36 credits (seen Nov 20, 2025 → Feb 27)',
      'STEM designation: Yes → not stated (seen Nov 20, 2025 → Feb 27)',
    ]);
    const credits = root.querySelector('.fact-change[data-fact="credits"]')!;
    expect(credits.querySelector('.change-before')?.textContent).toBe('Thenits words were not kept');
    // A fact no longer stated has no words to quote.
    expect(root.querySelector('.fact-change[data-fact="stem"] .change-after')).toBeNull();
  });

  it('says which skills a career page lists now and no longer', () => {
    const root = renderCard({
      change: {
        before: SAVED, after: TODAY.toISOString(), sinceSave: true,
        changes: [
          { fact: 'skill', before: 'Kubernetes', after: null, beforeQuote: '- Kubernetes', afterQuote: null },
          { fact: 'skill', before: null, after: 'EU AI Act', beforeQuote: null, afterQuote: 'Knowledge of the EU AI Act.' },
        ],
      },
    });
    expect([...root.querySelectorAll('.change-what')].map((line) => line.textContent)).toEqual([
      'Skill no longer listed: Kubernetes',
      'Skill now listed: EU AI Act',
    ]);
  });
});

describe("the popup's shortlist", () => {
  const program = programFacts({ tuitionUSD: 62000 });
  const changedHistory = withReading(
    [snapshotOf({ facts: program, quotes: [{ fact: 'tuitionUSD', quote: THEN_QUOTE }] }, new Date(SAVED), 'save')],
    'mba-program',
    { facts: programFacts({ tuitionUSD: 66500 }), quotes: [{ fact: 'tuitionUSD', quote: NOW_QUOTE }] },
    new Date('2026-03-01T09:00:00.000Z'),
    'visit',
  )!;
  const changed: ShortlistItem = {
    id: 'p1', url: 'https://a.example.edu/mba', title: 'A School MBA', kind: 'mba-program', savedAt: SAVED,
    facts: program, comparison: compareWithReference('mba-program', program), history: changedHistory,
  };
  const unchanged: ShortlistItem = {
    id: 'r1', url: 'https://jobs.example.com/1', title: 'Director of AI Strategy', kind: 'ai-career', savedAt: SAVED,
    facts: careerFacts(), comparison: compareWithReference('ai-career', careerFacts()),
    history: [snapshotOf({ facts: careerFacts(), quotes: [] }, new Date(SAVED), 'save')],
  };

  async function openShortlist(settings = defaultSettings()) {
    const api = fakePopupApi({ initialStorage: { shortlist: shortlistRecord([changed, unchanged]), settings: settingsRecord(settings) } });
    const root = mount(<Popup api={api} now={() => TODAY} />);
    await settle();
    await click(root.querySelector('#tab-shortlist')!);
    return root.querySelector<HTMLElement>('#panel-shortlist')!;
  }

  it('marks the item whose facts changed at the last visit, and opens onto what changed with both quotes', async () => {
    const panel = await openShortlist();
    const [first, second] = [...panel.querySelectorAll<HTMLElement>('.saved-item')];
    expect(first?.querySelector('.change-mark')?.textContent).toBe('Changed');
    expect(second?.querySelector('.change-note')).toBeNull();
    const note = first!.querySelector<HTMLDetailsElement>('details.change-note')!;
    expect(note.querySelector('summary')?.textContent).toBe('Changed Show what changed at your last visit');
    await click(note.querySelector('summary')!);
    expect(note.open).toBe(true);
    expect(note.querySelector('.change-line')?.textContent).toBe('Tuition: $62,000 → $66,500 (seen Feb 10 → today)');
    expect([...note.querySelectorAll('q')].map((q) => q.textContent)).toEqual([THEN_QUOTE, NOW_QUOTE]);
  });

  it('says so when the history of a saved item could not be read, and still lists the item', async () => {
    const api = fakePopupApi({ initialStorage: { shortlist: { schemaVersion: 3, items: [{ ...changed, history: 'junk' }] } } });
    const root = mount(<Popup api={api} now={() => TODAY} />);
    await settle();
    expect(root.querySelector('.notice')?.textContent).toContain('The change history of 1 saved items could not be read and was dropped');
    await click(root.querySelector('#tab-shortlist')!);
    expect([...root.querySelectorAll('#panel-shortlist .saved-title')].map((title) => title.textContent)).toEqual(['A School MBA']);
  });

  it('shows no mark with the option off', async () => {
    const panel = await openShortlist({ ...defaultSettings(), changeHistory: false });
    expect(panel.querySelectorAll('.saved-item')).toHaveLength(2);
    expect(panel.querySelector('.change-note')).toBeNull();
  });
});

describe('the options page', () => {
  it('turns the history off and on', async () => {
    const base = fakePopupApi();
    const root = mount(<Options api={{ send: base.send, subscribe: () => () => undefined, download: base.download }} />);
    await settle();
    const section = root.querySelector<HTMLElement>('[aria-labelledby="settings-history-title"]')!;
    expect(section.querySelector('h2')?.textContent).toBe('Changes on saved pages');
    const toggle = section.querySelector<HTMLInputElement>('input[name="changeHistory"]')!;
    expect(toggle.checked).toBe(true);
    expect(byText(section, '.switch-text', 'Say what changed when I open a saved page again')).toBeTruthy();
    await click(toggle);
    await waitFor(() => expect(base.announced.at(-1)?.changeHistory).toBe(false));
    expect(base.sent).toContainEqual({ type: 'update-settings', patch: { changeHistory: false } });
    await click(toggle);
    await waitFor(() => expect(base.announced.at(-1)?.changeHistory).toBe(true));
  });
});
