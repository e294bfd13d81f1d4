/**
 * Styles for ComparisonTable, shared by the card (inside its shadow root) and the popup. They use the custom
 * properties --fg, --muted, --line, --good, --warn, --soft, --focus with fallbacks, so a host page can theme them.
 */
export const COMPARISON_TABLE_CSS = `
.comparison { list-style: none; margin: 0; padding: 0; }
.comparison .row { border-top: 1px solid var(--line, #d1d9e0); padding: 8px 0; }
.comparison .row:first-child { border-top: 0; }
.comparison .row-head { display: flex; justify-content: space-between; align-items: baseline; gap: 8px; margin-bottom: 4px; }
.comparison .fact { font-weight: 600; overflow-wrap: anywhere; }
.verdict { flex: none; font-size: 12px; font-weight: 600; padding: 1px 8px; border-radius: 999px; background: var(--soft, #f6f8fa); }
.verdict.tone-good { color: var(--good, #1a7f37); }
.verdict.tone-warn { color: var(--warn, #9a6700); }
.verdict.tone-muted { color: var(--muted, #59636e); }
.comparison .values { display: grid; grid-template-columns: 1fr 1fr; gap: 4px 12px; margin: 0; }
.comparison .value { min-width: 0; }
.comparison dt { font-size: 11px; text-transform: uppercase; letter-spacing: 0.04em; color: var(--muted, #59636e); }
.comparison dd { margin: 0; overflow-wrap: anywhere; }
.comparison .not-stated { color: var(--muted, #59636e); font-style: italic; }
.comparison .quote {
  display: block; margin-top: 4px; padding: 2px 6px; text-align: start; font-size: 12px; color: var(--muted, #59636e);
  background: var(--soft, #f6f8fa); border: 0; border-inline-start: 3px solid var(--line, #d1d9e0); border-radius: 2px;
}
.comparison button.quote { cursor: pointer; width: 100%; }
.comparison button.quote:hover { border-inline-start-color: var(--focus, #0b57d0); color: var(--fg, #1f2328); }
.comparison .source { display: block; margin-top: 4px; font-size: 12px; color: var(--muted, #59636e); }
.comparison .source a { color: var(--focus, #0b57d0); }
`;
