/** Maps a character span of a snapshot block back to a DOM Range (and so to highlights and "scroll to quote"). */
import type { PageSnapshot, TextSegment } from './snapshot';
import type { TextSpan } from './types';

function pointAt(segments: TextSegment[], offset: number, preferEnd: boolean): { node: Text; offset: number } | null {
  let found: { node: Text; offset: number } | null = null;
  for (const segment of segments) {
    const local = offset - segment.start;
    if (local < 0) break;
    if (local < segment.length || (preferEnd && local === segment.length)) {
      found = { node: segment.node, offset: segment.nodeStart + local };
      if (!preferEnd || local < segment.length) return found;
    }
  }
  return found;
}

/**
 * Returns a live Range over the span, or null when the snapshot has no DOM behind it or the page changed
 * under it since (nodes detached or shortened).
 */
export function spanToRange(doc: Document, snapshot: PageSnapshot, span: TextSpan): Range | null {
  const block = snapshot.blocks[span.block];
  if (!block || block.segments.length === 0 || span.end <= span.start) return null;
  const start = pointAt(block.segments, span.start, false);
  const end = pointAt(block.segments, span.end, true);
  if (!start || !end) return null;
  if (!start.node.isConnected || !end.node.isConnected) return null;
  if (start.offset > start.node.data.length || end.offset > end.node.data.length) return null;
  try {
    const range = doc.createRange();
    range.setStart(start.node, start.offset);
    range.setEnd(end.node, end.offset);
    return range;
  } catch {
    return null;
  }
}
