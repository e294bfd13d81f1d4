/**
 * Which highlighted statement is under the pointer or holds the focus, so the card can show that fact's comparison
 * in a tooltip. Runs only on a detected page with highlights shown. Pointer moves are coalesced to one hit test per
 * animation frame; the test asks the browser for the text position under the pointer (caretPositionFromPoint, or
 * Chrome's older caretRangeFromPoint) and checks it against each statement's range and boxes.
 * Content shown on hover or focus must be dismissible, hoverable and persistent (WCAG 1.4.13): Escape hides the
 * tooltip without moving pointer or focus (and it stays hidden until the pointer or focus moves to another
 * statement), and the pointer may move from the statement onto the tooltip without it going away.
 */
import { guard } from './report-error';

export interface HoverTarget<T> {
  range: Range;
  value: T;
}

export interface HoverAnchor {
  left: number;
  top: number;
  bottom: number;
}

export interface AnnotationHoverDeps<T> {
  win: Window;
  doc: Document;
  /** The current statements (re-read on every test: ranges change when the page re-renders). */
  targets(): ReadonlyArray<HoverTarget<T>>;
  /** Events from the card itself (retargeted to its host) are not the page's. */
  isOwnNode(node: Node): boolean;
  show(value: T, anchor: HoverAnchor): void;
  hide(): void;
  /** True where the pointer is over the shown tooltip (or the gap before it): it stays while the pointer moves there. */
  overTooltip?(x: number, y: number): boolean;
}

/** How far from a statement's box the pointer still counts as on it. */
const NEAR_PX = 4;

interface CaretPoint {
  node: Node;
  offset: number;
}

function caretAt(doc: Document, x: number, y: number): CaretPoint | null {
  const d = doc as Document & {
    caretPositionFromPoint?: (x: number, y: number) => { offsetNode: Node; offset: number } | null;
    caretRangeFromPoint?: (x: number, y: number) => Range | null;
  };
  if (typeof d.caretPositionFromPoint === 'function') {
    const position = d.caretPositionFromPoint(x, y);
    return position ? { node: position.offsetNode, offset: position.offset } : null;
  }
  if (typeof d.caretRangeFromPoint === 'function') {
    const range = d.caretRangeFromPoint(x, y);
    return range ? { node: range.startContainer, offset: range.startOffset } : null;
  }
  return null;
}

function inRange(range: Range, point: CaretPoint): boolean {
  try {
    return range.isPointInRange(point.node, point.offset);
  } catch {
    return false;
  }
}

/** The box of the range under (x, y), or null: the caret snaps to the nearest text, the boxes say if it is near. */
function boxAt(range: Range, x: number, y: number): DOMRect | null {
  for (const rect of Array.from(range.getClientRects())) {
    if (x >= rect.left - NEAR_PX && x <= rect.right + NEAR_PX && y >= rect.top - NEAR_PX && y <= rect.bottom + NEAR_PX) return rect;
  }
  return null;
}

export function hitTest<T>(doc: Document, targets: ReadonlyArray<HoverTarget<T>>, x: number, y: number): { target: HoverTarget<T>; box: DOMRect } | null {
  const caret = caretAt(doc, x, y);
  if (caret === null) return null;
  for (const target of targets) {
    if (!inRange(target.range, caret)) continue;
    const box = boxAt(target.range, x, y);
    if (box !== null) return { target, box };
  }
  return null;
}

export function watchAnnotationHover<T>(deps: AnnotationHoverDeps<T>, signal: AbortSignal): void {
  const { win, doc } = deps;
  let frame: number | null = null;
  let pointer: { x: number; y: number } | null = null;
  let showing: 'pointer' | 'focus' | null = null;
  /** The statement whose tooltip Escape hid: not shown again until the pointer or focus has left it. */
  let dismissed: T | null = null;
  /** The statement whose tooltip is shown. */
  let current: T | null = null;
  const show = (how: 'pointer' | 'focus', value: T, anchor: HoverAnchor) => {
    showing = how;
    current = value;
    deps.show(value, anchor);
  };
  const hide = () => {
    showing = null;
    current = null;
    deps.hide();
  };

  const test = guard(() => {
    frame = null;
    if (pointer === null || signal.aborted) return;
    const hit = hitTest(doc, deps.targets(), pointer.x, pointer.y);
    if (hit !== null && hit.target.value === dismissed) return;
    dismissed = null;
    if (hit !== null) {
      show('pointer', hit.target.value, { left: hit.box.left, top: hit.box.top, bottom: hit.box.bottom });
    } else if (showing === 'pointer' && !(deps.overTooltip?.(pointer.x, pointer.y) ?? false)) {
      hide();
    }
  });

  doc.addEventListener('mousemove', guard((event: MouseEvent) => {
    if (event.target instanceof Node && deps.isOwnNode(event.target)) return;
    pointer = { x: event.clientX, y: event.clientY };
    frame ??= win.requestAnimationFrame(test);
  }), { passive: true, capture: true, signal });

  doc.addEventListener('focusin', guard((event: FocusEvent) => {
    const element = event.target;
    if (!(element instanceof Element) || deps.isOwnNode(element)) return;
    const target = deps.targets().find((t) => {
      try {
        return t.range.intersectsNode(element);
      } catch {
        return false;
      }
    });
    if (target === undefined || target.value === dismissed) return;
    const box = element.getBoundingClientRect();
    show('focus', target.value, { left: box.left, top: box.top, bottom: box.bottom });
  }), { capture: true, signal });

  const hideFor = (reason: 'pointer' | 'focus' | 'any') => guard(() => {
    if (showing === null || (reason !== 'any' && showing !== reason)) return;
    hide();
  });
  doc.addEventListener('focusout', guard(() => {
    dismissed = null;
    hideFor('focus')();
  }), { capture: true, signal });
  // Escape dismisses; the page still gets the key (it may close its own menu with it too).
  doc.addEventListener('keydown', guard((event: KeyboardEvent) => {
    if (event.key !== 'Escape' || showing === null) return;
    dismissed = current;
    hide();
  }), { capture: true, signal });
  doc.addEventListener('mouseleave', hideFor('pointer'), { signal });
  // The tooltip is placed in viewport coordinates; once the page scrolls it would point at the wrong words.
  win.addEventListener('scroll', hideFor('any'), { passive: true, capture: true, signal });

  signal.addEventListener('abort', () => {
    if (frame !== null) win.cancelAnimationFrame(frame);
  }, { once: true });
}
