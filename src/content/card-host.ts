/**
 * The one element MBA Lens adds to a page (DESIGN §5 "host element", a contract): `<mba-lens data-kind="…">` with
 * a closed shadow root holding the card, its styles, tooltips and flashes. It is appended to <html> rather than
 * <body>, so a page that replaces its body keeps the card, and observers of the body never see it.
 * Its own box is fixed in the bottom-right corner, so it never shifts the page's layout (see `:host` in
 * card-styles.ts: important declarations inside a shadow tree beat the page's important ones on the host).
 */
import type { PageKind } from '../core/types';
import { CARD_CSS } from '../ui/card-styles';

export const HOST_TAG = 'mba-lens';

export interface CardHost {
  host: HTMLElement;
  /** Preact renders the card here. */
  cardSlot: HTMLElement;
  /** Preact renders the annotation tooltip here (position: fixed, anywhere in the viewport, never taking the pointer). */
  tooltipSlot: HTMLElement;
  /** Flash boxes over a statement the user asked to see (drawn by hand, so kept apart from Preact's slots). */
  flashSlot: HTMLElement;
  setKind(kind: PageKind): void;
  /** Puts the host back if the page removed it; false when it was not needed. */
  reattach(): boolean;
  remove(): void;
}

export function mountCardHost(doc: Document, kind: PageKind): CardHost {
  const host = doc.createElement(HOST_TAG);
  host.setAttribute('data-kind', kind);
  const shadow = host.attachShadow({ mode: 'closed' });

  const style = doc.createElement('style');
  style.textContent = CARD_CSS;
  const root = doc.createElement('div');
  root.className = 'root';
  const cardSlot = doc.createElement('div');
  const tooltipSlot = doc.createElement('div');
  const flashSlot = doc.createElement('div');
  root.append(cardSlot, tooltipSlot, flashSlot);
  shadow.append(style, root);

  const parent = () => doc.documentElement;
  parent().append(host);
  return {
    host,
    cardSlot,
    tooltipSlot,
    flashSlot,
    setKind: (next) => {
      if (host.getAttribute('data-kind') !== next) host.setAttribute('data-kind', next);
    },
    reattach: () => {
      if (host.isConnected) return false;
      parent().append(host);
      return true;
    },
    remove: () => host.remove(),
  };
}

/** True for the host and anything that reports itself from inside it (events from a closed root are retargeted). */
export function isHostNode(node: Node | null, host: Element): boolean {
  return node !== null && (node === host || host.contains(node));
}
