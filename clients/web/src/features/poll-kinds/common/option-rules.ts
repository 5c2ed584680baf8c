/** Characters as the server counts them (code points, after trimming), not UTF-16 units. */
export const textLength = (s: string) => [...s.trim()].length;

export const maxOptionLength = 80;

/** The server's rules for a list of options or statements: `min`–`max` of them, each 1–80 characters, no two alike. */
export function checkOptions(options: readonly string[], min: number, max: number): string | null {
  if (options.length < min || options.length > max) return 'option_count';
  if (options.some(o => textLength(o) === 0)) return 'option_required';
  if (options.some(o => textLength(o) > maxOptionLength)) return 'option_too_long';
  if (new Set(options.map(o => o.trim().toLowerCase())).size !== options.length) return 'option_duplicate';
  return null;
}

/** Pads with empty rows up to `min` and cuts at `max`, for a kind switch that keeps what the host typed. */
export const fitOptions = (options: readonly string[], min: number, max: number): string[] =>
  [...options, ...Array<string>(Math.max(0, min - options.length)).fill('')].slice(0, max);

/** Share of respondents, in whole percent. */
export const percentOf = (count: number, voters: number) => (voters === 0 ? 0 : Math.round((count / voters) * 100));
