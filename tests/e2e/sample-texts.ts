/**
 * Page texts written for the end-to-end tests (in textPage's line format: `#` starts a heading): an MBA program page
 * the core detects, and an unrelated page it does not. Shared so that Chromium and Firefox run the same views.
 */

const FILLER = Array.from({ length: 30 }, (_, i) => `Section ${i + 1} of the brochure describes student life, clubs and the campus in some detail.`).join('\n');

/** The program's opening: its credits, length, STEM and OPT statements and its curriculum. */
export const MBA_OPENING = [
  '# Full-time MBA',
  'The Example School of Business Full-time MBA prepares leaders for a changing economy.',
  'Our STEM-designated MBA is a 48-credit program that students complete in 21 months.',
  'International students are eligible for the 24-month STEM OPT extension after graduation.',
  '## Curriculum',
  'Core courses include machine learning for managers, data analytics and business ethics.',
];

export const MBA_TEXT = [
  ...MBA_OPENING,
  '## Admissions',
  'GMAT or GRE scores are required. Apply now for the fall intake.',
  FILLER,
  '## Tuition',
  'Tuition for the MBA program is $98,000 in total.',
].join('\n');

/**
 * Its filler is the forecast's, not the brochure's: a view of campus life under a stale "Executive MBA" title (the
 * router leaves the title on back and forward) is a fair MBA page to the model (p 0.83), and these tests are about
 * following navigations, not about that borderline. Under the current model the forecast on a `.edu` host scores
 * 0.82 under that title too, so the Firefox single-page-app test serves its views from a `.com` host.
 */
const FORECAST = Array.from({ length: 30 }, (_, i) => `Hour ${i + 1} of the forecast brings light winds from the west and temperatures near ${8 + (i % 7)} degrees.`).join('\n');

export const UNRELATED_TEXT = ['# Weekend weather', 'Rain is expected on Saturday, with sunny spells on Sunday afternoon.', FORECAST].join('\n');
