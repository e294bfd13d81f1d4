/** A plain object (not null, not an array): the first check of every stored or messaged value. */
export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
