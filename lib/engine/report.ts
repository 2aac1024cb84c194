// The CLI's JSON shape: the Analysis flattened to what a reader of one posting wants, with the way each
// field was read kept under `sources`, and each check's code and figures with its words beside them.
import type { Analysis, Field, Flag, Pay, Posting } from './types';

/** The posted pay's figures as stated and annualised, without the text they were read from. */
export function payFigures(pay: Pay) {
  const { min, max, currency, period, annualMin, annualMax } = pay;
  return { min, max, currency, period, annualMin, annualMax };
}

const POSTING_FIELDS = ['title', 'company', 'location', 'workplace', 'payText', 'description'] as const;

/** `checkMessage` says a check in words (the engine gives codes only): the caller picks the language. */
export function analysisReport(analysis: Analysis, checkMessage: (flag: Flag) => string) {
  const { posting, pay, role } = analysis;
  return {
    site: analysis.site,
    posting: {
      title: posting.title.value,
      company: posting.company.value,
      location: posting.location.value,
      workplace: posting.workplace.value,
      salary: pay ? payFigures(pay) : null,
      description: posting.description.value,
    },
    role: role ? { id: role.id, confidence: role.confidence, evidence: role.evidence } : null,
    aiLeadership: analysis.aiLeadership,
    region: analysis.region,
    benchmark: analysis.benchmark,
    skills: analysis.skills,
    flags: analysis.flags.map((flag) => ({ ...flag, message: checkMessage(flag) })),
    sources: fieldSources(posting),
  };
}

/** For each posting field: how it was read, or why it could not be. */
export function fieldSources(posting: Posting): Record<(typeof POSTING_FIELDS)[number], string> {
  const describe = (field: Field<unknown>) => ('reason' in field ? field.reason : field.source);
  return Object.fromEntries(POSTING_FIELDS.map((name) => [name, describe(posting[name])])) as Record<
    (typeof POSTING_FIELDS)[number],
    string
  >;
}
