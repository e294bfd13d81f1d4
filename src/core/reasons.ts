/**
 * "Why am I seeing this?": the features that pushed a page most towards its kind (model.ts), said in words. Word
 * features are grouped by where the words stand (title, heading, address, first lines, content); the readable cues
 * quote what they matched on the page. Features that say nothing a reader could check (the page's language, its
 * size) are left out.
 */
import type { Contribution, CardKind } from './model';
import { countMatches } from './page-features';
import type { PageZones } from './page-zones';
import { AI_ROLE, AI_TERM_G, CAREER_CATEGORIES, DATA_ROLE, MBA, MBA_G, ONE_PROGRAM, PROGRAM_FACT_CATEGORIES } from './patterns';
import { signal, type Signal, type SignalCode } from './signals';
import type { PageSnapshot } from './snapshot';

interface ReasonContext {
  snapshot: PageSnapshot;
  zones: PageZones;
  kind: CardKind;
}

const WORD_FAMILIES: Record<string, SignalCode> = {
  't:': 'words-in-title',
  'h:': 'words-in-heading',
  'u:': 'words-in-address',
  'd:': 'words-in-address',
  's:': 'words-in-first-lines',
  'b:': 'words-in-content',
  'j:': 'structured-data-type',
};
const WORDS_PER_REASON = 3;
const MAX_SIGNALS = 6;
/**
 * Words that say nothing to a reader as a reason, though the model may weigh them: very short ones and the most
 * common English function words.
 */
const UNTELLING = new Set(['the', 'and', 'for', 'with', 'you', 'your', 'our', 'are', 'this', 'that', 'from', 'will', 'who', 'what', 'have', 'has', 'its', 'can', 'all', 'more', 'about', 'into', 'not']);
const telling = (word: string) => word.length > 2 && !UNTELLING.has(word);

function firstMatch(re: RegExp, texts: readonly string[]): string {
  for (const text of texts) {
    const m = re.exec(text);
    if (m) return m[0];
  }
  return '';
}

const topics = (categories: Array<[string, RegExp]>, text: string) => categories.filter(([, re]) => re.test(text)).map(([id]) => id);

/** The signal a readable cue gives, or null for cues that are not shown. */
function cueSignal(cue: string, { zones, kind }: ReasonContext): Signal | null {
  switch (cue) {
    case 'mba-in-headline':
    case 'mba-in-h1':
      return signal('mba-in-headline', firstMatch(MBA, zones.headline));
    case 'mba-in-first-lines':
      return signal('mba-in-first-lines', firstMatch(MBA, zones.subject));
    case 'mba-in-address':
    case 'mba-in-host':
      return signal('mba-in-address');
    case 'mba-in-structured-data':
    case 'program-structured-data':
      return kind === 'mba-program' ? signal('mba-in-structured-data') : null;
    case 'mba-mentions':
    case 'mba-density':
      return signal('mba-mentions', countMatches(MBA_G, zones.body));
    case 'one-program-talk':
    case 'one-program-outweighs-generic':
      return kind === 'mba-program' ? signal('one-program-talk', firstMatch(ONE_PROGRAM, [zones.body])) : null;
    case 'program-topics':
      return signal('program-topics', ...topics(PROGRAM_FACT_CATEGORIES, zones.body));
    case 'ai-role-in-headline':
      return signal('role-in-headline', firstMatch(AI_ROLE, zones.headline));
    case 'ai-role-in-first-lines':
      return signal('role-in-first-lines', firstMatch(AI_ROLE, zones.subject));
    case 'data-role-in-headline':
      return signal('role-in-headline', firstMatch(DATA_ROLE, zones.headline));
    case 'data-role-in-first-lines':
      return signal('role-in-first-lines', firstMatch(DATA_ROLE, zones.subject));
    case 'job-posting-structured-data':
      return signal('job-posting-structured-data');
    case 'ai-mentions':
    case 'ai-density':
    case 'ai-role-mentions':
      return signal('ai-mentions', countMatches(AI_TERM_G, zones.body));
    case 'career-topics':
      return signal('career-topics', ...topics(CAREER_CATEGORIES, zones.body));
    default:
      return null;
  }
}

export function reasonSignals(reasons: readonly Contribution[], context: ReasonContext): Signal[] {
  const signals: Signal[] = [];
  const words = new Map<SignalCode, string[]>();
  const seen = new Set<string>();
  for (const { feature } of reasons) {
    if (signals.length >= MAX_SIGNALS) break;
    const colon = feature.indexOf(':');
    const prefix = feature.slice(0, colon + 1);
    const rest = feature.slice(colon + 1);
    const family = Object.hasOwn(WORD_FAMILIES, prefix) ? WORD_FAMILIES[prefix] : undefined;
    if (family !== undefined) {
      if (prefix !== 'j:' && !rest.split(' ').some(telling)) continue;
      const list = words.get(family) ?? [];
      if (list.length === 0) {
        words.set(family, list);
        signals.push(signal(family));
      }
      if (list.length < WORDS_PER_REASON && !list.includes(rest)) list.push(rest);
      continue;
    }
    if (prefix !== 'r:') continue;
    const cue = cueSignal(rest, context);
    if (cue === null || seen.has(cue.code)) continue;
    seen.add(cue.code);
    signals.push(cue);
  }
  // The word reasons were pushed when first seen, to keep their rank; their words are known only now.
  return signals.map((s) => (words.has(s.code) ? signal(s.code, (words.get(s.code) ?? []).map((w) => `“${w}”`).join(', ')) : s));
}
