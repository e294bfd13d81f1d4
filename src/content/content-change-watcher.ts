/**
 * On a detected page, new content may be swapped in without a navigation (a single-page app's view, a tab panel):
 * watch the body for added or removed content and report it. Runs only while a card is shown: unrelated pages are
 * never observed. The card's host is a child of <html>, outside <body>, so its own changes are not seen; the watch
 * on <html> (for a replaced <body>, or the host being removed) skips records that concern only the host.
 */
import { guard } from './report-error';

/** Text shorter than this (counters, clocks, "typing…") does not make new content. */
const MEANINGFUL_TEXT = 40;

function meaningful(node: Node, host: Element): boolean {
  if (node === host) return false;
  if (node.nodeType === 3) return (node.textContent ?? '').trim().length >= MEANINGFUL_TEXT;
  if (node.nodeType !== 1) return false;
  const tag = (node as Element).tagName;
  if (tag === 'SCRIPT' || tag === 'STYLE' || tag === 'LINK' || tag === 'META' || tag === 'NOSCRIPT') return false;
  return (node.textContent ?? '').length >= MEANINGFUL_TEXT;
}

export function recordsChangeContent(records: readonly MutationRecord[], host: Element): boolean {
  for (const record of records) {
    if (record.target === host || host.contains(record.target)) continue;
    for (const node of Array.from(record.addedNodes)) if (meaningful(node, host)) return true;
    for (const node of Array.from(record.removedNodes)) if (meaningful(node, host)) return true;
  }
  return false;
}

export interface ContentChangeEvents {
  /** New or removed content in the page. */
  contentChanged(): void;
  /** The host element was removed by the page. */
  hostRemoved(): void;
}

export function watchContentChanges(doc: Document, host: Element, events: ContentChangeEvents, signal: AbortSignal): void {
  const bodyObserver = new MutationObserver(guard((records: MutationRecord[]) => {
    if (recordsChangeContent(records, host)) events.contentChanged();
  }));
  const observeBody = () => {
    bodyObserver.disconnect();
    if (doc.body) bodyObserver.observe(doc.body, { childList: true, subtree: true });
  };
  const rootObserver = new MutationObserver(guard((records: MutationRecord[]) => {
    let hostRemoved = false;
    let bodyChanged = false;
    for (const record of records) {
      for (const node of Array.from(record.removedNodes)) {
        if (node === host) hostRemoved = true;
        else bodyChanged ||= node.nodeName === 'BODY';
      }
      for (const node of Array.from(record.addedNodes)) bodyChanged ||= node.nodeName === 'BODY';
    }
    if (bodyChanged) {
      observeBody();
      events.contentChanged();
    }
    if (hostRemoved && !host.isConnected) events.hostRemoved();
  }));
  observeBody();
  rootObserver.observe(doc.documentElement, { childList: true });
  signal.addEventListener('abort', () => {
    bodyObserver.disconnect();
    rootObserver.disconnect();
  }, { once: true });
}
