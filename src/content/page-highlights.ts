/**
 * Inline annotations without touching the page's DOM (DESIGN §2 surface 2): the CSS Custom Highlight API paints
 * the ranges; the `::highlight()` rule that styles them is a constructed stylesheet in `document.adoptedStyleSheets`,
 * which is not a DOM node, so a MutationObserver sees nothing.
 * Where either is unavailable (the API is missing, or the browser refuses the stylesheet from a content script),
 * `available` is false: no highlights, and the card's quote buttons still scroll to and flash each statement.
 * https://developer.mozilla.org/docs/Web/API/CSS_Custom_Highlight_API
 */

export const HIGHLIGHT_NAME = 'mba-lens';

export const HIGHLIGHT_CSS = `::highlight(${HIGHLIGHT_NAME}) { background-color: rgba(255, 196, 0, 0.32); text-decoration: underline 2px rgba(166, 25, 46, 0.75); text-underline-offset: 2px; }
@media (forced-colors: active) { ::highlight(${HIGHLIGHT_NAME}) { background-color: Highlight; color: HighlightText; text-decoration-color: HighlightText; } }`;

export interface PageHighlights {
  readonly available: boolean;
  show(ranges: readonly Range[]): void;
  clear(): void;
}

interface HighlightRegistryLike {
  set(name: string, highlight: unknown): unknown;
  delete(name: string): boolean;
}

interface HighlightApi {
  registry: HighlightRegistryLike;
  create(ranges: readonly Range[]): unknown;
}

/** The API as this world sees it, or null. Passed in by tests; read from the global in the browser. */
export function highlightApiOf(world: object = globalThis): HighlightApi | null {
  const g = world as { CSS?: { highlights?: HighlightRegistryLike }; Highlight?: new (...ranges: Range[]) => unknown };
  const registry = g.CSS?.highlights;
  const Highlight = g.Highlight;
  if (registry === undefined || typeof Highlight !== 'function') return null;
  return { registry, create: (ranges) => new Highlight(...ranges) };
}

/** Adopts a constructed stylesheet into the document; returns its removal, or null when the browser refuses. */
export function adoptDocumentStyle(doc: Document, cssText: string, world: object = globalThis): (() => void) | null {
  try {
    const Sheet = (world as { CSSStyleSheet?: typeof CSSStyleSheet }).CSSStyleSheet;
    if (typeof Sheet !== 'function' || !Array.isArray(doc.adoptedStyleSheets)) return null;
    const sheet = new Sheet();
    sheet.replaceSync(cssText);
    doc.adoptedStyleSheets = [...doc.adoptedStyleSheets, sheet];
    if (!doc.adoptedStyleSheets.includes(sheet)) return null;
    return () => {
      try {
        doc.adoptedStyleSheets = doc.adoptedStyleSheets.filter((s) => s !== sheet);
      } catch {
        // The page replaced the list itself: our sheet is gone with it.
      }
    };
  } catch {
    return null;
  }
}

export function createPageHighlights(doc: Document, signal: AbortSignal, world: object = globalThis): PageHighlights {
  const api = highlightApiOf(world);
  let removeStyle: (() => void) | null = null;
  let styleFailed = false;
  let shown = false;

  const ensureStyle = (): boolean => {
    if (removeStyle !== null) return true;
    if (styleFailed) return false;
    removeStyle = adoptDocumentStyle(doc, HIGHLIGHT_CSS, world);
    styleFailed = removeStyle === null;
    return !styleFailed;
  };

  const highlights: PageHighlights = {
    get available() {
      return api !== null && !styleFailed;
    },
    show(ranges) {
      if (api === null || signal.aborted || !ensureStyle()) return;
      if (ranges.length === 0) {
        highlights.clear();
        return;
      }
      api.registry.set(HIGHLIGHT_NAME, api.create(ranges));
      shown = true;
    },
    clear() {
      if (api !== null && shown) api.registry.delete(HIGHLIGHT_NAME);
      shown = false;
      removeStyle?.();
      removeStyle = null;
    },
  };
  // Probe the stylesheet now, so `available` is known before the card first renders its highlights toggle.
  if (api !== null) ensureStyle();
  signal.addEventListener('abort', () => highlights.clear(), { once: true });
  return highlights;
}
