/**
 * The one element MBA Lens adds to a page (DESIGN §5 "host element", a contract): `<mba-lens data-kind="…">` with
 * a closed shadow root holding the card, its styles, tooltips and flashes. It is appended to <html> rather than
 * <body>, so a page that replaces its body keeps the card, and observers of the body never see it.
 * Its own box is fixed in the bottom-right corner, so it never shifts the page's layout (see `:host` in
 * card-styles.ts: important declarations inside a shadow tree beat the page's important ones on the host).
 *
 * The host is also shown as a manual popover, which puts it in the browser's top layer: above every z-index, so an
 * overlay at `z-index: 2147483647` that the page mounts on <html> after the card (later in tree order, hence painted
 * over a host at the same z-index) cannot cover it. A manual popover is never light-dismissed, closed by the page's
 * other popovers or given focus. What the top layer adds, a `::backdrop` the page's CSS could paint over the whole
 * viewport, is switched off from inside the shadow tree (`TOP_LAYER_CSS`). Where the Popover API is missing the host
 * is an ordinary fixed box, as before. https://developer.mozilla.org/docs/Web/API/Popover_API
 */
import type { PageKind } from '../core/types';
import { CARD_CSS } from '../ui/card-styles';
import { messagesLanguage } from '../ui/i18n';

export const HOST_TAG = 'mba-lens';

/** The host's top-layer backdrop, which a page rule such as `::backdrop { background: … !important }` would paint. */
export const TOP_LAYER_CSS = ':host::backdrop { display: none !important; background: none !important; }';

export interface CardHost {
  host: HTMLElement;
  /** Preact renders the card here. */
  cardSlot: HTMLElement;
  /** Preact renders the annotation tooltip here (position: fixed, anywhere in the viewport, never taking the pointer). */
  tooltipSlot: HTMLElement;
  /** Flash boxes over a statement the user asked to see (drawn by hand, so kept apart from Preact's slots). */
  flashSlot: HTMLElement;
  /**
   * A polite live region, present (empty) from the start so that text put in it later is announced; kept apart from
   * Preact, so no re-render of the card can touch it (see card-announcer.ts).
   */
  liveRegion: HTMLElement;
  /** The element focused inside the card, if any (the page sees only the host as focused). */
  focused(): HTMLElement | null;
  setKind(kind: PageKind): void;
  /** Puts the host back if the page removed it; false when it was not needed. */
  reattach(): boolean;
  remove(): void;
}

export function mountCardHost(doc: Document, kind: PageKind): CardHost {
  const host = doc.createElement(HOST_TAG);
  host.setAttribute('data-kind', kind);
  // Set before the host is connected, so the page sees one mutation: the host's arrival.
  const topLayer = typeof host.showPopover === 'function';
  if (topLayer) host.setAttribute('popover', 'manual');
  const shadow = host.attachShadow({ mode: 'closed' });

  const style = doc.createElement('style');
  style.textContent = `${CARD_CSS}\n${TOP_LAYER_CSS}`;
  const root = doc.createElement('div');
  root.className = 'root';
  // The card speaks the language of its messages, whatever the page's own lang says, so screen readers pronounce it
  // in that language.
  root.lang = messagesLanguage();
  const liveRegion = doc.createElement('div');
  liveRegion.className = 'visually-hidden';
  liveRegion.setAttribute('role', 'status');
  liveRegion.setAttribute('aria-live', 'polite');
  liveRegion.setAttribute('aria-atomic', 'true');
  const cardSlot = doc.createElement('div');
  const tooltipSlot = doc.createElement('div');
  const flashSlot = doc.createElement('div');
  root.append(liveRegion, cardSlot, tooltipSlot, flashSlot);
  shadow.append(style, root);

  const parent = () => doc.documentElement;
  const show = () => {
    if (!topLayer) return;
    try {
      // Removing the host closed it; a host already open (or a page that cannot show popovers) is left as it is.
      if (!host.matches(':popover-open')) host.showPopover();
    } catch {
      // Still an ordinary fixed box at the top z-index.
    }
  };
  parent().append(host);
  show();
  return {
    host,
    cardSlot,
    tooltipSlot,
    flashSlot,
    liveRegion,
    focused: () => {
      const active = shadow.activeElement;
      return active instanceof HTMLElement ? active : null;
    },
    setKind: (next) => {
      if (host.getAttribute('data-kind') !== next) host.setAttribute('data-kind', next);
    },
    reattach: () => {
      if (host.isConnected) return false;
      parent().append(host);
      show();
      return true;
    },
    remove: () => host.remove(),
  };
}

/** True for the host and anything that reports itself from inside it (events from a closed root are retargeted). */
export function isHostNode(node: Node | null, host: Element): boolean {
  return node !== null && (node === host || host.contains(node));
}
