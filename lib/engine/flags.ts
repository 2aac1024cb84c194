// Recruiter checks: one-line, sourced reasons a posting deserves a second look, most severe first.
import type { PayLaw, RatesFile, Region, Role, SalaryEntry, Skill } from '../../data/schema';
import { bandCentre, chooseBand, inRegion, postedIn } from './benchmark';
import { formatMoney } from './currency';
import { regionChain } from './region';
import { compilePhrases, type PhraseMatcher } from './text-match';
import type {
  BenchmarkResult,
  Flag,
  FlagSeverity,
  Pay,
  Posting,
  RegionMatch,
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
  /** ISO date the laws are judged on. */
  today: string;
}

export interface FlagData {
  roles: Role[];
  payLaws: PayLaw[];
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
    ...reportsToAnotherChief(input, data),
    ...payLawFlags(input, data),
    ...governanceFlags(input, data),
    ...rangeShapeFlags(input.pay),
  ];
  return flags.sort((a, b) => SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity]);
}

const roleNameOf = (id: string, roles: Role[]) => roles.find((role) => role.id === id)?.name ?? id;
const money = (amount: number, currency: string) => formatMoney(amount, currency);

// ---------- pay against the bands ----------

function payAgainstBands(input: FlagInput, data: FlagData): Flag[] {
  const { role, pay, benchmark } = input;
  if (!role || !pay) return [];
  const flags: Flag[] = [];
  const band = benchmark?.band;
  const posted = benchmark?.posted;
  const position = benchmark?.position;
  const likeForLike = band && position && position.comparedBasis === band.basis;

  let farBelowOwn: string | null = null;
  if (band?.low !== undefined && posted && likeForLike && posted.high < band.low * (1 - FAR_BELOW_SHARE)) {
    const under = Math.round((1 - posted.high / band.low) * 100);
    farBelowOwn = `is ${under}% under the low end of the ${roleNameOf(band.role, data.roles)} band (${money(band.low, band.currency)}${inCurrency(posted.high, pay, band.currency)})`;
  }
  if (band?.high !== undefined && !band.highOpen && position?.verdict === 'above') {
    flags.push({
      id: 'pay-above-band',
      severity: 'info',
      message: `Posted pay sits above the benchmark band (top ${money(band.high, band.currency)}): a premium offer, or a more senior role than the title says`,
    });
  }

  if (role.level === 'c-suite') {
    const reasons = [belowVpOrHeadBands(input, data), farBelowOwn].filter((reason) => reason !== null);
    if (reasons.length > 0) {
      flags.push({
        id: 'csuite-vp-pay',
        severity: 'high',
        message: `${roleNameOf(role.id, data.roles)} title, but the posted top (${money(pay.annualMax, pay.currency)}) ${reasons.join(' and ')}: VP or Head pay, not C-suite pay`,
      });
    }
  } else if (farBelowOwn) {
    flags.push({
      id: 'pay-far-below-band',
      severity: 'medium',
      message: `The posted top (${money(pay.annualMax, pay.currency)}) ${farBelowOwn}`,
    });
  }
  return flags;
}

/** Why a C-suite posting's pay looks like a VP or Head role's, or null. Compares cash with cash only. */
function belowVpOrHeadBands(input: FlagInput, data: FlagData): string | null {
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
    return `is at or below the middle of ${role.name} pay${where} (${money(centre, band.currency)}${inCurrency(posted.high, pay, band.currency)})`;
  }
  return null;
}

/** "; the posted top is ≈£139.8K" when the posting is in another currency than the band it is held to. */
function inCurrency(amount: number, pay: Pay, currency: string): string {
  return pay.currency === currency ? '' : `; the posted top is ≈${money(amount, currency)}`;
}

// ---------- reporting line ----------

type ReportingPhrase = 'lead' | 'filler' | 'superior';

// Executive titles beyond the roles in data/roles.json that a C-suite role should not report to.
const OTHER_CHIEFS = [
  'cio',
  'chief information officer',
  'coo',
  'chief operating officer',
  'chief operations officer',
  'cfo',
  'chief financial officer',
  'cpo',
  'chief product officer',
  'chief people officer',
  'cmo',
  'chief marketing officer',
  'cro',
  'chief revenue officer',
  'chief risk officer',
  'cso',
  'chief strategy officer',
  'chief science officer',
  'chief scientist',
  'ciso',
  'chief information security officer',
  'chief digital officer',
  'chief innovation officer',
  'chief transformation officer',
  'cco',
  'chief commercial officer',
  'chief compliance officer',
];
const BELOW_CHIEF_TITLES = [
  'vp',
  'svp',
  'evp',
  'vice president',
  'senior vice president',
  'executive vice president',
  'head of',
  'director of',
];
const REPORTING_LEADS = [
  'report to',
  'reporting to',
  'report directly to',
  'reporting directly to',
  'report into',
  'reporting into',
  'report directly into',
  'reporting directly into',
  'reporting line to',
];

const reportingMatchers = new WeakMap<readonly Role[], PhraseMatcher<ReportingPhrase>>();

function reportingMatcher(roles: readonly Role[]): PhraseMatcher<ReportingPhrase> {
  let matcher = reportingMatchers.get(roles);
  if (!matcher) {
    const chiefs = roles
      .filter((role) => role.level === 'c-suite')
      .flatMap((role) => [...role.titles.en, ...role.abbreviations]);
    matcher = compilePhrases<ReportingPhrase>([
      { key: 'lead', phrases: REPORTING_LEADS },
      { key: 'filler', phrases: ['the', 'our', 'a', 'an'] },
      { key: 'superior', phrases: [...chiefs, ...OTHER_CHIEFS, ...BELOW_CHIEF_TITLES] },
    ]);
    reportingMatchers.set(roles, matcher);
  }
  return matcher;
}

/** A chief reports to the CEO or the board; "reports to the CTO / CIO / VP ..." is a level below. */
function reportsToAnotherChief(input: FlagInput, data: FlagData): Flag[] {
  const description = input.posting.description.value;
  if (input.role?.level !== 'c-suite' || !description) return [];
  const matcher = reportingMatcher(data.roles);
  const scanned = matcher.scan(description);
  for (let i = 0; i < scanned.length; i++) {
    const lead = matcher.matchAt(scanned, i);
    if (lead?.key !== 'lead') continue;
    let next = i + lead.length;
    const filler = matcher.matchAt(scanned, next);
    if (filler?.key === 'filler' && scanned.breakBefore[next] === 0) next += filler.length;
    const superior = matcher.matchAt(scanned, next);
    if (superior?.key === 'superior' && scanned.breakBefore[next] === 0) {
      const named = /\s/.test(superior.phrase) ? superior.phrase : superior.phrase.toUpperCase();
      return [
        {
          id: 'csuite-reports-to-cxo',
          severity: 'medium',
          message: `${roleNameOf(input.role.id, data.roles)} title, but the posting says it reports to the ${named}: a chief reports to the CEO or the board, so this is likely a level below C-suite`,
        },
      ];
    }
  }
  return [];
}

// ---------- pay-transparency laws ----------

function payLawFlags(input: FlagInput, data: FlagData): Flag[] {
  const { pay, region, today, posting } = input;
  // Pay text the parser could not read is still pay shown to the applicant.
  if (pay || posting.payText.value !== null || !region) return [];
  const chain = regionChain(region.id, data.regions);
  const applicable = data.payLaws.flatMap((law) => {
    const covered = chain.find((level) => law.regions.includes(level.id));
    return covered ? [{ law, covered }] : [];
  });
  // Where a law already requires pay in the advert, "before the interview" adds nothing (Italy's
  // transposition over the EU directive).
  const adDutyInForce = applicable.some(({ law }) => law.duty === 'posting' && law.effective <= today);
  const flags = applicable
    .filter(({ law }) => !(adDutyInForce && law.duty === 'before-interview'))
    .map(({ law, covered }) => lawFlag(law, covered, today));
  if (posting.workplace.value === 'remote') {
    const remoteFlag = remoteLawsFlag(region, data, today);
    if (remoteFlag) flags.push(remoteFlag);
  }
  return flags;
}

/** `region` is the level of the posting's region chain that the law covers. */
function lawFlag(law: PayLaw, region: Region, today: string): Flag {
  const id = 'pay-range-missing-law';
  if (law.effective > today) {
    const duty = law.duty === 'posting' ? 'pay in job ads' : 'the pay or its range before the interview';
    return {
      id,
      severity: 'info',
      message: `No pay posted; ${law.name} requires ${duty} from ${law.effective}`,
    };
  }
  if (law.duty === 'before-interview') {
    return {
      id,
      severity: 'info',
      message: `No pay posted; under ${law.name} (from ${law.effective}) the pay or its range must be given before the interview`,
    };
  }
  const employers = law.minEmployees ? ` (employers with ${law.minEmployees}+ employees)` : '';
  if (law.exemptAbove) {
    const threshold = money(law.exemptAbove.amount, law.exemptAbove.currency);
    return {
      id,
      severity: 'low',
      message: `No pay posted; ${law.name} requires pay in job ads ${inRegion(region)} since ${law.effective}${employers}, but not when the pay is above ${threshold} a year, so a senior role may be exempt`,
    };
  }
  return {
    id,
    severity: 'high',
    message: `No pay posted, though ${law.name} requires it in job ads ${inRegion(region)} since ${law.effective}${employers}`,
  };
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
      law.regions.some((id) => data.regions.find((candidate) => candidate.id === id)?.parent === country.id),
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
  };
}

// ---------- governance ----------

function governanceFlags(input: FlagInput, data: FlagData): Flag[] {
  if (!input.aiLeadership || input.posting.description.value === null) return [];
  const governance = data.skills.filter((skill) => skill.group === 'governance');
  if (governance.length === 0 || input.skills.mentioned.some((m) => m.group === 'governance')) return [];
  const examples = governance
    .slice(0, 3)
    .map((skill) => skill.label)
    .join(', ');
  return [
    {
      id: 'no-governance',
      severity: 'low',
      message: `An AI leadership role that mentions no AI governance or risk work (such as ${examples})`,
    },
  ];
}

// ---------- shape of the posted range ----------

function rangeShapeFlags(pay: Pay | null): Flag[] {
  if (!pay) return [];
  const low = money(pay.min, pay.currency);
  const high = money(pay.max, pay.currency);
  switch (pay.bound) {
    case 'range':
      return pay.max > OPEN_RANGE_RATIO * pay.min
        ? [
            {
              id: 'open-ended-range',
              severity: 'info',
              message: `A wide range (${low} to ${high}, top ${(pay.max / pay.min).toFixed(1)}x the bottom) says little about the actual offer`,
            },
          ]
        : [];
    case 'from':
      return [
        {
          id: 'open-ended-range',
          severity: 'info',
          message: `Only a floor is posted (from ${low}): the range is open-ended`,
        },
      ];
    case 'up-to':
      return [
        {
          id: 'single-figure-or-up-to',
          severity: 'info',
          message: `Only a top is posted (up to ${high}): the offer may be well below it`,
        },
      ];
    case 'single':
      return [
        {
          id: 'single-figure-or-up-to',
          severity: 'info',
          message: `A single figure (${low}) rather than a range`,
        },
      ];
  }
}
