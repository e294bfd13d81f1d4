/**
 * One page visit: the card, its highlights, tooltip and watchers for one address. Everything hangs off one
 * AbortController (STYLE.md, after refined-github): `end()` removes the host element, the highlights and every
 * listener and observer, so a navigation needs no other bookkeeping.
 */
import { render } from 'preact';
import type { PageAnalysis } from '../core/analyze';
import type { ComparisonRow, Evidence } from '../core/types';
import { Card } from '../ui/card';
import { cardAnnouncement, type CardModel, type SaveState } from '../ui/card-model';
import { CardTooltip, type TooltipAnchor } from '../ui/card-tooltip';
import { watchAnnotationHover } from './annotation-hover';
import { createCardAnnouncer, type CardAnnouncer } from './card-announcer';
import { isHostNode, mountCardHost, type CardHost } from './card-host';
import { watchContentChanges } from './content-change-watcher';
import { locateEvidence, type LocatedItem } from './located-evidence';
import { createPageHighlights, type PageHighlights } from './page-highlights';
import { guard, runAsync } from './report-error';
import { revealRange } from './reveal-range';

export interface VisitActions {
  close(): void;
  disableSite(): void;
  save(): Promise<boolean>;
  /** The user turned highlights on or off in the card (remembered by the caller). */
  annotationsChanged(on: boolean): void;
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
  update(analysis: PageAnalysis): void;
  setAnnotations(on: boolean): void;
  expand(): void;
  end(): void;
}

/** A page that keeps removing the card wins after this many tries; fighting it forever would be a loop. */
const MAX_REATTACH = 3;
/** The pointer may cross this gap between a statement and its tooltip (CardTooltip's GAP, and some). */
const TOOLTIP_REACH_PX = 10;

export function cardModelOf(analysis: PageAnalysis): CardModel {
  return {
    kind: analysis.shown.kind,
    belowThreshold: analysis.belowThreshold,
    confidence: analysis.result.confidence,
    signals: analysis.result.signals,
    facts: analysis.shown.facts,
    comparison: analysis.shown.comparison,
    evidence: analysis.shown.evidence,
  };
}

export function startPageVisit(
  env: { win: Window; doc: Document },
  url: string,
  first: PageAnalysis,
  options: VisitOptions,
  actions: VisitActions,
): PageVisit {
  const { win, doc } = env;
  const lifetime = new AbortController();
  const signal = lifetime.signal;
  const host: CardHost = mountCardHost(doc, first.shown.kind);
  const highlights: PageHighlights = createPageHighlights(doc, signal);

  let analysis = first;
  let located: LocatedItem[] = locateEvidence(doc, analysis);
  let expanded = options.expanded;
  let annotations = options.annotations;
  let saveState: SaveState = 'idle';
  let tooltip: { row: ComparisonRow; anchor: TooltipAnchor } | null = null;
  let hover: AbortController | null = null;
  let reattached = 0;
  /** Where focus was on the page before it entered the card: where Escape or closing the card puts it back. */
  let returnFocus: HTMLElement | null = null;

  host.host.addEventListener('focusin', guard((event: FocusEvent) => {
    // Moves inside the closed root reach the page retargeted to the host; only a move in from the page counts.
    const from = event.relatedTarget;
    if (from instanceof HTMLElement && from !== host.host) returnFocus = from;
  }), { signal });

  /** Focus back to the page: where it came from, or nowhere in particular (the card keeps nothing focused). */
  const giveFocusBack = () => {
    const inCard = host.focused();
    if (returnFocus !== null && returnFocus.isConnected) returnFocus.focus({ preventScroll: true });
    else inCard?.blur();
  };

  const focusCard = () => {
    host.cardSlot.querySelector<HTMLElement>('button.toggle')?.focus({ preventScroll: true });
  };

  const overTooltip = (x: number, y: number): boolean => {
    const box = host.tooltipSlot.firstElementChild?.getBoundingClientRect();
    if (box === undefined) return false;
    const r = TOOLTIP_REACH_PX;
    return x >= box.left - r && x <= box.right + r && y >= box.top - r && y <= box.bottom + r;
  };

  const renderTooltip = () => {
    render(
      tooltip === null ? null : <CardTooltip row={tooltip.row} anchor={tooltip.anchor} viewport={{ width: win.innerWidth, height: win.innerHeight }} />,
      host.tooltipSlot,
    );
  };

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
        highlights={{ available: highlights.available, on: annotations }}
        onHighlightsChange={(on) => {
          setAnnotations(on);
          actions.annotationsChanged(on);
        }}
        onQuoteActivate={onQuoteActivate}
        quoteLocatable={(index) => located[index]?.range != null}
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
        onLeave={giveFocusBack}
      />,
      host.cardSlot,
    );
  };

  const applyAnnotations = () => {
    hover?.abort();
    hover = null;
    tooltip = null;
    renderTooltip();
    const ranges = located.flatMap((item) => (item.range === null ? [] : [item.range]));
    if (!annotations || !highlights.available || ranges.length === 0) {
      highlights.clear();
      return;
    }
    highlights.show(ranges);
    hover = new AbortController();
    watchAnnotationHover<ComparisonRow>(
      {
        win,
        doc,
        targets: () => located.flatMap((item) => (item.range !== null && item.row !== null ? [{ range: item.range, value: item.row }] : [])),
        isOwnNode: (node) => isHostNode(node, host.host),
        show: (row, anchor) => {
          tooltip = { row, anchor };
          renderTooltip();
        },
        hide: () => {
          tooltip = null;
          renderTooltip();
        },
        overTooltip,
      },
      hover.signal,
    );
  };

  const setAnnotations = (on: boolean) => {
    if (signal.aborted) return;
    annotations = on;
    applyAnnotations();
    renderCard();
  };

  signal.addEventListener('abort', () => hover?.abort(), { once: true });

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
  applyAnnotations();
  (options.announcer ?? createCardAnnouncer()).announce(win, host.liveRegion, cardAnnouncement(cardModelOf(first)), signal);
  // Asked for (menu, popup, keyboard command): the user wants the card now, so keyboard users are taken to it.
  if (options.forced) focusCard();

  const visit: PageVisit = {
    url,
    forced: options.forced,
    get ended() {
      return signal.aborted;
    },
    update(next) {
      if (signal.aborted) return;
      analysis = next;
      located = locateEvidence(doc, analysis);
      host.setKind(next.shown.kind);
      if (!host.host.isConnected) host.reattach();
      applyAnnotations();
      renderCard();
    },
    setAnnotations,
    expand() {
      // No focus move here: the controller also calls this when a forced card's page content changes, and focus
      // must not jump to the card while the user is busy on the page.
      expanded = true;
      renderCard();
    },
    end() {
      if (signal.aborted) return;
      // Closing from inside the card (its close button, "not on this site", the command) must not drop focus on <body>.
      if (host.focused() !== null) giveFocusBack();
      lifetime.abort();
      render(null, host.cardSlot);
      render(null, host.tooltipSlot);
      host.remove();
    },
  };
  return visit;
}
