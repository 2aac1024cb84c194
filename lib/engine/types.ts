// The plain, serialisable objects the engine passes along: page -> Posting -> Analysis -> panel.
import type { Confidence, Level, PayBasis, RoleId, SalaryBand, SalaryReference } from '../../data/schema';

export type SiteId =
  | 'linkedin'
  | 'indeed'
  | 'greenhouse'
  | 'lever'
  | 'ashby'
  | 'workday'
  | 'wellfound'
  | 'glassdoor'
  | 'generic';

/** A value read from the page, or null with the reason it could not be read. Never a guess. */
export type Field<T> = { value: T; source: string } | { value: null; reason: string };

export type Workplace = 'remote' | 'hybrid' | 'on-site';

/** Pay as a site states it in structured data (schema.org baseSalary), before parsing. */
export interface StructuredPay {
  min: number | null;
  max: number | null;
  currency: string | null;
  /** schema.org unitText: HOUR, DAY, WEEK, MONTH, YEAR. */
  unit: string | null;
}

export interface Posting {
  site: SiteId;
  url: string;
  /** The site's own job id where the page shows one (LinkedIn currentJobId, Greenhouse gh_jid...). */
  jobId: string | null;
  title: Field<string>;
  company: Field<string>;
  location: Field<string>;
  workplace: Field<Workplace>;
  /** Pay text as shown (top card, pill, or a sentence from the description). */
  payText: Field<string>;
  structuredPay: StructuredPay | null;
  description: Field<string>;
  /** schema.org datePosted / validThrough as the page states them (YYYY-MM-DD); absent when it states none. */
  datePosted?: string;
  validThrough?: string;
}

export type PayPeriod = 'hour' | 'day' | 'week' | 'month' | 'year';

export interface Pay {
  min: number;
  max: number;
  currency: string;
  period: PayPeriod;
  annualMin: number;
  annualMax: number;
  /** "up to $X" (only a top) / "from $X" (only a floor) / a single figure. */
  bound: 'range' | 'single' | 'up-to' | 'from';
  equity: boolean;
  ote: boolean;
  /** The text the figures were read from. */
  text: string;
  /** The text names no currency: it is read in the posting's own (its region's), and must be shown as such. */
  currencyInferred?: boolean;
  /** Ranges stated next to this one for particular places ("SF Bay/NYC: $188,000 - $304,200"), in its
   *  currency and period; this Pay is the general range. */
  otherRanges?: { min: number; max: number; label: string }[];
}

/** How a title named its role. */
export interface TitleEvidence {
  /** By one of the role's phrases ("chief ai officer") or by its abbreviation ("caio"). */
  by: 'phrase' | 'abbreviation';
  /** The words matched, lower-cased as the title was read. */
  text: string;
  /** The title's rank moved the role: a deputy one level down, "VP" in the title up to VP. */
  adjusted?: 'deputy' | 'vp-rank';
  /** The words that gave the role its AI-governance focus. */
  governance?: string[];
}

export interface RoleMatch {
  id: RoleId;
  level: Level;
  confidence: number;
  /** What decided it, for the panel to word. */
  evidence: TitleEvidence;
  /** Set when the title names the AI-governance side of the role (Head of AI Governance, Director,
   *  Responsible AI): same rank, governance focus. */
  focus?: 'governance';
}

export interface RegionMatch {
  id: string;
  name: string;
  /** How the region was decided: "location: San Francisco, CA" or "remote, US". */
  evidence: string;
}

export interface BenchmarkResult {
  /** The band used, converted into its own currency (always) and the display currency (when different). */
  band: SalaryBand | null;
  /** Published figures for the role and region that are context only (no stated sample, one posting, an
   *  uncited figure, a wider occupation's wages): shown with their source beside the band or the gap, never
   *  judged against. */
  references?: SalaryReference[];
  /** True when the band comes from a broader region or neighbouring role than asked for. */
  fallback: { from: string; reason: string } | null;
  /** No band for the role and region, said plainly. */
  gap: string | null;
  /** The posted annual pay in the band's currency; `converted` when it was posted in another. */
  posted: { low: number; high: number; currency: string; converted: boolean } | null;
  /** Where the posted pay sits against the band; null without posted pay, band, or a band range
   *  (a source giving only a median or mean is described in `notes` instead). */
  position: {
    verdict: 'below' | 'within' | 'above' | 'overlaps';
    /** What the pay was placed against: low..high, or the 25th-75th percentile where that is all there is. */
    against: 'band' | 'middle-half';
    /** 0..1 place of the posted midpoint within that range; may fall outside. */
    at: number;
    /** What the posted figure is taken to be: base, or base+bonus for on-target earnings. */
    comparedBasis: PayBasis;
  } | null;
  /** Why posted pay and a band with a range get no verdict: the posted basis (base, or base+bonus for
   *  on-target earnings) is not the band's, or the band's source does not say which pay it counts. */
  noVerdict?: 'basis-differs' | 'basis-unstated' | null;
  /** Units of the display currency per unit of the band's, at the rates' date; null when the same. */
  display: { currency: string; rate: number; rateDate: string } | null;
  /** The reference rates behind any converted figure (the band in the display currency, the posted pay in
   *  the band's): their date, and whether it is more than six months before the analysis date (null when
   *  no date was given). Null when nothing was converted; optional like noVerdict. */
  rates?: { date: string; old: boolean | null } | null;
  /** Plain sentences the panel shows with the band: basis mismatches, conversions, single-figure bands. */
  notes: string[];
}

export interface SkillReport {
  mentioned: { id: string; group: string; phrase: string }[];
  expectedMissing: string[];
}

/** Whom a posting says the role reports to: the chief executive (or the general management: Geschäftsführung,
 *  Direction générale), the board, the founders, the executive committee, a named chief, or a level below. */
export type ReportingTo =
  | 'ceo'
  | 'board'
  | 'founders'
  | 'executive-committee'
  | 'cto'
  | 'cio'
  | 'coo'
  | 'cfo'
  | 'cdo'
  | 'caio'
  | 'other-chief'
  | 'vp'
  | 'head'
  | 'director';

export interface ReportingLine {
  to: ReportingTo;
  /** The superior's title as written: "VP of Engineering", "Geschäftsführung". */
  superior: string;
  /** The phrase it was read from, as written: "reports directly to the VP of Engineering". */
  text: string;
}

export type FlagSeverity = 'high' | 'medium' | 'low' | 'info';

/** An amount in a currency, unformatted: the reader's language formats it. */
export interface Money {
  amount: number;
  currency: string;
}

/** How a posted top falls short of a band. `postedInBand`: the top converted into the band's currency,
 *  when it was posted in another. */
export type ShortOfBand =
  | { kind: 'under-band-low'; role: RoleId; percentUnder: number; bandLow: Money; postedInBand: Money | null }
  | {
      kind: 'at-or-below-middle';
      role: RoleId;
      /** The band's region id. */
      region: string;
      middle: Money;
      postedInBand: Money | null;
    };

/** A pay law as a check names it: its own name (data text, as published) and the dates it states. */
export interface LawRef {
  id: string;
  name: string;
  effective: string;
}

/** When a pay duty falls that is not the job ad itself. */
export type LaterPayDuty = 'before-interview' | 'before-contract' | 'before-employment';

/** Who a posting law reaches, beyond the posting's region: a size threshold, a clause of the law's own
 *  (data text: "the role has a binding minimum pay"). */
export interface LawConditions {
  minEmployees: number | null;
  appliesIf: string | null;
}

/** Each check as a code and the facts it rests on; the panel and the CLI word them. */
export type FlagFinding =
  | { code: 'pay-above-band'; params: { bandTop: Money } }
  | {
      code: 'pay-far-below-band';
      params: { postedTop: Money; short: ShortOfBand & { kind: 'under-band-low' } };
    }
  | { code: 'csuite-vp-pay'; params: { role: RoleId; postedTop: Money; short: ShortOfBand[] } }
  /** A C-suite title the posting puts under a VP, Head or Director: `quote` is the posting's phrase. */
  | { code: 'csuite-reports-below-chief'; params: { role: RoleId; to: ReportingTo; quote: string } }
  /** A posting law in force over the region; `alsoRequiring`: other laws in force there that ask the same. */
  | {
      code: 'law-requires-pay';
      params: { law: LawRef; region: string; conditions: LawConditions; alsoRequiring: LawRef[] };
    }
  | {
      code: 'law-enforced-later';
      params: {
        law: LawRef;
        region: string;
        conditions: LawConditions;
        enforcedFrom: string;
        alsoRequiring: LawRef[];
      };
    }
  | {
      code: 'law-exempt-above';
      params: {
        law: LawRef;
        region: string;
        conditions: LawConditions;
        threshold: Money;
        alsoRequiring: LawRef[];
      };
    }
  | { code: 'law-later-duty'; params: { law: LawRef; region: string; duty: LaterPayDuty } }
  /** A law the research is unsure of: `doubt` is the data's own clause, null when it gives none. */
  | {
      code: 'law-uncertain';
      params: { law: LawRef; region: string; duty: 'posting' | LaterPayDuty; doubt: string | null };
    }
  | { code: 'law-not-yet'; params: { law: LawRef; duty: 'posting' | LaterPayDuty } }
  /** `reason`: the data's own clause. */
  | { code: 'law-exempt-level'; params: { law: LawRef; reason: string } }
  /** An EU directive before its transposition deadline (`law.effective`). */
  | { code: 'directive-pending'; params: { law: LawRef } }
  /** An EU directive past its deadline with no national law in force on record as of `compiled`. */
  | { code: 'directive-not-transposed'; params: { law: LawRef; region: string; compiled: string } }
  /** A remote job across a country: the regions below it whose laws cover remote jobs. */
  | { code: 'remote-laws'; params: { country: string; regions: string[] } }
  /** `examples`: skill ids of AI governance work the posting could have named. */
  | { code: 'no-governance'; params: { examples: string[] } }
  | { code: 'wide-range'; params: { low: Money; high: Money; ratio: number } }
  | { code: 'floor-only'; params: { low: Money } }
  | { code: 'top-only'; params: { high: Money } }
  | { code: 'single-figure'; params: { amount: Money } };

export type FlagCode = FlagFinding['code'];

export type FlagId =
  | 'pay-above-band'
  | 'pay-far-below-band'
  | 'csuite-vp-pay'
  | 'csuite-reports-below-chief'
  | 'pay-range-missing-law'
  | 'no-governance'
  | 'open-ended-range'
  | 'single-figure-or-up-to';

/** A recruiter check: its kind (`id`), how severe, what it found (`code` and `params`) and on what it rests. */
export type Flag = FlagFinding & {
  id: FlagId;
  severity: FlagSeverity;
  /** Source ids (data/sources.json) of the rule or band the check rests on; empty: the posting alone. */
  sources: string[];
};

export interface Analysis {
  site: SiteId;
  posting: Posting;
  pay: Pay | null;
  role: RoleMatch | null;
  aiLeadership: boolean;
  region: RegionMatch | null;
  benchmark: BenchmarkResult | null;
  skills: SkillReport;
  /** Read from the description, with the checks: null when the posting names no reporting line. */
  reportingLine: ReportingLine | null;
  flags: Flag[];
}

/** What the first paint and the list badges need; the skill report, reporting line and checks complete it. */
export type CoreAnalysis = Omit<Analysis, 'skills' | 'reportingLine' | 'flags'>;

export type { Confidence };
