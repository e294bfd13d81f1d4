/**
 * Screen-reader users hear, once, that a card appeared: the card never takes focus on its own, so without
 * this they would not know it is there. The text goes into the host's polite live region (present and empty since
 * the host was mounted: text added together with its region is not reliably announced), a moment after mounting.
 *
 * Once per card: the text is set when a visit starts and never again during it, so re-renders, a re-analysis after
 * the page's content changed and fragment navigations say nothing. An announcer shared across visits (the page
 * controller may pass one, see VisitOptions.announcer) also stays silent when a navigation in a single-page app ends
 * one visit and starts another with the very same card.
 */

/** Long enough for the region to be in the accessibility tree before its text changes. */
export const ANNOUNCE_DELAY_MS = 400;

export interface CardAnnouncer {
  /** Puts `text` in `region` after a short delay, unless this announcer has already announced that text. */
  announce(win: Window, region: HTMLElement, text: string, signal: AbortSignal): void;
}

export function createCardAnnouncer(): CardAnnouncer {
  let announced: string | null = null;
  return {
    announce(win, region, text, signal) {
      if (text === announced || signal.aborted) return;
      const timer = win.setTimeout(() => {
        if (signal.aborted || text === announced) return;
        announced = text;
        region.textContent = text;
      }, ANNOUNCE_DELAY_MS);
      signal.addEventListener('abort', () => win.clearTimeout(timer), { once: true });
    },
  };
}
