/**
 * One page visit: draws the card for one address, with its quotes marked on the page (page-annotations.tsx), and
 * keeps it drawn while the page re-renders. Its signal ends with the document's (page-controller.ts) or with `end()`,
 * which removes the host element, the marks and every listener and observer (STYLE.md, after refined-github).
 */
import { render } from 'preact';
import type { PageAnalysis } from '../core/analyze';
import type { Evidence } from '../core/types';
import type { PageChange } from '../schemas/fact-history';
import { Card } from '../ui/card';
import { cardAnnouncement, cardModelOf, type SaveState } from '../ui/card-model';
import { createCardAnnouncer, type CardAnnouncer } from './card-announcer';
import { trackCardFocus } from './card-focus';
import { mountCardHost } from './card-host';
import { watchContentChanges } from './content-change-watcher';
import { locateEvidence, type LocatedItem } from './located-evidence';
import { createPageAnnotations } from './page-annotations';
import { guard, runAsync } from './report-error';
import { revealRange } from './reveal-range';

export interface VisitActions {
  close(): void;
  disableSite(): void;
  save(): Promise<boolean>;
  /** The user turned highlights on or off in the card (remembered by the caller). */
  annotationsChanged(on: boolean): void;
  /** The page's content changed under the card (not the card itself). */
  contentChanged(): void;
}

export interface VisitOptions {
  expanded: boolean;
  annotations: boolean;
  /** Shown because the user asked (the card then ignores the page-level "closed" mark); the card then takes focus. */
  forced: boolean;
  /**
   * Says "a card appeared" to screen readers. One per visit by default; an announcer the caller keeps across
   * visits also keeps a navigation that shows the very same card from announcing it again.
   */
  announcer?: CardAnnouncer;
}

export interface PageVisit {
  readonly url: string;
  readonly forced: boolean;
  readonly ended: boolean;
  /** Aborted when the visit ends: what the caller starts for this visit alone hangs on it. */
  readonly signal: AbortSignal;
  update(analysis: PageAnalysis): void;
  setAnnotations(on: boolean): void;
  /** What changed on this saved page since it was saved or last seen (null: nothing to say). */
  setChange(change: PageChange | null): void;
  expand(): void;
  end(): void;
}

/** A page that keeps removing the card wins after this many tries; fighting it forever would be a loop. */
const MAX_REATTACH = 3;

export function startPageVisit(
  env: { win: Window; doc: Document; lifetime: AbortSignal },
  url: string,
  first: PageAnalysis,
  options: VisitOptions,
  actions: VisitActions,
): PageVisit {
  const { win, doc } = env;
  const own = new AbortController();
  const signal = own.signal;
  env.lifetime.addEventListener('abort', () => visit.end(), { once: true, signal });
  const host = mountCardHost(doc, first.shown.kind);
  const focus = trackCardFocus(host, signal);
  const annotations = createPageAnnotations({ win, doc, host }, signal);

  let analysis = first;
  let located: LocatedItem[] = locateEvidence(doc, analysis);
  let expanded = options.expanded;
  let marked = options.annotations;
  let saveState: SaveState = 'idle';
  let change: PageChange | null = null;
  let reattached = 0;

  const onQuoteActivate = guard((_evidence: Evidence, index: number) => {
    const item = located[index];
    if (item === undefined) return;
    // The page may have re-rendered since the analysis; a stale range is located again before giving up.
    if (item.range === null || !item.range.startContainer.isConnected) located = locateEvidence(doc, analysis);
    const range = located[index]?.range;
    if (range) revealRange(win, range, host.flashSlot, signal);
  });

  const renderCard = () => {
    if (signal.aborted) return;
    render(
      <Card
        model={cardModelOf(analysis)}
        expanded={expanded}
        onExpandedChange={(next) => {
          expanded = next;
          renderCard();
        }}
        highlights={{ available: annotations.available, on: marked }}
        onHighlightsChange={(on) => {
          setAnnotations(on);
          actions.annotationsChanged(on);
        }}
        onQuoteActivate={onQuoteActivate}
        quoteLocatable={(index) => located[index]?.range != null}
        change={change}
        saveState={saveState}
        onSave={() => {
          saveState = 'saving';
          renderCard();
          runAsync(async () => {
            saveState = (await actions.save()) ? 'saved' : 'failed';
            renderCard();
          });
        }}
        onClose={() => actions.close()}
        onDisableSite={() => actions.disableSite()}
        onLeave={focus.giveBack}
      />,
      host.cardSlot,
    );
  };

  const setAnnotations = (on: boolean) => {
    if (signal.aborted) return;
    marked = on;
    annotations.show(() => located, marked);
    renderCard();
  };

  watchContentChanges(
    doc,
    host.host,
    {
      contentChanged: () => actions.contentChanged(),
      hostRemoved: () => {
        if (reattached >= MAX_REATTACH) return;
        reattached++;
        host.reattach();
      },
    },
    signal,
  );

  renderCard();
  annotations.show(() => located, marked);
  (options.announcer ?? createCardAnnouncer()).announce(win, host.liveRegion, cardAnnouncement(cardModelOf(first)), signal);
  // Asked for (menu, popup, keyboard command): the user wants the card now, so keyboard users are taken to it.
  if (options.forced) focus.takeToCard();

  const visit: PageVisit = {
    url,
    forced: options.forced,
    signal,
    get ended() {
      return signal.aborted;
    },
    update(next) {
      if (signal.aborted) return;
      analysis = next;
      located = locateEvidence(doc, analysis);
      host.setKind(next.shown.kind);
      if (!host.host.isConnected) host.reattach();
      annotations.show(() => located, marked);
      renderCard();
    },
    setAnnotations,
    setChange(next) {
      if (signal.aborted || next === change) return;
      change = next;
      renderCard();
    },
    expand() {
      // No focus move here: the controller also calls this when a forced card's page content changes, and focus
      // must not jump to the card while the user is busy on the page.
      expanded = true;
      renderCard();
    },
    end() {
      if (signal.aborted) return;
      // Closing from inside the card (its close button, "not on this site", the command) must not drop focus on <body>.
      if (host.focused() !== null) focus.giveBack();
      own.abort();
      render(null, host.cardSlot);
      render(null, host.tooltipSlot);
      host.remove();
    },
  };
  return visit;
}
