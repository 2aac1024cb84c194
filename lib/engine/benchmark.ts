// Picks the salary band for a role and region and places the posted pay against it. Figures only ever come
// from data/salaries.json: a missing band is said plainly, never filled in.
import type {
  BandMethod,
  PayBasis,
  RatesFile,
  Region,
  Role,
  SalaryBand,
  SalaryEntry,
  SalaryGap,
  SalaryReference,
} from '../../data/schema';
import { convert, formatMoney } from './currency';
import { regionChain } from './region';
import { regionName } from './region-name';
import type { BenchmarkResult, Pay, RegionMatch, RoleMatch } from './types';

export type BasisWanted = 'base' | 'total';

export interface BenchmarkInput {
  role: RoleMatch | null;
  region: RegionMatch | null;
  pay: Pay | null;
  displayCurrency: string;
  basis: BasisWanted;
  /** ISO date of the analysis: the exchange rates' age is judged against it. Without it, it is not judged. */
  today?: string;
}

export interface BenchmarkData {
  salaries: SalaryEntry[];
  regions: Region[];
  rates: RatesFile;
  /** For the role's name in the plain-language fallback and gap sentences. */
  roles: Role[];
}

/** The bases in order of preference for what the user asked to compare against. */
const BASIS_PREFERENCE: Record<BasisWanted, readonly PayBasis[]> = {
  base: ['base', 'base+bonus', 'total'],
  total: ['total', 'base+bonus', 'base'],
};
const CONFIDENCE_RANK = { high: 0, medium: 1, low: 2 } as const;
/** Figures computed from rows before a published aggregate, before one employer's posting, before a figure
 *  with no source behind it. */
const METHOD_RANK: Record<BandMethod, number> = { computed: 0, published: 1, posting: 2, uncited: 3 };
/** Rates older than this many months are said to be old. */
const RATE_AGE_MONTHS = 6;
const BASIS_WORDS: Record<PayBasis, string> = {
  base: 'base salary',
  'base+bonus': 'base salary plus bonus',
  total: 'total compensation (including bonus and equity)',
};

export interface BandChoice {
  band: SalaryBand | null;
  /** The regions walked past before the band's region (all of the chain when there is no band), each with
   *  its recorded gap if the research left one. */
  passed: { region: Region; gap: SalaryGap | null }[];
}

/**
 * The band for a role in a region: the region's own bands first, then each parent's (US-CA -> US,
 * DE -> EUROPE). A recorded gap does not stop the walk: the broader band is shown, and the gap is the
 * reason given for falling back. Within a region, by evidence: the wanted basis, then how the figures came to
 * be (computed from rows, a published aggregate, one posting, uncited), then a figure for the role itself
 * over a proxy, then confidence, then the larger sample, then the most recent year, then a range over a
 * single figure.
 */
export function chooseBand(
  roleId: Role['id'],
  regionId: string,
  basis: BasisWanted,
  data: { salaries: SalaryEntry[]; regions: Region[] },
): BandChoice {
  const passed: BandChoice['passed'] = [];
  for (const region of regionChain(regionId, data.regions)) {
    const here = data.salaries.filter((entry) => entry.role === roleId && entry.region === region.id);
    const bands = here.filter((entry): entry is SalaryBand => entry.kind === 'band');
    if (bands.length > 0) {
      return { band: [...bands].sort((a, b) => compareBands(a, b, basis))[0] ?? null, passed };
    }
    passed.push({ region, gap: here.find((entry): entry is SalaryGap => entry.kind === 'gap') ?? null });
  }
  return { band: null, passed };
}

/** The sample behind the figure itself: a whole survey's n (nScope) says nothing of the cell's. */
const cellSample = (figure: SalaryBand | SalaryReference) => (figure.nScope ? 0 : (figure.n ?? 0));

function compareBands(a: SalaryBand, b: SalaryBand, basis: BasisWanted): number {
  const preference = BASIS_PREFERENCE[basis];
  return (
    preference.indexOf(a.basis) - preference.indexOf(b.basis) ||
    METHOD_RANK[a.method] - METHOD_RANK[b.method] ||
    Number(a.proxy !== undefined) - Number(b.proxy !== undefined) ||
    CONFIDENCE_RANK[a.confidence] - CONFIDENCE_RANK[b.confidence] ||
    cellSample(b) - cellSample(a) ||
    (b.n ?? 0) - (a.n ?? 0) ||
    b.year - a.year ||
    Number(b.low !== undefined) - Number(a.low !== undefined)
  );
}

/**
 * The published figures shown beside the benchmark as context (never a band, never a verdict): those of the
 * nearest region in the chain that has any, by evidence (a published aggregate, one posting, an uncited
 * figure), then confidence, then the most recent year.
 */
export function chooseReferences(
  roleId: Role['id'],
  regionId: string,
  data: { salaries: SalaryEntry[]; regions: Region[] },
): SalaryReference[] {
  for (const region of regionChain(regionId, data.regions)) {
    const here = data.salaries.filter(
      (entry): entry is SalaryReference =>
        entry.kind === 'reference' && entry.role === roleId && entry.region === region.id,
    );
    if (here.length > 0)
      return here.sort(
        (a, b) =>
          METHOD_RANK[a.method] - METHOD_RANK[b.method] ||
          CONFIDENCE_RANK[a.confidence] - CONFIDENCE_RANK[b.confidence] ||
          b.year - a.year,
      );
  }
  return [];
}

/** The posted annual pay in another currency, converted at the rates' date; null without a rate. */
export function postedIn(pay: Pay, currency: string, rates: RatesFile): { low: number; high: number } | null {
  const low = convert(pay.annualMin, pay.currency, currency, rates);
  const high = convert(pay.annualMax, pay.currency, currency, rates);
  return low === null || high === null ? null : { low, high };
}

/** The band's central figure: its median, else its mean, else the middle of low..high. */
export function bandCentre(band: SalaryBand): number | null {
  if (band.p50 !== undefined) return band.p50;
  if (band.mean !== undefined) return band.mean;
  return band.low !== undefined && band.high !== undefined ? (band.low + band.high) / 2 : null;
}

/** "in Germany", "in California or the United States", "for remote roles". */
export function inRegion(...regions: { name: string; kind?: Region['kind'] }[]): string {
  if (regions[0]?.kind === 'remote') return 'for remote roles';
  return `in ${regions.map(regionName).join(' or ')}`;
}

export function benchmark(input: BenchmarkInput, data: BenchmarkData): BenchmarkResult | null {
  const { role, region, pay } = input;
  if (!role) return null;
  const roleName = data.roles.find((candidate) => candidate.id === role.id)?.name ?? role.id;
  const references = region ? chooseReferences(role.id, region.id, data) : [];
  const empty: BenchmarkResult = {
    band: null,
    references,
    fallback: null,
    gap: null,
    posted: null,
    position: null,
    noVerdict: null,
    display: null,
    rates: null,
    notes: [],
  };
  if (!region) {
    return {
      ...empty,
      gap: `No benchmark for ${roleName}: the posting's location could not be placed in a region`,
    };
  }

  const choice = chooseBand(role.id, region.id, input.basis, data);
  const band = choice.band;
  const nearestGap = choice.passed.find((level) => level.gap)?.gap ?? null;
  if (!band) {
    const walked = choice.passed.length > 0 ? choice.passed.map((level) => level.region) : [region];
    const why = nearestGap?.note ?? 'the bundled data has no figure for this role and region';
    return { ...empty, gap: `No benchmark for ${roleName} ${inRegion(...walked)}: ${why}` };
  }

  const notes: string[] = [];
  const bandRegion = data.regions.find((candidate) => candidate.id === band.region);
  const asked = choice.passed[0];
  const fallback = asked
    ? {
        from: asked.region.id,
        reason: `No band for ${roleName} ${inRegion(asked.region)}${nearestGap ? ` (${nearestGap.note})` : ''}; showing ${bandRegion?.name ?? band.region}`,
      }
    : null;
  if (band.basis !== input.basis) {
    notes.push(`No ${BASIS_WORDS[input.basis]} figure here; showing ${BASIS_WORDS[band.basis]}`);
  }

  let display: BenchmarkResult['display'] = null;
  if (input.displayCurrency !== band.currency) {
    const rate = convert(1, band.currency, input.displayCurrency, data.rates);
    if (rate === null)
      notes.push(`No exchange rate for ${input.displayCurrency}; the band is shown in ${band.currency} only`);
    else display = { currency: input.displayCurrency, rate, rateDate: data.rates.date };
  }

  const placed = pay
    ? placePay(pay, band, data.rates, notes)
    : { posted: null, position: null, noVerdict: null };
  const rates =
    display || placed.posted?.converted
      ? {
          date: data.rates.date,
          old: input.today ? olderThanMonths(data.rates.date, input.today, RATE_AGE_MONTHS) : null,
        }
      : null;
  return { band, references, fallback, gap: null, ...placed, display, rates, notes };
}

/** True when `date` is more than `months` calendar months before `today` (both ISO dates). */
export function olderThanMonths(date: string, today: string, months: number): boolean {
  const limit = new Date(`${today}T00:00:00Z`);
  limit.setUTCMonth(limit.getUTCMonth() - months);
  return new Date(`${date}T00:00:00Z`) < limit;
}

function placePay(
  pay: Pay,
  band: SalaryBand,
  rates: RatesFile,
  notes: string[],
): Pick<BenchmarkResult, 'posted' | 'position' | 'noVerdict'> {
  const converted = postedIn(pay, band.currency, rates);
  if (!converted) {
    notes.push(
      `No exchange rate between ${pay.currency} and ${band.currency}, so the posted pay is not compared`,
    );
    return { posted: null, position: null, noVerdict: null };
  }
  const posted = { ...converted, currency: band.currency, converted: pay.currency !== band.currency };
  if (posted.converted)
    notes.push(`Posted pay converted from ${pay.currency} at the reference rate of ${rates.date}`);
  // Posted pay is nearly always base salary (on-target earnings add variable pay).
  const comparedBasis: PayBasis = pay.ote ? 'base+bonus' : 'base';
  // Like with like only: both figures are shown, and the panel says why there is no verdict.
  if (band.basisStated === false) return { posted, position: null, noVerdict: 'basis-unstated' };
  if (comparedBasis !== band.basis) return { posted, position: null, noVerdict: 'basis-differs' };

  const range = placementRange(band);
  if (!range) {
    const figure = band.p50 !== undefined ? 'a median' : 'an average';
    const centre = bandCentre(band);
    if (centre !== null) {
      const mid = (posted.low + posted.high) / 2;
      const off = Math.round((Math.abs(mid - centre) / centre) * 100);
      const side = mid === centre ? 'at it' : `${off}% ${mid > centre ? 'above' : 'below'} it`;
      notes.push(
        `The source gives only ${figure} (${formatMoney(centre, band.currency)}), no range: the posted midpoint is ${side}`,
      );
    }
    return { posted, position: null, noVerdict: null };
  }

  const top = range.open ? Number.POSITIVE_INFINITY : range.high;
  const verdict =
    posted.high < range.low
      ? 'below'
      : posted.low > top
        ? 'above'
        : posted.low >= range.low && posted.high <= top
          ? 'within'
          : 'overlaps';
  const span = range.high - range.low;
  const mid = (posted.low + posted.high) / 2;
  // A range with low = high has no inside: 0 below it, 0.5 on it, 1 above it.
  const at = span > 0 ? (mid - range.low) / span : mid < range.low ? 0 : mid > range.low ? 1 : 0.5;
  return { posted, position: { verdict, against: range.against, at, comparedBasis }, noVerdict: null };
}

/** The stated low..high, else the middle half (25th-75th percentile) a survey gives; null for one figure. */
function placementRange(
  band: SalaryBand,
): { low: number; high: number; open: boolean; against: 'band' | 'middle-half' } | null {
  if (band.low !== undefined && band.high !== undefined)
    return { low: band.low, high: band.high, open: band.highOpen === true, against: 'band' };
  if (band.p25 !== undefined && band.p75 !== undefined)
    return { low: band.p25, high: band.p75, open: false, against: 'middle-half' };
  return null;
}
