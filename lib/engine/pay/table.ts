/** Lookup tables as Maps: a plain object would answer "constructor" or "toString" from its prototype. */
export const table = <T>(entries: Record<string, T>): ReadonlyMap<string, T> =>
  new Map(Object.entries(entries));
