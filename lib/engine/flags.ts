// Recruiter checks: one-line, sourced reasons a posting deserves a second look, most severe first.
import type { PayLaw, RatesFile, Region, Role, SalaryEntry, Skill } from '../../data/schema';
import { bandCentre, chooseBand, inRegion, postedIn } from './benchmark';
import { formatMoney } from './currency';
import { regionChain } from './region';
import type {
  BenchmarkResult,
  Flag,
  FlagSeverity,
  Pay,
  Posting,
  RegionMatch,
  ReportingLine,
  ReportingTo,
  RoleMatch,
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
    ...reportsBelowChiefLevel(input, data),
    ...payLawFlags(input, data),
    ...governanceFlags(input, data),
    ...rangeShapeFlags(input.pay),
  ];
  return flags.sort((a, b) => SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity]);
}

const roleNameOf = (id: string, roles: Role[]) => roles.find((role) => role.id === id)?.name ?? id;
const money = (amount: number, currency: string) => formatMoney(amount, currency);
const distinct = (ids: string[]) => [...new Set(ids)];

/** Why posted pay falls short of a band, with the band's source. */
interface ShortOfBand {
  text: string;
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

  let farBelowOwn: ShortOfBand | null = null;
  if (band?.low !== undefined && posted && likeForLike && posted.high < band.low * (1 - FAR_BELOW_SHARE)) {
    const under = Math.round((1 - posted.high / band.low) * 100);
    farBelowOwn = {
      text: `is ${under}% under the low end of the ${roleNameOf(band.role, data.roles)} band (${money(band.low, band.currency)}${inCurrency(posted.high, pay, band.currency)})`,
      source: band.source,
    };
  }
  if (band?.high !== undefined && !band.highOpen && position?.verdict === 'above') {
    flags.push({
      id: 'pay-above-band',
      severity: 'info',
      message: `Posted pay sits above the benchmark band (top ${money(band.high, band.currency)}): a premium offer, or a more senior role than the title says`,
      sources: [band.source],
    });
  }

  if (role.level === 'c-suite') {
    const reasons = [belowVpOrHeadBands(input, data), farBelowOwn].filter((reason) => reason !== null);
    if (reasons.length > 0) {
      flags.push({
        id: 'csuite-vp-pay',
        severity: 'high',
        message: `${roleNameOf(role.id, data.roles)} title, but the posted top (${money(pay.annualMax, pay.currency)}) ${reasons.map((reason) => reason.text).join(' and ')}: VP or Head pay, not C-suite pay`,
        sources: distinct(reasons.map((reason) => reason.source)),
      });
    }
  } else if (farBelowOwn) {
    flags.push({
      id: 'pay-far-below-band',
      severity: 'medium',
      message: `The posted top (${money(pay.annualMax, pay.currency)}) ${farBelowOwn.text}`,
      sources: [farBelowOwn.source],
    });
  }
  return flags;
}

/** Why a C-suite posting's pay looks like a VP or Head role's, or null. Compares cash with cash only. */
function belowVpOrHeadBands(input: FlagInput, data: FlagData): ShortOfBand | null {
  const { pay, region } = input;
  if (!pay || !region) return null;
  for (const role of data.roles) {
    if (!role.aiRole || !BELOW_CSUITE_LEVELS.includes(role.level)) continue;
    const { band } = chooseBand(role.id, region.id, 'base', data);
    if (!band || band.basis === 'total') continue;
    const centre = bandCentre(band);
    const posted = postedIn(pay, band.currency, data.rates);
    if (centre === null || !posted || posted.high > centre) continue;
    const bandRegion = data.regions.find((candidate) => candidate.id === band.region);
    const where = bandRegion ? ` ${inRegion(bandRegion)}` : '';
    return {
      text: `is at or below the middle of ${role.name} pay${where} (${money(centre, band.currency)}${inCurrency(posted.high, pay, band.currency)})`,
      source: band.source,
    };
  }
  return null;
}

/** "; the posted top is ≈£139.8K" when the posting is in another currency than the band it is held to. */
function inCurrency(amount: number, pay: Pay, currency: string): string {
  return pay.currency === currency ? '' : `; the posted top is ≈${money(amount, currency)}`;
}

// ---------- reporting line ----------

/** Levels below any chief: a chief the posting puts under one of these is below the C-suite by its own words. */
const BELOW_CHIEF: readonly ReportingTo[] = ['vp', 'head', 'director'];

/**
 * Only what the posting says: a C-suite title that reports to a VP, Head or Director. A chief under another
 * chief, the CEO or the board claims nothing (whom a CAIO reports to varies, and the sources do not settle it).
 */
function reportsBelowChiefLevel(input: FlagInput, data: FlagData): Flag[] {
  const line = input.reportingLine;
  if (input.role?.level !== 'c-suite' || !line || !BELOW_CHIEF.includes(line.to)) return [];
  return [
    {
      id: 'csuite-reports-below-chief',
      severity: 'medium',
      message: `${roleNameOf(input.role.id, data.roles)} title, but the posting says it "${line.text}": a chief who reports to a ${line.superior} is a level below C-suite by the posting's own words`,
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

interface LawVerdict extends CoveringLaw {
  severity: FlagSeverity;
  message: string;
}

const LATER_DUTY: Record<Exclude<PayLaw['duty'], 'posting'>, string> = {
  'before-interview': 'before the interview',
  'before-contract': 'before the contract',
  'before-employment': 'before employment starts',
};

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
  const also = same.map(({ law }) => `; ${law.name} requires the same since ${law.effective}`).join('');
  return {
    id: 'pay-range-missing-law',
    severity: top.severity,
    message: `${top.message}${also}`,
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
  const verdict = (severity: FlagSeverity, message: string): LawVerdict => ({ ...entry, severity, message });
  const inForce = (other: PayLaw) => other.effective <= today;
  const later = law.duty === 'posting' ? 'pay in job ads' : `the pay or its range ${LATER_DUTY[law.duty]}`;

  if (law.directive) {
    // A national law in force speaks for it: its transposition, or an older rule that asks for more.
    const national = covering.some(
      ({ law: other }) =>
        inForce(other) && (other.transposes === law.id || (other.duty === 'posting' && !other.directive)),
    );
    if (national) return null;
    const why =
      law.effective > today
        ? `member states must transpose it by ${law.effective}`
        : `it binds employers only through national law, and no law of ${where.name} in force is on record (laws as compiled on ${data.payLawsCompiled})`;
    return verdict('info', `No pay posted; ${law.name} is not yet binding here: ${why}`);
  }
  const level = input.role?.level;
  if (level && law.exemptLevels?.levels.includes(level)) {
    return verdict(
      'info',
      `No pay posted; ${law.name} does not apply to this role: ${law.exemptLevels.reason}`,
    );
  }
  if (!inForce(law))
    return verdict('info', `No pay posted; ${law.name} requires ${later} from ${law.effective}`);
  const since = `${inRegion(where)} since ${law.effective}`;
  if (law.confidence === 'low') {
    const doubt = law.uncertain ? `, but ${law.uncertain}` : '';
    return verdict('info', `No pay posted; ${law.name} may require ${later} ${since}${doubt}`);
  }
  if (law.duty !== 'posting') {
    return verdict(
      'info',
      `No pay posted; under ${law.name} (${since}) the pay or its range must reach applicants ${LATER_DUTY[law.duty]}`,
    );
  }
  const conditions = [
    law.minEmployees && law.minEmployees > 1 ? `the employer has ${law.minEmployees}+ employees` : null,
    law.appliesIf ?? null,
  ].filter((condition) => condition !== null);
  const when = conditions.length > 0 ? ` if ${conditions.join(' and ')}` : '';
  if (law.exemptAbove) {
    const threshold = money(law.exemptAbove.amount, law.exemptAbove.currency);
    return verdict(
      'low',
      `No pay posted; ${law.name} requires pay in job ads ${since}${when}, but not when the pay is above ${threshold} a year, so a senior role may be exempt`,
    );
  }
  if (law.enforcedFrom && law.enforcedFrom > today) {
    return verdict(
      'medium',
      `No pay posted; ${law.name} requires pay in job ads ${since}${when}, enforced from ${law.enforcedFrom}`,
    );
  }
  return verdict('high', `No pay posted, though ${law.name} requires it in job ads ${since}${when}`);
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
  const places = covering.flatMap((law) =>
    law.regions.map((id) => data.regions.find((candidate) => candidate.id === id)?.name ?? id),
  );
  const named = [...new Set(places)].join(', ');
  return {
    id: 'pay-range-missing-law',
    severity: 'medium',
    message: `No pay posted for a remote role ${inRegion(country)}; the laws of ${named} cover remote jobs that could be filled there`,
    sources: distinct(covering.flatMap((law) => law.sources)),
  };
}

// ---------- governance ----------

const PRIVACY_SKILL = 'data_privacy';

function governanceFlags(input: FlagInput, data: FlagData): Flag[] {
  if (!input.aiLeadership || input.posting.description.value === null) return [];
  // Data protection is governance, but nearly every EU posting carries a privacy notice: it says nothing of
  // AI governance work, so it does not count here.
  const governance = data.skills.filter(
    (skill) => skill.group === 'governance' && skill.id !== PRIVACY_SKILL,
  );
  const ids = new Set(governance.map((skill) => skill.id));
  if (governance.length === 0 || input.skills.mentioned.some((m) => ids.has(m.id))) return [];
  const examples = governance
    .slice(0, 3)
    .map((skill) => skill.label)
    .join(', ');
  return [
    {
      id: 'no-governance',
      severity: 'low',
      message: `An AI leadership role that mentions no AI governance or risk work (such as ${examples})`,
      sources: distinct(governance.flatMap((skill) => skill.sources)),
    },
  ];
}

// ---------- shape of the posted range ----------

/** The posted range's shape is the posting's own fact: no rule or band behind it. */
const shapeFlag = (id: string, message: string): Flag => ({ id, severity: 'info', message, sources: [] });

function rangeShapeFlags(pay: Pay | null): Flag[] {
  if (!pay) return [];
  const low = money(pay.min, pay.currency);
  const high = money(pay.max, pay.currency);
  switch (pay.bound) {
    case 'range':
      return pay.max > OPEN_RANGE_RATIO * pay.min
        ? [
            shapeFlag(
              'open-ended-range',
              `A wide range (${low} to ${high}, top ${(pay.max / pay.min).toFixed(1)}x the bottom) says little about the actual offer`,
            ),
          ]
        : [];
    case 'from':
      return [shapeFlag('open-ended-range', `Only a floor is posted (from ${low}): the range is open-ended`)];
    case 'up-to':
      return [
        shapeFlag(
          'single-figure-or-up-to',
          `Only a top is posted (up to ${high}): the offer may be well below it`,
        ),
      ];
    case 'single':
      return [shapeFlag('single-figure-or-up-to', `A single figure (${low}) rather than a range`)];
  }
}
