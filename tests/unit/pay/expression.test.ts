// Money expressions: how a range is joined, "from ... to a maximum of", "starting at ... up to", the bottom
// written without its thousands, a bottom of nothing, a minus, lakhs and crores, abbreviated thousands.
import { describe, expect, it } from 'vitest';
import { parsePay } from '../../../lib/engine/pay';
import type { Pay } from '../../../lib/engine/types';
import { figures } from './helpers';

const range = (min: number, max: number, currency: string, period: Pay['period'] = 'year') => ({
  min,
  max,
  currency,
  period,
});

describe('ranges joined every way postings join them', () => {
  const cases: [string, ReturnType<typeof range>][] = [
    ['$150,000/$180,000 per year', range(150_000, 180_000, 'USD')],
    ['€50/h / €60/h', range(50, 60, 'EUR', 'hour')],
    ['$85k _$95k Base +Package', range(85_000, 95_000, 'USD')],
    ['from a minimum of $29,600.00 to a maximum of $67,500.00', range(29_600, 67_500, 'USD')],
    ['£40,000 to max £48,000 per annum', range(40_000, 48_000, 'GBP')],
    ['Starting at $90k, up to $130k DOE', range(90_000, 130_000, 'USD')],
    ['od 10 000 do 15 000 zł brutto miesięcznie', range(10_000, 15_000, 'PLN', 'month')],
    ['de 30.000 a 40.000 € brutos anuales', range(30_000, 40_000, 'EUR')],
    ['tra 35.000 e 45.000 € RAL', range(35_000, 45_000, 'EUR')],
    ['USD $142,800 - $274,800 per year', range(142_800, 274_800, 'USD')],
    ['₹5,00,000/- to ₹8,00,000/-', range(500_000, 800_000, 'INR')],
  ];
  for (const [text, want] of cases) {
    it(text, () => expect(figures(parsePay(text))).toEqual(want));
  }

  it('keeps a single figure when a slash leads to no figure with a currency', () => {
    expect(figures(parsePay('$120,000 / 12 months'))).toEqual(range(120_000, 120_000, 'USD'));
  });
});

describe('the bottom of a range written without its thousands', () => {
  it('shares the top magnitude when that makes a range', () => {
    expect(figures(parsePay('$140 – $160000'))).toEqual(range(140_000, 160_000, 'USD'));
    expect(figures(parsePay('$140 - $160000 per annum'))).toEqual(range(140_000, 160_000, 'USD'));
  });
  it('is not stretched into a range that is still not one', () => {
    expect(parsePay('$5 - $500,000')).toBeNull();
    expect(parsePay('$200 - $150000')).toBeNull();
  });
});

describe('the top of a range written without its scale', () => {
  it('shares the bottom scale when it is too small to be any range with it', () => {
    expect(figures(parsePay('85K-95', { defaultCurrency: 'USD' }))).toEqual(range(85_000, 95_000, 'USD'));
    expect(figures(parsePay('£85k - 95 per annum'))).toEqual(range(85_000, 95_000, 'GBP'));
  });
  it('is kept when the range is written top first', () => {
    expect(figures(parsePay('$1K - $300 per month'))).toEqual({
      min: 300,
      max: 1000,
      currency: 'USD',
      period: 'month',
    });
  });
});

describe('Russian and Ukrainian ranges', () => {
  it('reads "от … до" as a range, "до" alone as a top and "от" alone as a bottom', () => {
    expect(figures(parsePay('от 100 000 до 150 000 ₽'))).toEqual({
      min: 100_000,
      max: 150_000,
      currency: 'RUB',
      period: 'month',
    });
    expect(parsePay('до 200 000 ₽')?.bound).toBe('up-to');
    expect(parsePay('от 150 000 ₽')?.bound).toBe('from');
    expect(parsePay('від 40 000 грн')?.bound).toBe('from');
  });
});

describe('lakhs and crores name the rupee', () => {
  const cases: [string, number, number][] = [
    ['6 - 9 Lakhs', 600_000, 900_000],
    ['15 Lacs P.A.', 1_500_000, 1_500_000],
    ['1.2 crore per annum', 12_000_000, 12_000_000],
    ['12 - 18 LPA', 1_200_000, 1_800_000],
  ];
  for (const [text, min, max] of cases) {
    it(text, () => expect(figures(parsePay(text))).toEqual(range(min, max, 'INR')));
  }
  it('but a bare "L" does not', () => expect(parsePay('5L - 8L')).toBeNull());
});

describe('a minus is not pay', () => {
  for (const text of ['-$50,000', '−£40,000 per year', 'Adjustment: -$60,000 a year']) {
    it(`${text} -> null`, () => expect(parsePay(text)).toBeNull());
  }
  it('a dash between two figures still joins them', () => {
    expect(figures(parsePay('$40,000-$50,000'))).toEqual(range(40_000, 50_000, 'USD'));
  });
});

describe('a range from nothing', () => {
  it('states only its top: "$0 - $X" is up to $X', () => {
    const day = parsePay('$0 - $650 per day');
    expect(figures(day)).toEqual(range(650, 650, 'USD', 'day'));
    expect(day?.bound).toBe('up-to');
    const year = parsePay('$0 - $79000 per annum');
    expect(figures(year)).toEqual(range(79_000, 79_000, 'USD'));
    expect(year?.bound).toBe('up-to');
  });
  it('is still held to a plausible top, and "$0" alone is no pay', () => {
    expect(parsePay('$0 - $5 per month')).toBeNull();
    expect(parsePay('$0 per year')).toBeNull();
  });
});

describe('thousands abbreviated, and the Japanese and Chinese ten thousand', () => {
  const cases: [string, ReturnType<typeof range>][] = [
    ['40–60 tis. Kč', range(40_000, 60_000, 'CZK', 'month')],
    ['35 tis. Kč měsíčně', range(35_000, 35_000, 'CZK', 'month')],
    ['10 tys. zł', range(10_000, 10_000, 'PLN', 'month')],
    ['10-12 tys. zł brutto', range(10_000, 12_000, 'PLN', 'month')],
    ['年収600万円～900万円', range(6_000_000, 9_000_000, 'JPY', 'year')],
    ['月給25万円〜35万円', range(250_000, 350_000, 'JPY', 'month')],
  ];
  for (const [text, want] of cases) {
    it(text, () => expect(figures(parsePay(text))).toEqual(want));
  }
  it('keeps the abbreviation’s dot out of the sentence’s end', () => {
    expect(figures(parsePay('12 tis. Kč za měsíc'))).toEqual(range(12_000, 12_000, 'CZK', 'month'));
  });
});
