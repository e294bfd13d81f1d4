/**
 * The cheap gate (DESIGN §3, issue 6): only the address, title, headings, metadata and JSON-LD types. Most pages
 * stop here, so the always-on script makes no full-text pass, no layout read and no DOM write on them.
 * It must let through every page the full classifier could accept; it may let through many it then rejects.
 */
import type { PageSnapshot } from './snapshot';

const GATE_MBA = /(?:\b|_)(?:e?mba|m\.b\.a|business administration|business school|school of (?:business|management)|graduate business|executive education)(?:\b|_)|[MΜМ][BΒВ][AΑА]/i;
const GATE_AI = /人工智能|机器学习|深度学习|数据科学|大模型|算法|\b(?:ia|ki|inteligencia artificial|intelligence artificielle|künstliche intelligenz|ai|a\.i\.|artificial intelligence|machine learning|ml|genai|gen ai|generative|llms?|data scien\w*|head of data|chief data|data officer|caio|cdao|mlops|nlp|deep learning|computer vision)\b/i;
const GATE_ROLE = /工程师|经理|总监|科学家|分析师|负责人|专家|研究员|架构师|职位|招聘|\b(?:ingenier[oa]|ingénieure?|gerente|directeur|directrice|responsable|consultor|analista|leiter|ingenieur|entwickler|berater|empleo|emploi|stelle|manager|director|head|chief|officer|lead|engineer|scientist|analyst|strategist|consultant|architect|specialist|researcher|developer|careers?|jobs?|role|hiring|vacanc\w+|position|pm|counsel|executive|vp|president|leader|owner|partner|advisor)\b/i;
const GATE_TYPES = /^(?:JobPosting|EducationalOccupationalProgram|EducationalProgram|Course|WorkBasedProgram|Occupation)$/;

const MAX_HEADINGS = 40;
const MAX_FIELD = 2_000;

/** True when the gate fields hint at an MBA-program or AI-career page. */
export function gateTexts(texts: string[], types: string[]): boolean {
  if (types.some((t) => GATE_TYPES.test(t))) return true;
  const joined = texts.map((t) => t.slice(0, MAX_FIELD)).join('\n');
  if (GATE_MBA.test(joined)) return true;
  return GATE_AI.test(joined) && GATE_ROLE.test(joined);
}

function urlText(url: string): string {
  try {
    const u = new URL(url);
    return `${u.hostname} ${decodeURIComponent(u.pathname)}`.replace(/[-_/.]+/g, ' ');
  } catch {
    return '';
  }
}

/** The gate over a snapshot (CLI, tests): headings, plus the first lines for pages without heading markup. */
export function passesGate(snapshot: PageSnapshot): boolean {
  const texts = [urlText(snapshot.url), snapshot.title, snapshot.ogTitle, snapshot.description, snapshot.keywords];
  let headings = 0;
  for (const block of snapshot.blocks) {
    if (block.level > 0 && block.level <= 3 && headings < MAX_HEADINGS) {
      texts.push(block.text);
      headings++;
    }
  }
  for (const block of snapshot.blocks.slice(0, 6)) texts.push(block.text.slice(0, 300));
  return gateTexts(texts, snapshot.jsonLd.types);
}

function jsonLdTypes(doc: Document): string[] {
  const types: string[] = [];
  const scripts = doc.querySelectorAll('script[type="application/ld+json" i]');
  for (let i = 0; i < scripts.length && i < 10; i++) {
    const source = scripts[i]?.textContent ?? '';
    // A regex over the raw text, not JSON.parse: the gate only needs to know which types are named.
    const re = /"@type"\s*:\s*\[?\s*"([A-Za-z]{2,40})"/g;
    let m: RegExpExecArray | null;
    let n = 0;
    while ((m = re.exec(source.slice(0, 200_000))) !== null && n++ < 50) types.push(m[1] ?? '');
  }
  return types;
}

export interface GateResult {
  pass: boolean;
}

/** The gate over a live document, for the always-on content script. Reads no text outside headings. */
export function gateDocument(doc: Document, url: string): GateResult {
  const texts = [urlText(url), doc.title];
  for (const selector of ['meta[name="description" i]', 'meta[name="keywords" i]', 'meta[property="og:title"]', 'meta[property="og:description"]']) {
    texts.push(doc.querySelector(selector)?.getAttribute('content') ?? '');
  }
  const headings = doc.querySelectorAll('h1, h2, h3');
  for (let i = 0; i < headings.length && i < MAX_HEADINGS; i++) texts.push(headings[i]?.textContent ?? '');
  return { pass: gateTexts(texts, jsonLdTypes(doc)) };
}
