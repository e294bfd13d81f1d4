/**
 * Generators of hostile and random input for the core: malformed markup, odd Unicode, numbers in every format,
 * JSON-LD of every shape and random addresses. Pages are built from the domain's own phrases often enough that
 * they pass the gate and reach the classifier and the extractors, where the interesting code is.
 */
import fc from 'fast-check';

// ---------------------------------------------------------------------------------------------------------------
// Text

/** Characters and sequences that trip text handling: bidi controls, zero-width, combining marks, ZWJ emoji, lookalikes. */
export const ODD_UNICODE = [
  '\u200f', '\u200e', '\u202e', '\u202d', '\u2066', '\u2069', '\u061c', // bidi marks, overrides, isolates
  '\u200b', '\u200c', '\u200d', '\u2060', '\ufeff', '\u00ad', // zero-width, soft hyphen, BOM
  'M\u0301B\u0301A\u0301', 'e\u0301', 'a\u0308\u0304\u0323\u0330', 'Z\u0335\u0321\u0322\u0327', // combining marks
  '👩\u200d💻', '🏳️\u200d🌈', '👨\u200d👩\u200d👧\u200d👦', '🇺🇸', '❤️', '🧑🏽\u200d🎓', // ZWJ sequences, flags, modifiers
  'ΜΒΑ', 'МВА', 'ΜBA', 'MΒΑ', 'Ⅿ', 'ＭＢＡ', '𝐌𝐁𝐀', 'ᴍʙᴀ', 'ⓂⒷⒶ', // Greek, Cyrillic, fullwidth, maths lookalikes
  'ΑΙ', 'ＡＩ', 'Αrtificial Ιntelligence', // lookalike AI
  '\ud800', '\udfff', '\udc00\ud800', // lone surrogates
  '\u0000', '\u0001', '\u007f', '\u0085', '\u2028', '\u2029', '\u00a0', '\u3000', '\u1680', '\r\n', '\r', '\t', '\v', '\f',
  'İ', 'ß', 'ẞ', 'ﬁ', 'ǅ', 'ς', // case mapping that changes length or is odd
  'مدرسة إدارة الأعمال', 'תואר שני במנהל עסקים', '工商管理硕士', '人工智能', 'ماجستير إدارة الأعمال MBA',
];

export const oddUnicode: fc.Arbitrary<string> = fc.constantFrom(...ODD_UNICODE);

/** The domain's words and phrases: what the gate, classifier and extractors look for. */
export const PHRASES = [
  'MBA', 'EMBA', 'M.B.A.', 'Executive MBA', 'Online MBA', 'Master of Business Administration', "Master's in Business Administration",
  'MS in Business Analytics', 'BBA', 'PhD', 'Certificate Program', 'Mini MBA', 'MBAs', 'an MBA', 'the MBA', 'our MBA',
  'STEM-designated', 'STEM designated', 'not STEM designated', 'CIP code 52.1301', 'OPT', 'STEM OPT extension', 'Optional Practical Training',
  'not eligible for OPT', 'credits', 'credit hours', 'total credits', 'ECTS', 'semester hours', 'units', 'per credit',
  'months', 'years', 'semesters', 'terms', 'trimesters', 'quarters', 'full-time', 'part-time', 'accelerated', 'cohort',
  'tuition', 'Tuition:', 'program fee', 'total cost', 'per semester', 'deposit', 'scholarships', 'financial aid',
  'online', '100% online', 'fully online', 'hybrid', 'blended', 'on-campus', 'in-person', 'face-to-face', 'residency', 'campus',
  'curriculum', 'core courses', 'electives', 'concentration', 'capstone', 'admissions', 'GMAT', 'GRE', 'apply now',
  'artificial intelligence', 'machine learning', 'AI', 'A.I.', 'GenAI', 'generative AI', 'LLMs', 'data science', 'MLOps', 'NLP',
  'ethics', 'AI ethics', 'responsible AI', 'AI governance', 'governance', 'EU AI Act', 'bias', 'fairness', 'interpretability',
  'Director of AI Strategy', 'Chief AI Officer', 'CAIO', 'Head of Data', 'Chief Data Officer', 'AI Product Manager',
  'GenAI Product Manager', 'Senior Machine Learning Engineer', 'AI Policy Analyst', 'Data Scientist', 'Lead ML Engineer',
  'Principal Software Engineer, Applied AI', 'VP of AI', 'head of', 'senior', 'chief', 'director', 'officer',
  'responsibilities', 'qualifications', 'requirements', 'you will', 'we are hiring', 'job description', 'salary',
  'years of experience', 'stakeholder management', 'product strategy', 'go-to-market', 'ROI', 'pricing', 'KPIs',
  'Python', 'SQL', 'risk management', 'compliance', 'career path', 'how to become', 'rankings', 'best', 'top 10',
  'list of', 'search results', 'sort by', 'Professor', 'biography', 'was named', 'appoints', 'University', 'College',
  'Business School', 'School of Management', 'By Jane Doe', '5 min read', 'Posted on', 'in this article',
];

export const phrase: fc.Arbitrary<string> = fc.constantFrom(...PHRASES);

/** Numbers as pages write them, and as no page should. */
export const NUMBER_TEXTS = [
  '1,234.56', '1.234,56', '1 234,56', "1'234.56", '١٢٣', '٣٦', '३६', '３６', '৩৬', '½', '1½', '¾', '⅓', '1e309', '-1e309', '1e-7',
  '$ 60 000', '$60,000', '$60.000', '$ 60,000.00', 'US$45,000', 'USD 48000', '€45.000', '£30,000', '¥5,000,000', '₹12,00,000', '60k', '$60K',
  '$1,', '$,', '$.', '$1,2,3', '$999,999,999,999', '$0', '$-5,000', '0', '-0', '-36', '+36', '36.', '.5', '0.5', '00036', '0x24', '0b1',
  '1_000', 'NaN', 'Infinity', '-Infinity', '999999999999999999999999', '9'.repeat(400), '36-', '-credit', '36--credit', '36 -- 48',
  'thirty-six', 'forty-eight', 'Twelve', 'twenty one', 'ninety-nine', 'one hundred', 'zero', 'a dozen', 'eleventy', 'forty-eight-',
  '1–2', '1 - 2', '18 to 24', '2 or 3', '12-', '–12', '1.5', '1,5', '2.25', '46.5', '3/4', '¼', '1⁄2', '²', '¹²', 'Ⅻ', '⑫',
];

export const numberText: fc.Arbitrary<string> = fc.oneof(
  fc.constantFrom(...NUMBER_TEXTS),
  fc.integer({ min: -10, max: 300 }).map(String),
  fc.tuple(fc.double({ noNaN: false }), fc.constantFrom('en-US', 'de-DE', 'fr-FR', 'ar-EG', 'hi-IN-u-nu-deva', 'zh-CN-u-nu-hanidec', 'fa-IR', 'th-TH-u-nu-thai'))
    .map(([n, locale]) => n.toLocaleString(locale)),
  fc.integer({ min: 0, max: 2_000_000 }).map((n) => `$${n.toLocaleString('en-US')}`),
);

const UNITS = ['credits', 'credit hours', '-credit', 'ECTS', 'units', 'months', 'years', 'semesters', 'terms', 'quarters', 'weeks', 'hours'];

/** Sentences in the shape of the facts the extractors read, with any number in them. */
export const factSentence: fc.Arbitrary<string> = fc.oneof(
  fc.tuple(numberText, fc.constantFrom(...UNITS), phrase).map(([n, unit, p]) => `The ${n}${unit.startsWith('-') ? '' : ' '}${unit} ${p} program.`),
  fc.tuple(numberText, numberText, fc.constantFrom(...UNITS)).map(([a, b, unit]) => `Complete the MBA in ${a} to ${b} ${unit}.`),
  fc.tuple(numberText, fc.constantFrom('Tuition:', 'Total cost', 'Program fee', 'Tuition is', 'per credit', 'deposit')).map(([n, label]) => `${label} ${n} for the full program.`),
  fc.tuple(fc.constantFrom('a total of', 'requires', 'minimum of', 'up to', 'each'), numberText).map(([lead, n]) => `The program ${lead} ${n} credits.`),
  fc.tuple(phrase, phrase, phrase).map(([a, b, c]) => `${a}: ${b}, ${c}.`),
  fc.constantFrom(
    'The program is STEM-designated, so graduates are eligible for OPT and the STEM OPT extension.',
    'This program is not STEM designated and is not eligible for OPT.',
    'Classes are 100% online.', 'A hybrid format with class weekends on campus and online sessions in between.',
    'Courses include machine learning, AI ethics and governance.', 'We are hiring a Senior AI Product Manager.',
    'Responsibilities: lead AI strategy, stakeholder management, go-to-market and pricing.',
    'Qualifications: 5+ years of experience with Python, SQL and MLOps.',
  ),
);

/** Any text at all: the domain's phrases, numbers, odd Unicode, random strings, glued with odd whitespace. */
export const anyText: fc.Arbitrary<string> = fc
  .array(
    fc.oneof(
      { weight: 4, arbitrary: phrase },
      { weight: 3, arbitrary: factSentence },
      { weight: 2, arbitrary: numberText },
      { weight: 2, arbitrary: oddUnicode },
      { weight: 1, arbitrary: fc.string({ maxLength: 30 }) },
      { weight: 1, arbitrary: fc.string({ unit: 'grapheme', maxLength: 20 }) },
      { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 20 }) },
    ),
    { maxLength: 8 },
  )
  .chain((parts) => fc.array(fc.constantFrom(' ', ' ', '\n', '\n\n', '\t', '  ', '\u00a0', ''), { minLength: parts.length, maxLength: parts.length }).map((seps) => parts.map((p, i) => `${p}${seps[i]}`).join('')));

/** Text without markup characters, safe to put between tags as it is (for round-trip properties). */
export const plainText: fc.Arbitrary<string> = anyText.map((t) => t.replace(/[<>&]/g, ' '));

// ---------------------------------------------------------------------------------------------------------------
// Addresses

export const url: fc.Arbitrary<string> = fc.oneof(
  fc.webUrl({ withQueryParameters: true, withFragments: true }),
  fc.tuple(fc.constantFrom('https://', 'http://', 'file:///', 'HTTPS://', ''), fc.constantFrom('school.example', 'www.mba.example', 'jobs.example', 'xn--mba-xyz.example', '[::1]', '127.0.0.1:8080', 'a'), fc.array(fc.constantFrom('mba', 'online-mba', 'programs', 'careers', 'director-of-ai-strategy', 'chief_ai_officer', '%E0%A4%A', '%', '%%20', '..', 'ΜΒΑ', 'a b', 'index.html', '?q=mba', '#x'), { maxLength: 4 }))
    .map(([scheme, host, path]) => `${scheme}${host}/${path.join('/')}`),
  fc.constantFrom('', ' ', 'about:blank', 'javascript:alert(1)', 'data:text/html,<b>MBA</b>', 'chrome://newtab', 'moz-extension://x/popup.html', 'http://', 'https://[', 'https://a.example/%E0%A4%A', 'file:///tmp/mba.html', 'https://a.example/' + 'mba/'.repeat(300)),
  fc.string(),
);

// ---------------------------------------------------------------------------------------------------------------
// JSON-LD

const SCHEMA_TYPES = ['EducationalOccupationalProgram', 'Course', 'EducationalProgram', 'WorkBasedProgram', 'JobPosting', 'CollegeOrUniversity', 'Occupation', 'WebPage', 'Organization'];

/** A value of any JSON type where a string is expected, and strings where objects are expected. */
const fieldValue: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 3, arbitrary: anyText },
  { weight: 2, arbitrary: numberText },
  { weight: 1, arbitrary: fc.constantFrom(0, -0, 36, 1.5, 1e308, -1e308, Number.MAX_SAFE_INTEGER, null, true, false, [], {}, '', [null], { '@value': 'MBA' }, { name: { name: { name: 'MBA' } } }) },
  { weight: 1, arbitrary: fc.jsonValue({ maxDepth: 4 }) },
  { weight: 1, arbitrary: fc.array(anyText, { maxLength: 25 }) },
);

const typeValue: fc.Arbitrary<unknown> = fc.oneof(
  fc.constantFrom(...SCHEMA_TYPES),
  fc.constantFrom(...SCHEMA_TYPES).map((t) => `http://schema.org/${t}`),
  fc.constantFrom(...SCHEMA_TYPES).map((t) => `schema:${t}`),
  fc.array(fc.constantFrom(...SCHEMA_TYPES, 'Thing'), { maxLength: 3 }),
  fc.constantFrom(null, 7, {}, [[]], ['Course', 3], '', '__proto__', 'constructor'),
  fc.string(),
);

const schemaNode: fc.Arbitrary<Record<string, unknown>> = fc.record(
  {
    '@context': fc.constantFrom('https://schema.org', { '@vocab': 'http://schema.org/' }, null),
    '@type': typeValue,
    name: fieldValue,
    title: fieldValue,
    description: fieldValue,
    numberOfCredits: fieldValue,
    timeToComplete: fieldValue,
    educationalCredentialAwarded: fieldValue,
    educationalProgramMode: fieldValue,
    skills: fieldValue,
    qualifications: fieldValue,
    responsibilities: fieldValue,
  },
  { requiredKeys: ['@type'] },
);

/** JSON-LD as a page carries it: valid, invalid, of the wrong shape, nested in @graph. */
export const jsonLdText: fc.Arbitrary<string> = fc.oneof(
  { weight: 3, arbitrary: schemaNode.map((n) => JSON.stringify(n)) },
  { weight: 2, arbitrary: fc.array(schemaNode, { maxLength: 4 }).map((graph) => JSON.stringify({ '@context': 'https://schema.org', '@graph': graph })) },
  { weight: 1, arbitrary: fc.array(schemaNode, { maxLength: 4 }).map((list) => JSON.stringify(list)) },
  { weight: 1, arbitrary: fc.jsonValue().map((v) => JSON.stringify(v)) },
  { weight: 1, arbitrary: fc.tuple(schemaNode, fc.nat()).map(([n, cut]) => { const s = JSON.stringify(n); return s.slice(0, cut % (s.length + 1)); }) },
  { weight: 1, arbitrary: fc.integer({ min: 1, max: 300 }).map((d) => `${'{"@type":"Course","name":'.repeat(d)}"MBA"${'}'.repeat(d)}`) },
  { weight: 1, arbitrary: fc.integer({ min: 1, max: 300 }).map((d) => `{"@type":"JobPosting","title":${'['.repeat(d)}"AI Product Manager"${']'.repeat(d)}}`) },
  { weight: 1, arbitrary: fc.constantFrom('', 'null', '[]', '{}', '"Course"', '{"@type": "Course",}', "{'@type': 'Course'}", '{"@type": NaN}', '/* c */ {"@type":"Course"}', '{"__proto__": {"@type": "Course"}, "@type": "JobPosting"}', '{"@type":"Course","name":"</script><script>alert(1)</script>"}', '{"@type":"Course","numberOfCredits":1e309}', '\ufeff{"@type":"Course"}') },
  { weight: 1, arbitrary: anyText },
);

// ---------------------------------------------------------------------------------------------------------------
// Markup

const BLOCK_TAGS = ['div', 'p', 'section', 'article', 'main', 'li', 'ul', 'ol', 'table', 'tr', 'td', 'th', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'pre', 'header', 'footer', 'nav', 'aside', 'details', 'summary', 'blockquote', 'form', 'button', 'label', 'center', 'menu', 'dl', 'dt', 'dd', 'figure', 'figcaption'];
const INLINE_TAGS = ['span', 'b', 'i', 'em', 'strong', 'a', 'code', 'font', 'small', 'sup', 'abbr', 'mark', 'q', 'custom-el', 'x-y', 'marquee'];
/** Elements the snapshot skips or that parse specially. */
const SPECIAL_TAGS = ['script', 'style', 'noscript', 'template', 'svg', 'math', 'iframe', 'select', 'option', 'textarea', 'mba-lens', 'object', 'canvas', 'video', 'picture', 'head', 'title', 'body', 'html', 'frameset', 'plaintext', 'xmp'];
const VOID_TAGS = ['br', 'hr', 'img', 'input', 'wbr', 'meta', 'link'];

const attrValue: fc.Arbitrary<string> = fc.oneof(
  fc.constantFrom('nav', 'site-nav', 'mega-menu', 'cookie-banner', 'footer', 'sidebar', 'main', 'content', 'related', 'x_menu', 'breadcrumbs', 'social share'),
  fc.constantFrom('display:none', 'display: none !important', 'visibility:hidden', 'color:red;display :none', ';;;', 'display:block'),
  fc.constantFrom('navigation', 'main', 'heading', 'banner', 'contentinfo', 'dialog', 'menu', 'presentation'),
  fc.constantFrom('1', '2', '0', '-1', '7', '1e309', 'NaN', '2.5', '', 'abc'),
  fc.constantFrom('true', 'false', 'hidden', 'en', 'ar', 'he-IL', 'zh'),
  anyText,
);

const attribute: fc.Arbitrary<string> = fc
  .tuple(fc.constantFrom('class', 'id', 'style', 'role', 'aria-level', 'aria-hidden', 'hidden', 'lang', 'type', 'dir', 'href', 'title', 'data-x', 'onclick', 'x'), attrValue, fc.constantFrom('"', "'", ''))
  .map(([name, value, quote]) => (quote ? `${name}=${quote}${value.split(quote).join(quote === '"' ? '&quot;' : '&#39;')}${quote}` : `${name}=${value.replace(/[\s>]/g, '')}`));

/** Pieces of broken markup. */
const JUNK = ['</p>', '</div></div></div>', '<p <p>', '<!-- MBA', '-->', '<!---->', '<![CDATA[ MBA ]]>', '<?xml version="1.0"?>', '<!DOCTYPE x>', '&amp;', '&#0;', '&#x110000;', '&#xD800;', '&bogus;', '&nbsp;', '&', '<', '>', '<<>>', '</', '<script>', '</script>', '<style>', '</style>', '<br/>', '<img src=x onerror=alert(1)>', '</mba-lens>', '<table><td>MBA', '</table>', '<li>', '<h1>', '</h1>', '<a href="javascript:alert(1)">', '<body>', '</body>', '</html>', '<html>', '<head>', '<title>ΜΒΑ'];

export interface MarkupOptions {
  /** Leave out everything the snapshot skips or hides and every malformed piece (for round-trip properties). */
  plain?: boolean;
}

export function markup(options: MarkupOptions = {}): fc.Arbitrary<string> {
  const text = options.plain ? plainText : anyText;
  const tags = options.plain ? [...BLOCK_TAGS.filter((t) => !['nav', 'aside', 'header', 'footer', 'pre', 'menu', 'table', 'tr', 'td', 'th', 'ul', 'ol', 'dl', 'form', 'button', 'details', 'summary'].includes(t)), ...INLINE_TAGS.filter((t) => t !== 'a')] : [...BLOCK_TAGS, ...INLINE_TAGS, ...SPECIAL_TAGS];
  const attrs = options.plain ? fc.constant([] as string[]) : fc.array(attribute, { maxLength: 3 });
  return fc.letrec<{ node: string }>((tie) => ({
    node: fc.oneof(
      { depthSize: 'small', withCrossShrink: true },
      { weight: 4, arbitrary: text },
      {
        weight: 3,
        arbitrary: fc
          .tuple(fc.constantFrom(...tags), attrs, fc.array(tie('node'), { maxLength: 4 }), options.plain ? fc.constant(true) : fc.boolean())
          .map(([tag, as, kids, closed]) => `<${tag}${as.map((a) => ` ${a}`).join('')}>${kids.join('')}${closed ? `</${tag}>` : ''}`),
      },
      { weight: options.plain ? 0 : 1, arbitrary: fc.constantFrom(...JUNK) },
      { weight: options.plain ? 0 : 1, arbitrary: fc.constantFrom(...VOID_TAGS).map((t) => `<${t}>`) },
      { weight: options.plain ? 0 : 1, arbitrary: jsonLdText.map((j) => `<script type="application/ld+json">${j}</script>`) },
    ),
  })).node;
}

const TITLES = ['Online MBA', 'Executive MBA Program', 'Master of Business Administration (MBA)', 'ΜΒΑ', 'STEM MBA | Business School', 'Director of AI Strategy', 'Chief AI Officer - Careers', 'AI Product Manager job', 'Head of Data', 'Best MBA Programs 2025 Rankings', 'MS in Business Analytics', 'How to become an AI Policy Analyst', 'Banana bread', ''];

export interface Page {
  html: string;
  url: string;
}

/** Whole documents: doctype, head metadata and JSON-LD, and a body of random markup. */
export function page(options: MarkupOptions = {}): fc.Arbitrary<Page> {
  const text = options.plain ? plainText : anyText;
  const headPart = options.plain
    ? fc.constant('')
    : fc
        .array(
          fc.oneof(
            fc.tuple(fc.constantFrom('description', 'keywords', 'DESCRIPTION'), anyText).map(([name, value]) => `<meta name="${name}" content="${value.replace(/"/g, '&quot;')}">`),
            fc.tuple(fc.constantFrom('og:title', 'og:url', 'og:description'), anyText).map(([p, value]) => `<meta property="${p}" content="${value.replace(/"/g, '&quot;')}">`),
            url.map((u) => `<link rel="canonical" href="${u.replace(/"/g, '&quot;')}">`),
            jsonLdText.map((j) => `<script type="application/ld+json">${j}</script>`),
            fc.constantFrom('<base href="https://elsewhere.example/">', '<meta charset="utf-16">', '<style>* { all: unset }</style>', '<script>document.body = null</script>'),
          ),
          { maxLength: 4 },
        )
        .map((parts) => parts.join(''));
  return fc
    .record({
      doctype: fc.constantFrom('', '<!doctype html>', '<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Strict//EN">', '<?xml version="1.0"?><!DOCTYPE html>'),
      lang: fc.constantFrom('', ' lang="en"', ' lang="el"', ' lang="ar" dir="rtl"', ' lang=""'),
      title: fc.oneof(fc.constantFrom(...TITLES), text),
      head: headPart,
      body: fc.array(markup(options), { maxLength: 6 }),
      url,
    })
    .map(({ doctype, lang, title, head, body, url: address }) => ({
      html: `${doctype}<html${lang}><head><title>${title.replace(/</g, '&lt;')}</title>${head}</head><body>${body.join('\n')}</body></html>`,
      url: address,
    }));
}
