/**
 * What an MBA page says about how its program is delivered, as readable cues: where (headline, early content, any
 * content) the page speaks of online study, of a campus, of a blend of both, of residencies, or of formats to choose
 * between. A small model learned from the labelled corpus (fact-ranker.ts) turns them into online, on-campus, hybrid
 * or none; each cue keeps the phrase that shows it, for the evidence.
 */
import { findInBlocks, type BlockMatch } from './text-match';
import type { TextBlock } from './snapshot';
import type { DeliveryFormat } from './types';

const CUES: Record<string, RegExp> = {
  'online-strong': /\b(?:100\s?% online|fully online|entirely online|completely online|online (?:E?MBA|program(?:me)?|degree|format|delivery|learning platform)|delivered online|taught online|studied online|e-learning|trực tuyến|en l[ií]nea|a distancia|à distance|fernstudium|online-studium|онлайн)\b/gi,
  online: /\bonline\b/gi,
  distance: /\bdistance (?:learning|education|mode)\b/gi,
  hybrid: /\b(?:hybrid|blended|low[- ]residency|semi[- ]presencial|mix of on and off[- ]campus|online and (?:in[- ]person|on[- ]campus|face[- ]to[- ]face)|(?:in[- ]person|on[- ]campus|face[- ]to[- ]face) and online|combin\w* online)\b/gi,
  residency: /\b(?:residenc(?:y|ies)|immersions?|residential (?:weeks?|periods?|modules?|sessions?)|on[- ]campus (?:weeks?|sessions?|modules?|immersions?))\b/gi,
  campus: /\b(?:on[- ]campus|in[- ]person|face[- ]to[- ]face|campus[- ]based|classroom|presencial|präsenz\w*|residential program(?:me)?|full[- ]time on campus)\b/gi,
  choice: /\b(?:online|on[- ]campus|in[- ]person|hybrid|blended)\b[^.]{0,25}\bor\b[^.]{0,25}\b(?:online|on[- ]campus|in[- ]person|hybrid|blended)\b|\bformats\b|\bchoose (?:between|from)\b/gi,
  'not-online': /\bnot (?:offered |available )?online\b|\bno online\b/gi,
};

const FORMAT_OF_CUE: Partial<Record<string, DeliveryFormat>> = {
  'online-strong': 'online', online: 'online', distance: 'online', hybrid: 'hybrid', residency: 'hybrid', campus: 'on-campus',
};

export interface FormatCues {
  features: Map<string, number>;
  /** The first phrase in the content for each format, for the evidence. */
  phrases: Partial<Record<DeliveryFormat, BlockMatch>>;
}

export function formatCues(blocks: readonly TextBlock[], indices: number[], headline: string): FormatCues {
  const features = new Map<string, number>();
  const phrases: Partial<Record<DeliveryFormat, BlockMatch>> = {};
  const early = new Set(indices.slice(0, Math.max(3, Math.ceil(indices.length * 0.3))));
  for (const [name, re] of Object.entries(CUES)) {
    re.lastIndex = 0;
    if (re.test(headline)) features.set(`h:${name}`, 1);
    re.lastIndex = 0;
    const found = findInBlocks(blocks, indices, re, 30);
    if (found.length === 0) continue;
    features.set(`c:${name}`, 1);
    if (found.length >= 3) features.set(`c3:${name}`, 1);
    if (found.some((m) => early.has(m.block))) features.set(`e:${name}`, 1);
    if (found.some((m) => blocks[m.block]!.level > 0)) features.set(`hd:${name}`, 1);
    const format = FORMAT_OF_CUE[name];
    if (format && phrases[format] === undefined) phrases[format] = found[0]!;
  }
  return { features, phrases };
}
