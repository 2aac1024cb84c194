import { describe, expect, it } from 'vitest';
import type { SalaryEntry, SalaryReference } from '../../../data/schema';
import { type BenchmarkInput, benchmark, chooseReferences } from '../../../lib/engine/benchmark';
import type { Pay } from '../../../lib/engine/types';
import { band, gap, pay, RATES, REGIONS, ROLES, regionMatch, roleMatch } from '../benchmark-helpers';

/** A context-only figure, as data/build-bands.ts writes one for a posting, an uncited or unsampled figure. */
const reference = (
  fields: Partial<SalaryReference> & Pick<SalaryReference, 'id' | 'role' | 'region' | 'currency' | 'why'>,
): SalaryReference => ({
  kind: 'reference',
  basis: 'base',
  source: 'seed-card',
  method: 'published',
  year: 2025,
  confidence: 'medium',
  ...fields,
});

const CAIO_US_BASE = band({
  role: 'caio',
  region: 'US',
  currency: 'USD',
  low: 280_000,
  high: 500_000,
  confidence: 'low',
  year: 2026,
});
const CAIO_US_TOTAL = band({
  role: 'caio',
  region: 'US',
  currency: 'USD',
  basis: 'total',
  low: 500_000,
  high: 1_000_000,
  highOpen: true,
  year: 2026,
});
const CAIO_GB_BASE = band({
  role: 'caio',
  region: 'GB',
  currency: 'GBP',
  low: 200_000,
  high: 350_000,
  confidence: 'low',
});
const CAIO_EUROPE = band({ role: 'caio', region: 'EUROPE', currency: 'USD', p50: 261_000, year: 2023 });
const DIRECTOR_EUROPE = band({
  role: 'director_ai',
  region: 'EUROPE',
  currency: 'EUR',
  low: 150_000,
  high: 220_000,
});
const HEAD_US = band({ role: 'head_ai', region: 'US', currency: 'USD', low: 200_000, high: 300_000 });

const SALARIES: SalaryEntry[] = [
  CAIO_US_BASE,
  CAIO_US_TOTAL,
  CAIO_GB_BASE,
  CAIO_EUROPE,
  DIRECTOR_EUROPE,
  HEAD_US,
  gap('caio', 'NL', 'No leadership-level pay source for the Netherlands was found'),
  gap('vp_ai', 'US', 'no citable figure found'),
];

const data = (salaries: SalaryEntry[] = SALARIES) => ({
  salaries,
  regions: REGIONS,
  rates: RATES,
  roles: ROLES,
});

const input = (overrides: Partial<BenchmarkInput> = {}): BenchmarkInput => ({
  role: roleMatch('caio'),
  region: regionMatch('US'),
  pay: null,
  displayCurrency: 'USD',
  basis: 'base',
  ...overrides,
});

const run = (overrides: Partial<BenchmarkInput> = {}, salaries?: SalaryEntry[]) => {
  const result = benchmark(input(overrides), data(salaries));
  if (!result) throw new Error('expected a result');
  return result;
};

describe('benchmark: choosing the band', () => {
  it("uses the region's own band, in the basis asked for, with no fallback", () => {
    expect(run().band).toBe(CAIO_US_BASE);
    expect(run().fallback).toBeNull();
    expect(run({ basis: 'total' }).band).toBe(CAIO_US_TOTAL);
  });

  it('walks up the region chain and says so: US-CA -> US, DE -> Europe', () => {
    const california = run({ region: regionMatch('US-CA') });
    expect(california.band).toBe(CAIO_US_BASE);
    expect(california.fallback).toEqual({
      from: 'US-CA',
      reason: 'No band for Chief AI Officer in California; showing United States',
    });

    const germany = run({ role: roleMatch('director_ai'), region: regionMatch('DE') });
    expect(germany.band).toBe(DIRECTOR_EUROPE);
    expect(germany.fallback?.reason).toBe('No band for Director of AI in Germany; showing Europe');
  });

  it('walks past a recorded gap to a broader band, giving the gap as the reason', () => {
    const netherlands = run({ region: regionMatch('NL') });
    expect(netherlands.band).toBe(CAIO_EUROPE);
    expect(netherlands.fallback?.from).toBe('NL');
    expect(netherlands.fallback?.reason).toContain('in the Netherlands (No leadership-level pay source');
  });

  it('turns a gap entry, or nothing at all, into plain gap text and no band', () => {
    const vp = run({ role: roleMatch('vp_ai'), region: regionMatch('US-CA') });
    expect(vp.band).toBeNull();
    expect(vp.gap).toBe(
      'No benchmark for VP of AI in California or the United States: no citable figure found',
    );

    const nothing = run({
      role: roleMatch('ai_research_lead'),
      region: regionMatch('IN'),
      pay: pay(100, 200),
    });
    expect(nothing).toMatchObject({ band: null, position: null, posted: null });
    expect(nothing.gap).toBe(
      'No benchmark for AI Research Lead in India: the bundled data has no figure for this role and region',
    );
  });

  it('without a role gives nothing; without a region, a gap that says why', () => {
    expect(benchmark(input({ role: null }), data())).toBeNull();
    expect(run({ region: null }).gap).toBe(
      "No benchmark for Chief AI Officer: the posting's location could not be placed in a region",
    );
  });

  it('among published figures of one method: the asked basis, then confidence, then the most recent year, then a range', () => {
    const oldHigh = band({
      role: 'cto',
      region: 'US',
      currency: 'USD',
      p50: 164_070,
      confidence: 'high',
      year: 2022,
    });
    const newHigh = band({
      role: 'cto',
      region: 'US',
      currency: 'USD',
      p50: 169_510,
      confidence: 'high',
      year: 2023,
    });
    const newLow = band({
      role: 'cto',
      region: 'US',
      currency: 'USD',
      low: 90_000,
      high: 250_000,
      confidence: 'low',
      year: 2024,
    });
    const total = band({
      role: 'cto',
      region: 'US',
      currency: 'USD',
      basis: 'total',
      mean: 1_587_000,
      confidence: 'high',
      year: 2024,
    });
    const cto = { role: roleMatch('cto') };
    expect(run(cto, [newLow, oldHigh, total, newHigh]).band).toBe(newHigh);
    expect(run(cto, [newLow, oldHigh]).band).toBe(oldHigh);
    expect(run(cto, [newLow, oldHigh, newHigh]).band).toBe(newHigh);
    expect(run({ ...cto, basis: 'total' }, [newLow, oldHigh, total]).band).toBe(total);

    const ranged = band({
      role: 'cto',
      region: 'US',
      currency: 'USD',
      low: 150_000,
      high: 190_000,
      confidence: 'high',
      year: 2023,
    });
    expect(run(cto, [newHigh, ranged]).band).toBe(ranged);
  });

  it('ranks by evidence: rows computed in the repo over a published aggregate, whatever the year', () => {
    const computed = band({
      role: 'director_ai',
      region: 'US',
      currency: 'USD',
      method: 'computed',
      n: 18,
      p25: 185_750,
      p50: 205_800,
      p75: 240_000,
      year: 2024,
    });
    const published = band({
      role: 'director_ai',
      region: 'US',
      currency: 'USD',
      method: 'published',
      n: 400,
      mean: 250_000,
      confidence: 'high',
      year: 2025,
    });
    expect(run({ role: roleMatch('director_ai') }, [published, computed]).band).toBe(computed);
  });

  it("ranks a figure's own sample over a larger n that is the whole survey's", () => {
    const wholeSurvey = band({ ...CAIO_EUROPE, id: 'whole', n: 400, nScope: 'the whole survey' });
    const cell = band({ ...CAIO_EUROPE, id: 'cell', n: 30 });
    expect(run({ region: regionMatch('DE') }, [wholeSurvey, cell]).band).toBe(cell);
  });

  it('never takes a reference as the band: a posting or an uncited figure is context beside the gap', () => {
    const posting = reference({
      id: 'one-posting',
      role: 'director_ai',
      region: 'US',
      currency: 'USD',
      method: 'posting',
      why: 'single-posting',
      n: 1,
      low: 210_000,
      high: 245_000,
    });
    const result = run({ role: roleMatch('director_ai'), pay: pay(100_000, 120_000) }, [posting]);
    expect(result.band).toBeNull();
    expect(result.position).toBeNull();
    expect(result.gap).toMatch(/^No benchmark for Director of AI in the United States/);
    expect(result.references).toEqual([posting]);
  });

  it('gives the references of the nearest region that has any, by evidence then recency', () => {
    const seed = reference({
      id: 'seed',
      role: 'caio',
      region: 'US',
      currency: 'USD',
      method: 'uncited',
      why: 'uncited',
      low: 1,
      high: 2,
    });
    const old = reference({
      id: 'old',
      role: 'caio',
      region: 'US',
      currency: 'USD',
      why: 'no-sample-stated',
      p50: 3,
      year: 2021,
    });
    const recent = reference({
      id: 'recent',
      role: 'caio',
      region: 'US',
      currency: 'USD',
      why: 'no-sample-stated',
      p50: 4,
      year: 2024,
    });
    const state = reference({
      id: 'state',
      role: 'cto',
      region: 'US-CA',
      currency: 'USD',
      why: 'occupation-wages',
      p50: 5,
    });
    const salaries = [seed, old, recent, state, CAIO_US_BASE];
    expect(chooseReferences('caio', 'US-CA', { salaries, regions: REGIONS }).map((r) => r.id)).toEqual([
      'recent',
      'old',
      'seed',
    ]);
    expect(chooseReferences('cto', 'US-CA', { salaries, regions: REGIONS }).map((r) => r.id)).toEqual([
      'state',
    ]);
    expect(chooseReferences('cto', 'US-NY', { salaries, regions: REGIONS })).toEqual([]);
    // Beside a band too: the CAIO band stays the benchmark, the references come with it.
    const result = run({}, salaries);
    expect(result.band).toBe(CAIO_US_BASE);
    expect(result.references?.map((r) => r.id)).toEqual(['recent', 'old', 'seed']);
  });

  it("ranks the role's own figures over a proxy population, even a larger one", () => {
    const own = band({ role: 'head_ai', region: 'US', currency: 'USD', method: 'computed', n: 14, p50: 1 });
    const proxy = band({
      role: 'head_ai',
      region: 'US',
      currency: 'USD',
      method: 'computed',
      n: 137,
      p50: 2,
      proxy: 'Head of Data',
    });
    expect(run({ role: roleMatch('head_ai') }, [proxy, own]).band).toBe(own);
  });

  it('says when it shows another basis than the one asked for', () => {
    const onlyBase = run({ basis: 'total' }, [CAIO_US_BASE]);
    expect(onlyBase.band).toBe(CAIO_US_BASE);
    expect(onlyBase.notes).toContain(
      'No total compensation (including bonus and equity) figure here; showing base salary',
    );
    expect(run({ basis: 'base' }, [CAIO_US_BASE]).notes).toEqual([]);
  });
});

describe('benchmark: where the posted pay sits', () => {
  const band200to300 = [HEAD_US];
  const at = (posted: Pay) => run({ role: roleMatch('head_ai'), pay: posted }, band200to300).position;

  it('below / within / above, with the edges counted as inside', () => {
    expect(at(pay(150_000, 199_999))?.verdict).toBe('below');
    expect(at(pay(200_000, 300_000))).toEqual({
      verdict: 'within',
      against: 'band',
      at: 0.5,
      comparedBasis: 'base',
    });
    expect(at(pay(200_000, 200_000))).toMatchObject({ verdict: 'within', at: 0 });
    expect(at(pay(300_000, 300_000))).toMatchObject({ verdict: 'within', at: 1 });
    expect(at(pay(300_001, 350_000))?.verdict).toBe('above');
  });

  it('places pay against the 25th-75th percentile when a survey gives no low..high', () => {
    const survey = band({
      role: 'head_ai',
      region: 'US',
      currency: 'USD',
      p25: 200_000,
      p50: 240_000,
      p75: 280_000,
    });
    const place = (posted: Pay) => run({ role: roleMatch('head_ai'), pay: posted }, [survey]).position;
    expect(place(pay(300_000, 350_000))).toMatchObject({ verdict: 'above', against: 'middle-half' });
    expect(place(pay(210_000, 270_000))).toMatchObject({
      verdict: 'within',
      against: 'middle-half',
      at: 0.5,
    });
    const medianOnly = band({ role: 'head_ai', region: 'US', currency: 'USD', p50: 240_000 });
    expect(run({ role: roleMatch('head_ai'), pay: pay(300_000, 350_000) }, [medianOnly]).position).toBeNull();
  });

  it('overlaps when the posted range crosses an edge', () => {
    expect(at(pay(150_000, 200_000))?.verdict).toBe('overlaps');
    expect(at(pay(280_000, 320_000))?.verdict).toBe('overlaps');
    expect(at(pay(150_000, 350_000))?.verdict).toBe('overlaps');
  });

  it('places the midpoint within low..high, outside 0..1 when the pay is outside the band', () => {
    expect(at(pay(225_000, 275_000))?.at).toBeCloseTo(0.5);
    expect(at(pay(100_000, 100_000))?.at).toBeCloseTo(-1);
    expect(at(pay(400_000, 400_000))?.at).toBeCloseTo(2);
  });

  it('never calls pay "above" an open-topped band ("$1M+")', () => {
    const openBase = band({ ...CAIO_US_BASE, high: 500_000, highOpen: true });
    const position = run({ pay: pay(1_200_000, 1_500_000) }, [openBase]).position;
    expect(position?.verdict).toBe('within');
  });

  it("gives no verdict when the posted basis differs from the band's, and still shows both", () => {
    // Base salary $300K-$400K against a $500K-$1M+ total band used to read "below": unlike things compared.
    const result = run({ basis: 'total', pay: pay(300_000, 400_000) });
    expect(result.band).toBe(CAIO_US_TOTAL);
    expect(result.position).toBeNull();
    expect(result.noVerdict).toBe('basis-differs');
    expect(result.posted).toMatchObject({ low: 300_000, high: 400_000, currency: 'USD' });

    const ote = run({ pay: pay(300_000, 400_000, 'USD', { ote: true }) });
    expect(ote.band).toBe(CAIO_US_BASE);
    expect(ote).toMatchObject({ position: null, noVerdict: 'basis-differs' });
    const sameBasis = run({ pay: pay(300_000, 400_000) });
    expect(sameBasis).toMatchObject({
      position: { verdict: 'within', comparedBasis: 'base' },
      noVerdict: null,
    });
  });

  it('gives no verdict against a band whose source does not say which pay it counts', () => {
    const unstated = band({ ...CAIO_GB_BASE, n: 50, nKind: 'respondents', basisStated: false });
    const result = run({ region: regionMatch('GB'), pay: pay(150_000, 180_000, 'GBP') }, [unstated]);
    expect(result.band).toBe(unstated);
    expect(result).toMatchObject({ position: null, noVerdict: 'basis-unstated' });
    expect(result.posted).toMatchObject({ low: 150_000, high: 180_000 });
  });

  it('describes pay against a band that gives only a median, without inventing a range', () => {
    const result = run({ region: regionMatch('DE'), pay: pay(313_200, 313_200, 'USD') });
    expect(result.band).toBe(CAIO_EUROPE);
    expect(result.position).toBeNull();
    expect(result.posted).toMatchObject({ low: 313_200, high: 313_200 });
    expect(result.notes).toContain(
      'The source gives only a median ($261K), no range: the posted midpoint is 20% above it',
    );
  });
});

describe('benchmark: currencies', () => {
  const usdPerGbp = 1.1794 / 0.8679;

  it('converts posted pay into the band currency before comparing (never across currencies)', () => {
    // $210K-$230K looks "within" £200K-£350K if the currencies are ignored; it is £154.5K-£169.3K.
    const result = run({
      region: regionMatch('GB'),
      pay: pay(210_000, 230_000, 'USD'),
      displayCurrency: 'GBP',
    });
    expect(result.band).toBe(CAIO_GB_BASE);
    expect(result.posted?.currency).toBe('GBP');
    expect(result.posted?.converted).toBe(true);
    expect(result.posted?.low).toBeCloseTo(210_000 / usdPerGbp, 6);
    expect(result.posted?.high).toBeCloseTo(230_000 / usdPerGbp, 6);
    expect(result.position?.verdict).toBe('below');
    expect(result.notes).toContain('Posted pay converted from USD at the reference rate of 2026-02-06');
  });

  it('gives the display currency with its rate and date, and keeps the band in its own currency', () => {
    const result = run({ region: regionMatch('GB'), displayCurrency: 'USD' });
    expect(result.band?.currency).toBe('GBP');
    expect(result.band?.low).toBe(200_000);
    expect(result.display?.currency).toBe('USD');
    expect(result.display?.rate).toBeCloseTo(usdPerGbp, 10);
    expect(result.display?.rateDate).toBe('2026-02-06');
    expect(run({ region: regionMatch('GB'), displayCurrency: 'EUR' }).display?.rate).toBeCloseTo(
      1 / 0.8679,
      10,
    );
    expect(run({ region: regionMatch('GB'), displayCurrency: 'GBP' }).display).toBeNull();
  });

  it("gives the rates' date with any conversion and says when it is more than six months before today", () => {
    const converted = { region: regionMatch('GB'), displayCurrency: 'USD' } as const;
    expect(run({ ...converted, today: '2026-08-06' }).rates).toEqual({ date: '2026-02-06', old: false });
    expect(run({ ...converted, today: '2026-08-07' }).rates).toEqual({ date: '2026-02-06', old: true });
    expect(run(converted).rates).toEqual({ date: '2026-02-06', old: null });
    const postedOnly = run({ pay: pay(300_000, 400_000, 'GBP'), today: '2027-01-01' });
    expect(postedOnly.posted?.converted).toBe(true);
    expect(postedOnly.rates).toEqual({ date: '2026-02-06', old: true });
    expect(run({ pay: pay(300_000, 400_000), today: '2027-01-01' }).rates).toBeNull();
  });

  it('does not compare or convert without a rate, and says so', () => {
    const yen = run({ pay: pay(30_000_000, 40_000_000, 'JPY'), displayCurrency: 'JPY' });
    expect(yen.band).toBe(CAIO_US_BASE);
    expect(yen.posted).toBeNull();
    expect(yen.position).toBeNull();
    expect(yen.display).toBeNull();
    expect(yen.notes).toEqual([
      'No exchange rate for JPY; the band is shown in USD only',
      'No exchange rate between JPY and USD, so the posted pay is not compared',
    ]);
  });
});
