// @ts-check
/** Small order statistics for the benchmark (nearest-rank percentiles; the median of an even count is the mean of the middle two). */

/** @param {number[]} values */
export function median(values) {
  if (values.length === 0) return Number.NaN;
  const s = [...values].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 === 1 ? /** @type {number} */ (s[mid]) : (/** @type {number} */ (s[mid - 1]) + /** @type {number} */ (s[mid])) / 2;
}

/** @param {number[]} values @param {number} p 0..100 */
export function percentile(values, p) {
  if (values.length === 0) return Number.NaN;
  const s = [...values].sort((a, b) => a - b);
  const rank = Math.max(1, Math.ceil((p / 100) * s.length));
  return /** @type {number} */ (s[rank - 1]);
}

/** @param {number[]} values */
export function max(values) {
  return values.length === 0 ? Number.NaN : Math.max(...values);
}
