import { describe, expect, it } from 'vitest';
import { compareWithReference } from '../../src/core/compare';
import { parseToBackground, parseToContent } from '../../src/messages/protocol';
import { parseComparison, parsePageFacts } from '../../src/schemas/comparison-schema';
import { hostnameOfPage, isHostOnList, normaliseHostname } from '../../src/schemas/hostname';
import { parseNotices } from '../../src/schemas/notices';
import { DEFAULT_SETTINGS, parseSettings, parseSettingsPatch, salvageSettings } from '../../src/schemas/settings-schema';
import { MAX_TITLE_LENGTH, parseShortlistDraft, parseShortlistItem } from '../../src/schemas/shortlist-schema';
import { addItem, careerFacts, programFacts } from './fixtures/facts';

describe('hostnames', () => {
  it.each([
    ['example.com', 'example.com'],
    ['  Example.COM  ', 'example.com'],
    ['example.com.', 'example.com'],
    ['https://www.example.edu/mba?x=1#y', 'www.example.edu'],
    ['http://localhost:8080/', 'localhost'],
    ['example.com/some/path', 'example.com'],
    ['université.example', 'xn--universit-j4a.example'],
    ['127.0.0.1', '127.0.0.1'],
  ])('%j → %j', (input, expected) => {
    expect(normaliseHostname(input)).toBe(expected);
  });

  it.each(['', '   ', 'not a site', 'javascript:alert(1)', 'ftp://example.com', 'mailto:a@b.c', '-bad.example',
    'bad-.example', 'a..b', 'exa_mple.com', 'https://user:pw@example.com/', 'x'.repeat(64) + '.com'])(
    'rejects %j',
    (input) => {
      expect(normaliseHostname(input)).toBeNull();
    },
  );

  it('matches a site and its subdomains, never a lookalike', () => {
    const list = ['example.com'];
    expect(isHostOnList('example.com', list)).toBe(true);
    expect(isHostOnList('www.example.com', list)).toBe(true);
    expect(isHostOnList('EXAMPLE.com', list)).toBe(true);
    expect(isHostOnList('notexample.com', list)).toBe(false);
    expect(isHostOnList('example.com.evil.test', list)).toBe(false);
    expect(isHostOnList('mba.example.com', list)).toBe(true);
  });

  it('treats www. as the same site, on either side', () => {
    expect(isHostOnList('example.com', ['www.example.com'])).toBe(true);
    expect(isHostOnList('mba.example.com', ['www.example.com'])).toBe(true);
    expect(isHostOnList('www.example.com', ['example.com'])).toBe(true);
    expect(isHostOnList('www2.example.com', ['www.example.com'])).toBe(true);
    expect(isHostOnList('example.org', ['www.example.com'])).toBe(false);
  });

  it('reads the host of http(s) pages only', () => {
    expect(hostnameOfPage('https://a.example/x')).toBe('a.example');
    expect(hostnameOfPage('chrome://extensions')).toBeNull();
    expect(hostnameOfPage('file:///tmp/a.html')).toBeNull();
  });
});

describe('settings', () => {
  it('accepts complete settings and normalises the site list', () => {
    expect(parseSettings({ ...DEFAULT_SETTINGS, disabledSites: ['A.example', 'a.example'] })).toEqual({
      ...DEFAULT_SETTINGS,
      disabledSites: ['a.example'],
    });
  });

  it.each([
    null, [], 'x', {}, { ...DEFAULT_SETTINGS, autoCard: 1 }, { ...DEFAULT_SETTINGS, disabledSites: 'a.example' },
    { ...DEFAULT_SETTINGS, disabledSites: ['ok.example', 'not ok'] },
    { ...DEFAULT_SETTINGS, disabledSites: Array.from({ length: 501 }, (_, i) => `s${i}.example`) },
  ])('rejects %j', (raw) => {
    expect(parseSettings(raw)).toBeNull();
  });

  it('takes a patch all or nothing', () => {
    expect(parseSettingsPatch({ annotations: false })).toEqual({ annotations: false });
    expect(parseSettingsPatch({ disabledSites: ['B.example'] })).toEqual({ disabledSites: ['b.example'] });
    expect(parseSettingsPatch({ annotations: false, autoCard: 'no' })).toBeNull();
    expect(parseSettingsPatch({ annotations: false, __proto__: { autoCard: true }, extra: 1 })).toBeNull();
    expect(parseSettingsPatch({})).toBeNull();
  });

  it('salvages what it can and says whether anything was lost', () => {
    expect(salvageSettings({ ...DEFAULT_SETTINGS, autoCard: false })).toEqual({
      settings: { ...DEFAULT_SETTINGS, autoCard: false },
      complete: true,
    });
    expect(salvageSettings({ autoCard: false })).toEqual({ settings: { ...DEFAULT_SETTINGS, autoCard: false }, complete: false });
  });

  it('hands out frozen defaults', () => {
    expect(Object.isFrozen(DEFAULT_SETTINGS)).toBe(true);
    expect(Object.isFrozen(DEFAULT_SETTINGS.disabledSites)).toBe(true);
  });
});

describe('page facts and comparison rows', () => {
  it('accepts what the core produces', () => {
    for (const [kind, facts] of [['mba-program', programFacts()], ['ai-career', careerFacts()]] as const) {
      expect(parsePageFacts(facts)).toEqual(facts);
      const rows = compareWithReference(kind, facts);
      expect(rows.length).toBeGreaterThan(0);
      expect(parseComparison(rows)).toEqual(rows);
    }
  });

  it.each([
    ['credits as text', { credits: '36' }],
    ['negative tuition', { tuitionUSD: -1 }],
    ['infinite duration', { durationMonthsMin: Infinity }],
    ['unknown format', { format: 'in-person' }],
    ['skills not a list', { skills: 'all' }],
    ['a skill not text', { skills: [1] }],
    ['a role too long', { role: 'r'.repeat(501) }],
  ])('rejects facts with %s', (_name, override) => {
    expect(parsePageFacts({ ...programFacts(), ...override })).toBeNull();
  });

  it('rejects a row with an unknown verdict or extra structure', () => {
    expect(parseComparison([{ fact: 'credits', page: 1, reference: 36, verdict: 'great' }])).toBeNull();
    expect(parseComparison([{ fact: 'credits', page: { x: 1 }, reference: 36, verdict: 'same' }])).toBeNull();
    expect(parseComparison([{ fact: '', page: 1, reference: 36, verdict: 'same' }])).toBeNull();
  });
});

describe('shortlist items and drafts', () => {
  it('normalises a draft title and never keeps a non-http link', () => {
    const long = 'T'.repeat(2000);
    expect(parseShortlistDraft({ ...addItem(1), title: `  A \n  B  ` })?.title).toBe('A B');
    expect(parseShortlistDraft({ ...addItem(1), title: long })?.title).toHaveLength(MAX_TITLE_LENGTH);
    expect(parseShortlistDraft({ ...addItem(1), title: '' })?.title).toBe('school-1.example.edu');
    expect(parseShortlistDraft({ ...addItem(1), title: 'x'.repeat(10_000) })).toBeNull();
    expect(parseShortlistDraft({ ...addItem(1), url: 'data:text/html,hi' })).toBeNull();
    expect(parseShortlistDraft({ ...addItem(1), url: 'https://' })).toBeNull();
  });

  it('checks every field of a stored item', () => {
    const item = {
      id: 'a', url: 'https://a.example/', title: 'A', kind: 'mba-program', savedAt: '2026-01-01T00:00:00.000Z',
      facts: programFacts(), comparison: compareWithReference('mba-program', programFacts()), history: [],
    };
    expect(parseShortlistItem(item)).toEqual(item);
    expect(parseShortlistItem({ ...item, facts: null, comparison: [] })).not.toBeNull();
    expect(parseShortlistItem({ ...item, id: '' })).toBeNull();
    expect(parseShortlistItem({ ...item, savedAt: 'Tuesday' })).toBeNull();
    expect(parseShortlistItem({ ...item, facts: { credits: 1 } })).toBeNull();
    expect(parseShortlistItem({ ...item, comparison: null })).toBeNull();
  });

  it('reads notices as far as they are valid', () => {
    const notice = { id: 'n', kind: 'store-recovered', area: 'shortlist', reason: 'unreadable', unreadable: 0, backupKey: 'backup:x', at: '2026-01-01T00:00:00Z' };
    expect(parseNotices([notice, { ...notice, area: 'elsewhere' }, 'junk'])).toEqual([notice]);
    expect(parseNotices('junk')).toEqual([]);
  });
});

describe('user-data messages on receipt', () => {
  it.each([
    [{ type: 'set-site-enabled', hostname: 'a.example', enabled: false }, true],
    [{ type: 'set-site-enabled', hostname: 'a.example' }, false],
    [{ type: 'set-site-enabled', hostname: 5, enabled: true }, false],
    [{ type: 'get-shortlist' }, true],
    [{ type: 'shortlist-remove', id: 'x' }, true],
    [{ type: 'shortlist-remove' }, false],
    [{ type: 'shortlist-import', file: { any: 'thing' } }, true],
    [{ type: 'shortlist-import' }, false],
    [{ type: 'clear-user-data' }, true],
    [{ type: 'get-notices' }, true],
    [{ type: 'dismiss-notice', id: 3 }, false],
  ])('%j parses: %s', (raw, ok) => {
    expect(parseToBackground(raw) !== null).toBe(ok);
  });

  it('keeps only the fields of the message', () => {
    expect(parseToBackground({ type: 'shortlist-remove', id: 'x', extra: 'dropped' })).toEqual({ type: 'shortlist-remove', id: 'x' });
  });

  it('takes each direction’s messages only: a content script does not take a request meant for the background', () => {
    expect(parseToContent({ type: 'get-shortlist' })).toBeNull();
    expect(parseToBackground({ type: 'analyze-now' })).toBeNull();
    expect(parseToContent({ type: 'toggle-card' })).toEqual({ type: 'toggle-card' });
    expect(parseToBackground({ type: 'get-tab-result', tabId: 1.5 })).toBeNull();
  });

  it('checks settings sent to content scripts in full', () => {
    expect(parseToContent({ type: 'settings-changed', settings: DEFAULT_SETTINGS })).toEqual({ type: 'settings-changed', settings: { ...DEFAULT_SETTINGS, disabledSites: [] } });
    expect(parseToContent({ type: 'settings-changed', settings: { autoCard: 'yes' } })).toBeNull();
  });

  it('rebuilds a page result field by field, and rejects a malformed one', () => {
    const result = { url: 'https://a.example/mba', kind: 'mba-program', confidence: 0.9, signals: [], facts: { credits: 36, durationMonthsMin: null, durationMonthsMax: null, stem: null, opt: null, format: null, tuitionUSD: null, aiCurriculum: false, ethics: false, role: null, skills: [] }, comparison: [], evidence: [{ fact: 'credits', quote: '36 credits', extra: 1 }] };
    expect(parseToBackground({ type: 'page-result', result })).toEqual({ type: 'page-result', result: { ...result, evidence: [{ fact: 'credits', quote: '36 credits' }] } });
    expect(parseToBackground({ type: 'page-result', result: { ...result, kind: 'banana' } })).toBeNull();
    expect(parseToBackground({ type: 'page-result', result: { ...result, facts: { credits: 'many' } } })).toBeNull();
    expect(parseToBackground({ type: 'page-result', result: null })).toEqual({ type: 'page-result', result: null });
  });

  it('takes a forced card only beside a result of the same page, and only of a card kind', () => {
    const facts = { credits: 36, durationMonthsMin: null, durationMonthsMax: null, stem: null, opt: null, format: null, tuitionUSD: null, aiCurriculum: false, ethics: false, role: null, skills: [] };
    const result = { url: 'https://a.example/mba', kind: 'none', confidence: 0.6, signals: [], facts: { ...facts, credits: null }, comparison: [], evidence: [] };
    const forcedCard = { ...result, kind: 'mba-program', facts, evidence: [{ fact: 'credits', quote: '36 credits' }] };
    expect(parseToBackground({ type: 'page-result', result, forcedCard })).toEqual({ type: 'page-result', result, forcedCard });
    expect(parseToBackground({ type: 'page-result', result, forcedCard: { ...forcedCard, kind: 'none' } })).toBeNull();
    expect(parseToBackground({ type: 'page-result', result, forcedCard: { ...forcedCard, url: 'https://elsewhere.example/mba' } })).toBeNull();
    expect(parseToBackground({ type: 'page-result', result, forcedCard: { ...forcedCard, facts: { credits: 'many' } } })).toBeNull();
    expect(parseToBackground({ type: 'page-result', result: null, forcedCard })).toBeNull();
    expect(parseToBackground({ type: 'page-result', result: { ...result, kind: 'mba-program' }, forcedCard })).toBeNull();
  });
});
