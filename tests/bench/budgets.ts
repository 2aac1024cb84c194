// Bundle budgets, in gzip bytes (gzip -9, each file on its own, summed over what an entry point loads).
// TARGET is what issue 6 asks for; CEILING is what `npm test` enforces today (the content script is
// being cut down towards its target: lower the ceiling as it shrinks, until the two meet).
const KB = 1024;

export const BUNDLE_TARGET_GZIP = {
  /** Content script JS + CSS, Preact and the data it needs at first paint included. */
  content: 40 * KB,
  popup: 30 * KB,
} as const;

export const BUNDLE_CEILING_GZIP = {
  // 90.7 KB before the checklist and checks moved to details.js and the data stopped being parsed at run
  // time; 72.7 KB after (2026-11-26).
  content: 75 * KB,
  popup: 30 * KB,
} as const satisfies Record<keyof typeof BUNDLE_TARGET_GZIP, number>;

export type BudgetedEntry = keyof typeof BUNDLE_TARGET_GZIP;
