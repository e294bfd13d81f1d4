/**
 * The quotes of the card marked on the page: highlights over each located quote and, on hover, a tooltip with the
 * comparison row it supports. Redrawn whenever the located quotes or the user's choice change.
 */
import { render } from 'preact';
import type { ComparisonRow } from '../core/types';
import { CardTooltip, type TooltipAnchor } from '../ui/card-tooltip';
import { watchAnnotationHover } from './annotation-hover';
import { isHostNode, type CardHost } from './card-host';
import type { LocatedItem } from './located-evidence';
import { createPageHighlights } from './page-highlights';

/** The pointer may cross this gap between a statement and its tooltip (CardTooltip's GAP, and some). */
const TOOLTIP_REACH_PX = 10;

export interface PageAnnotations {
  /** False where the page cannot be marked (no Custom Highlight API and no fallback). */
  readonly available: boolean;
  /**
   * Marks the located quotes on the page when `on`, else clears every mark and the tooltip. `located` is read again
   * on each hover: the visit locates quotes anew when the page re-rendered under them.
   */
  show(located: () => readonly LocatedItem[], on: boolean): void;
}

export function createPageAnnotations(env: { win: Window; doc: Document; host: CardHost }, signal: AbortSignal): PageAnnotations {
  const { win, doc, host } = env;
  const highlights = createPageHighlights(doc, signal);
  let hover: AbortController | null = null;
  signal.addEventListener('abort', () => hover?.abort(), { once: true });

  const renderTooltip = (tooltip: { row: ComparisonRow; anchor: TooltipAnchor } | null) => {
    render(
      tooltip === null ? null : <CardTooltip row={tooltip.row} anchor={tooltip.anchor} viewport={{ width: win.innerWidth, height: win.innerHeight }} />,
      host.tooltipSlot,
    );
  };

  const overTooltip = (x: number, y: number): boolean => {
    const box = host.tooltipSlot.firstElementChild?.getBoundingClientRect();
    if (box === undefined) return false;
    const r = TOOLTIP_REACH_PX;
    return x >= box.left - r && x <= box.right + r && y >= box.top - r && y <= box.bottom + r;
  };

  return {
    available: highlights.available,
    show(located, on) {
      hover?.abort();
      hover = null;
      renderTooltip(null);
      const ranges = located().flatMap((item) => (item.range === null ? [] : [item.range]));
      if (!on || !highlights.available || ranges.length === 0 || signal.aborted) {
        highlights.clear();
        return;
      }
      highlights.show(ranges);
      hover = new AbortController();
      watchAnnotationHover<ComparisonRow>(
        {
          win,
          doc,
          targets: () => located().flatMap((item) => (item.range !== null && item.row !== null ? [{ range: item.range, value: item.row }] : [])),
          isOwnNode: (node) => isHostNode(node, host.host),
          show: (row, anchor) => renderTooltip({ row, anchor }),
          hide: () => renderTooltip(null),
          overTooltip,
        },
        hover.signal,
      );
    },
  };
}
