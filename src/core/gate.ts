/**
 * The cheap gate (DESIGN §3): only the address, title, headings, metadata, JSON-LD types and first words, and in the
 * browser the address and title first (judgeAddressAndTitle, which on most pages ends on its prefilter's substring
 * searches), the rest only where they name a nearby topic (gateDocument). Most pages stop here, so the always-on
 * script makes no full-text pass, no layout read and no DOM write on them.
 * The model (classify.ts) decides only on the pages it lets through, so it must let through nearly every MBA and AI
 * career page (`npm run eval` prints its recall on the corpus's positive pages); it may let through many the model
 * then rejects.
 * Over 300 lines on purpose: the word lists, the prefilter built from them and the judges must stay side by side
 * (a test checks the prefilter lets on everything the judges know); the gate is also loaded whole as closer-look.js.
 */
import type { PageSnapshot } from './snapshot';

/*
 * No regular expression, no URL parser, no element outside the few it reads: in the benchmark the gate often runs
 * first in a fresh renderer process, where each engine feature pays its start-up on first use (compiling and
 * interpreting a regular expression, wrapping a new kind of DOM object for this world), and those first uses, not
 * the work, were most of its cost (bench/profile.mjs). So: one lower-cased copy of the fields, a hand-written split
 * into words (runs of [a-z0-9_], the units of the classifier's `\b`), set lookups and substring searches. Phrases
 * and non-Latin terms are substrings, which can only let more pages through.
 */
// The lists are exported for the tests that check the first step's prefilter against them (tests/core/gate.test.ts).
/**
 * Phrases are matched on the words joined by single spaces, so "business-school" and "M.B.A." count. A phrase of
 * short words is written with its spaces around it, so that it matches whole words only ("M.B.A.", not "item b
 * axis"), as the classifier's patterns do.
 */
export const MBA_PHRASES = [' m b a ', 'business administration', 'business school', 'school of business', 'school of management', 'graduate business', 'executive education'];
/** Greek and Cyrillic letters that look like m, b and a, each before its Latin twin: some sites write "MBA" with them. */
export const LOOKALIKES = ['μ', 'm', 'м', 'm', 'β', 'b', 'в', 'b', 'α', 'a', 'а', 'a'];
export const AI_WORDS = new Set(['ia', 'ki', 'ai', 'ml', 'genai', 'generative', 'llm', 'llms', 'caio', 'cdao', 'cdo', 'mlops', 'nlp']);
export const AI_PHRASES = [
  'inteligencia artificial', 'intelligence artificielle', 'artificial intelligence', 'machine learning', ' gen ai ',
  'data scien', 'head of data', 'chief data', 'data officer', 'deep learning', 'computer vision', 'reinforcement learning',
];
/** Terms with characters outside [a-z0-9_] that matter, matched on the lower-cased text itself. */
export const AI_TERMS = [
  '人工智能', '机器学习', '深度学习', '数据科学', '大模型', '算法', 'künstliche intelligenz', 'a.i.', '機械学習', '人工知能', 'aprendizaje automático',
  'apprentissage automatique', 'inteligência artificial',
];
export const ROLE_WORDS = new Set([
  'ingeniero', 'ingeniera', 'gerente', 'directeur', 'directrice', 'responsable', 'consultor', 'analista', 'leiter',
  'ingenieur', 'entwickler', 'berater', 'empleo', 'emploi', 'stelle', 'manager', 'director', 'head', 'chief', 'officer',
  'lead', 'engineer', 'scientist', 'analyst', 'strategist', 'consultant', 'architect', 'specialist', 'researcher',
  'developer', 'career', 'careers', 'job', 'jobs', 'role', 'hiring', 'position', 'pm', 'counsel', 'executive', 'vp',
  'president', 'leader', 'owner', 'partner', 'advisor', 'carreira', 'carrera',
]);
/**
 * Words that name a job of the kinds the classifier weighs (technical, data, analytics), and pass on their own: on
 * the corpus's career pages the title often names the job without any AI word ("Reporting Analyst", "Research
 * Scientist", "ML Intern"). Every posting for such a job gets past the gate; the model then decides.
 */
export const JOB_WORDS = new Set([
  'analyst', 'analysts', 'engineer', 'engineers', 'scientist', 'scientists', 'developer', 'developers', 'statistician',
  'intern', 'interns', 'internship', 'analyste', 'analista', 'ingeniero', 'ingeniera', 'ingenieur', 'engenheiro',
]);
/**
 * Terms that pass on their own, matched on the lower-cased text and on its words ("Data & Analysis"): data and
 * analytics roles (which `npm run eval` found stopped on the corpus's career pages when only AI words counted), and
 * the MBA in other languages.
 */
export const PASS_TERMS = [
  'data scien', 'data analy', 'data engineer', 'data architect', 'data specialist', 'data develop', 'data product',
  'big data', 'business intelligence', 'analytics', 'statistician', 'biostatistic', 'quantitative analyst',
  'research scientist', 'data-scien', 'data-analy', 'data-engineer', 'données', 'dados', 'datos', "intelligence d'affaires",
  'cientista de dados', 'analista de dados', 'engenheiro de dados', 'científico de datos', 'cientifico de datos',
  'analista de datos', 'ingeniero de datos', 'datenanaly', 'datenwissenschaft', 'analista dati', 'データ', '数据', '數據',
  '데이터', '工商管理', '経営学修士', '경영학 석사', 'quản trị kinh doanh', 'administración de empresas',
  'administração de empresas', 'administración de negocios', 'maestría en administración', 'işletme yüksek lisans', 'işletme yl',
  'إدارة الأعمال', 'veri bilim', 'veri analist', 'veri mühendis', 'นักวิทยาศาสตร์ข้อมูล', 'นักวิเคราะห์ข้อมูล',
];
export const ROLE_TERMS = [
  'kỹ sư', 'エンジニア', 'アナリスト', 'サイエンティスト', '求人', '工程师', '经理', '总监', '科学家', '分析师', '负责人', '专家', '研究员', '架构师',
  '职位', '招聘', 'ingénieur', 'vacanc', 'carrière', '인턴', 'インターン', '实习', 'chef de projet', 'chargé', '採用', '人材', '役割', '責任者',
  'beruf', 'gehalt', 'gehält', 'rollen',
];
/**
 * Stems that make an address or title worth a closer look (its headings, metadata and JSON-LD) when it does not pass
 * on its own: schools, programs, careers, roles, data. Matched as substrings of the lower-cased text, so they are
 * broad on purpose; the AI and role words above count too.
 */
export const TOPIC_STEMS = [
  'school', 'universi', 'college', 'educa', 'academ', 'institut', 'program', 'degree', 'master', 'máster', 'maestr',
  'leader', 'manag', 'business', 'admission', 'faculty', 'campus', 'graduat', 'course', 'career', 'job', 'hiring',
  'vacanc', 'empleo', 'emploi', 'recruit', 'talent', 'data', 'engineer', 'scien', 'analy', 'strateg', 'consult',
  'research', 'develop', 'product', 'requirement', 'admisi', 'inscri', 'candidat', 'kampus', 'başvuru', 'işletme',
  'hochschule', 'escuela', 'ecole', 'école', '学院', '大学', '管理', '课程', '项目', '招聘', '职位', 'beruf', 'gehalt', 'gehält',
  // A school's own host (.edu, .edu.au, .ac.uk): an MBA's fees, news or policy page often names the program only below its title.
  '.edu', '.ac.',
];
const GATE_TYPES = new Set(['JobPosting', 'EducationalOccupationalProgram', 'EducationalProgram', 'Course', 'WorkBasedProgram', 'Occupation']);

const MAX_FIELD = 2_000;

/** Plain loops in few functions: each function the gate calls is one more for V8 to compile on a cold page. */
function containsAny(text: string, phrases: readonly string[]): boolean {
  for (let i = 0; i < phrases.length; i++) if (text.includes(phrases[i] ?? '\u0000')) return true;
  return false;
}

/**
 * What the gate fields say: `pass` where they hint at an MBA-program or AI-career page; `closer` where they do not,
 * but name a topic near one (a school, a role, data), so that the page's other fields are worth reading; else `stop`.
 */
export type GateVerdict = 'pass' | 'closer' | 'stop';

/** True when the gate fields hint at an MBA-program or AI-career page. */
export function gateTexts(texts: string[], types: string[]): boolean {
  return judgeTexts(texts, types) === 'pass';
}

export function judgeTexts(texts: string[], types: string[]): GateVerdict {
  for (let i = 0; i < types.length; i++) if (GATE_TYPES.has(types[i] ?? '')) return 'pass';
  let text = '';
  for (let i = 0; i < texts.length; i++) text += `${(texts[i] ?? '').slice(0, MAX_FIELD)}\n`;
  text = text.toLowerCase();
  // "İ" lower-cases to "i" and a combining dot: Turkish words would match nothing.
  if (text.includes('\u0307')) text = text.split('\u0307').join('');
  if (text.includes('mba')) return 'pass';
  let latin = text;
  for (let i = 0; i < LOOKALIKES.length; i += 2) {
    const letter = LOOKALIKES[i] ?? '';
    if (latin.includes(letter)) latin = latin.split(letter).join(LOOKALIKES[i + 1] ?? '');
  }
  if (latin !== text && latin.includes('mba')) return 'pass';
  // Words are runs of [a-z0-9_]; `spaced` holds them joined by single spaces, for the phrases.
  let spaced = ' ';
  let ai = false;
  let role = false;
  let job = false;
  let start = -1;
  for (let i = 0; i <= text.length; i++) {
    const c = i < text.length ? text.charCodeAt(i) : 32;
    if ((c >= 97 && c <= 122) || (c >= 48 && c <= 57) || c === 95) {
      if (start < 0) start = i;
      continue;
    }
    if (start < 0) continue;
    const word = text.slice(start, i);
    start = -1;
    spaced += `${word} `;
    if (AI_WORDS.has(word)) ai = true;
    if (ROLE_WORDS.has(word)) role = true;
    if (JOB_WORDS.has(word)) job = true;
  }
  if (job) return 'pass';
  if (containsAny(spaced, MBA_PHRASES) || containsAny(text, PASS_TERMS) || containsAny(spaced, PASS_TERMS)) return 'pass';
  if (ai || containsAny(spaced, AI_PHRASES) || containsAny(text, AI_TERMS)) {
    if (role || containsAny(text, ROLE_TERMS)) return 'pass';
    return 'closer';
  }
  return role || containsAny(text, TOPIC_STEMS) ? 'closer' : 'stop';
}

/** The address without scheme, query and fragment (the gate splits it into words), decoded where it is encoded. */
export function urlText(url: string): string {
  const scheme = url.indexOf('://');
  let path = scheme < 0 ? url : url.slice(scheme + 3);
  const query = path.indexOf('?');
  if (query >= 0) path = path.slice(0, query);
  const fragment = path.indexOf('#');
  if (fragment >= 0) path = path.slice(0, fragment);
  if (!path.includes('%')) return path;
  try {
    return decodeURIComponent(path);
  } catch {
    return path;
  }
}

/*
 * The first step's prefilter. Most addresses and titles name nothing near an MBA or an AI career, and on those the
 * gate ends here: the always-on script carries only this, and loads the rest of the gate (content/closer-look.js)
 * where it answers true, so that V8 neither compiles nor runs `judgeTexts` and its lists on most pages
 * (bench/README.md). It must answer true wherever `judgeTexts` would not stop: tests/core/gate.test.ts checks that
 * every word, phrase and term above is covered, and tests/fuzz/gate-prefilter.test.ts that it holds for any text
 * built from them. So each entry is a substring of a word, phrase or term above (a substring search can only find
 * more), and words too short to search for as substrings ("ai" is in "main", "ml" in ".html") are matched as whole
 * words.
 */
const NEARBY_STEMS = [
  'mba', 'μ', 'м', 'β', 'в', 'α', 'а', 'artifici', 'learning', 'vision', 'genai', 'generative', 'mlops', '人工智能',
  '机器学习', '深度学习', '数据科学', '大模型', '算法', 'künstliche', 'a.i.', 'ingenier', 'gerente', 'directeur', 'directrice',
  'responsable', 'consultor', 'analista', 'leiter', 'ingenieur', 'entwickler', 'berater', 'stelle', 'director', 'chief',
  'officer', 'architect', 'specialist', 'position', 'counsel', 'executive', 'president', 'owner', 'partner', 'advisor',
  '工程师', '经理', '总监', '科学家', '分析师', '负责人', '专家', '研究员', '架构师', 'ingénieur', 'statistic', 'cientista',
  'científico', 'cientifico', 'dados', 'datos', 'daten', 'données', "intelligence d'affaires", 'engineer', 'scientist',
  'developer', 'analyst', 'analyste', 'ingeniero', 'ingeniera', 'engenheiro', 'internship', '機械学習', '人工知能', 'aprendizaje',
  'apprentissage', 'エンジニア', 'アナリスト', 'サイエンティスト', '求人', 'kỹ sư', 'negocios', 'maestría', 'データ', '数据', '數據', '데이터',
  '工商管理', '経営学修士', '경영학', 'quản trị', 'administración', 'administração', 'carreira', 'carrera', 'carrière',
  '인턴', 'インターン', '实习', 'şletme', 'إدارة الأعمال', 'veri bilim', 'veri analist', 'veri mühendis', 'ข้อมูล', 'chef de projet', 'chargé',
  '採用', '人材', '役割', '責任者', 'rollen',
];
const NEARBY_WORDS = ['m', 'ia', 'ki', 'ai', 'ml', 'llm', 'llms', 'caio', 'cdao', 'cdo', 'nlp', 'head', 'lead', 'role', 'pm', 'vp', 'intern', 'interns'];

/**
 * False only where `judgeTexts` would stop on this address and title: substring searches and a few whole words.
 * The loops are written out here rather than calling helpers, since every function the always-on script calls is
 * one more for V8 to compile on every page.
 */
export function mayNameNearbyTopic(url: string, title: string): boolean {
  const text = `${urlText(url).slice(0, MAX_FIELD)}\n${title.slice(0, MAX_FIELD)}`.toLowerCase();
  for (let i = 0; i < NEARBY_STEMS.length; i++) if (text.includes(NEARBY_STEMS[i] ?? '\u0000')) return true;
  for (let i = 0; i < TOPIC_STEMS.length; i++) if (text.includes(TOPIC_STEMS[i] ?? '\u0000')) return true;
  for (let i = 0; i < NEARBY_WORDS.length; i++) {
    const word = NEARBY_WORDS[i] ?? '';
    for (let at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + 1)) {
      // A whole word: no [a-z0-9_] just before or after it (charCodeAt past either end is NaN, which is none of them).
      const before = text.charCodeAt(at - 1);
      const after = text.charCodeAt(at + word.length);
      if ((before >= 97 && before <= 122) || (before >= 48 && before <= 57) || before === 95) continue;
      if ((after >= 97 && after <= 122) || (after >= 48 && after <= 57) || after === 95) continue;
      return true;
    }
  }
  return false;
}

/** The gate's first step: the address and the title alone, without reading any element of the page. */
export function judgeAddressAndTitle(url: string, title: string): GateVerdict {
  return mayNameNearbyTopic(url, title) ? judgeTexts([urlText(url), title], []) : 'stop';
}

/**
 * The same gate as gateDocument over a snapshot's fields, for a page that has no live document (text given to the
 * CLI, tests built from text): the address and title, then the first words, main headings, metadata and JSON-LD
 * types.
 */
export function gateSnapshot(snapshot: PageSnapshot): boolean {
  const first = judgeAddressAndTitle(snapshot.url, snapshot.title);
  if (first === 'pass') return true;
  if (first === 'stop' && snapshot.title !== '') return false;
  let opening = '';
  for (let i = 0; i < snapshot.blocks.length && opening.length < OPENING_CHARS; i++) opening += `${snapshot.blocks[i]?.text ?? ''} `;
  opening = opening.slice(0, OPENING_CHARS);
  const texts = [urlText(snapshot.url), snapshot.title, opening, snapshot.description, snapshot.keywords, snapshot.ogTitle];
  let headings = 0;
  for (const block of snapshot.blocks) {
    if (block.level === 1 && headings++ < MAX_MAIN_HEADINGS) texts.push(block.text);
  }
  return gateTexts(texts, snapshot.jsonLd.types);
}

const TYPE_KEY = '"@type"';

const isSpace = (c: number) => c === 32 || c === 9 || c === 10 || c === 13;
const isLetter = (c: number) => (c >= 65 && c <= 90) || (c >= 97 && c <= 122);

/** The name in `"@type": "Name"` or `"@type": ["Name", …]` starting at `at`, or null. */
function typeNameAt(text: string, at: number): string | null {
  let i = at + TYPE_KEY.length;
  const skipSpaces = () => {
    while (i < text.length && isSpace(text.charCodeAt(i))) i++;
  };
  skipSpaces();
  if (text[i] !== ':') return null;
  i++;
  skipSpaces();
  if (text[i] === '[') {
    i++;
    skipSpaces();
  }
  if (text[i] !== '"') return null;
  const start = ++i;
  while (i < text.length && i - start <= 40 && isLetter(text.charCodeAt(i))) i++;
  return text[i] === '"' && i - start >= 2 && i - start <= 40 ? text.slice(start, i) : null;
}

/** Named JSON-LD types in a script's raw text: a scan, not JSON.parse, since the gate only needs the names. */
function jsonLdTypes(source: string, into: string[]): void {
  const text = source.slice(0, 200_000);
  for (let at = text.indexOf(TYPE_KEY), n = 0; at >= 0 && n < 50; at = text.indexOf(TYPE_KEY, at + TYPE_KEY.length), n++) {
    const name = typeNameAt(text, at);
    if (name !== null) into.push(name);
  }
}

/**
 * Everything the gate reads from a live document, found in one walk of the tree: a selector list is matched in a
 * single native traversal, where one query per field walks the whole document again for each field that is absent.
 */
// Pure, so that the always-on script, which reads no element, leaves it out.
const GATE_ELEMENTS = /* @__PURE__ */ [
  'h1',
  'script[type="application/ld+json" i]',
  'meta[name="description" i]',
  'meta[name="keywords" i]',
  'meta[property="og:title"]',
  'meta[property="og:description"]',
].join(',');
const MAX_JSON_LD_SCRIPTS = 10;
/**
 * How much of the page's first words the closer look reads. On the development part's positive pages, 600 characters
 * let through 97.8 % of them and 1,200 99.1 % (section pages often name their program only below a menu); more
 * let through no more positives, only more negatives.
 */
const OPENING_CHARS = 1_200;
/**
 * The page's main headings only: each further heading is one more element to wrap and read on every page that
 * gets this far; `npm run eval` measures what the gate lets through on the corpus's pages.
 */
const MAX_MAIN_HEADINGS = 5;

export interface GateResult {
  pass: boolean;
}

/** Tags whose text is not the page's words. */
const NOT_TEXT = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'svg', 'SVG']);

/**
 * The first words of the page (a section page's first heading often names the program its title leaves out),
 * read from the first text nodes only: a bounded walk, never the whole body's text.
 */
function openingText(doc: Document): string {
  const body = doc.body;
  if (!body) return '';
  const walker = doc.createTreeWalker(body, 4 /* NodeFilter.SHOW_TEXT */);
  let text = '';
  for (let node = walker.nextNode(), n = 0; node !== null && text.length < OPENING_CHARS && n < 200; node = walker.nextNode(), n++) {
    if (!NOT_TEXT.has(node.parentElement?.tagName ?? '')) text += `${node.nodeValue ?? ''} `;
  }
  return text.slice(0, OPENING_CHARS);
}

/**
 * The gate over a live document, in two steps: the address and title (`judgeAddressAndTitle`), which settle most
 * pages without touching any element of the page; then, only where they name a nearby topic or there is no title,
 * the main headings, metadata, JSON-LD types and the page's first words (a bounded walk). Reads no text outside those. The always-on script runs only the
 * first step's prefilter, and loads this (content/closer-look.js) where it lets the page on.
 */
export function gateDocument(doc: Document, url: string): GateResult {
  const title = doc.title;
  const first = judgeAddressAndTitle(url, title);
  if (first === 'pass') return { pass: true };
  // A page without a title says nothing about itself there, so it gets the closer look too.
  if (first === 'stop' && title !== '') return { pass: false };
  const texts = [urlText(url), title, openingText(doc)];
  const types: string[] = [];
  const found = doc.querySelectorAll(GATE_ELEMENTS);
  let headings = 0;
  let scripts = 0;
  for (let i = 0; i < found.length; i++) {
    const element = found[i];
    if (element === undefined) continue;
    const name = element.localName;
    if (name === 'meta') texts.push(element.getAttribute('content') ?? '');
    else if (name === 'script') {
      if (scripts++ < MAX_JSON_LD_SCRIPTS) jsonLdTypes(element.textContent ?? '', types);
    } else if (headings++ < MAX_MAIN_HEADINGS) texts.push(element.textContent ?? '');
  }
  return { pass: gateTexts(texts, types) };
}
