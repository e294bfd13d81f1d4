import { describe, expect, it } from 'vitest';
import { gateDocument, gateTexts } from '../../src/core/gate';
import { parseDocument } from '../support/parse-html';

describe('the cheap gate', () => {
  it.each([
    ['Full-Time MBA fees for entry in 2024'],
    ['Business Administration, M.B.A. - Management'],
    ['Το συνολικό κόστος των διδάκτρων του Προγράμματος ΜΒΑ'],
    ['Director of AI Strategy'],
    ['Lead Machine Learning Engineer'],
    ['Chief AI Officer — role profile'],
    ['Head of Data Science job'],
  ])('lets through %s', (title) => {
    expect(gateTexts([title], [])).toBe(true);
  });

  it.each([
    ['My favorite banana bread recipe'],
    ['OpenAI ships a new model'],
    ['Registered Nurse (RN) Job Description Template'],
    ['Restad option parsing'],
  ])('stops %s', (title) => {
    expect(gateTexts([title], [])).toBe(false);
  });

  it('lets through any page with JobPosting or program structured data', () => {
    expect(gateTexts(['Careers'], ['JobPosting'])).toBe(true);
    expect(gateTexts(['x'], ['EducationalOccupationalProgram'])).toBe(true);
  });

  it('reads the address, title, meta and headings of a document, and nothing else', () => {
    const doc = (head: string, body: string) => parseDocument(`<html><head>${head}</head><body>${body}</body></html>`);
    expect(gateDocument(doc('<title>News</title>', '<h2>Our MBA</h2>'), 'https://x.example/').pass).toBe(true);
    expect(gateDocument(doc('<title>News</title>', '<p>Our MBA</p>'), 'https://x.example/').pass).toBe(false);
    expect(gateDocument(doc('<title>News</title>', '<p>x</p>'), 'https://x.example/programs/mba').pass).toBe(true);
    expect(gateDocument(doc('<title>News</title><script type="application/ld+json">{"@type": "JobPosting"}</script>', ''), 'https://x.example/').pass).toBe(true);
  });
});
