// The one pipeline every caller shares (content script, tests, CLI): Posting -> Analysis. It runs in two
// steps so the content script can paint the role and the band before it has loaded the data the skill
// checklist and the recruiter checks need: analyzeCore, then completeAnalysis.
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

/** The skill report, the reporting line and the recruiter checks, from the code and data details.js carries. */
export function completeAnalysis(core: CoreAnalysis, data: BundledData, options: AnalysisOptions): Analysis {
  const skills = checkSkills(core.posting.description.value, core.role?.id ?? null, data.skills);
  const reportingLine = readReportingLine(core.posting.description.value);
  const flags = core.aiLeadership
    ? recruiterFlags({ ...core, skills, reportingLine, today: options.today }, data)
    : [];
  return { ...core, skills, reportingLine, flags };
}
