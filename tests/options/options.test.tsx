// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import type { Message } from '../../src/messages/protocol';
import { Options } from '../../src/options/options';
import type { OptionsApi } from '../../src/options/options-api';
import { defaultSettings, type Settings } from '../../src/schemas/settings-schema';
import { settingsRecord } from '../../src/storage/stored-records';
import { byText, click, mount, settle, typeInto, unmountAll, waitFor } from '../popup/dom';
import { fakePopupApi } from '../popup/fake-popup-api';

/** The popup's fake (the real handler over an in-memory store) plus a way to push background messages. */
function fakeOptionsApi(initialStorage: Record<string, unknown> = {}) {
  const base = fakePopupApi({ initialStorage });
  const listeners = new Set<(message: Message) => void>();
  const api: OptionsApi = {
    send: (message) => base.send(message),
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    download: (file) => base.download(file),
  };
  const push = (message: Message) => listeners.forEach((listener) => listener(message));
  return { api, base, push, listeners };
}

async function openOptions(fake = fakeOptionsApi()) {
  const root = mount(<Options api={fake.api} now={() => new Date('2026-03-01T10:00:00.000Z')} />);
  await settle();
  return { root, ...fake };
}

const lastSettings = (announced: Settings[]) => announced.at(-1);

afterEach(unmountAll);

describe('the options page', () => {
  it('shows the stored settings', async () => {
    const stored = { ...defaultSettings(), autoCard: false, cardStartsExpanded: true, disabledSites: ['a.example'] };
    const { root } = await openOptions(fakeOptionsApi({ settings: settingsRecord(stored) }));
    expect(root.querySelector<HTMLInputElement>('input[name="autoCard"]')?.checked).toBe(false);
    expect(root.querySelector<HTMLInputElement>('input[value="expanded"]')?.checked).toBe(true);
    expect(root.querySelector<HTMLInputElement>('input[name="annotations"]')?.checked).toBe(true);
    expect([...root.querySelectorAll('.site-name')].map((el) => el.textContent)).toEqual(['a.example']);
    expect(root.querySelector('h1')?.textContent).toBe('MBA Lens options');
  });

  it('applies each switch at once and says so', async () => {
    const { root, base } = await openOptions();
    await click(root.querySelector('input[name="autoCard"]')!);
    await waitFor(() => expect(lastSettings(base.announced)?.autoCard).toBe(false));
    await click(root.querySelector('input[value="expanded"]')!);
    await waitFor(() => expect(lastSettings(base.announced)?.cardStartsExpanded).toBe(true));
    await click(root.querySelector('input[name="annotations"]')!);
    await waitFor(() => expect(lastSettings(base.announced)?.annotations).toBe(false));
    expect(root.querySelector('.options-status [role="status"]')?.textContent).toBe('Saved. Open tabs use the new setting now.');
  });

  it('adds a site from a pasted address and removes it again', async () => {
    const { root, base } = await openOptions();
    const input = root.querySelector<HTMLInputElement>('#settings-site-input')!;
    expect(root.querySelector('label[for="settings-site-input"]')).not.toBeNull();
    await typeInto(input, 'https://WWW.Example.edu/mba/');
    await click(byText(root, 'button', 'Add'));
    await waitFor(() => expect([...root.querySelectorAll('.site-name')].map((el) => el.textContent)).toEqual(['www.example.edu']));
    expect(lastSettings(base.announced)?.disabledSites).toEqual(['www.example.edu']);
    expect(input.value).toBe('');

    await click(root.querySelector('button[aria-label="Remove www.example.edu from the list"]')!);
    await waitFor(() => expect(root.querySelectorAll('.site-name')).toHaveLength(0));
    expect(lastSettings(base.announced)?.disabledSites).toEqual([]);
  });

  it('explains an invalid or duplicate site next to the field and stores nothing', async () => {
    const { root, base } = await openOptions(fakeOptionsApi({ settings: settingsRecord({ ...defaultSettings(), disabledSites: ['example.com'] }) }));
    const input = root.querySelector<HTMLInputElement>('#settings-site-input')!;
    await typeInto(input, 'not a site');
    await click(byText(root, 'button', 'Add'));
    expect(root.querySelector('#settings-site-error')?.textContent).toMatch(/not a site name/);
    expect(input.getAttribute('aria-invalid')).toBe('true');
    expect(input.getAttribute('aria-describedby')).toBe('settings-site-error');

    await typeInto(input, 'news.example.com');
    await click(byText(root, 'button', 'Add'));
    expect(root.querySelector('#settings-site-error')?.textContent).toBe('news.example.com is already covered by the list.');
    expect(base.announced).toEqual([]);
  });

  it('clears saved data only after an inline "Are you sure?"', async () => {
    const { root, base } = await openOptions(fakeOptionsApi({ settings: settingsRecord({ ...defaultSettings(), autoCard: false }) }));
    await click(byText(root, 'button', 'Clear saved data…'));
    expect(root.querySelector('.confirm-question')?.textContent).toMatch(/^Are you sure\?/);
    expect(document.activeElement?.textContent).toBe('Cancel');

    await click(byText(root, 'button', 'Cancel'));
    expect(root.querySelector('.confirm')).toBeNull();
    expect(document.activeElement?.textContent).toBe('Clear saved data…');
    expect(base.area.dump().settings).toBeDefined();

    await click(byText(root, 'button', 'Clear saved data…'));
    await click(byText(root, 'button', 'Yes, clear everything'));
    await waitFor(() => expect(base.area.dump()).toEqual({}));
    expect(root.querySelector<HTMLInputElement>('input[name="autoCard"]')?.checked).toBe(true);
    expect(root.querySelector('.options-status [role="status"]')?.textContent).toMatch(/cleared/);
  });

  it('follows settings changed elsewhere, and ignores malformed ones', async () => {
    const { root, push, listeners } = await openOptions();
    push({ type: 'settings-changed', settings: { ...defaultSettings(), annotations: false } });
    await settle();
    expect(root.querySelector<HTMLInputElement>('input[name="annotations"]')?.checked).toBe(false);
    push({ type: 'settings-changed', settings: { autoCard: 'nonsense' } as unknown as Settings });
    await settle();
    expect(root.querySelector<HTMLInputElement>('input[name="annotations"]')?.checked).toBe(false);
    await unmountAll();
    expect(listeners.size).toBe(0);
  });

  it('shows an error instead of the form when the background does not answer', async () => {
    const api: OptionsApi = { send: async () => undefined, subscribe: () => () => undefined, download: () => undefined };
    const root = mount(<Options api={api} />);
    await settle();
    expect(root.querySelector('[role="alert"]')?.textContent).toMatch(/did not answer/);
    expect(root.querySelector('input')).toBeNull();
  });

  it('exports the shortlist as read at that moment, and imports a file', async () => {
    const { root, base } = await openOptions();
    const section = root.querySelector<HTMLElement>('[aria-labelledby="settings-shortlist-title"]')!;
    expect(section.textContent).toContain('0 saved items');
    for (const name of ['Export CSV', 'Export HTML', 'Export Markdown', 'Export JSON']) {
      expect(byText<HTMLButtonElement>(section, 'button', name).disabled, name).toBe(true);
    }

    const exported = JSON.stringify({ format: 'mba-lens-shortlist', schemaVersion: 1, items: [
      { url: 'https://a.example.edu/mba', title: 'A MBA', kind: 'mba-program', savedAt: 1_700_000_000_000 },
    ] });
    const input = section.querySelector<HTMLInputElement>('input[type="file"]')!;
    Object.defineProperty(input, 'files', { value: [new File([exported], 'old.json')] });
    input.dispatchEvent(new Event('change', { bubbles: true }));
    await waitFor(() => expect(section.textContent).toContain('1 saved items'));

    await click(byText(section, 'button', 'Export JSON'));
    await waitFor(() => expect(base.downloads).toHaveLength(1));
    expect(JSON.parse(base.downloads[0]!.text)).toMatchObject({ schemaVersion: 3, items: [{ url: 'https://a.example.edu/mba', facts: null, history: [] }] });
    expect(root.querySelector('.options-status [role="status"]')?.textContent).toBe('Exported 1 saved items as JSON.');

    await click(byText(section, 'button', 'Export HTML'));
    await waitFor(() => expect(base.downloads).toHaveLength(2));
    expect(base.downloads[1]).toMatchObject({ type: 'text/html;charset=utf-8' });
    expect(base.downloads[1]!.text).toContain('<h3 id="item-1-title">A MBA</h3>');
    // Saved by a version that kept no facts: the export says so rather than "not stated".
    expect(base.downloads[1]!.text).toContain('Not saved (saved by an older version)');
    await click(byText(section, 'button', 'Export Markdown'));
    await waitFor(() => expect(base.downloads).toHaveLength(3));
    expect(base.downloads[2]).toMatchObject({ type: 'text/markdown;charset=utf-8' });
    expect(root.querySelector('.options-status [role="status"]')?.textContent).toBe('Exported 1 saved items as Markdown.');
  });

  it('shows the notice about damaged settings', async () => {
    const { root } = await openOptions(fakeOptionsApi({ settings: 42 }));
    await waitFor(() => expect(root.querySelector('.notice')?.textContent).toMatch(/settings could not be read/));
  });
});
