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
export const RoleFact = z.object({
  text: nonEmpty(),
  sources: z.array(SourceRef),
  confidence: Confidence,
});
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

export const BandMethod = z.enum(['computed', 'published', 'posting', 'uncited']);
export type BandMethod = z.infer<typeof BandMethod>;

export const SalaryBand = z
  .object({
    kind: z.literal('band'),
    id: nonEmpty(),
    role: RoleId,
    region: nonEmpty(),
    currency: z.string().check(z.regex(/^[A-Z]{3}$/)),
    basis: PayBasis,
    /** False where the source does not say which pay it counts (the basis stored is a guess): such a band
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
    /** Sample size where the source gives one; for a computed band, the rows it was computed from. */
    n: z.optional(z.number().check(z.int(), z.positive())),
    source: SourceRef,
    /** How the figures came to be, strongest evidence first (the benchmark ranks bands by it):
     *  'computed' by data/build-bands.ts from rows kept in data/sources/; 'published' aggregate of a cited
     *  survey or statistic; 'posting': one employer's advert; 'uncited': typed from a source that names none.
     *  data/salaries.json states it on every band (tests/unit/data.test.ts); the default serves test fixtures. */
    method: z._default(BandMethod, 'published'),
    year: z.number().check(z.int(), z.gte(2015), z.lte(2030)),
    confidence: Confidence,
    /** When the band describes a neighbouring role or population, what it stands in for. */
    proxy: z.optional(nonEmpty()),
    note: z.optional(z.string()),
  })
  .check(
    z.refine((b) => (b.low === undefined) === (b.high === undefined), {
      message: 'a band has both low and high, or neither',
    }),
    z.refine((b) => b.low !== undefined || b.p50 !== undefined || b.mean !== undefined, {
      message: 'a band needs low+high, a p50 or a mean',
    }),
    z.refine(figuresInOrder, { message: 'band figures must rise: low <= p25 <= p50 <= p75 <= high' }),
    z.refine((b) => b.method !== 'computed' || b.n !== undefined, { message: 'a computed band has its n' }),
  );
export type SalaryBand = z.infer<typeof SalaryBand>;

/** An honest gap: the research looked and found no citable figure. Shown as "no benchmark". */
export const SalaryGap = z.object({
  kind: z.literal('gap'),
  id: nonEmpty(),
  role: RoleId,
  region: nonEmpty(),
  note: nonEmpty(),
  source: SourceRef,
});
export type SalaryGap = z.infer<typeof SalaryGap>;

export const SalaryEntry = z.discriminatedUnion('kind', [SalaryBand, SalaryGap]);
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
const COVERAGE_CELLS = ['US', 'GB', 'CA', 'DE', 'FR', 'NL', 'IN', 'REMOTE', 'REMOTE-US'] as const;
export type CoverageCell = (typeof COVERAGE_CELLS)[number];
export const CoverageFile = z.object({
  /** The rows file, from the repository root. */
  source: nonEmpty(),
  filters: nonEmpty(),
  /** Fewer rows than this in a cell is a gap: no band is computed from it. */
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
  /** Every other source tried for the gaps, with what it gave; not shippable = a cross-check only. */
  otherSources: z.array(z.object({ source: nonEmpty(), what: nonEmpty(), shippable: z.boolean() })),
});
export type CoverageFile = z.infer<typeof CoverageFile>;
