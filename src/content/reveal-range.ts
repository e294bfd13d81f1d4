/**
 * "Show this statement on the page": scroll the statement into view and flash it. The flash is drawn as boxes
 * inside the card's shadow root over the range's client rects (position: fixed), so it works with or without the
 * Custom Highlight API and never touches the page's DOM. Scrolling is not a DOM change.
 */

const FLASH_MS = 1_700;
/** Smooth scrolling has no promise; `scrollend` where supported, else this long. */
const SCROLL_SETTLE_MS = 700;
const MAX_FLASH_BOXES = 12;

function elementOf(node: Node): Element | null {
  return node.nodeType === 1 ? (node as Element) : node.parentElement;
}

export function revealRange(win: Window, range: Range, overlay: HTMLElement, signal: AbortSignal): void {
  const target = elementOf(range.startContainer);
  if (target === null) return;
  const reduceMotion = win.matchMedia?.('(prefers-reduced-motion: reduce)').matches ?? false;
  target.scrollIntoView({ block: 'center', inline: 'nearest', behavior: reduceMotion ? 'auto' : 'smooth' });

  let flashed = false;
  const flash = () => {
    if (flashed || signal.aborted) return;
    flashed = true;
    drawFlash(win, range, overlay, signal);
  };
  if (reduceMotion) {
    win.requestAnimationFrame(flash);
    return;
  }
  win.addEventListener('scrollend', flash, { once: true, signal, capture: true });
  win.setTimeout(flash, SCROLL_SETTLE_MS);
}

function drawFlash(win: Window, range: Range, overlay: HTMLElement, signal: AbortSignal): void {
  const doc = overlay.ownerDocument;
  const boxes: HTMLElement[] = [];
  const rects = Array.from(range.getClientRects()).filter((r) => r.width > 0 && r.height > 0).slice(0, MAX_FLASH_BOXES);
  for (const rect of rects) {
    const box = doc.createElement('div');
    box.className = 'flash';
    box.style.left = `${rect.left - 2}px`;
    box.style.top = `${rect.top - 1}px`;
    box.style.width = `${rect.width + 4}px`;
    box.style.height = `${rect.height + 2}px`;
    boxes.push(box);
  }
  overlay.append(...boxes);
  const removeBoxes = () => boxes.forEach((box) => box.remove());
  const timer = win.setTimeout(removeBoxes, FLASH_MS);
  signal.addEventListener('abort', () => {
    win.clearTimeout(timer);
    removeBoxes();
  }, { once: true });
}
