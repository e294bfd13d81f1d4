/**
 * The card's styles, applied inside its closed shadow root, so page CSS cannot restyle the card and these rules
 * cannot reach the page. `:host { all: initial }` cuts inheritance from the page and places the host's own box:
 * fixed in the bottom-right corner, topmost. Every :host declaration is !important because, across tree contexts,
 * an important declaration from the shadow tree beats the page's important ones (CSS Cascade 5, "context"), so
 * `mba-lens { display: none !important }` or `* { position: static !important }` on the page cannot move or hide it.
 * https://www.w3.org/TR/css-cascade-5/#cascade-context
 */
import { COMPARISON_TABLE_CSS } from './comparison-table-styles';
import { FACT_CHANGES_CSS } from './fact-change-styles';

export const CARD_CSS = `
:host {
  all: initial !important; display: block !important; position: fixed !important; inset: auto 16px 16px auto !important;
  z-index: 2147483647 !important; margin: 0 !important; padding: 0 !important; border: 0 !important;
  width: auto !important; height: auto !important; max-width: calc(100vw - 32px) !important;
  transform: none !important; filter: none !important; opacity: 1 !important; visibility: visible !important;
  pointer-events: auto !important; contain: none !important; clip-path: none !important;
}
*, *::before, *::after { box-sizing: border-box; }
.root {
  --fg: #1f2328; --muted: #59636e; --bg: #ffffff; --line: #d1d9e0; --accent: #a6192e; --focus: #0b57d0;
  --good: #1a7f37; --warn: #9a6700; --soft: #f6f8fa;
  font: 13px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif;
  color: var(--fg); text-align: start; letter-spacing: normal; word-spacing: normal; text-transform: none;
  direction: ltr; writing-mode: horizontal-tb; cursor: auto; user-select: text;
  /* Scrollbars and native controls follow the card's scheme, not the page's. */
  color-scheme: light dark;
}
@media (prefers-color-scheme: dark) {
  .root { --fg: #e6edf3; --muted: #9198a1; --bg: #161b22; --line: #3d444d; --accent: #ff7b8a; --focus: #79b8ff;
    --good: #3fb950; --warn: #d29922; --soft: #0d1117; }
}
button { font: inherit; color: inherit; margin: 0; }
:focus-visible { outline: 2px solid var(--focus); outline-offset: 2px; }
/* The head's buttons sit at the card's clipped, rounded edge: their ring goes inside, where nothing cuts it. */
.card-head button:focus-visible { outline-offset: -3px; }
.visually-hidden {
  position: absolute; width: 1px; height: 1px; margin: -1px; padding: 0; border: 0; overflow: hidden;
  clip-path: inset(50%); white-space: nowrap;
}
.card {
  background: var(--bg); color: var(--fg); border: 1px solid var(--line); border-radius: 12px;
  box-shadow: 0 6px 24px rgba(0, 0, 0, 0.18); max-width: min(440px, calc(100vw - 32px));
  display: flex; flex-direction: column; overflow: hidden;
}
.card.compact { border-radius: 999px; }
.card.expanded { width: min(440px, calc(100vw - 32px)); max-height: min(75vh, 640px); }
.card-head { display: flex; align-items: center; gap: 2px; padding: 2px; flex: none; }
.toggle {
  flex: 1 1 auto; display: flex; align-items: center; gap: 8px; min-height: 32px; padding: 4px 10px;
  background: transparent; border: 0; border-radius: 999px; cursor: pointer; text-align: start; font-weight: 600;
}
.toggle:hover { background: var(--soft); }
.logo { color: var(--accent); font-size: 14px; }
.close {
  flex: none; width: 28px; height: 28px; border: 0; border-radius: 50%; background: transparent; cursor: pointer;
  font-size: 18px; line-height: 1; color: var(--muted);
}
.close:hover { background: var(--soft); color: var(--fg); }
.card-body { overflow: auto; padding: 4px 14px 12px; border-top: 1px solid var(--line); }
.heading { font-size: 14px; font-weight: 600; margin: 8px 0; line-height: 1.35; }
.notice { margin: 8px 0; padding: 6px 8px; border-radius: 6px; background: var(--soft); color: var(--muted); }
.actions { display: flex; flex-wrap: wrap; gap: 6px; margin: 10px 0 4px; }
.action {
  border: 1px solid var(--line); border-radius: 6px; background: var(--bg); padding: 4px 10px; cursor: pointer;
}
.action:hover { background: var(--soft); }
.action[aria-checked="true"] { border-color: var(--accent); }
.switch-state { margin-inline-start: 6px; font-weight: 600; color: var(--muted); }
.action[aria-checked="true"] .switch-state { color: var(--good); }
.action:disabled { cursor: default; opacity: 0.7; }
.why { margin-top: 8px; color: var(--muted); }
.why summary { cursor: pointer; }
.why ul { margin: 4px 0 0; padding-inline-start: 18px; }
.why p { margin: 4px 0; }
.tooltip {
  position: fixed; width: 280px; pointer-events: none; background: var(--bg); color: var(--fg);
  border: 1px solid var(--line); border-radius: 8px; padding: 8px 10px; box-shadow: 0 4px 16px rgba(0, 0, 0, 0.2);
}
.tooltip-head { display: flex; justify-content: space-between; gap: 8px; font-weight: 600; margin-bottom: 4px; }
.flash {
  position: fixed; pointer-events: none; border-radius: 3px; background: rgba(255, 196, 0, 0.35);
  outline: 2px solid rgba(166, 25, 46, 0.8); animation: mba-lens-flash 1.6s ease-out forwards;
}
@keyframes mba-lens-flash { 0%, 60% { opacity: 1; } 100% { opacity: 0; } }
${COMPARISON_TABLE_CSS}
${FACT_CHANGES_CSS}
/* Reduced motion: nothing moves or fades; a flash simply shows until it is taken away. */
@media (prefers-reduced-motion: reduce) {
  *, *::before, *::after { animation: none !important; transition: none !important; scroll-behavior: auto !important; }
}
/* Windows high contrast and other forced palettes: backgrounds and shadows go, so every box and control keeps a
   border in a system colour, and focus uses the system highlight. */
@media (forced-colors: active) {
  .card, .tooltip { border: 1px solid CanvasText; box-shadow: none; }
  .card-body { border-top-color: CanvasText; }
  .toggle, .close, .action, .comparison button.quote { border: 1px solid ButtonText; }
  .action[aria-checked="true"] { border: 2px solid Highlight; }
  .verdict { border: 1px solid CanvasText; }
  :focus-visible { outline: 2px solid Highlight; }
  .flash { background: transparent; outline: 3px solid Highlight; }
}
`;
