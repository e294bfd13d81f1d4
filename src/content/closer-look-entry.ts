/**
 * content/closer-look.js: the rest of the gate (the word judge over the address and title, then the headings,
 * metadata and JSON-LD types where they name a nearby topic), an ES module the always-on script imports only where
 * its prefilter lets the page on or the page has no title (about one unrelated page in four), so that the other
 * pages never compile it.
 */
import { gateDocument } from '../core/gate';

export interface CloserLookModule {
  gatePasses(doc: Document, url: string): boolean;
}

/** The whole gate over the current view, true where the page passes. */
export function gatePasses(doc: Document, url: string): boolean {
  return gateDocument(doc, url).pass;
}
