/**
 * Every phrase of an MBA page that could say how its program is delivered (online, on campus, or a blend of both),
 * with readable features of its surroundings: what kind of cue it is, where it sits (a heading, early in the
 * content, a short line), whether it is about the studies ("delivered", "format") or something else ("apply
 * online", "on-campus interview"), how often the page names each format, and whether the headline names the same
 * one. A small model learned from the labelled corpus (fact-ranker.ts) judges each format on all its phrases together
 * (`formatValues`) and says which, if any, is this program's; its best phrase is the evidence. Formats offered as
 * alternatives ("on campus or online") state none (tests/corpus/LABELLING.md), so such a page has no candidates.
 */
import { after, before, findInBlocks, inPageOrder, type BlockMatch } from './text-match';
import type { TextBlock } from './snapshot';
import type { DeliveryFormat } from './types';

interface Cue {
  name: string;
  format: DeliveryFormat;
  re: RegExp;
}

/** Strongest first: a phrase taken by a stronger cue is not read again by a weaker one ("fully online" ⊃ "online"). */
const CUES: readonly Cue[] = [
  { name: 'hybrid', format: 'hybrid', re: /\b(?:hybrid|blended|low[- ]residency|semi[- ]presencial|mix of on and off[- ]campus|online and (?:in[- ]person|on[- ]campus|face[- ]to[- ]face|residential|classroom)|(?:in[- ]person|on[- ]campus|face[- ]to[- ]face|residential|classroom) and online|combin\w* online|online[^.]{0,40}combined with[^.]{0,30}(?:campus|in[- ]person|residenc\w*|immersions?))\b/gi },
  { name: 'online-strong', format: 'online', re: /\b(?:100\s?% online|fully online|entirely online|completely online|online (?:E?MBA|master(?:'s|’s)?|program(?:me)?|degree|format|delivery|learning platform|modules?|courses)|online-(?:modul\w*|kurs\w*)|delivered online|taught online|studied online|e-learning|trực tuyến|en l[ií]nea|a distancia|à distance|fernstudium|online-studium|онлайн)\b/gi },
  { name: 'distance', format: 'online', re: /\bdistance (?:learning|education|mode)\b/gi },
  { name: 'residency', format: 'hybrid', re: /\b(?:residenc(?:y|ies)|residence periods?|immersions?|residential (?:weeks?|periods?|modules?|sessions?)|on[- ]campus (?:weeks?|sessions?|modules?|immersions?))\b/gi },
  { name: 'campus-strong', format: 'on-campus', re: /\b(?:on[- ]campus|in[- ]person|face[- ]to[- ]face|campus[- ]based|presencial|präsenz\w*|présentiel|residential program(?:me)?)\b/gi },
  { name: 'online', format: 'online', re: /\bonline\b/gi },
  { name: 'classroom', format: 'on-campus', re: /\bclassrooms?\b/gi },
  { name: 'campus', format: 'on-campus', re: /\bcampus(?:es)?\b/gi },
];

/** Any format word, to see another format named next to a cue. */
const FORMAT_WORD = String.raw`(?:online|on[- ]campus|in[- ]person|face[- ]to[- ]face|campus|hybrid|blended|distance|residential|classroom|presencial)`;
const ANY_FORMAT = new RegExp(String.raw`\b${FORMAT_WORD}\b`, 'i');
/** Two formats joined by "or" in one sentence: alternatives side by side, which state no format (LABELLING.md). */
const ALTERNATIVES = new RegExp(String.raw`\b(${FORMAT_WORD})\b[^.;!?]{0,60}\b(?:or|and\/or)\b[^.;!?]{0,40}\b(${FORMAT_WORD})\b`, 'gi');
const CHOICE = /\bchoose (?:between|from)\b|\b(?:formats|delivery options|study options|modes of (?:study|delivery))\b|\beither\b[^.]{0,30}\b(?:online|campus|in[- ]person|face[- ]to[- ]face)\b/i;
const NEGATED = /\b(?:not|no|non|without|never)\b(?:\s+\w+){0,2}\s*$/i;
const PROGRAM_NEAR = /\b(?:E?MBA|program(?:me)?|degree|master(?:'s)?|course|curriculum)\b/i;
const LABELLED = /\b(?:modes?|formats?|delivery|study|teaching|learning|attendance|modality|location|campus)\b[^:.]{0,25}[:–-]\s*$/i;
/** "Apply online", "online GMAT", "on-campus interview": a format word about something else than the studies. */
const NOT_STUDY_BEFORE = /\b(?:apply|applied|applying|submit\w*|register\w*|pay|paid|available|enrol\w*|book)\s*$/i;
const NOT_STUDY_AFTER = /^\s*(?:applications?|apply|application form|payment|form|registration|exam\w*|tests?|GMAT|GRE|information sessions?|info sessions?|events?|webinars?|chat|portal|store|shop|presence|library|resources|interviews?|orientation|proctored|recruit\w*|visits?|tours?|housing|jobs?|employment|career\w*|services|facilities)\b/i;
const DELIVERY_NEAR = /\b(?:deliver\w*|format|mode|taught|study|studies|learning|classes|attend\w*|sessions?|lectures?)\b/i;

export interface FormatCandidate {
  value: DeliveryFormat;
  /** The phrase, for the evidence; null for a format named only in the page's title. */
  match: BlockMatch | null;
  features: Map<string, number>;
}

const formatOfWord = (word: string): DeliveryFormat => (/online|distance/i.test(word) ? 'online' : /hybrid|blended/i.test(word) ? 'hybrid' : 'on-campus');

function offersAlternatives(blocks: readonly TextBlock[], indices: number[]): boolean {
  return findInBlocks(blocks, indices, ALTERNATIVES, 20).some(({ match }) => formatOfWord(match[1]!) !== formatOfWord(match[2]!));
}

interface RawCue {
  cue: Cue;
  match: BlockMatch;
}

function rawCues(blocks: readonly TextBlock[], indices: number[]): RawCue[] {
  const raws: RawCue[] = [];
  const taken = new Map<number, Array<[number, number]>>();
  for (const cue of CUES) {
    for (const match of findInBlocks(blocks, indices, cue.re, 80)) {
      const start = match.index;
      const end = start + match.match[0].length;
      const spans = taken.get(match.block) ?? [];
      if (spans.some(([s, e]) => start < e && s < end)) continue;
      spans.push([start, end]);
      taken.set(match.block, spans);
      raws.push({ cue, match });
    }
  }
  return raws.sort((a, b) => inPageOrder(a.match, b.match));
}

/** The formats a headline names, each with its strongest cue: an "Online MBA" title states the format. */
function headlineFormats(headline: string): Map<DeliveryFormat, Cue> {
  const named = new Map<DeliveryFormat, Cue>();
  for (const cue of CUES) {
    cue.re.lastIndex = 0;
    if (!named.has(cue.format) && cue.re.test(headline)) named.set(cue.format, cue);
    cue.re.lastIndex = 0;
  }
  return named;
}

const STRONG_CUES = ['k:hybrid', 'k:online-strong', 'k:distance', 'k:campus-strong'];
const ABOUT_SOMETHING_ELSE = ['x:negated', 'x:not-study'];

/**
 * What the page says of each format as a whole, given to every phrase of that format (`q:`) and of the others
 * (`qo:`): whether some phrase names it with a strong cue, about the studies, or after a label ("Delivery mode:").
 * A phrase is scored alone, but whether the page states a format depends on its best phrase: an "online" in a menu
 * of a page whose program is "delivered fully online" is still the page's format.
 */
function pool(candidates: FormatCandidate[]): void {
  const byFormat = new Map<DeliveryFormat, Set<string>>();
  for (const c of candidates) {
    const f = c.features;
    if (ABOUT_SOMETHING_ELSE.some((x) => f.has(x))) continue;
    const said = byFormat.get(c.value) ?? new Set<string>();
    if (STRONG_CUES.some((x) => f.has(x))) said.add('strong');
    if (f.has('n:delivery') || f.has('n:program')) said.add('about-studies');
    if (f.has('x:labelled')) said.add('labelled');
    if (f.has('z:heading')) said.add('heading');
    byFormat.set(c.value, said);
  }
  for (const c of candidates) {
    for (const [format, said] of byFormat) for (const x of said) c.features.set(`${format === c.value ? 'q' : 'qo'}:${x}`, 1);
  }
}

/** The format candidates of an MBA page's blocks outside menus and footers (`indices`), with their features. */
export function formatCandidates(blocks: readonly TextBlock[], indices: number[], headline: string): FormatCandidate[] {
  if (offersAlternatives(blocks, indices)) return [];
  const raws = rawCues(blocks, indices);
  const position = new Map(indices.map((block, i) => [block, i / Math.max(1, indices.length)]));
  const order = new Map(indices.map((block, i) => [block, i]));
  const count = new Map<DeliveryFormat, number>();
  for (const r of raws) count.set(r.cue.format, (count.get(r.cue.format) ?? 0) + 1);
  const formatsInBlock = new Map<number, Set<DeliveryFormat>>();
  for (const r of raws) formatsInBlock.set(r.match.block, (formatsInBlock.get(r.match.block) ?? new Set()).add(r.cue.format));
  const named = headlineFormats(headline);
  const pageChoice = indices.some((i) => CHOICE.test(blocks[i]!.text));
  // Headings naming different formats: a page over several tracks.
  const headingFormats = new Set(raws.filter((r) => blocks[r.match.block]!.level > 0).map((r) => r.cue.format));

  const describe = (cue: Pick<Cue, 'name' | 'format'>, match: BlockMatch): FormatCandidate => {
    const f = new Map<string, number>();
    const on = (name: string) => f.set(name, 1);
    const block = blocks[match.block]!;
    const b = before(match, 60);
    const a = after(match, 60);
    on(`k:${cue.name}`);
    on(`v:${cue.format}`);
    if (block.level > 0) on('z:heading');
    if (block.text.length < 80) on('z:short-block');
    if ((position.get(match.block) ?? 1) < 0.3) on('z:early');
    if ((order.get(match.block) ?? 99) < 3) on('z:top');
    if (PROGRAM_NEAR.test(b.slice(-40)) || PROGRAM_NEAR.test(a.slice(0, 40))) on('n:program');
    if (DELIVERY_NEAR.test(b.slice(-40)) || DELIVERY_NEAR.test(a.slice(0, 40))) on('n:delivery');
    if (ANY_FORMAT.test(b.slice(-40)) || ANY_FORMAT.test(a.slice(0, 40))) on('x:other-near');
    if (NEGATED.test(b.slice(-25))) on('x:negated');
    if (LABELLED.test(b.slice(-40))) on('x:labelled');
    if (NOT_STUDY_BEFORE.test(b) || NOT_STUDY_AFTER.test(a)) on('x:not-study');
    if ((formatsInBlock.get(match.block)?.size ?? 1) > 1) on('x:mixed-block');
    const mine = count.get(cue.format) ?? 0;
    const all = raws.length;
    if (mine === all) on('p:only-format');
    else if (mine / all >= 0.6) on('p:most-named');
    else if (mine / all < 0.25) on('p:seldom-named');
    if (mine >= 3) on('p:named-3');
    for (const other of count.keys()) if (other !== cue.format) on(`p:also-${other}`);
    if (all <= 2) on('p:few-cues');
    // The cue's own reading of the page: residencies on a page that names online study are a blend; alone, a campus.
    for (const other of count.keys()) if (other !== cue.format) on(`${cue.name}&also-${other}`);
    if (mine === all) on(`${cue.name}&only-format`);
    if (pageChoice) on('p:choice');
    if (headingFormats.size > 1) on('p:headings-differ');
    if (named.has(cue.format)) on('h:same');
    if ([...named.keys()].some((x) => x !== cue.format)) on('h:other');
    return { value: cue.format, match, features: f };
  };
  const fromContent = raws.map(({ cue, match }) => describe(cue, match));
  pool(fromContent);
  // Online study and a campus in one block ("online courses with four residencies on campus"): parts of one blend.
  const mixed: FormatCandidate[] = [];
  for (const [block, formats] of formatsInBlock) {
    if (!formats.has('online') || !formats.has('on-campus')) continue;
    const first = raws.find((r) => r.match.block === block)!;
    mixed.push(describe({ name: 'mixed', format: 'hybrid' }, first.match));
  }
  // The headline's own reading: a title-only page ("Online MBA | …") has no content to quote.
  const fromHeadline = [...named].map(([format, cue]): FormatCandidate => {
    const f = new Map<string, number>([[`hk:${cue.name}`, 1], [`hv:${format}`, 1]]);
    if (named.size > 1) f.set('h:several', 1);
    if (raws.length === 0) f.set('p:no-content-cue', 1);
    for (const other of count.keys()) if (other !== format) f.set(`p:also-${other}`, 1);
    if (pageChoice) f.set('p:choice', 1);
    const match = raws.find((r) => r.cue.format === format)?.match ?? null;
    return { value: format, match, features: f };
  });
  return [...fromHeadline, ...fromContent, ...mixed];
}

/** What a phrase says, read together: a strong cue about the studies is not the same as a strong cue and, elsewhere, the studies. */
const PHRASE_TRAITS = ['n:delivery', 'n:program', 'x:labelled', 'z:heading', 'z:early', 'x:not-study', 'x:negated', 'x:other-near'];

/** A format's features from its phrases: each feature the most any phrase has it, with each cue's own traits joined to it. */
export function valueFeatures(phrases: readonly FormatCandidate[]): Map<string, number> {
  const features = new Map<string, number>();
  const raise = (name: string, value: number) => features.set(name, Math.max(features.get(name) ?? 0, value));
  for (const phrase of phrases) {
    for (const [name, value] of phrase.features) raise(name, value);
    const kind = [...phrase.features.keys()].find((name) => name.startsWith('k:') || name.startsWith('hk:'));
    if (kind) for (const trait of PHRASE_TRAITS) if (phrase.features.has(trait)) raise(`${kind}&${trait}`, 1);
  }
  return features;
}

export interface FormatValue {
  value: DeliveryFormat;
  /** What the page's phrases of this format say, together (valueFeatures). */
  features: Map<string, number>;
  /** The phrases, the evidence is chosen among. */
  phrases: FormatCandidate[];
}

/**
 * The page's formats, one per format its phrases name: whether a page states a format is a question about the page,
 * so the model judges each format on all its phrases at once, and a page with many passing mentions of one format
 * weighs no more in training than a page that states it once.
 */
export function formatValues(phrases: readonly FormatCandidate[]): FormatValue[] {
  const byValue = new Map<DeliveryFormat, FormatCandidate[]>();
  for (const phrase of phrases) {
    const group = byValue.get(phrase.value);
    if (group) group.push(phrase);
    else byValue.set(phrase.value, [phrase]);
  }
  return [...byValue].map(([value, group]) => ({ value, features: valueFeatures(group), phrases: group }));
}
