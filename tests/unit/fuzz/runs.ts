// How hard the fuzz properties run: FUZZ_RUNS cases per property (`npm run fuzz` sets 100000), else a
// CI-sized default so `npm test` stays fast. Every property takes its count from here.
//
// In `npm test` the cases come from a fixed seed, so CI checks the same cases every time and a red run is a
// change, not luck; `npm run fuzz` draws new ones each run, to find what the fixed set does not (a failure
// prints its seed and path for fast-check to replay).
import fc from 'fast-check';

const DEFAULT_RUNS = 1000;

function configuredRuns(): number {
  const asked = Number(process.env.FUZZ_RUNS);
  return Number.isInteger(asked) && asked > 0 ? asked : DEFAULT_RUNS;
}

/** Cases per property at unit cost. */
export const FUZZ_RUNS = configuredRuns();

if (!process.env.FUZZ_RUNS) fc.configureGlobal({ seed: 20261126 });

/**
 * Cases for a property whose one case costs about `cost` cheap cases (a DOM clone and a page read cost
 * thousands of parser calls): the budget is divided, never below `floor`.
 */
export function fuzzRuns(cost = 1, floor = 1): number {
  return Math.max(floor, Math.ceil(FUZZ_RUNS / cost));
}

/** A vitest timeout that grows with the budget: about 5 ms a case at unit cost, never under 20 s. */
export function fuzzTimeout(cost = 1): number {
  return Math.max(20_000, fuzzRuns(cost) * cost * 5);
}
