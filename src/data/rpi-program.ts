/**
 * The reference program every page is compared with (DESIGN §4).
 *
 * Provenance (see ../shared/program/rpi-facts.md): the program page itself is not in any stored corpus, so the
 * program-specific facts rest only on the user's summary of that page (../shared/seeds/000_d45ad600c40b3fb1.txt),
 * cited to the page it links to, with `verifiedOn: null` until someone reads the live page. Only the RPI-wide facts
 * found in stored pages carry a date. What no source states (format, the MBA's tuition) stays null: the card shows
 * "Not stated" rather than a guess. `tests/data/rpi-program.test.ts` checks every quote against the two files.
 */
import type { FactSource, ReferenceProgram } from './program-schema';

const PROGRAM_URL =
  'https://lally.rpi.edu/graduate-programs/artificial-intelligence-and-advanced-computing-stem-designated';

const SEED_CAVEAT = "From the user's summary of the program page; not yet checked on the live page";

/** The date rpi-facts.md records for its search of stored page copies. */
const CORPUS_CHECKED_ON = '2026-11-24';
const CORPUS_CAVEAT = `Read in a stored copy of the page on ${CORPUS_CHECKED_ON}, not on the live site`;

function fromSeed(quote: string, extraCaveat?: string): FactSource {
  return {
    url: PROGRAM_URL,
    quote,
    verifiedOn: null,
    caveat: extraCaveat === undefined ? SEED_CAVEAT : `${SEED_CAVEAT}. ${extraCaveat}`,
  };
}

function fromStoredPage(url: string, quote: string, caveat: string): FactSource {
  return { url, quote, verifiedOn: CORPUS_CHECKED_ON, caveat: `${caveat}. ${CORPUS_CAVEAT}` };
}

const DURATION_QUOTE = 'Complete in as little as 1 year, or extend over 4–5 semesters for flexibility';

export const RPI_PROGRAM: ReferenceProgram = {
  dataVersion: 1,
  name: 'MBA — Artificial Intelligence and Advanced Computing concentration (STEM-designated)',
  school: 'Lally School of Management',
  institution: 'Rensselaer Polytechnic Institute (RPI)',
  programUrl: PROGRAM_URL,

  facts: {
    credits: {
      value: 36,
      display: '36 credits',
      sources: [fromSeed('this 36-credit MBA with a concentration in Artificial Intelligence and Advanced Computing')],
    },
    // Comparison rows show duration as one row; the minimum carries the whole phrase so that row reads as the
    // source does, while the maximum's text names only its own (derived) end.
    durationMonthsMin: {
      value: 12,
      display: 'As little as 1 year, or 4–5 semesters',
      sources: [fromSeed(DURATION_QUOTE, '"1 year" is read as 12 months')],
    },
    durationMonthsMax: {
      value: 20,
      display: 'Up to 5 semesters (about 20 months)',
      sources: [
        fromSeed(
          DURATION_QUOTE,
          'Derived, not stated: 5 semesters at 4 months a semester (the corpus labelling convention); the page gives semesters, not months',
        ),
      ],
    },
    stem: {
      value: true,
      display: 'STEM-designated',
      sources: [fromSeed('STEM-Designated MBA Concentration')],
    },
    opt: {
      value: true,
      display: 'OPT-eligible, with the 24-month STEM extension',
      sources: [
        fromSeed('OPT-eligible for international students with a 24-month STEM extension'),
        fromStoredPage(
          'https://info.rpi.edu/isss/alumni',
          'The STEM OPT Extension is a 24-month work authorization for students who completed a STEM degree.',
          "RPI's international-student office describes the 24-month STEM OPT extension in general; it does not itself say that this concentration qualifies",
        ),
      ],
    },
    // No stored page states the delivery format; a 2014 note on Hartford graduate programs is not evidence for it.
    format: { value: null, display: 'Not stated', sources: [] },
    // The only tuition figures found are Institute-wide (contextFacts); calling any of them the MBA's would be invented.
    tuitionUSD: { value: null, display: 'Not stated', sources: [] },
    aiCurriculum: {
      value: true,
      display: 'AI, machine learning and computing, blended with leadership',
      sources: [fromSeed('Interdisciplinary curriculum blending AI, machine learning, computing, and leadership')],
    },
    ethics: {
      value: true,
      display: 'Responsible AI taught as a core part of leadership',
      sources: [fromSeed('The RPI MBA covers responsible AI practices as a core part of leadership')],
    },
  },

  contextFacts: [
    {
      id: 'rpi-graduate-tuition-full-time-2025-2026',
      label: 'RPI graduate tuition (Institute-wide), full-time, 2025-2026',
      display: '$64,400 a year (Institute-wide, not MBA-specific)',
      source: fromStoredPage(
        'https://financialaid.rpi.edu/cost-attendance',
        'Tuition$64,400',
        "Institute-wide yearly cost of attendance for 2025-2026, not the MBA's tuition; both of the page's cost blocks (probably undergraduate and graduate) show this figure",
      ),
    },
    {
      id: 'rpi-graduate-tuition-part-time-2025-2026',
      label: 'RPI graduate tuition (Institute-wide), part-time per credit hour, 2025-2026',
      display: '$2,680 per credit hour, estimated (Institute-wide, not MBA-specific)',
      source: fromStoredPage(
        'https://financialaid.rpi.edu/cost-attendance',
        'Part-time tuition for graduate students: $2,680* per credit hour.',
        'Institute-wide per-credit rate, not an MBA total; the page marks it "*Estimated - to be finalized"',
      ),
    },
  ],

  themes: [
    {
      id: 'models-to-markets',
      title: 'From Models to Markets',
      summary:
        'Bridging technical capability and strategic impact: AI product-market fit, pricing and positioning, forecasting adoption and ROI, and translating tech KPIs into stakeholder value.',
      terms: [
        'roi', 'return on investment', 'pricing', 'price', 'positioning', 'product positioning',
        'product-market fit', 'product market fit', 'pmf', 'forecasting', 'forecast', 'adoption',
        'adoption forecasting', 'kpi', 'kpis', 'key performance indicators', 'stakeholder value', 'business case',
        'business value', 'strategic impact', 'productization', 'productize', 'ai strategy',
      ],
      relatedTerms: [
        'monetization', 'product strategy', 'ai product strategy', 'product management', 'ai product management',
        'value proposition', 'market sizing', 'market analysis', 'unit economics', 'commercialization', 'metrics',
        'okrs', 'product roadmap', 'roadmap', 'business acumen', 'executive communication',
      ],
      source: fromSeed('From Models to Markets'),
    },
    {
      id: 'interdisciplinary-teams',
      title: 'Leading Interdisciplinary Teams',
      summary:
        'Leading AI in complex, real-world environments: aligning teams and incentives, defining shared goals, and communication between tech and business units.',
      terms: [
        'cross-functional', 'cross functional', 'cross-functional teams', 'cross-functional leadership',
        'interdisciplinary', 'interdisciplinary teams', 'team leadership', 'leading teams', 'leadership',
        'stakeholder', 'stakeholders', 'stakeholder management', 'stakeholder communication', 'stakeholder alignment',
        'alignment', 'incentives', 'communication', 'communication skills',
      ],
      relatedTerms: [
        'change management', 'storytelling', 'data storytelling', 'influence', 'influencing', 'people management',
        'collaboration', 'negotiation', 'organizational design', 'team building', 'mentoring', 'coaching',
        'program management', 'project management', 'agile', 'executive presence',
      ],
      source: fromSeed('Leading Interdisciplinary Teams'),
    },
    {
      id: 'ethics-governance-risk',
      title: 'Ethics, Governance & AI Risk',
      summary:
        'Responsible AI as a core part of leadership: model bias and interpretability, fairness and auditability, and legal and regulatory compliance (EU AI Act, U.S. Executive Orders).',
      terms: [
        'bias', 'model bias', 'algorithmic bias', 'fairness', 'interpretability', 'explainability', 'explainable ai',
        'xai', 'audit', 'auditability', 'ai audit', 'eu ai act', 'compliance', 'regulatory compliance',
        'legal compliance', 'regulation', 'ai regulation', 'executive order', 'executive orders', 'governance',
        'ai governance', 'responsible ai', 'ai ethics', 'ethics', 'ethical ai', 'ai risk', 'ai risk management',
      ],
      // Named frameworks, privacy and security are not in the summary: at most partial coverage.
      relatedTerms: [
        'risk management', 'nist ai rmf', 'nist ai risk management framework', 'iso/iec 42001', 'iso 42001',
        'privacy', 'data privacy', 'gdpr', 'data governance', 'model governance', 'model risk management',
        'ai safety', 'trustworthy ai', 'transparency', 'accountability', 'ai policy', 'model cards',
      ],
      source: fromSeed('Ethics, Governance & AI Risk'),
    },
    {
      id: 'building-ai-businesses',
      title: 'Build or Lead the Next AI Business',
      summary:
        'Launching a venture, joining a startup or scaling an enterprise solution: financially viable AI products, buy-in from investors or executives, operations, go-to-market and growth strategy.',
      terms: [
        'financial viability', 'financially viable', 'investors', 'investor relations', 'fundraising', 'buy-in',
        'executive buy-in', 'operations', 'go-to-market', 'go to market', 'gtm', 'gtm strategy',
        'go-to-market strategy', 'growth strategy', 'scaling', 'scale-up', 'venture', 'new ventures', 'startup',
        'startups', 'start-up', 'entrepreneurship', 'business model', 'business models', 'enterprise solutions',
      ],
      relatedTerms: [
        'venture capital', 'pitching', 'pitch decks', 'financial modeling', 'p&l', 'budgeting', 'finance',
        'operations management', 'business development', 'partnerships', 'sales', 'm&a', 'growth',
        'business strategy', 'corporate strategy', 'strategy', 'innovation', 'product launch',
      ],
      source: fromSeed('Build or Lead the Next AI Business'),
    },
    {
      id: 'ai-ml-computing',
      title: 'AI, machine learning and computing',
      summary:
        'The technical side of the curriculum, which blends AI, machine learning and computing with leadership. The summary does not say the MBA teaches programming or any particular tool.',
      terms: [
        'artificial intelligence', 'ai', 'machine learning', 'ml', 'computing', 'advanced computing',
        'ai/ml', 'ai and machine learning',
      ],
      // Named techniques and tools are not in the summary: at most partial coverage.
      relatedTerms: [
        'generative ai', 'genai', 'gen ai', 'llm', 'llms', 'large language models', 'deep learning',
        'neural networks', 'nlp', 'natural language processing', 'computer vision', 'data science', 'analytics',
        'data analytics', 'business analytics', 'statistics', 'python', 'sql', 'cloud', 'cloud computing',
        'mlops', 'data engineering', 'model deployment', 'high-performance computing', 'hpc',
      ],
      source: fromSeed('Interdisciplinary curriculum blending AI, machine learning, computing, and leadership'),
    },
  ],

  careerPathways: [
    {
      id: 'director-of-ai-strategy',
      title: 'Director of AI Strategy',
      roleTerms: [
        'director of ai strategy', 'ai strategy director', 'head of ai strategy', 'vp of ai strategy',
        'vp, ai strategy', 'ai strategy lead', 'ai strategy manager', 'ai strategist', 'ai strategy',
        'ai transformation lead', 'director of ai transformation',
      ],
      source: fromSeed('Director of AI Strategy / GenAI Product Manager'),
    },
    {
      id: 'genai-product-manager',
      title: 'GenAI Product Manager',
      roleTerms: [
        'genai product manager', 'gen ai product manager', 'generative ai product manager', 'genai pm',
        'ai product manager', 'product manager, ai', 'product manager, generative ai', 'ai pm',
        'ml product manager', 'machine learning product manager', 'llm product manager', 'ai product lead',
        'ai product owner', 'group product manager, ai',
      ],
      source: fromSeed('Director of AI Strategy / GenAI Product Manager'),
    },
    {
      id: 'ai-founder',
      title: 'Venture-backed AI founder or co-founder',
      roleTerms: [
        'ai founder', 'ai co-founder', 'ai cofounder', 'founder', 'co-founder', 'cofounder', 'startup founder',
        'technical co-founder', 'founder in residence', 'entrepreneur in residence', 'venture builder',
      ],
      source: fromSeed('Venture-backed AI founder or co-founder'),
    },
    {
      id: 'head-of-data',
      title: 'Head of Data',
      roleTerms: [
        'head of data', 'head of data science', 'head of analytics', 'head of data and analytics',
        'chief data officer', 'chief data and analytics officer', 'cdao', 'vp of data', 'vp, data',
        'director of data', 'director of data science', 'data science director', 'director of analytics',
      ],
      source: fromSeed('Head of Data / Chief AI Officer (for SMEs or innovation units)'),
    },
    {
      id: 'chief-ai-officer',
      title: 'Chief AI Officer (for SMEs or innovation units)',
      roleTerms: [
        'chief ai officer', 'chief artificial intelligence officer', 'caio', 'head of ai',
        'head of artificial intelligence', 'vp of ai', 'vp, ai', 'vice president of ai',
        'vice president, artificial intelligence', 'director of ai', 'head of ai and innovation',
        'head of innovation', 'innovation lead',
      ],
      source: fromSeed('Head of Data / Chief AI Officer (for SMEs or innovation units)'),
    },
    {
      id: 'strategy-policy-analytics',
      title: 'Strategy, policy, or analytics roles in tech, finance, health, and defense',
      roleTerms: [
        'ai strategy consultant', 'strategy consultant', 'strategy analyst', 'strategy manager',
        'technology strategy', 'corporate strategy', 'ai consultant', 'ai policy analyst', 'ai policy',
        'policy analyst', 'technology policy analyst', 'ai governance analyst', 'ai governance lead',
        'ai governance manager', 'responsible ai lead', 'analytics', 'analytics manager', 'analytics lead',
        'analytics consultant', 'business analytics', 'ai analyst',
      ],
      source: fromSeed('Strategy, policy, or analytics roles in tech, finance, health, and defense'),
    },
  ],
};
