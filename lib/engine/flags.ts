// Recruiter checks: sourced reasons a posting deserves a second look, most severe first. Each is a code and
// the figures, ids and dates it rests on; the panel and the CLI word them (components/panel/check-words.ts).
import type { PayLaw, RatesFile, Region, Role, SalaryEntry, Skill } from '../../data/schema';
import { bandCentre, chooseBand, postedIn } from './benchmark';
import { regionChain } from './region';
import type {
  BenchmarkResult,
  Flag,
  FlagFinding,
  FlagId,
  FlagSeverity,
  LawConditions,
  LawRef,
  Money,
  Pay,
  Posting,
  RegionMatch,
  ReportingLine,
  ReportingTo,
  RoleMatch,
  ShortOfBand,
  SkillReport,
} from './types';

export interface FlagInput {
  posting: Posting;
  role: RoleMatch | null;
  aiLeadership: boolean;
  pay: Pay | null;
  region: RegionMatch | null;
  benchmark: BenchmarkResult | null;
  skills: SkillReport;
  reportingLine: ReportingLine | null;
  /** ISO date the laws are judged on: the caller's "today", never the clock. */
  today: string;
}

export interface FlagData {
  roles: Role[];
  payLaws: PayLaw[];
  /** The date the laws were compiled: what "no law on record" means. */
  payLawsCompiled: string;
  regions: Region[];
  skills: Skill[];
  /** For the C-suite check against the VP / Head bands of the same region. */
  salaries: SalaryEntry[];
  rates: RatesFile;
}

/**
 * Posted top this far under the band's low is "far below" it: beyond rounding and the year or two of pay
 * drift between a survey and a posting, so the gap is the offer, not the data.
 */
const FAR_BELOW_SHARE = 0.15;
/**
 * A range whose top is more than twice its bottom says little about the offer. Colorado and BC already ban
 * open-ended ranges; Ontario caps a range's spread at $50,000.
 */
const OPEN_RANGE_RATIO = 2;
/** Role levels whose bands a C-suite posting should clear. */
const BELOW_CSUITE_LEVELS: readonly Role['level'][] = ['vp', 'head'];

const SEVERITY_ORDER: Record<FlagSeverity, number> = { high: 0, medium: 1, low: 2, info: 3 };

export function recruiterFlags(input: FlagInput, data: FlagData): Flag[] {
  const flags = [
    ...payAgainstBands(input, data),
    ...reportsBelowChiefLevel(input),
    ...payLawFlags(input, data),
    ...governanceFlags(input, data),
    ...rangeShapeFlags(input.pay),
  ];
  return flags.sort((a, b) => SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity]);
}

const money = (amount: number, currency: string): Money => ({ amount, currency });
const distinct = (ids: string[]) => [...new Set(ids)];

/** How posted pay falls short of a band, with the band's source. */
interface SourcedShortfall<Short extends ShortOfBand = ShortOfBand> {
  short: Short;
  source: string;
}

// ---------- pay against the bands ----------

function payAgainstBands(input: FlagInput, data: FlagData): Flag[] {
  const { role, pay, benchmark } = input;
  if (!role || !pay) return [];
  const flags: Flag[] = [];
  const band = benchmark?.band;
  const posted = benchmark?.posted;
  const position = benchmark?.position;
  const likeForLike = band && position && position.comparedBasis === band.basis;

  const postedTop = money(pay.annualMax, pay.currency);

  let farBelowOwn: SourcedShortfall<ShortOfBand & { kind: 'under-band-low' }> | null = null;
  if (band?.low !== undefined && posted && likeForLike && posted.high < band.low * (1 - FAR_BELOW_SHARE)) {
    farBelowOwn = {
      short: {
        kind: 'under-band-low',
        role: band.role,
        percentUnder: Math.round((1 - posted.high / band.low) * 100),
        bandLow: money(band.low, band.currency),
        postedInBand: inBandCurrency(posted.high, pay, band.currency),
      },
      source: band.source,
    };
  }
  if (band?.high !== undefined && !band.highOpen && position?.verdict === 'above') {
    flags.push({
      id: 'pay-above-band',
      severity: 'info',
      code: 'pay-above-band',
      params: { bandTop: money(band.high, band.currency) },
      sources: [band.source],
    });
  }

  if (role.level === 'c-suite') {
    const reasons = [belowVpOrHeadBands(input, data), farBelowOwn].filter((reason) => reason !== null);
    if (reasons.length > 0) {
      flags.push({
        id: 'csuite-vp-pay',
        severity: 'high',
        code: 'csuite-vp-pay',
        params: { role: role.id, postedTop, short: reasons.map((reason) => reason.short) },
        sources: distinct(reasons.map((reason) => reason.source)),
      });
    }
  } else if (farBelowOwn) {
    flags.push({
      id: 'pay-far-below-band',
      severity: 'medium',
      code: 'pay-far-below-band',
      params: { postedTop, short: farBelowOwn.short },
      sources: [farBelowOwn.source],
    });
  }
  return flags;
}

/** Why a C-suite posting's pay looks like a VP or Head role's, or null. Compares cash with cash only. */
function belowVpOrHeadBands(input: FlagInput, data: FlagData): SourcedShortfall | null {
  const { pay, region } = input;
  if (!pay || !region) return null;
  for (const role of data.roles) {
    if (!role.aiRole || !BELOW_CSUITE_LEVELS.includes(role.level)) continue;
    const { band } = chooseBand(role.id, region.id, 'base', data);
    if (!band || band.basis === 'total') continue;
    const centre = bandCentre(band);
    const posted = postedIn(pay, band.currency, data.rates);
    if (centre === null || !posted || posted.high > centre) continue;
    return {
      short: {
        kind: 'at-or-below-middle',
        role: role.id,
        region: band.region,
        middle: money(centre, band.currency),
        postedInBand: inBandCurrency(posted.high, pay, band.currency),
      },
      source: band.source,
    };
  }
  return null;
}

/** The posted top in the band's currency, when the posting is in another. */
function inBandCurrency(amount: number, pay: Pay, currency: string): Money | null {
  return pay.currency === currency ? null : money(amount, currency);
}

// ---------- reporting line ----------

/** Levels below any chief: a chief the posting puts under one of these is below the C-suite by its own words. */
const BELOW_CHIEF: readonly ReportingTo[] = ['vp', 'head', 'director'];

/**
 * Only what the posting says: a C-suite title that reports to a VP, Head or Director. A chief under another
 * chief, the CEO or the board claims nothing (whom a CAIO reports to varies, and the sources do not settle it).
 */
function reportsBelowChiefLevel(input: FlagInput): Flag[] {
  const line = input.reportingLine;
  if (input.role?.level !== 'c-suite' || !line || !BELOW_CHIEF.includes(line.to)) return [];
  return [
    {
      id: 'csuite-reports-below-chief',
      severity: 'medium',
      code: 'csuite-reports-below-chief',
      params: { role: input.role.id, to: line.to, quote: line.text },
      sources: [],
    },
  ];
}

// ---------- pay-transparency laws ----------

/** A law that covers the posting's region, at `depth` in its chain (0: the region itself). */
interface CoveringLaw {
  law: PayLaw;
  where: Region;
  depth: number;
}

/** Codes of the checks a law's verdict gives. */
type LawFinding = Extract<FlagFinding, { params: { law: LawRef } }>;

interface LawVerdict extends CoveringLaw {
  severity: FlagSeverity;
  /** The finding, given the other laws in force that require the same (named only in a check that asks for
   *  pay in the job ad). */
  finding: (alsoRequiring: LawRef[]) => LawFinding;
}

const lawRef = ({ id, name, effective }: PayLaw): LawRef => ({ id, name, effective });

function payLawFlags(input: FlagInput, data: FlagData): Flag[] {
  const { pay, region, posting } = input;
  // Pay text the parser could not read is still pay shown to the applicant.
  if (pay || posting.payText.value !== null || !region) return [];
  const chain = regionChain(region.id, data.regions);
  const covering = data.payLaws.flatMap((law): CoveringLaw[] => {
    const depth = chain.findIndex((level) => law.regions.includes(level.id));
    const where = chain[depth];
    return where ? [{ law, where, depth }] : [];
  });
  const flags: Flag[] = [];
  const lawFlag = mostDemandingLaw(covering, input, data);
  if (lawFlag) flags.push(lawFlag);
  if (posting.workplace.value === 'remote') {
    const remoteFlag = remoteLawsFlag(region, data, input.today);
    if (remoteFlag) flags.push(remoteFlag);
  }
  return flags;
}

/**
 * One check per posting, whatever the number of laws over it: the law that asks the most of this posting
 * today, the most specific place first (New York City's law before New York State's). Other laws in force
 * that require the same are named in it rather than flagged twice.
 */
function mostDemandingLaw(covering: CoveringLaw[], input: FlagInput, data: FlagData): Flag | null {
  const verdicts = covering
    .map((entry) => lawVerdict(entry, covering, input, data))
    .filter((verdict) => verdict !== null)
    .sort((a, b) => SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity] || a.depth - b.depth);
  const [top, ...rest] = verdicts;
  if (!top) return null;
  const same = top.severity === 'info' ? [] : rest.filter((verdict) => verdict.severity !== 'info');
  return {
    id: 'pay-range-missing-law',
    severity: top.severity,
    ...top.finding(same.map(({ law }) => lawRef(law))),
    sources: distinct([top, ...same].flatMap(({ law }) => law.sources)),
  };
}

function lawVerdict(
  entry: CoveringLaw,
  covering: CoveringLaw[],
  input: FlagInput,
  data: FlagData,
): LawVerdict | null {
  const { law, where } = entry;
  const { today } = input;
  const verdict = (severity: FlagSeverity, finding: LawVerdict['finding']): LawVerdict => ({
    ...entry,
    severity,
    finding,
  });
  const inForce = (other: PayLaw) => other.effective <= today;
  const ref = lawRef(law);
  const region = where.id;

  if (law.directive) {
    // A national law in force speaks for it: its transposition, or an older rule that asks for more.
    const national = covering.some(
      ({ law: other }) =>
        inForce(other) && (other.transposes === law.id || (other.duty === 'posting' && !other.directive)),
    );
    if (national) return null;
    return law.effective > today
      ? verdict('info', () => ({ code: 'directive-pending', params: { law: ref } }))
      : verdict('info', () => ({
          code: 'directive-not-transposed',
          params: { law: ref, region, compiled: data.payLawsCompiled },
        }));
  }
  const level = input.role?.level;
  const exempt = law.exemptLevels;
  if (level && exempt?.levels.includes(level)) {
    return verdict('info', () => ({ code: 'law-exempt-level', params: { law: ref, reason: exempt.reason } }));
  }
  const { duty } = law;
  if (!inForce(law)) return verdict('info', () => ({ code: 'law-not-yet', params: { law: ref, duty } }));
  if (law.confidence === 'low') {
    const doubt = law.uncertain ?? null;
    return verdict('info', () => ({ code: 'law-uncertain', params: { law: ref, region, duty, doubt } }));
  }
  if (duty !== 'posting') {
    return verdict('info', () => ({ code: 'law-later-duty', params: { law: ref, region, duty } }));
  }
  const conditions: LawConditions = {
    minEmployees: law.minEmployees && law.minEmployees > 1 ? law.minEmployees : null,
    appliesIf: law.appliesIf ?? null,
  };
  const posting = { law: ref, region, conditions };
  const { exemptAbove, enforcedFrom } = law;
  if (exemptAbove) {
    const threshold = money(exemptAbove.amount, exemptAbove.currency);
    return verdict('low', (alsoRequiring) => ({
      code: 'law-exempt-above',
      params: { ...posting, threshold, alsoRequiring },
    }));
  }
  if (enforcedFrom && enforcedFrom > today) {
    return verdict('medium', (alsoRequiring) => ({
      code: 'law-enforced-later',
      params: { ...posting, enforcedFrom, alsoRequiring },
    }));
  }
  return verdict('high', (alsoRequiring) => ({
    code: 'law-requires-pay',
    params: { ...posting, alsoRequiring },
  }));
}

/** A remote job open across a country: the in-force laws of its states that cover remote work. */
function remoteLawsFlag(region: RegionMatch, data: FlagData, today: string): Flag | null {
  const country = data.regions.find((candidate) => candidate.id === region.id);
  if (country?.kind !== 'country') return null;
  const covering = data.payLaws.filter(
    (law) =>
      law.remote === 'covered' &&
      law.duty === 'posting' &&
      law.effective <= today &&
      // A state's law or a city's (New York City sits under New York State): anything below the country.
      law.regions.some(
        (id) => id !== country.id && regionChain(id, data.regions).some((r) => r.id === country.id),
      ),
  );
  if (covering.length === 0) return null;
  return {
    id: 'pay-range-missing-law',
    severity: 'medium',
    code: 'remote-laws',
    params: { country: country.id, regions: distinct(covering.flatMap((law) => law.regions)) },
    sources: distinct(covering.flatMap((law) => law.sources)),
  };
}

// ---------- governance ----------

const PRIVACY_SKILL = 'data_privacy';
/** How many governance skills the check gives as examples. */
const GOVERNANCE_EXAMPLES = 3;

function governanceFlags(input: FlagInput, data: FlagData): Flag[] {
  if (!input.aiLeadership || input.posting.description.value === null) return [];
  // Data protection is governance, but nearly every EU posting carries a privacy notice: it says nothing of
  // AI governance work, so it does not count here.
  const governance = data.skills.filter(
    (skill) => skill.group === 'governance' && skill.id !== PRIVACY_SKILL,
  );
  const ids = new Set(governance.map((skill) => skill.id));
  if (governance.length === 0 || input.skills.mentioned.some((m) => ids.has(m.id))) return [];
  return [
    {
      id: 'no-governance',
      severity: 'low',
      code: 'no-governance',
      params: { examples: governance.slice(0, GOVERNANCE_EXAMPLES).map((skill) => skill.id) },
      sources: distinct(governance.flatMap((skill) => skill.sources)),
    },
  ];
}

// ---------- shape of the posted range ----------

/** The posted range's shape is the posting's own fact: no rule or band behind it. */
const shapeFlag = (id: FlagId, finding: FlagFinding): Flag => ({
  id,
  severity: 'info',
  sources: [],
  ...finding,
});

function rangeShapeFlags(pay: Pay | null): Flag[] {
  if (!pay) return [];
  const low = money(pay.min, pay.currency);
  const high = money(pay.max, pay.currency);
  switch (pay.bound) {
    case 'range':
      return pay.max > OPEN_RANGE_RATIO * pay.min
        ? [
            shapeFlag('open-ended-range', {
              code: 'wide-range',
              params: { low, high, ratio: pay.max / pay.min },
            }),
          ]
        : [];
    case 'from':
      return [shapeFlag('open-ended-range', { code: 'floor-only', params: { low } })];
    case 'up-to':
      return [shapeFlag('single-figure-or-up-to', { code: 'top-only', params: { high } })];
    case 'single':
      return [shapeFlag('single-figure-or-up-to', { code: 'single-figure', params: { amount: low } })];
  }
}
