/**
 * A stored or received list: every entry valid, or null. One bad entry rejects the whole list, because a list with
 * an entry silently dropped would misstate what was saved or sent; the caller decides what a rejected list costs.
 */
export function parseEach<T>(raw: unknown, parse: (entry: unknown) => T | null, maxLength = Number.POSITIVE_INFINITY): T[] | null {
  if (!Array.isArray(raw) || raw.length > maxLength) return null;
  const list: T[] = [];
  for (const entry of raw) {
    const parsed = parse(entry);
    if (parsed === null) return null;
    list.push(parsed);
  }
  return list;
}
