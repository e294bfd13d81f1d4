/** One file through the core: the CLI's object for it (DESIGN §5), without touching the file system. */
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseHTML } from 'linkedom';
import { parse, serialize } from 'parse5';
import { analyzeSnapshot } from '../core/analyze';
import { gateDocument } from '../core/gate';
import { snapshotFromText, takeSnapshot, type PageSnapshot } from '../core/snapshot';
import type { AnalysisResult } from '../core/types';

/** The page URL: --url, else the canonical link or og:url (resolved against the file), else the file's URL. */
export function pageUrl(explicit: string | undefined, snapshot: Pick<PageSnapshot, 'canonicalUrl' | 'ogUrl'>, fileUrl: string): string {
  if (explicit) return explicit;
  for (const candidate of [snapshot.canonicalUrl, snapshot.ogUrl]) {
    if (!candidate) continue;
    try {
      const url = new URL(candidate, fileUrl);
      if (url.protocol === 'http:' || url.protocol === 'https:') return url.href;
    } catch {
      // An unusable canonical link falls through to the next source.
    }
  }
  return fileUrl;
}

function looksLikeHtml(source: string): boolean {
  return /<(?:!doctype|html|head|body|div|p|meta|title)\b/i.test(source.slice(0, 5_000));
}

/**
 * The DOM a browser would build for an HTML source. linkedom's own parser is not the HTML standard's: a `<meta>`
 * before `<head>`, a link inside `<head>` or a template fragment without `<html>` leave it an empty body, where a
 * browser shows the whole page (47 pages of the corpus read as empty that way). parse5 builds the standard's tree
 * and writes it out again, and linkedom reads that well-formed copy.
 */
export function parseHtmlDocument(source: string): Document {
  const standard = serialize(parse(source));
  try {
    return parseHTML(standard).document as unknown as Document;
  } catch (error) {
    // linkedom's class-list setter overflows the stack on a class attribute of ~150,000 names; such an attribute
    // carries no text, so it is emptied and the page parsed again.
    if (!(error instanceof RangeError)) throw error;
    return parseHTML(standard.replace(/\bclass\s*=\s*(?:"[^"]{10000,}"|'[^']{10000,}')/gi, 'class=""')).document as unknown as Document;
  }
}

export function analyzeSource(source: string, file: string, explicitUrl?: string): { file: string } & AnalysisResult {
  const fileUrl = pathToFileURL(resolve(file)).href;
  if (!looksLikeHtml(source)) {
    const snapshot = snapshotFromText(source, { url: fileUrl });
    snapshot.url = pageUrl(explicitUrl, snapshot, fileUrl);
    return { file, ...analyzeSnapshot(snapshot).result };
  }
  // The page's address is known only from its snapshot (canonical link, og:url), so the gate runs after it.
  const doc = parseHtmlDocument(source);
  const snapshot = takeSnapshot(doc, { url: fileUrl });
  snapshot.url = pageUrl(explicitUrl, snapshot, fileUrl);
  return { file, ...analyzeSnapshot(snapshot, { gatePassed: gateDocument(doc, snapshot.url).pass }).result };
}

