/**
 * What a page is about lives in a few places: its title, its main heading, the first lines of its content and its
 * structured data. Menus and footers say "MBA" on every page of a business school, so they are kept apart.
 */
import { foldLookalikes } from './patterns';
import type { PageSnapshot, TextBlock } from './snapshot';

export interface PageZones {
  /** Title, og:title, the main heading(s) and the first short lines of content: what the page says it is. */
  subject: string[];
  /** The title and first H1 alone: the strongest statement of the subject. */
  headline: string[];
  /** The first H1 in the content, or null: more specific than the title, which often carries the site's name. */
  h1: string | null;
  /** Headings in the content (not in menus or footers). */
  headings: string[];
  /** Content text, menus and footers left out, capped. */
  body: string;
  /** URL path words ("/programs/full-time-mba" → "programs full time mba"); a file's name for file: URLs. */
  urlPath: string;
  /** Host name words, without "www". */
  urlHost: string;
  /** The address is a site's root ("/", "/index.html"): a home page. */
  isHomePage: boolean;
}

const MAX_BODY_CHARS = 120_000;
const FIRST_LINES = 6;
const SHORT_LINE = 160;

const words = (text: string): string => text.replace(/%20/g, ' ').replace(/[^A-Za-z0-9]+/g, ' ').trim().slice(0, 500);

export function urlParts(url: string): { urlPath: string; urlHost: string; isHomePage: boolean } {
  try {
    const parsed = new URL(url);
    const web = parsed.protocol === 'http:' || parsed.protocol === 'https:';
    const path = web ? `${parsed.pathname} ${parsed.search}` : parsed.pathname.replace(/^.*\//, '');
    const isHomePage = web && /^\/(?:(?:index|default|home)\.(?:html?|php|aspx?))?$/i.test(parsed.pathname) && parsed.search === '';
    return { urlPath: words(path), urlHost: words(parsed.hostname.replace(/^www\./, '')), isHomePage };
  } catch {
    return { urlPath: words(url), urlHost: '', isHomePage: false };
  }
}

/** Short lines that read as titles ("Portland State University"), for pages without heading markup. */
const PSEUDO_HEADING = /^[^.!?]{3,90}$/;

function headingsOf(content: TextBlock[]): string[] {
  const real = content.filter((b) => b.level > 0);
  const chosen = real.length >= 3 ? real : content.filter((b) => b.level > 0 || PSEUDO_HEADING.test(b.text.trim()));
  return chosen.slice(0, 80).map((b) => foldLookalikes(b.text.trim()));
}

/** The title, og:title and first H1 (raw, with the H1's block), without building the rest of the zones. */
function headlineParts(snapshot: PageSnapshot, content: TextBlock[]): { headline: string[]; h1: TextBlock | undefined } {
  const headline: string[] = [];
  if (snapshot.title) headline.push(snapshot.title);
  if (snapshot.ogTitle && snapshot.ogTitle !== snapshot.title) headline.push(snapshot.ogTitle);
  const h1 = content.find((b) => b.level === 1) ?? snapshot.blocks.find((b) => b.level === 1);
  if (h1) headline.push(h1.text.trim());
  return { headline, h1 };
}

/** `pageZones(snapshot).headline` alone, for the extractors, which need no body text. */
export function pageHeadline(snapshot: PageSnapshot): string[] {
  return headlineParts(snapshot, snapshot.blocks.filter((b) => !b.boilerplate)).headline.map(foldLookalikes);
}

export function pageZones(snapshot: PageSnapshot): PageZones {
  const content = snapshot.blocks.filter((b) => !b.boilerplate);
  const { headline, h1 } = headlineParts(snapshot, content);
  const subject: string[] = [...headline];

  // The first headings after the top of the content: on template pages the H1 is generic ("POSTGRADUATE
  // ADMISSION") and the program is named just below it.
  const start = h1 ? Math.max(0, content.indexOf(h1)) : 0;
  let headingsTaken = 0;
  for (let i = start; i < content.length && headingsTaken < 2; i++) {
    const block = content[i]!;
    if (block.level > 0 && block !== h1) {
      subject.push(block.text.trim());
      headingsTaken++;
    }
  }
  // Plain-text pages and pages without heading markup: the first short lines act as headings.
  let linesTaken = 0;
  for (const block of content) {
    if (linesTaken >= FIRST_LINES) break;
    const text = block.text.trim();
    if (text.length > 0 && text.length <= SHORT_LINE) subject.push(text);
    linesTaken++;
  }
  // A page may carry megabytes of JSON-LD; a few names are all the subject needs.
  for (const program of snapshot.jsonLd.programs.slice(0, 5)) subject.push(program.name.slice(0, 300));
  for (const job of snapshot.jsonLd.jobPostings.slice(0, 5)) subject.push(job.title.slice(0, 300));

  // Job boards often keep the posting's text in the meta description and show only a form in the body.
  let body = snapshot.description ? `${snapshot.description}\n` : '';
  for (const block of content) {
    if (body.length >= MAX_BODY_CHARS) break;
    body += `${block.text}\n`;
  }
  return {
    subject: subject.filter(Boolean).map(foldLookalikes),
    headline: headline.map(foldLookalikes),
    h1: h1 ? foldLookalikes(h1.text.trim()) : null,
    headings: headingsOf(content),
    body: foldLookalikes(body.slice(0, MAX_BODY_CHARS)),
    ...urlParts(snapshot.url),
  };
}
