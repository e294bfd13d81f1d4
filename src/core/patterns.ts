/**
 * The vocabulary of page kinds. Every expression is linear: alternations of literals with bounded gaps, no
 * nested quantifiers, so a hostile 1 MB string cannot make them backtrack (tests/security/regex-safety.test.ts
 * checks this).
 */

/** Greek and Cyrillic capitals that look like M, B, A (the Greek "ΜΒΑ" on Cypriot pages is an MBA). */
const LOOKALIKES: Record<string, string> = { 'Μ': 'M', 'Β': 'B', 'Α': 'A', 'М': 'M', 'В': 'B', 'А': 'A' };
const LOOKALIKE_RE = /[ΜΒΑМВА]/g;

export function foldLookalikes(text: string): string {
  return text.replace(LOOKALIKE_RE, (c) => LOOKALIKES[c] ?? c);
}

/** The MBA degree itself (not "MBA-style", not "MBAs" in a list of people). */
export const MBA = /(?<!\bMini[- ])\b(?:E?MBA|M\.\s?B\.\s?A\.?|Master(?:'s|s)? (?:of|in) Business Administration|Executive MBA)(?![\w-])/;
export const MBA_G = new RegExp(MBA.source, 'g');

/**
 * Degrees that are not an MBA: their presence as a page's subject makes it another program's page. Case matters
 * for the short forms ("MS in", not "ms"; "LL.M", not the language-model "LLM").
 */
export const OTHER_DEGREE = /\b(?:[Mm]aster(?:'s|’s|s)? (?:of|in) (?!Business Administration)[A-Z][a-z]{2,}|[Mm]aster(?:'s|’s|s)? (?:[Pp]rogram(?:me)?s?|[Dd]egrees?)|Master(?:'s|’s|s)(?= |$)|M\.\s?S\.|M\.?Sc\b|MSBA|MSIS|MSCS|MSDS|MPA|MEM|MCA|M\.Com|LL\.\s?M|Ph\.?\s?D|[Dd]octorate|Doctor of|DBA|[Bb]achelor(?:'s|’s)?|BBA|B\.B\.A|BSc|B\.Com|[Uu]ndergraduate|[Pp]ost-?[Gg]raduate [Dd]iploma|PG Diploma|PGDM|Diploma|Certificate (?:Program|Course)s?|(?:^|, )MS\b|MS (?:in|degree|program))/;
export const OTHER_DEGREE_G = new RegExp(OTHER_DEGREE.source, 'g');

/** Degree names as short tokens, to count how many different degrees a page's subject lists. */
export const DEGREE_TOKEN_G = /\b(?:E?MBA|MCA|M\.Com|MA|MSc|MS|M\.S\.|BBA|B\.Com|BSc|BA|PhD|DBA|LL\.M|LL\.B|MPA|MEM|PGDM|Master(?:'s|’s|s)?|Doctorate|Bachelor(?:'s|’s)?)(?![\w.])/g;

/** An essay about the degree in general speaks of "an MBA"; a program page of "the MBA" or "our MBA". */
export const GENERIC_MBA_G = /\b(?:an|any|a good|most|many|top|best) (?:E?MBA|executive MBA)\b|\b(?:E?MBA|Executive MBA) (?:programs|programmes|degrees)\b|\bMBAs\b/gi;
/**
 * A page speaking of one program as its subject: "the MBA", "our part-time MBA", "this programme". In the development
 * part 74 % of MBA pages say it and 21 % of negatives (2 % of career pages).
 */
export const ONE_PROGRAM = /\b(?:our|this|the)(?: [\w-]+){0,2} (?:E?MBA|program|programme)\b/i;
export const ONE_PROGRAM_G = new RegExp(ONE_PROGRAM.source, 'gi');
export const ESSAY_MARKERS = /\b(?:this (?:article|post|blog post|essay)|in this (?:article|post|blog|essay)|(?:article|post) (?:explores|examines|discusses))\b/i;

/** Bylines and reading times: the page is an article. */
export const ARTICLE_MARKERS = /(?:^|\s)(?:By:? [A-Z][a-z]+(?: [A-Z][a-z]+)?|\d{1,2} min(?:ute)? read|Posted (?:on|by)|Published (?:on )?\w+ \d|Updated on)\b/;

/** Words that make a page about one program: its facts, admissions, structure. */
export const PROGRAM_FACT_CATEGORIES: Array<[string, RegExp]> = [
  ['credits', /\b(?:\d{1,3}(?:\.\d)?[- ](?:credits?|units?|semester hours?|ECTS)|credit hours?|total credits|credits? (?:are )?required|ECTS)\b/i],
  ['curriculum', /\b(?:curriculum|core courses?|required courses|electives?|concentrations?|specializations?|course work|coursework|modules?|capstone|learning (?:outcomes|goals|objectives)|program structure)\b/i],
  ['tuition', /\b(?:tuition|program fees?|course fees?|cost of attendance|financial aid|scholarships?|per credit)\b/i],
  ['admissions', /\b(?:admissions?|apply now|application (?:deadline|process|requirements)|GMAT|GRE|entry requirements|admission requirements|prerequisites?|intakes?|information sessions?|open house)\b/i],
  ['schedule', /\b(?:full-time|part-time|cohort|semesters?|academic terms?|weekends?|evening classes|accelerated|residenc(?:y|ies)|self-paced)\b/i],
  ['visa', /\b(?:STEM[- ]designat\w*|OPT\b|optional practical training|CIP code)/i],
  ['students', /\b(?:cohorts?|classes are|class (?:of|schedule|profile)|faculty|campus|enrol(?:l|ls|led|ment)|our (?:students|graduates|alumni)|students (?:will|must|may|can|complete|take))\b/i],
  ['cost', /[$€£¥₹]\s?\d|\b(?:USD|EUR|GBP|INR|AED|CAD|AUD)\s?\d/],
];

/** AI, ML and data vocabulary. */
export const AI_TERM_G = /\b(?:AI|A\.I\.|artificial intelligence|machine learning|ML|deep learning|generative AI|GenAI|gen AI|LLMs?|large language models?|data science|NLP|MLOps|computer vision|neural networks?|foundation models?)\b/g;

/** Qualifiers that make a role an AI / data role when they name it. */
const AI_QUALIFIER = String.raw`(?:AI|A\.I\.|artificial intelligence|machine learning|ML|deep learning|generative AI|Gen ?AI|LLM|NLP|MLOps|applied AI|responsible AI|data science|computer vision)`;
const ROLE_NOUN = String.raw`(?:product managers?|PMs?|program managers?|project managers?|managers?|directors?|head|chief|officers?|leads?|engineers?|scientists?|analysts?|strategists?|consultants?|architects?|specialists?|researchers?|developers?|executive|counsel|partner|advisors?|owner|vp|vice president|president)`;
/** Words that join a qualifier to a role in prose ("AI for business leaders"), not in a job title. */
const PROSE_JOINER = String.raw`(?!(?:for|of|in|to|with|and|or|the|a|an|at|on|is|are|will|can|as|by|from)\b)`;
/**
 * The same roles in Chinese, Japanese, Korean, Spanish, Portuguese, French and German job titles. The Japanese,
 * Korean, Portuguese and the data and traditional-script Chinese titles match the content of 58 `ai-career` pages of
 * the development part and of 7 `other` ones.
 */
const INTL_ROLE = String.raw`(?:AI|ＡＩ|機械学習|ディープラーニング|データ|LLM|生成AI|MLOps|アルゴリズム)(?:サイエンティスト|エンジニア|アナリスト|アーキテクト|コンサルタント|マネージャー|マネジャー|ストラテジスト)|最高(?:AI|データ)責任者|(?:AI|인공지능|머신\s?러닝|딥\s?러닝|데이터|ML|LLM|MLOps)\s?(?:사이언티스트|엔지니어|분석가|과학자|아키텍트|기획자|매니저|전문가|연구원)|(?:数据|數據|资料|資料|機器學習|深度學習|人工智慧|演算法|大數據|大数据)[\u4e00-\u9fff]{0,4}(?:工程師|工程师|經理|经理|科學家|科学家|分析師|分析师|架構師|架构师|總監|总监)|(?:engenheir[oa]|cientista|analista|gerente|diretor[a]?|especialista) (?:de |em )?(?:dados|IA|intelig[eê]ncia artificial|machine learning|aprendizado de m[aá]quina)(?![A-Za-zÀ-ÿ])|(?:人工智能|机器学习|深度学习|数据科学|大模型|算法|AI)[\u4e00-\u9fff]{0,4}(?:工程师|经理|总监|科学家|分析师|负责人|专家|研究员|架构师)|首席(?:人工智能|AI|数据)官|(?:ingenier[oa]|ingénieure?|gerente|director[a]?|directeur|directrice|jef[ea]|responsable|consultor[a]?|consultante?|cient[ií]fic[oa]|analista|chef de projet|Leiter(?:in)?|Ingenieur(?:in)?|Entwickler(?:in)?|Manager(?:in)?|Berater(?:in)?) (?:de |en |für |del? )?(?:IA|KI|inteligencia artificial|intelligence artificielle|künstliche intelligenz|machine learning|aprendizaje automático|apprentissage automatique|datos|données|data science)|(?:KI|IA)[- ](?:Manager(?:in)?|Ingenieur(?:in)?|Entwickler(?:in)?|Berater(?:in)?|Strateg(?:e|in)|Leiter(?:in)?)`;
/** Leadership nouns for which a plain "data" qualifier is enough ("Head of Data", "Chief Data Officer"). */
const DATA_LEADER = String.raw`(?:head of data(?: science| strategy| and (?:AI|analytics))?|chief data (?:and (?:AI|analytics) )?officer|(?:director|vp|vice president) of data(?: science| strategy)?|data science (?:lead|manager|director)|data scientists?|CDAO|CAIO|CDO)`;

/**
 * An AI / data role named as a title: "AI Policy Analyst", "Lead Machine Learning Engineer", "Director of AI
 * Strategy", "Chief AI Officer", "Head of Data", "Principal Software Engineer, Applied AI".
 */
export const AI_ROLE = new RegExp(
  String.raw`\b(?:${AI_QUALIFIER}(?:[ /&,-]{1,3}${PROSE_JOINER}[A-Za-z&]{2,15}){0,3}?[ /,-]{1,3}${ROLE_NOUN}\b|(?:chief|head|director|vp|vice president|lead|manager|engineer|scientist|officer)(?: of| for|,| -| –|:)?(?: ${PROSE_JOINER}[A-Za-z&]{2,15}){0,2} ${AI_QUALIFIER}\b|${DATA_LEADER}\b)|${INTL_ROLE}`,
  'i',
);
export const AI_ROLE_G = new RegExp(AI_ROLE.source, 'gi');

/**
 * A data or analytics role named as a title: "Data Engineer", "Business Intelligence Analyst", "Manager, Data &
 * Analytics" (LABELLING.md: data and analytics roles are AI careers). In the development part it names 162
 * `ai-career` pages in their headline (90 of them without an AI role title) and 3 others.
 */
export const DATA_ROLE = /\b(?:data|analytics|business intelligence|BI|big data|quantitative|statistical|reporting|insights?)(?: and analytics| & analytics)?\s+(?:engineer|analyst|architect|scientist|developer|manager|lead|director|specialist|modeler|consultant|officer)s?\b/i;

/** Any role title, AI or not (used to spot lists of roles, and roles in a generic title). */
export const ANY_ROLE = new RegExp(String.raw`\b(?:senior |lead |principal |staff |junior |chief |head of )?[A-Za-z]{2,20} ${ROLE_NOUN}\b|\b(?:chief [a-z]{2,20} officer|head of [a-z]{2,20})\b`, 'i');

/** What career pages talk about: the job, its duties and how to get it. */
export const CAREER_CATEGORIES: Array<[string, RegExp]> = [
  ['responsibilities', /\b(?:responsibilities|duties|day-to-day|what you(?:'|’)ll do|you will|role summary|role definition|the role|this role|key roles?|accountable for|reports? (?:directly )?to)\b/i],
  ['requirements', /\b(?:requirements|qualifications|required skills|skills (?:and|&) (?:experience|qualifications)|years of experience|experience (?:in|with)|must have|nice to have|preferred|competenc(?:y|ies)|skill ?set|skills)\b/i],
  ['hiring', /\b(?:job (?:description|posting|overview|title|type)|we(?:'|’)re (?:hiring|looking)|we are (?:hiring|looking)|apply(?: now)?|hiring|candidates?|salary|compensation|interview|employment type|location)\b/i],
  ['career', /\b(?:career (?:path|guide|progression|ladder)|how to become|become an?|career|job outlook|role profile)\b/i],
  ['posting', /职责|职位|任职要求|技能|经验|资格|薪资|Aufgaben|Anforderungen|Qualifikationen|responsabilidades|requisitos|funciones|missions|profil recherché|compétences/],
];

/** Phrases typical of a person's biography or a news item, not of a program or job page. */
export const BIOGRAPHY = /\b(?:received (?:his|her|their) (?:MBA|M\.B\.A|Master)|earned (?:his|her|their|an) (?:MBA|M\.B\.A)|holds an? (?:MBA|M\.B\.A)|graduated (?:from|with)|biography|(?:was|has been) (?:named|appointed)|names? [A-Z][a-z]+ [A-Z][a-z]+ (?:as )?(?:chief|head|director|vp))\b/;

/** Words of rankings, directories and search results. */
export const LISTING = /\b(?:(?:best|top|leading|cheapest|most affordable)(?: \d{1,3})?(?: [\w-]+){0,3} (?:programs|programmes|schools|colleges|universities|courses|MBAs|degrees|jobs|careers|options)|top \d{1,3}|ranking|rankings|ranked|compare (?:programs|schools)|search results|results for|directory|list of|find (?:an?|your) (?:MBA|program|job)|programs? (?:near|by)|job openings|open positions|current openings|vacancies|all jobs)\b/i;

/** Search results and catalogues, from their own furniture. */
export const LISTING_BODY = /\b(?:\d{1,5} (?:courses|programmes|programs|results|jobs|schools) (?:found|match)|showing \d{1,4}\s*(?:-|–|to)\s*\d{1,4} of|sort by|refine (?:your )?search|filter (?:by|results)|results per page)\b/i;

/** A person's page: faculty profiles, staff directories. */
export const PERSON_PAGE = /\b(?:Professor|Lecturer|Faculty (?:Directory|Profile)|Staff Profile|Biography|Bio\b|Ph\.?\s?D\.? (?:Dean|Professor))/;

/** A school or university named in a heading (listings of many schools' programs). */
export const SCHOOL_NAME = /\b(?:University|College|Business School|School of (?:Business|Management)|Institute|Université|Universidad|Universität)\b/;

/** Headline verbs of appointment news. */
export const APPOINTMENT_NEWS = /\b(?:names|named|appoints|appointed|hires|hired|promotes|promoted|welcomes|taps|joins|steps down|to lead)\b/i;

/** Roles whose work can itself be AI work when the page says so ("Senior Product Manager" on an AI platform). */
export const AI_ADJACENT_ROLE = /\b(?:product (?:manager|owner|lead|director)|program manager|strateg(?:ist|y lead|y director)|head of (?:product|strategy|innovation|research)|chief (?:technology|product|innovation|digital|data) officer|research scientist|scientist|researcher|consultant|architect|tech(?:nical)? lead)\b/i;

/** An article about several schools' programs, in its own words. */
export const MULTI_SCHOOL = /\b(?:several|many|various|these|top|best|other|different) (?:universities|schools|business schools|colleges|institutions|programs|programmes|MBA programs)\b|\b(?:universities|schools|colleges) (?:that|which) offer\b|\beach (?:university|school)\b/i;

/** "MBA Admission Requirements in Canada", "MBA in Germany": a country's MBAs in general, not one school's. */
export const COUNTRY_SCOPE = /\bMBAs?\b[^|–—]{0,40}\b(?:in|for) (?:the )?(?:Canada|USA|U\.S\.A?\.?|United States|America|UK|U\.K\.|United Kingdom|Britain|England|India|Germany|France|Australia|Europe|Asia|Dubai|UAE|Singapore|Ireland|China|Japan|Spain|Italy|Netherlands|New Zealand|Africa|Malaysia|Pakistan|Nigeria|Switzerland|Hong Kong)\b/;
