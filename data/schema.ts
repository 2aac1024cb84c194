// The shape of every bundled data file. Code takes its types from here (z.infer). The schemas run when the
// extension is built and in tests (data/validate.ts), so a bad edit to data/ fails the build, not a page;
// the shipped scripts read the JSON as is.
import * as z from 'zod/mini';

export { CONFIDENCES, LEVELS, PAY_BASIS_KINDS, ROLE_IDS } from './vocabulary';
export * from './vocabulary-schemas';

import { Confidence, Level, PayBasis, RoleId } from './vocabulary-schemas';

const nonEmpty = () => z.string().check(z.minLength(1));
const SourceRef = nonEmpty();

// ---------- sources ----------
export const Source = z.object({
  id: z.string().check(z.regex(/^[a-z0-9][a-z0-9-]*$/)),
  title: nonEmpty(),
  publisher: nonEmpty(),
  /** Where the figure can be checked; null where only a printed or secondhand citation exists. */
  url: z.nullable(z.string().check(z.regex(/^https:\/\//))),
  /** Year (or ISO date) the data describes or was published. */
  date: z.string().check(z.regex(/^\d{4}(-\d{2}(-\d{2})?)?$/)),
  confidence: Confidence,
});
export type Source = z.infer<typeof Source>;
export const SourcesFile = z.object({ sources: z.array(Source) });
export type SourcesFile = z.infer<typeof SourcesFile>;
/** What each source says, by source id: shown on the options page, kept out of the content script. */
export const SourceNotesFile = z.object({ notes: z.record(z.string(), nonEmpty()) });
export type SourceNotesFile = z.infer<typeof SourceNotesFile>;

// ---------- regions ----------
export const RegionKind = z.enum(['world', 'country', 'subdivision', 'metro', 'aggregate', 'remote']);
export const Region = z.object({
  /** 'US', 'US-CA', 'GB', 'DE', 'EU', 'CA-ON', 'REMOTE', 'REMOTE-US', a city: 'US-NY-NYC' ... */
  id: z.string().check(z.regex(/^[A-Z]{2,6}(-[A-Z0-9]{1,6}){0,2}$/)),
  name: nonEmpty(),
  kind: RegionKind,
  /** The broader region a missing band falls back to (US-CA -> US -> null). */
  parent: z.nullable(z.string()),
  currency: z.string().check(z.regex(/^[A-Z]{3}$/)),
  /** Lower-case names and abbreviations that identify the region in a posting's location text. */
  aliases: z.array(z.string()),
});
export type Region = z.infer<typeof Region>;
export const RegionsFile = z.object({ regions: z.array(Region) });
export type RegionsFile = z.infer<typeof RegionsFile>;

// ---------- cities (gazetteer) ----------
/** [name, other spellings, ISO 3166-1 country, ISO 3166-2 state or province (US and Canada only)]. */
export const City = z.tuple([
  nonEmpty(),
  z.array(nonEmpty()),
  z.string().check(z.regex(/^[A-Z]{2}$/)),
  z.nullable(z.string().check(z.regex(/^[A-Z]{2}$/))),
]);
export type City = z.infer<typeof City>;
export const CitiesFile = z.object({
  source: z.object({
    title: nonEmpty(),
    publisher: nonEmpty(),
    url: z.string().check(z.regex(/^https:\/\//)),
    /** The npm package (name@version) data/build-cities.ts derives the list from. */
    package: nonEmpty(),
    licence: nonEmpty(),
    /** The newest record's modification date. */
    date: z.iso.date(),
    /** Which places the list keeps. */
    selection: nonEmpty(),
  }),
  /** Largest first: a name in several places reads as the larger one unless the location says otherwise. */
  cities: z.array(City),
});
export type CitiesFile = z.infer<typeof CitiesFile>;

// ---------- roles ----------
/** A fact about a role, as one short clause, with where it comes from. */
export const RoleFactFound = z
  .object({
    text: nonEmpty(),
    sources: z.array(SourceRef).check(z.minLength(1)),
    /** The year the newest of its sources describes or was read. Optional in the type for test fixtures;
     *  data/roles.json states it on every fact (the check below). */
    year: z.optional(z.number().check(z.int(), z.gte(2015), z.lte(2030))),
    confidence: Confidence,
  })
  .check(z.refine((fact) => fact.year !== undefined, { message: 'a fact states its year' }));
/** The research looked and found nothing: an explicit gap, never prose. `text` is fixed for the panel. */
export const RoleFactGap = z.object({
  gap: z.literal(true),
  text: z.literal('Not found in sources'),
  sources: z.array(SourceRef).check(z.maxLength(0)),
  confidence: z.literal('low'),
});
export const RoleFact = z.union([RoleFactFound, RoleFactGap]);
export type RoleFact = z.infer<typeof RoleFact>;

export const Role = z.object({
  id: RoleId,
  name: nonEmpty(),
  short: nonEmpty(),
  level: Level,
  /** CTO and CDO are compared with, not counted as, AI roles unless the posting centres on AI. */
  aiRole: z.boolean(),
  scope: RoleFact,
  reportsTo: RoleFact,
  boardAccountability: RoleFact,
  experience: RoleFact,
  reachedFrom: RoleFact,
  /** Title forms, lower case, punctuation-free; the classifier reads these and nothing else. */
  titles: z.object({
    en: z.array(nonEmpty()),
    de: z.array(nonEmpty()),
    fr: z.array(nonEmpty()),
    es: z.array(nonEmpty()),
  }),
  abbreviations: z.array(nonEmpty()),
});
export type Role = z.infer<typeof Role>;
export const RolesFile = z.object({ roles: z.array(Role) });
export type RolesFile = z.infer<typeof RolesFile>;

const amount = () => z.number().check(z.positive());

/** The band's figures that are present, in the order they must rise: low <= p25 <= p50 <= p75 <= high. */
function figuresInOrder(band: { low?: number; p25?: number; p50?: number; p75?: number; high?: number }) {
  const present = [band.low, band.p25, band.p50, band.p75, band.high].filter((v) => v !== undefined);
  return present.every((v, i) => i === 0 || (present[i - 1] as number) <= v);
}

/** How the figures came to be, strongest evidence first (the benchmark ranks by it): 'computed' by
 *  data/build-bands.ts from rows kept in data/sources/; 'published' aggregate of a cited survey or statistic;
 *  'posting': one employer's advert; 'uncited': typed from a source that names none. */
export const BandMethod = z.enum(['computed', 'published', 'posting', 'uncited']);
export type BandMethod = z.infer<typeof BandMethod>;

/** What a pay figure measures; the panel and the README word each. */
export const PayMeasure = z.enum([
  /** aijobs.net: salaries reported to its survey and the two ends of ranges posted in job ads. */
  'salaries-and-posted-ranges',
  /** An executive-search firm's survey of the pay of the executives who answered it. */
  'executive-survey',
  /** A recruiter's or analyst's salary study of paid salaries. */
  'salary-survey',
  /** A pay site's figures from what its users report (Glassdoor, Payscale). */
  'user-reported-pay',
  /** Government statistics of wages paid in a whole occupation (BLS OEWS). */
  'occupation-wages',
  /** The range one employer posted in one advert. */
  'posted-range',
  /** Figures whose source names none of its own. */
  'unsourced',
]);
export type PayMeasure = z.infer<typeof PayMeasure>;

/** What a figure's n counts: rows of a row-level source, or people who answered a published survey. */
export const SampleKind = z.enum(['rows', 'respondents']);
export type SampleKind = z.infer<typeof SampleKind>;

/** Why a published figure is context only, never a band or a verdict. */
export const ReferenceReason = z.enum([
  'uncited',
  'single-posting',
  /** The wages of a wider occupation (all IT managers for a CTO): a floor, not the role's pay. */
  'occupation-wages',
  'no-sample-stated',
  'sample-below-minimum',
]);
export type ReferenceReason = z.infer<typeof ReferenceReason>;

/** The fields a band and a reference share: who, where, the figures and where they come from. */
const payFigureFields = {
  id: nonEmpty(),
  role: RoleId,
  region: nonEmpty(),
  currency: z.string().check(z.regex(/^[A-Z]{3}$/)),
  basis: PayBasis,
  /** False where the source does not say which pay it counts (the basis stored is a guess): such a figure
   *  is shown, never used for a verdict. */
  basisStated: z.optional(z.literal(false)),
  /** Annual figures. low/high bound the band (both or neither); percentiles where the source has them.
   *  A source that gives only a median or an average has no low/high: never made up. */
  low: z.optional(amount()),
  high: z.optional(amount()),
  /** True where the source gives the top as open ("$1M+"). */
  highOpen: z.optional(z.boolean()),
  p25: z.optional(amount()),
  p50: z.optional(amount()),
  p75: z.optional(amount()),
  /** The arithmetic average, where the source reports an average rather than a median. */
  mean: z.optional(amount()),
  /** The sample the figures rest on: rows for a computed band, respondents as the publication states them. */
  n: z.optional(z.number().check(z.int(), z.positive())),
  nKind: z.optional(SampleKind),
  /** Where the publication's n is of more than this figure's cell (the whole survey), which population. */
  nScope: z.optional(nonEmpty()),
  /** What the figures measure. Optional in the type for test fixtures; data/salaries.json states it. */
  measures: z.optional(PayMeasure),
  source: SourceRef,
  /** The default serves test fixtures; data/build-bands.ts writes it on every entry. */
  method: z._default(BandMethod, 'published'),
  year: z.number().check(z.int(), z.gte(2015), z.lte(2030)),
  confidence: Confidence,
  /** When the figures describe a neighbouring role or population, what they stand in for. */
  proxy: z.optional(nonEmpty()),
  note: z.optional(z.string()),
};

interface Figures {
  low?: number;
  high?: number;
  p25?: number;
  p50?: number;
  p75?: number;
  mean?: number;
  measures?: PayMeasure;
}
const figureChecks = [
  z.refine<Figures>((b) => (b.low === undefined) === (b.high === undefined), {
    message: 'a band has both low and high, or neither',
  }),
  z.refine<Figures>((b) => b.low !== undefined || b.p50 !== undefined || b.mean !== undefined, {
    message: 'a band needs low+high, a p50 or a mean',
  }),
  z.refine<Figures>(figuresInOrder, { message: 'band figures must rise: low <= p25 <= p50 <= p75 <= high' }),
  z.refine<Figures>((b) => b.measures !== undefined, { message: 'a figure says what it measures' }),
] as const;

/**
 * A benchmark band: the only figures a posting is judged against. Every band is written by
 * `npm run data:build`: computed from rows, or a published aggregate whose publication states its sample.
 */
export const SalaryBand = z.object({ kind: z.literal('band'), ...payFigureFields }).check(
  ...figureChecks,
  z.refine((b) => b.n !== undefined && b.nKind !== undefined, {
    message: 'a band has its n and what n counts',
  }),
  z.refine((b) => b.method === 'computed' || b.method === 'published', {
    message: 'a band is computed from rows or a published aggregate, never one posting or an uncited figure',
  }),
);
export type SalaryBand = z.infer<typeof SalaryBand>;

/** A published figure shown as context beside the benchmark, with its source: never a band, never a verdict. */
export const SalaryReference = z
  .object({ kind: z.literal('reference'), ...payFigureFields, why: ReferenceReason })
  .check(...figureChecks);
export type SalaryReference = z.infer<typeof SalaryReference>;

/**
 * An honest gap: no source reaches a band here. Shown as "no benchmark" with the reason worded from `rows`
 * (what the row-level source holds); the note says it in full, with the other sources tried, for the CLI and
 * the options page.
 */
export const SalaryGap = z.object({
  kind: z.literal('gap'),
  id: nonEmpty(),
  role: RoleId,
  region: nonEmpty(),
  /** Rows the row-level source holds for this role and region, and how many a band needs; null: no title rule reads the role there. */
  rows: z.nullable(
    z.object({ found: z.number().check(z.int(), z.gte(0)), needed: z.number().check(z.int(), z.positive()) }),
  ),
  note: nonEmpty(),
  source: SourceRef,
});
export type SalaryGap = z.infer<typeof SalaryGap>;

export const SalaryEntry = z.discriminatedUnion('kind', [SalaryBand, SalaryReference, SalaryGap]);
export type SalaryEntry = z.infer<typeof SalaryEntry>;
export const SalariesFile = z.object({ entries: z.array(SalaryEntry) });
export type SalariesFile = z.infer<typeof SalariesFile>;

// ---------- skills ----------
export const SkillGroupId = z.enum(['technical', 'governance', 'business', 'tools']);
export type SkillGroupId = z.infer<typeof SkillGroupId>;
export const SkillGroup = z.object({ id: SkillGroupId, name: nonEmpty() });
export const Skill = z.object({
  id: z.string().check(z.regex(/^[a-z0-9_]+$/)),
  group: SkillGroupId,
  label: nonEmpty(),
  /** Phrases that show the skill in a posting, lower case, matched on word boundaries. */
  phrases: z.array(nonEmpty()).check(z.minLength(1)),
  /** Roles whose checklist expects this item. */
  roles: z.array(RoleId),
  sources: z.array(SourceRef),
});
export type Skill = z.infer<typeof Skill>;
export const SkillsFile = z.object({ groups: z.array(SkillGroup), skills: z.array(Skill) });
export type SkillsFile = z.infer<typeof SkillsFile>;

// ---------- currency rates ----------
export const RatesFile = z.object({
  /** Units of each currency per 1 unit of base, as published. */
  base: z.literal('EUR'),
  date: z.iso.date(),
  source: SourceRef,
  rates: z.record(z.string().check(z.regex(/^[A-Z]{3}$/)), amount()),
  /** Rates derived rather than published, with how. */
  derived: z.record(z.string(), z.string()),
});
export type RatesFile = z.infer<typeof RatesFile>;

// ---------- pay-transparency laws ----------
export const PayLaw = z.object({
  id: nonEmpty(),
  name: nonEmpty(),
  /** Region ids the law covers (a city, a state, a province, or every EU country it applies in). A posting's
   *  region finds its laws through its parent chain (city -> state -> country). */
  regions: z.array(nonEmpty()).check(z.minLength(1)),
  /** The date the duty to state pay applies from. */
  effective: z.iso.date(),
  /** In effect but not enforced until this date (Columbus: penalties from 2027-01-01). */
  enforcedFrom: z.optional(z.iso.date()),
  /** When pay must reach the applicant: in the advert, or later (before the interview, the contract, the start). */
  duty: z.enum(['posting', 'before-interview', 'before-contract', 'before-employment']),
  /** An EU directive binds employers only through a national law: never a duty of its own. */
  directive: z.optional(z.literal(true)),
  /** The directive (its id) this national law transposes. */
  transposes: z.optional(nonEmpty()),
  /** Smallest employer covered (employees), null where any employer is. */
  minEmployees: z.nullable(z.number().check(z.int(), z.nonnegative())),
  remote: z.enum(['covered', 'partly', 'not-covered', 'not-addressed']),
  /** Annual pay above which no range is required (Ontario: $200,000), in the law's currency. */
  exemptAbove: z.optional(z.object({ amount: amount(), currency: z.string() })),
  /** Role levels the duty does not reach, and why (Austria: executives have no binding minimum pay). */
  exemptLevels: z.optional(z.object({ levels: z.array(Level).check(z.minLength(1)), reason: nonEmpty() })),
  /** A condition of the duty besides employer size, as a clause: "the role has a binding minimum pay". */
  appliesIf: z.optional(nonEmpty()),
  requires: nonEmpty(),
  sources: z.array(SourceRef).check(z.minLength(1)),
  /** Low: the research says the law's date or status is uncertain; the check then claims no duty. */
  confidence: Confidence,
  /** With low confidence, what is uncertain, as a clause: "its commencement date was not seen". */
  uncertain: z.optional(nonEmpty()),
  /** A caution the research gives (an uncertain date, sources that differ...). */
  note: z.optional(z.string()),
});
export type PayLaw = z.infer<typeof PayLaw>;
export const PayLawsFile = z.object({ compiled: z.iso.date(), laws: z.array(PayLaw) });
export type PayLawsFile = z.infer<typeof PayLawsFile>;

// ---------- coverage (written by data/build-bands.ts) ----------
/** The cells the aijobs.net rows are counted in, in the order the table shows them. */
const COVERAGE_CELLS = ['US', 'GB', 'CA', 'DE', 'FR', 'NL', 'IN', 'SG', 'REMOTE', 'REMOTE-US'] as const;
export type CoverageCell = (typeof COVERAGE_CELLS)[number];
/** One role in one region: the band the data has there (its n), or a gap with the rows found. */
export const RoleCoverageCell = z.object({
  /** The band's id in data/salaries.json (the one with the largest sample of its own), null for a gap. */
  band: z.nullable(nonEmpty()),
  /** The band's n; for a gap, the most aijobs.net rows any title group of the role has there. */
  n: z.number().check(z.int(), z.nonnegative()),
  /** What n counts; null where no title rule reads the role. */
  nKind: z.nullable(SampleKind),
  /** The n is the whole survey's (US and Europe together, say), not this cell's. */
  wholeSurvey: z.boolean(),
  /** The band measures a neighbouring population (data/salaries.json says which). */
  standIn: z.boolean(),
});
export type RoleCoverageCell = z.infer<typeof RoleCoverageCell>;
export const CoverageFile = z.object({
  /** The rows file, from the repository root. */
  source: nonEmpty(),
  /** The transcribed published figures, from the repository root. */
  published: nonEmpty(),
  filters: nonEmpty(),
  /** Fewer rows (or stated respondents) than this in a cell is a gap: no band is made from it. */
  minimumN: z.number().check(z.int(), z.positive()),
  groups: z.array(
    z.object({
      /** The title group (data/build-bands.ts TITLE_GROUPS). */
      group: nonEmpty(),
      /** The role its bands benchmark, null where the group is counted but benchmarks none. */
      role: z.nullable(RoleId),
      /** What the group stands in for, where it is a neighbouring population. */
      proxy: z.nullable(nonEmpty()),
      n: z.record(z.enum(COVERAGE_CELLS), z.number().check(z.int(), z.nonnegative())),
    }),
  ),
  /** Role x region: n or gap, in the order of `regions` (README and options page). */
  roles: z.object({
    regions: z.array(nonEmpty()),
    rows: z.array(z.object({ role: RoleId, cells: z.record(z.string(), RoleCoverageCell) })),
  }),
  /** Every other source tried for the gaps, with what it gave; not shippable = a cross-check only. */
  otherSources: z.array(
    z.object({
      source: nonEmpty(),
      /** How a gap's note names it. */
      short: nonEmpty(),
      what: nonEmpty(),
      shippable: z.boolean(),
      /** The count it gave for each role and region it was tried for; null: it could not be read here. */
      gave: z.array(
        z.object({
          role: RoleId,
          region: nonEmpty(),
          n: z.nullable(z.number().check(z.int(), z.nonnegative())),
        }),
      ),
    }),
  ),
});
export type CoverageFile = z.infer<typeof CoverageFile>;
