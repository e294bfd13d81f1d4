/**
 * Single-page apps change the address without loading a document. The Navigation API reports every same-document
 * navigation (pushState, replaceState, back/forward) and its events reach the isolated world; where it is missing
 * (older Firefox) `popstate` covers back/forward and a watch on <title> covers pushState, since a script cannot see
 * the page's own history calls from here. No polling (STYLE.md: what CRW-Extension does wrong).
 * https://developer.mozilla.org/docs/Web/API/Navigation/currententrychange_event
 */
import { guard } from './report-error';

/** Single-page apps render the new view after changing the address; wait for the burst to settle. */
export const NAVIGATION_SETTLE_MS = 350;

interface NavigationLike {
  addEventListener(type: 'currententrychange', listener: () => void, options: { signal: AbortSignal }): void;
}

/** The address without its fragment: jumping to an anchor is not a new page. */
export function pageKey(href: string): string {
  const hash = href.indexOf('#');
  return hash < 0 ? href : href.slice(0, hash);
}

/** Calls `onChange` whenever the page's address (fragment aside) changes, until `signal` aborts. */
export function watchNavigation(win: Window, doc: Document, onChange: () => void, signal: AbortSignal): void {
  let last = pageKey(win.location.href);
  const check = guard(() => {
    const now = pageKey(win.location.href);
    if (now === last) return;
    last = now;
    onChange();
  });

  const navigation = (win as unknown as { navigation?: NavigationLike }).navigation;
  if (navigation !== undefined && typeof navigation.addEventListener === 'function') {
    navigation.addEventListener('currententrychange', check, { signal });
    return;
  }

  win.addEventListener('popstate', check, { signal });
  // Observing is not writing: these records cost the page nothing unless the title or <head>'s children change.
  const observer = new MutationObserver(check);
  const observeTitle = () => {
    observer.disconnect();
    if (doc.head) observer.observe(doc.head, { childList: true });
    const title = doc.querySelector('title');
    if (title) observer.observe(title, { childList: true, characterData: true, subtree: true });
  };
  observeTitle();
  const reobserve = new MutationObserver(guard(() => observeTitle()));
  if (doc.head) reobserve.observe(doc.head, { childList: true });
  signal.addEventListener('abort', () => {
    observer.disconnect();
    reobserve.disconnect();
  }, { once: true });
}
