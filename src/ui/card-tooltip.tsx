/**
 * The small note shown when the pointer or focus rests on a highlighted statement: that fact on this page against
 * RPI. It never takes the pointer (pointer-events: none in the styles), so it cannot block the page under it.
 */
import type { ComparisonRow } from '../core/types';
import { factLabel, pageValueText, verdictLabel, verdictTone } from './comparison-labels';
import { rpiReferenceFor } from './comparison-reference';
import { t } from './i18n';

export interface TooltipAnchor {
  /** Viewport coordinates of the statement's box. */
  left: number;
  top: number;
  bottom: number;
}

export interface CardTooltipProps {
  row: ComparisonRow;
  anchor: TooltipAnchor;
  viewport: { width: number; height: number };
}

const WIDTH = 280;
const GAP = 6;
/** Room kept below a statement before the tooltip flips above it. */
const ROOM_BELOW = 120;

export function CardTooltip({ row, anchor, viewport }: CardTooltipProps) {
  const left = Math.max(8, Math.min(anchor.left, viewport.width - WIDTH - 8));
  const below = anchor.bottom + GAP;
  const placeAbove = below + ROOM_BELOW > viewport.height && anchor.top > ROOM_BELOW;
  // Positions go through the CSSOM (Preact sets style properties), which a page's CSP does not block.
  const style = placeAbove ? { left: `${left}px`, bottom: `${viewport.height - anchor.top + GAP}px` } : { left: `${left}px`, top: `${below}px` };
  const tone = verdictTone(row.verdict);
  const fact = row.fact === 'skill' && typeof row.page === 'string' ? `${factLabel('skill')}: ${row.page}` : factLabel(row.fact);
  return (
    <div class="tooltip" role="tooltip" style={style}>
      <div class="tooltip-head">
        <span class="fact">{fact}</span>
        <span class={`verdict tone-${tone}`}>{verdictLabel(row.verdict)}</span>
      </div>
      <div>{t('cardTooltipPage', pageValueText(row))}</div>
      <div>{t('cardTooltipRpi', rpiReferenceFor(row).display)}</div>
    </div>
  );
}
