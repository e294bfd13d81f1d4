/** Rounds to a number of decimal places: figures shown to people and stored weights carry no float noise. */
export function round(value: number, places = 2): number {
  const scale = 10 ** places;
  return Math.round(value * scale) / scale;
}
