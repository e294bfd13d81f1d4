/**
 * The classifier's behaviour on each kind of trap, one readable page each. How often it is right is the corpus's
 * figure (corpus.test.ts, `npm run eval`); these say what a reader should expect on the clear cases, and that the
 * reasons and the forced analysis work as the card uses them.
 */
import { describe, expect, it } from 'vitest';
import { analyzeDocument, forcedCardResult } from '../../src/core/analyze';
import { classifySnapshot } from '../../src/core/classify';
import { judgePage, kindOfClass, kindProbabilities, MODEL, softmax } from '../../src/core/model';
import { pageFeatures } from '../../src/core/page-features';
import { pageZones } from '../../src/core/page-zones';
import { reasonSignals } from '../../src/core/reasons';
import { snapshotFromText, takeSnapshot } from '../../src/core/snapshot';
import { parseDocument } from '../support/parse-html';

function page(title: string, url: string, body: string): Document {
  return parseDocument(`<!doctype html><html lang="en"><head><title>${title}</title></head><body><header><nav><a href="/">Home</a> <a href="/programs">Programs</a> <a href="/mba">MBA</a> <a href="/careers">Careers</a></nav></header><main>${body}</main><footer>Contact us · Privacy</footer></body></html>`);
}

const MBA_PAGE = page('Full-Time MBA | Lakeside University School of Business', 'https://business.lakeside.edu/programs/full-time-mba/', `
  <h1>Full-Time MBA</h1>
  <p>The Lakeside Full-Time MBA is a two-year, 60-credit program for early-career professionals. Our STEM-designated MBA lets international students apply for the 24-month STEM OPT extension.</p>
  <h2>Curriculum</h2><p>Core courses in finance, marketing, operations and leadership, then electives and concentrations in business analytics, machine learning for managers and strategy. Every student completes a capstone.</p>
  <h2>Admissions</h2><p>Apply by the January deadline. GMAT or GRE scores are optional. Tuition is $58,000 per year; scholarships are available.</p>
  <h2>Class profile</h2><p>Our students come from 30 countries; the cohort meets on campus in small sections.</p>`);

const CAREER_PAGE = page('Senior Data Scientist - Northwind Health - Boston, MA', 'https://careers.northwind.example/jobs/senior-data-scientist', `
  <h1>Senior Data Scientist</h1>
  <p>Northwind Health is hiring a Senior Data Scientist to build machine learning models that predict patient outcomes.</p>
  <h2>Responsibilities</h2><ul><li>Design, train and deploy machine learning models in Python</li><li>Analyse large datasets with SQL and Spark</li><li>Work with product managers to measure model impact</li></ul>
  <h2>Qualifications</h2><ul><li>5+ years of experience in data science or statistics</li><li>Experience with deep learning, NLP and experimentation</li></ul>
  <p>Apply now. Salary range $150,000–$180,000.</p>`);

const kindOf = (doc: Document, url: string) => analyzeDocument(doc, { url }).result.kind;

describe('clear pages of each kind', () => {
  it('a page about one MBA program is an MBA page', () => {
    expect(kindOf(MBA_PAGE, 'https://business.lakeside.edu/programs/full-time-mba/')).toBe('mba-program');
  });

  it('a data-science job posting is an AI-career page', () => {
    expect(kindOf(CAREER_PAGE, 'https://careers.northwind.example/jobs/senior-data-scientist')).toBe('ai-career');
  });
});

describe('traps get no card', () => {
  it('a ranking of many schools’ MBAs', () => {
    const doc = page('Best Online MBA Programs of 2026: Rankings', 'https://www.collegeguide.example/rankings/best-online-mba-programs', `
      <h1>Best Online MBA Programs of 2026</h1>
      <p>We ranked 50 online MBA programs from universities across the country by cost, reputation and flexibility.</p>
      <h2>1. Northgate University</h2><p>Northgate's online MBA costs $32,000. Read more.</p>
      <h2>2. Riverside College</h2><p>Riverside offers an online MBA with 36 credits. Read more.</p>
      <h2>3. Eastfield State University</h2><p>Eastfield's online MBA can be finished in 18 months. Read more.</p>
      <h2>4. Westbrook University</h2><p>Westbrook's MBA has no GMAT requirement. Read more.</p>
      <h2>How we rank MBA programs</h2><p>Our methodology weighs tuition, graduation rates and student reviews across all schools.</p>`);
    expect(kindOf(doc, 'https://www.collegeguide.example/rankings/best-online-mba-programs')).toBe('none');
  });

  it('another degree: a master’s in business analytics', () => {
    const doc = page('MS in Business Analytics | Lakeside University', 'https://business.lakeside.edu/programs/ms-business-analytics/', `
      <h1>Master of Science in Business Analytics</h1>
      <p>The MS in Business Analytics is a STEM-designated, 30-credit master's degree in data mining, machine learning and optimisation.</p>
      <h2>Curriculum</h2><p>Courses in statistics, Python, databases and data visualisation, with a capstone project.</p>
      <h2>Admissions</h2><p>A bachelor's degree in a quantitative field is required.</p>`);
    expect(kindOf(doc, 'https://business.lakeside.edu/programs/ms-business-analytics/')).toBe('none');
  });

  it('a news article about AI', () => {
    const doc = page('New language model tops benchmark, company says', 'https://news.example.com/tech/2026/03/new-language-model', `
      <h1>New language model tops benchmark, company says</h1>
      <p>By Jane Reporter · 4 min read</p>
      <p>A startup released a large language model on Tuesday that it says beats rivals on reasoning tests. Analysts said the artificial intelligence race is heating up, while regulators in Europe weigh the AI Act.</p>
      <p>The company did not disclose how much the model cost to train. Shares of chip makers rose.</p>`);
    expect(kindOf(doc, 'https://news.example.com/tech/2026/03/new-language-model')).toBe('none');
  });

  it('an unrelated page stops at the gate, without the model', () => {
    const doc = page('Banana bread recipe', 'https://food.example.com/banana-bread', '<h1>Banana bread</h1><p>Mash three bananas.</p>');
    const result = analyzeDocument(doc, { url: 'https://food.example.com/banana-bread' });
    expect(result.result.kind).toBe('none');
    expect(result.classification.gatePassed).toBe(false);
    expect(result.result.signals.map((s) => s.code)).toEqual(['gate-nothing']);
  });
});

describe('AI and data role titles up top, in the corpus\'s languages', () => {
  it.each([
    ['データサイエンティストとは？仕事内容と必要なスキル', 'ja'],
    ['머신러닝 엔지니어 되는 법', 'ko'],
    ['数据分析师的职责', 'zh'],
    ['資料科學家 職缺', 'zh-Hant'],
    ['Como se tornar um cientista de dados', 'pt'],
  ])('%s (%s) names an AI or data role up top', (title) => {
    const features = pageFeatures(snapshotFromText(`${title}\n\n${title}`, { url: 'https://blog.example/post', title }));
    expect(features.get('r:ai-role-in-headline')).toBe(1);
  });

  it('a data or analytics role up top is a reason, quoted in words', () => {
    const title = 'Senior Business Intelligence Analyst - Finance';
    const snapshot = snapshotFromText(`${title}\n\nBuild dashboards and reports in SQL and Tableau for the finance team. Responsibilities and qualifications below.`, { url: 'https://jobs.example/bi-analyst', title });
    expect(pageFeatures(snapshot).get('r:data-role-in-headline')).toBe(1);
    expect(classifySnapshot(snapshot, true).signals.map((s) => s.text)).toEqual(expect.arrayContaining([expect.stringContaining('Business Intelligence Analyst')]));
  });

  it('the same words without a role do not', () => {
    const title = 'データとは？ 데이터 분석 数据 dados';
    expect(pageFeatures(snapshotFromText(title, { url: 'https://blog.example/post', title })).has('r:ai-role-in-headline')).toBe(false);
  });
});

describe('one program or MBAs in general', () => {
  const features = (text: string) => pageFeatures(snapshotFromText(text, { url: 'https://x.example/page', title: 'Page' }));

  it('a page that speaks of "the MBA" and "our program" has the cue; an essay about MBAs in general does not', () => {
    const program = features('Our part-time MBA meets on weekends. The MBA program takes 24 months. This program suits working managers.');
    expect(program.get('r:one-program-talk')).toBeGreaterThan(0);
    expect(program.get('r:one-program-outweighs-generic')).toBe(1);
    const essay = features('Is an MBA worth it? Many MBAs cost a lot, and most MBA programs take two years. The MBA degree is popular.');
    expect(essay.get('r:one-program-talk')).toBeGreaterThan(0);
    expect(essay.has('r:one-program-outweighs-generic')).toBe(false);
  });

  it('is a reason shown in words, quoting the page', () => {
    const snapshot = snapshotFromText('Lakeside MBA\n\nOur part-time MBA meets on weekends.', { url: 'https://x.example/mba', title: 'Lakeside MBA' });
    const reason = { feature: 'r:one-program-talk', value: 1, push: 1 };
    const [shown] = reasonSignals([reason], { snapshot, zones: pageZones(snapshot), kind: 'mba-program' });
    expect(shown).toMatchObject({ code: 'one-program-talk', text: 'The content speaks of one program (“Our part-time MBA”)' });
    expect(reasonSignals([reason], { snapshot, zones: pageZones(snapshot), kind: 'ai-career' })).toEqual([]);
  });
});

describe('a page the gate stops, analysed because the user asks', () => {
  it('shows the kind the model finds likeliest, not a default one', () => {
    // A posting whose address and title name nothing the gate knows: stopped, then forced.
    const doc = parseDocument(`<html><head><title>Opening 4471</title></head><body><main>${CAREER_PAGE.querySelector('main')?.innerHTML ?? ''}</main></body></html>`);
    const url = 'https://example.com/opening-4471';
    const forced = analyzeDocument(doc, { url, force: true });
    expect(forced.classification.gatePassed).toBe(false);
    expect(forced.result.kind).toBe('none');
    expect(forced.shown.kind).toBe('ai-career');
    expect(forced.belowThreshold).toBe(true);
    // What a saved page's history records of this visit: the card shown, while the result stays the detected kind.
    expect(forcedCardResult(forced)).toMatchObject({ url, kind: 'ai-career', facts: forced.shown.facts });
    expect(forcedCardResult(analyzeDocument(doc, { url }))).toBeNull();
  });
});

describe('the model', () => {
  it('gives probabilities that sum to one, and says why in words', () => {
    const snapshot = takeSnapshot(MBA_PAGE, { url: 'https://business.lakeside.edu/programs/full-time-mba/' });
    const verdict = judgePage(pageFeatures(snapshot));
    expect(verdict.probabilities.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 6);
    expect(verdict.reasons.length).toBeGreaterThan(0);
    // `none` is trained in parts, one of them the pages that name an MBA up top: naming it stays a reason for a card.
    expect(verdict.reasons.map((r) => r.feature)).toEqual(expect.arrayContaining(['r:mba-in-headline']));
    const classification = classifySnapshot(snapshot, true);
    expect(classification.signals.length).toBeGreaterThan(0);
    for (const s of classification.signals) expect(s.text.length).toBeGreaterThan(10);
  });

  it('ignores features it has no weight for, and a card needs the stored thresholds', () => {
    expect(softmax([0, 0, 0]).map((p) => p.toFixed(3))).toEqual(['0.333', '0.333', '0.333']);
    const none = judgePage(new Map([['no such feature', 1]]));
    expect(none.probabilities).toEqual(kindProbabilities(softmax(MODEL.bias)));
    expect(Object.values(MODEL.thresholds).every((t) => t >= 0.3 && t < 1)).toBe(true);
    // `none` is trained in parts; the page kinds are the sum of their parts.
    expect(MODEL.classes).toEqual(['mba-program', 'ai-career', 'none:mba-named', 'none:ai-named', 'none:other']);
    expect(kindProbabilities([0.1, 0.2, 0.3, 0.2, 0.2])).toEqual([0.1, 0.2, 0.7]);
    expect(MODEL.classes.map(kindOfClass)).toEqual(['mba-program', 'ai-career', 'none', 'none', 'none']);
  });

  it('runs the same on a page made from text', () => {
    const snapshot = snapshotFromText('Senior Data Scientist\n\nBuild machine learning models in Python and SQL. Responsibilities and qualifications below.', { url: 'https://jobs.example/ds', title: 'Senior Data Scientist' });
    expect(['ai-career', 'none']).toContain(classifySnapshot(snapshot).kind);
    expect(classifySnapshot(snapshot).likeliest).toBe('ai-career');
  });
});
