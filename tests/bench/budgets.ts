// Bundle budgets, in gzip bytes (gzip -9, each file on its own, summed over what an entry point loads).
// TARGET is what issue 6 asks for; CEILING is what `npm test` enforces today (the content script is
// being cut down towards its target: lower the ceiling as it shrinks, until the two meet).
const KB = 1024;

export const BUNDLE_TARGET_GZIP = {
  /** The manifest's content script (the loader), on every page of the job sites. */
  content: 40 * KB,
  /** The lens, on pages that may show a posting: Preact and the data the first paint needs included. */
  lens: 40 * KB,
  popup: 30 * KB,
} as const;

export const BUNDLE_CEILING_GZIP = {
  content: 10 * KB,
  // One content script of 90.7 KB at the start of 2026-11-26; then 72.7 KB once the checklist and checks
  // moved to details.js and the data stopped being parsed at run time; then that became the lens, behind a
  // 7.4 KB loader.
  lens: 75 * KB,
  popup: 30 * KB,
} as const satisfies Record<keyof typeof BUNDLE_TARGET_GZIP, number>;

export type BudgetedEntry = keyof typeof BUNDLE_TARGET_GZIP;
