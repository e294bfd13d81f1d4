/** The card's "changed since you saved it" section (fact-changes.tsx), inside the card's shadow root. */
export const FACT_CHANGES_CSS = `
.changed-flag { flex: none; padding: 0 6px; border: 1px solid var(--warn); border-radius: 999px; color: var(--warn);
  font-size: 11px; font-weight: 600; }
.changes { margin: 8px 0; padding: 6px 8px; border: 1px solid var(--line); border-inline-start: 3px solid var(--warn);
  border-radius: 6px; }
.changes-title { font-size: 13px; font-weight: 600; margin: 0 0 4px; }
.fact-changes { list-style: none; margin: 0; padding: 0; display: grid; gap: 6px; }
.change-line { margin: 0; }
.change-what { font-weight: 600; }
.change-seen { color: var(--muted); }
.change-quotes { margin: 2px 0 0; display: grid; gap: 2px; font-size: 12px; }
.change-quote { display: flex; gap: 6px; }
.change-quote dt { flex: none; color: var(--muted); min-width: 3.5em; }
.change-quote dd { margin: 0; color: var(--muted); overflow-wrap: anywhere; }
.change-quote .not-kept { font-style: italic; }
@media (forced-colors: active) { .changes, .changed-flag { border: 1px solid CanvasText; } }
`;
