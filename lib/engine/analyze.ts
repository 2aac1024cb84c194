// The one pipeline every caller shares (the background, tests, CLI): Posting -> Analysis, in two steps:
// analyzeCore (role, region, pay, band), then completeAnalysis (skills, reporting line, recruiter checks).
import type { BundledData } from '../../data';
import { type AnalysisOptions, analyzeDocumentCore } from './analyze-core';
import { findAdapter } from './extract';
import { recruiterFlags } from './flags';
import { readReportingLine } from './reporting-line';
import type { SiteAdapter } from './sites/adapter';
import { checkSkills } from './skills';
import type { Analysis, CoreAnalysis } from './types';

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
