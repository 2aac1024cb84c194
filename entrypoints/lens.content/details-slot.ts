// Where details.js leaves its code and data for the content script. Both run in the same
// isolated world of the same frame, so a global there is private to the extension: the page cannot read it.
import type { BundledData, DetailData } from '../../data';
import type { AnalysisOptions } from '../../lib/engine/analyze-core';
import type { Analysis, CoreAnalysis } from '../../lib/engine/types';

export interface Details {
  data: DetailData;
  complete(core: CoreAnalysis, data: BundledData, options: AnalysisOptions): Analysis;
}

const SLOT = Symbol.for('ai-leadership-lens/details');

export function publishDetails(details: Details): void {
  (globalThis as { [SLOT]?: Details })[SLOT] = details;
}

export function loadedDetails(): Details | null {
  return (globalThis as { [SLOT]?: Details })[SLOT] ?? null;
}
