// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { compareWithReference } from '../../src/core/compare';
import { signal } from '../../src/core/signals';
import type { AnalysisResult } from '../../src/core/types';
import { Popup } from '../../src/popup/popup';
import { shortlistRecord } from '../../src/storage/stored-records';
import type { ShortlistItem } from '../../src/schemas/shortlist-schema';
import { careerFacts, programFacts } from '../storage/fixtures/facts';
import { byText, click, mount, settle, unmountAll, waitFor } from './dom';
import { fakePopupApi } from './fake-popup-api';

const PAGE = 'https://www.example.edu/mba';

function programResult(): AnalysisResult {
  const facts = programFacts();
  return {
    url: PAGE, kind: 'mba-program', confidence: 0.92, signals: [signal('mba-in-headline', 'MBA program')], facts,
    comparison: compareWithReference('mba-program', facts),
    evidence: [{ fact: 'credits', quote: 'The program requires 48 credit hours.' }],
  };
}

function savedItems(): ShortlistItem[] {
  const program = programFacts();
  const career = careerFacts();
  return [
    {
      id: 'p1', url: 'https://a.example.edu/mba', title: 'A School MBA', kind: 'mba-program',
      savedAt: '2026-02-01T00:00:00.000Z', facts: program, comparison: compareWithReference('mba-program', program), history: [],
    },
    {
      id: 'r1', url: 'https://jobs.example.com/1', title: '=Director of AI Strategy, "NYC"', kind: 'ai-career',
      savedAt: '2026-01-01T00:00:00.000Z', facts: career, comparison: compareWithReference('ai-career', career), history: [],
    },
  ];
}

async function openPopup(api = fakePopupApi()) {
  const root = mount(<Popup api={api} now={() => new Date('2026-03-01T10:00:00.000Z')} />);
  await settle();
  return { root, api };
}

const panel = (root: HTMLElement, id: string) => root.querySelector<HTMLElement>(`#panel-${id}`)!;

afterEach(unmountAll);

describe('the popup on a detected page', () => {
  it('shows the comparison the card shows, and saves it to the shortlist', async () => {
    const { root, api } = await openPopup(fakePopupApi({ tabResult: programResult() }));
    const page = panel(root, 'page');
    expect(page.hidden).toBe(false);
    expect(page.querySelector('[data-fact="credits"]')?.textContent).toMatch(/48 credits/);
    expect(page.textContent).toContain('The program requires 48 credit hours.');

    await click(byText(page, 'button', 'Save program to shortlist'));
    await waitFor(() => expect(page.textContent).toContain('Saved to your shortlist.'));
    expect(api.sent).toContainEqual(expect.objectContaining({ type: 'shortlist-add' }));
    const stored = api.area.dump().shortlist as { items: ShortlistItem[] };
    expect(stored.items).toMatchObject([{ url: PAGE, title: 'Example MBA', kind: 'mba-program', facts: programFacts() }]);
    expect(root.querySelector('#tab-shortlist .tab-count')?.textContent).toBe('1');
    expect(root.querySelector('.popup-footer [role="status"]')?.textContent).toContain('Saved “Example MBA”');
  });

  it('shows a quota error clearly and keeps the save button', async () => {
    const api = fakePopupApi({ tabResult: programResult() });
    // storage.local full: every write fails as Chromium's does.
    api.area.set = async () => {
      throw new Error('QUOTA_BYTES quota exceeded');
    };
    const { root } = await openPopup(api);
    await click(byText(panel(root, 'page'), 'button', 'Save program to shortlist'));
    await waitFor(() => expect(root.querySelector('.popup-footer [role="alert"]')?.textContent).toMatch(/storage for MBA Lens is full/));
    expect(byText(panel(root, 'page'), 'button', 'Save program to shortlist')).toBeTruthy();
  });
});

describe('the popup where there is nothing to compare', () => {
  it('says so and asks the page to show its card on request', async () => {
    const { root, api } = await openPopup(fakePopupApi({ tabResult: null }));
    const page = panel(root, 'page');
    expect(page.textContent).toContain('Nothing to compare here');
    expect(page.textContent).toContain('36 credits');
    await click(byText(page, 'button', 'Analyse this page anyway'));
    expect(api.sent).toContainEqual({ type: 'analyze-tab', tabId: 7 });
    await waitFor(() => expect(page.textContent).toContain('the comparison card is shown on the page'));
  });

  it('explains when the page cannot be reached', async () => {
    const { root } = await openPopup(fakePopupApi({ tabResult: null, analyzeReaches: false }));
    await click(byText(panel(root, 'page'), 'button', 'Analyse this page anyway'));
    await waitFor(() => expect(panel(root, 'page').textContent).toContain('MBA Lens cannot run on this page'));
  });

  it('offers no button on a browser page', async () => {
    const { root } = await openPopup(fakePopupApi({ tab: { id: 3, url: 'chrome://extensions/', title: 'Extensions' } }));
    const page = panel(root, 'page');
    expect(page.querySelector('button')).toBeNull();
    expect(page.textContent).toContain('MBA Lens cannot run on this page');
    const siteSwitch = root.querySelector<HTMLInputElement>('.toggles input')!;
    expect(siteSwitch.disabled).toBe(true);
  });
});

describe("RPI's key facts", () => {
  it('shows every key fact with its source link and whether it was verified', async () => {
    const { root } = await openPopup();
    await click(root.querySelector('#tab-rpi')!);
    const facts = panel(root, 'rpi');
    expect(facts.hidden).toBe(false);
    const fact = (name: string) => facts.querySelector<HTMLElement>(`.fact-item[data-fact="${name}"]`)!;
    expect(fact('credits').textContent).toContain('36 credits');
    expect(fact('duration').textContent).toContain('As little as 1 year, or 4–5 semesters');
    expect(fact('stem').textContent).toContain('STEM-designated');
    expect(fact('opt').textContent).toContain('24-month STEM extension');
    expect(fact('opt').querySelectorAll('.source')).toHaveLength(2);
    expect(fact('opt').textContent).toContain('does not itself say that this concentration qualifies');
    expect(fact('format').textContent).toContain('Not stated');
    expect(fact('tuitionUSD').textContent).toContain('Not stated');
    expect(fact('tuitionUSD').textContent).toContain('Institute-wide (not MBA-specific)');
    expect(fact('tuitionUSD').textContent).toContain('$64,400');

    for (const name of ['credits', 'duration', 'stem', 'opt', 'aiCurriculum', 'ethics']) {
      const links = [...fact(name).querySelectorAll<HTMLAnchorElement>('.source a')];
      expect(links.length, name).toBeGreaterThan(0);
      for (const link of links) {
        expect(new URL(link.href).hostname.endsWith('rpi.edu')).toBe(true);
        expect(link.rel).toContain('noopener');
      }
      expect(fact(name).querySelector('.verified')?.textContent).toMatch(/verified|not yet checked/);
    }
    expect(fact('opt').textContent).toMatch(/verified Nov 24, 2026/);
    expect(facts.querySelectorAll('.theme')).toHaveLength(5);
    expect(facts.querySelectorAll('.pathway')).toHaveLength(6);
  });
});

describe('the popup tabs', () => {
  it('move with the arrow keys, with one tab stop', async () => {
    const { root } = await openPopup();
    const tabs = [...root.querySelectorAll<HTMLButtonElement>('[role="tab"]')];
    expect(tabs.map((tab) => tab.tabIndex)).toEqual([0, -1, -1]);
    tabs[0]!.focus();
    tabs[0]!.dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowRight', bubbles: true }));
    await settle();
    expect(root.querySelector('#tab-shortlist')?.getAttribute('aria-selected')).toBe('true');
    expect(document.activeElement?.id).toBe('tab-shortlist');
    document.activeElement!.dispatchEvent(new KeyboardEvent('keydown', { key: 'End', bubbles: true }));
    await settle();
    expect(panel(root, 'rpi').hidden).toBe(false);
    expect(panel(root, 'page').hidden).toBe(true);
  });
});

describe('the shortlist', () => {
  const withItems = () => fakePopupApi({ initialStorage: { shortlist: shortlistRecord(savedItems()) } });

  it('is empty at first, with a hint and the export buttons off', async () => {
    const { root } = await openPopup();
    const list = panel(root, 'shortlist');
    expect(list.textContent).toContain('Nothing saved yet');
    for (const name of ['Export CSV', 'Export HTML', 'Export Markdown', 'Export JSON']) {
      expect(byText<HTMLButtonElement>(list, 'button', name).disabled, name).toBe(true);
    }
  });

  it('lists saved items and shows them side by side with RPI', async () => {
    const { root } = await openPopup(withItems());
    const list = panel(root, 'shortlist');
    expect([...list.querySelectorAll('.saved-title')].map((el) => el.textContent)).toEqual(['A School MBA', '=Director of AI Strategy, "NYC"']);
    const [programs, roles] = [...list.querySelectorAll('table')];
    expect(programs?.querySelector('caption')?.textContent).toBe('Saved programs side by side with RPI');
    const credits = programs!.querySelector('tr[data-fact="credits"]')!;
    expect([...credits.querySelectorAll('td')].map((td) => td.textContent)).toEqual(['36 credits', '48 credits Differs from RPI']);
    expect(roles?.querySelector('tr[data-fact="role"]')?.textContent).toContain('Director of AI Strategy');
    expect(roles?.querySelector('tr[data-fact="skills-not-covered"]')?.textContent).toContain('Kubernetes');
  });

  it('removes an item', async () => {
    const { root, api } = await openPopup(withItems());
    await click(root.querySelector('button[aria-label="Remove “A School MBA” from the shortlist"]')!);
    await waitFor(() => expect(panel(root, 'shortlist').querySelectorAll('.saved-item')).toHaveLength(1));
    expect((api.area.dump().shortlist as { items: unknown[] }).items).toHaveLength(1);
    expect(document.activeElement?.id).toBe('panel-shortlist');
  });

  it('exports CSV with RPI first and formula-safe cells, and versioned JSON', async () => {
    const { root, api } = await openPopup(withItems());
    await click(byText(panel(root, 'shortlist'), 'button', 'Export CSV'));
    await click(byText(panel(root, 'shortlist'), 'button', 'Export JSON'));
    const [csv, json] = api.downloads;
    expect(csv).toMatchObject({ name: 'mba-lens-shortlist-2026-03-01.csv', type: 'text/csv;charset=utf-8' });
    const lines = csv!.text.slice(1).split('\r\n');
    expect(lines[1]).toMatch(/^"?MBA — Artificial Intelligence/);
    expect(lines[1]).toContain('36 credits');
    expect(lines[3]).toMatch(/^"'=Director of AI Strategy, ""NYC"""/);
    expect(json).toMatchObject({ name: 'mba-lens-shortlist-2026-03-01.json', type: 'application/json' });
    expect(JSON.parse(json!.text)).toMatchObject({ format: 'mba-lens-shortlist', schemaVersion: 3, items: savedItems() });
  });

  it('exports the comparison as one HTML page to share and as Markdown for notes, next to the CSV export', async () => {
    const { root, api } = await openPopup(withItems());
    const list = panel(root, 'shortlist');
    const buttons = [...list.querySelectorAll('[role="group"] button')].map((button) => button.textContent);
    expect(buttons).toEqual(['Export CSV', 'Export HTML', 'Export Markdown', 'Export JSON', 'Import JSON…']);
    await click(byText(list, 'button', 'Export HTML'));
    expect(root.querySelector('.popup-footer [role="status"]')?.textContent).toBe('Exported 2 saved items as a page to share or print (HTML).');
    await click(byText(list, 'button', 'Export Markdown'));
    expect(root.querySelector('.popup-footer [role="status"]')?.textContent).toBe('Exported 2 saved items as Markdown.');
    const [page, notes] = api.downloads;
    expect(page).toMatchObject({ name: 'mba-lens-shortlist-2026-03-01.html', type: 'text/html;charset=utf-8' });
    expect(page!.text).toMatch(/^<!DOCTYPE html>\n<html lang="en">/);
    expect(page!.text).toContain('<h3 id="item-2-title">=Director of AI Strategy, &quot;NYC&quot;</h3>');
    expect(page!.text).toContain('<a href="https://a.example.edu/mba" rel="noopener noreferrer">https://a.example.edu/mba</a>');
    expect(page!.text).not.toMatch(/<script/i);
    expect(notes).toMatchObject({ name: 'mba-lens-shortlist-2026-03-01.md', type: 'text/markdown;charset=utf-8' });
    expect(notes!.text).toContain('### A School MBA\n');
    expect(notes!.text).toContain('### =Director of AI Strategy, "NYC"\n');
  });

  it('imports an exported file', async () => {
    const exported = JSON.stringify({ format: 'mba-lens-shortlist', schemaVersion: 2, exportedAt: '2026-01-01T00:00:00Z', items: savedItems() });
    const { root, api } = await openPopup();
    const input = panel(root, 'shortlist').querySelector<HTMLInputElement>('input[type="file"]')!;
    Object.defineProperty(input, 'files', { value: [new File([exported], 'shortlist.json', { type: 'application/json' })] });
    input.dispatchEvent(new Event('change', { bubbles: true }));
    await waitFor(() => expect(panel(root, 'shortlist').querySelectorAll('.saved-item')).toHaveLength(2));
    expect(root.querySelector('.popup-footer [role="status"]')?.textContent).toBe('Imported: 2 added, 0 updated, 0 skipped as unreadable.');
    expect((api.area.dump().shortlist as { items: unknown[] }).items).toHaveLength(2);
  });

  it('says clearly when an import file is not JSON', async () => {
    const { root } = await openPopup();
    const input = panel(root, 'shortlist').querySelector<HTMLInputElement>('input[type="file"]')!;
    Object.defineProperty(input, 'files', { value: [new File(['{nope'], 'x.json')] });
    input.dispatchEvent(new Event('change', { bubbles: true }));
    await waitFor(() => expect(root.querySelector('.popup-footer [role="alert"]')?.textContent).toMatch(/not valid JSON/));
  });
});

describe('the shortlist in Firefox', () => {
  it('sends export and import to the options page, where file dialogs do not close the page', async () => {
    const api = fakePopupApi({ fileDialogsCloseThePopup: true });
    const { root } = await openPopup(api);
    const list = panel(root, 'shortlist');
    expect(list.querySelector('input[type="file"]')).toBeNull();
    await click(byText(list, 'button', 'Export or import in Options…'));
    expect(api.optionsOpened).toBe(1);
  });
});

describe('quick switches', () => {
  it('turn MBA Lens off on this site and the highlights off, and the change is announced', async () => {
    const { root, api } = await openPopup();
    const [site, annotations] = [...root.querySelectorAll<HTMLInputElement>('.toggles input[role="switch"]')];
    expect(site?.checked).toBe(true);
    expect(site?.closest('label')?.textContent).toContain('Show MBA Lens on www.example.edu');
    await click(site!);
    await waitFor(() => expect(api.announced.at(-1)?.disabledSites).toEqual(['www.example.edu']));
    expect(site?.checked).toBe(false);
    await click(annotations!);
    await waitFor(() => expect(api.announced.at(-1)?.annotations).toBe(false));
    expect(api.sent).toContainEqual({ type: 'update-settings', patch: { annotations: false } });
  });
});

describe('notices', () => {
  it('tells the user a damaged shortlist was replaced, until dismissed', async () => {
    const { root } = await openPopup(fakePopupApi({ initialStorage: { shortlist: 'corrupt' } }));
    await waitFor(() => expect(root.querySelector('.notice')?.textContent).toContain('could not be read'));
    expect(root.querySelector('.notice')?.getAttribute('role')).toBe('alert');
    await click(byText(root.querySelector('.notice')!, 'button', 'Dismiss'));
    await waitFor(() => expect(root.querySelector('.notice')).toBeNull());
  });

  it('opens the options page from the header', async () => {
    const { root, api } = await openPopup();
    await click(byText(root, 'button', 'Options'));
    expect(api.optionsOpened).toBe(1);
  });
});
