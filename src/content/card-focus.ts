/**
 * Keyboard focus between the page and the card: where focus was on the page before it entered the card, so that
 * Escape or closing the card puts it back there, and a way to take keyboard users to the card when they asked for it.
 */
import type { CardHost } from './card-host';
import { guard } from './report-error';

export interface CardFocus {
  /** Focus back to the page: where it came from, or nowhere in particular (the card keeps nothing focused). */
  giveBack(): void;
  /** Focus on the card's toggle, without scrolling the page. */
  takeToCard(): void;
}

export function trackCardFocus(host: CardHost, signal: AbortSignal): CardFocus {
  let returnFocus: HTMLElement | null = null;
  host.host.addEventListener('focusin', guard((event: FocusEvent) => {
    // Moves inside the closed root reach the page retargeted to the host; only a move in from the page counts.
    const from = event.relatedTarget;
    if (from instanceof HTMLElement && from !== host.host) returnFocus = from;
  }), { signal });
  return {
    giveBack: () => {
      const inCard = host.focused();
      if (returnFocus !== null && returnFocus.isConnected) returnFocus.focus({ preventScroll: true });
      else inCard?.blur();
    },
    takeToCard: () => {
      host.cardSlot.querySelector<HTMLElement>('button.toggle')?.focus({ preventScroll: true });
    },
  };
}
