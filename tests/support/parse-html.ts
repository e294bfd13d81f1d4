/** linkedom's DOM, as the CLI uses it, typed as the standard Document the core expects. */
import { parseHTML } from 'linkedom';

export function parseDocument(html: string): Document {
  return parseHTML(html).document as unknown as Document;
}
