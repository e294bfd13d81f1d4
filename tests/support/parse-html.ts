/** linkedom's DOM, exactly as the CLI builds it, typed as the standard Document the core expects. */
export { parseHtmlDocument as parseDocument } from '../../src/cli/analyze-source';
