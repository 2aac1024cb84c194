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
  // 10 KB until 2026-12-06, then 6 KB (4.7 KB built) once the loader stopped loading webextension-polyfill.
  content: 6 * KB,
  // One content script of 90.7 KB at the start of 2026-11-26; then 72.7 KB once the checklist and checks
  // moved to details.js and the data stopped being parsed at run time; then that became the lens, behind a
  // 7.4 KB loader. Raised to 82 KB on 2026-12-06 (80.0 KB built): the lens now carries the engine's new page
  // reader, the wording of the recruiter checks' codes and of the published figures shown as context, the
  // language switch and saved-posting stars (the words themselves are injected per language, not carried).
  // Lowered to 44 KB (43.4 KB built) once the engine's analysis and all its data moved to the background (the
  // lens reads the page, sends what it read, and draws the reply) and the panel's shadow root stopped coming
  // from wxt's UI helpers. details.js is gone: the background's analysis is complete.
  // Lowered to the target, 40 KB (35.5 KB built), once the background also words the panel (its view model:
  // components/panel/panel-view.ts) and the lens only draws what it is sent.
  lens: 40 * KB,
  // Raised from 30 KB on 2026-12-06 (30.5 KB built): the popup's read-out of how each field was read is now
  // worded in the user's language from the engine's codes (the words of each language load on their own).
  // Back to 30 KB the same day (27.9 KB built): the extension's pages no longer load webextension-polyfill.
  popup: 30 * KB,
} as const satisfies Record<keyof typeof BUNDLE_TARGET_GZIP, number>;

export type BudgetedEntry = keyof typeof BUNDLE_TARGET_GZIP;

/**
 * The posting memory at 10,000 postings (tests/bench/posting-memory.ts), in milliseconds. A full ledger may not
 * delay the panel's first paint: the panel stays in the posting's own frame, and its time from insertion grows by
 * less than one frame at 60 Hz over the empty ledger's (an absolute figure cannot be the budget: it includes the
 * page's own frame, ~46 ms here without the extension; the panel's own cost is issue 15's time-to-panel figures).
 * The compare page shows its list within RAIL's 1 s for a page's content. A full ledger may add no more than
 * RAIL's 100 ms response to the compare page, nor to the panel's memory line ("first seen here…"), the one part
 * of the panel that waits on the ledger.
 */
export const POSTING_MEMORY_BUDGET_MS = {
  panelAddedByLedger: 16.7,
  memoryLineAddedByLedger: 100,
  compareFirstPaint: 1000,
  compareAddedByLedger: 100,
} as const;
