/**
 * content/page.js: the ES module the gate imports on a detected page (or when the user asks). Holds the full
 * analysis, the Preact card, highlights and tooltips. It runs in the content script's isolated world, like the gate.
 */
export { openPage } from './open-page';
