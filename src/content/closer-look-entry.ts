/**
 * content/closer-look.js: the gate's second step, an ES module the always-on script imports only where the address
 * and title name a nearby topic or the page has no title (about one unrelated page in six), so that the other pages
 * never compile it.
 */
import { gateDocument } from '../core/gate';

export interface CloserLookModule {
  gatePasses(doc: Document, url: string): boolean;
}

/** The whole gate again (both steps: the view may have changed since the first), true where the page passes. */
export function gatePasses(doc: Document, url: string): boolean {
  return gateDocument(doc, url).pass;
}
