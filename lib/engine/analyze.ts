// The one pipeline every caller shares (the background, tests, CLI): Posting -> Analysis, in two steps:
// analyzeCore (role, region, pay, band), then completeAnalysis (skills, reporting line, recruiter checks).
import type { BundledData } from '../../data';
import { type AnalysisOptions, analyzeCore, analyzeDocumentCore } from './analyze-core';
import { findAdapter } from './extract';
import { recruiterFlags } from './flags';
import { readReportingLine } from './reporting-line';
import type { SiteAdapter } from './sites/adapter';
import { checkSkills } from './skills';
import type { Analysis, CoreAnalysis } from './types';
import { WARM_UP_POSTING } from './warm-up-posting';

export * from './analyze-core';

export function analyzeDocument(
  doc: Document,
  url: string,
  data: BundledData,
  options: AnalysisOptions,
  adapter: SiteAdapter | null = findAdapter(url),
): Analysis | null {
  const core = analyzeDocumentCore(doc, url, data, options, adapter);
  return core ? completeAnalysis(core, data, options) : null;
}

/** The skill report, the reporting line and the recruiter checks. */
export function completeAnalysis(core: CoreAnalysis, data: BundledData, options: AnalysisOptions): Analysis {
  const skills = checkSkills(core.posting.description.value, core.role?.id ?? null, data.skills);
  const reportingLine = readReportingLine(core.posting.description.value);
  const flags = core.aiLeadership
    ? recruiterFlags({ ...core, skills, reportingLine, today: options.today }, data)
    : [];
  return { ...core, skills, reportingLine, flags };
}

/**
 * Builds the engine's lookup tables (title vocabulary, region names, skill phrases) and runs every step once on
 * a made-up posting, so the first real posting is analysed by code that is already compiled. The background
 * calls it when it starts.
 */
export function prepareEngine(data: BundledData): Analysis {
  const options: AnalysisOptions = { displayCurrency: 'USD', basis: 'base', today: '2026-01-01' };
  return completeAnalysis(analyzeCore(WARM_UP_POSTING, data, options), data, options);
}
