// Currencies: plausible sizes for the stated period, currencies Pay does not carry, and the posting's own
// currency for a figure whose text names none.
import { describe, expect, it } from 'vitest';
import { postedPayText } from '../../../components/panel/view-model';
import { loadBundledData } from '../../../data';
import { analyzeCore } from '../../../lib/engine/analyze';
import { CONVENTIONS, findPayInText, PAY_CURRENCIES, parsePay } from '../../../lib/engine/pay';
import type { Posting } from '../../../lib/engine/types';
import { english } from '../components/words';
import { figures } from './helpers';

describe('plausible size, for the amount and its period together', () => {
  const implausible = [
    '$10,000,000 per year',
    '$9,000,000 a year',
    '£450/yr',
    '£450 a year',
    '$200 a month',
    '$900,000 a month',
    '€5,000 an hour',
  ];
  for (const text of implausible) {
    it(`${text} -> null`, () => expect(parsePay(text)).toBeNull());
  }
  const plausible: [string, string][] = [
    ['£450 a day', 'day'],
    ['$450,000 a year', 'year'],
    ['$2,000 a month', 'month'],
    ['$1.50 USD/HR', 'hour'],
  ];
  for (const [text, period] of plausible) {
    it(`${text} is pay`, () => expect(parsePay(text)?.period).toBe(period));
  }
  it('gives every currency a floor under its ceiling', () => {
    for (const code of PAY_CURRENCIES) {
      const { floor, ceiling, yearFrom } = CONVENTIONS[code];
      expect(floor, code).toBeLessThan(ceiling);
      expect(floor, code).toBeLessThanOrEqual(yearFrom ?? floor);
    }
  });
});

describe('currencies Pay does not carry', () => {
  for (const text of [
    '¥500000 per year',
    '₩50,000,000 per year',
    'CNY 30,000 a month',
    '30000 yen a month',
    '15,000 pesos monthly',
    'от 100000 до 200000 юаней',
  ]) {
    it(`${text} -> null, even on a posting in dollars`, () => {
      expect(parsePay(text)).toBeNull();
      expect(parsePay(text, { defaultCurrency: 'USD' })).toBeNull();
    });
  }
  it('reads "kr" as the posting’s own crown, and nothing on a posting in another currency', () => {
    expect(figures(parsePay('Lønn: kr 600 000 – 750 000 per år', { defaultCurrency: 'NOK' }))).toEqual({
      min: 600_000,
      max: 750_000,
      currency: 'NOK',
      period: 'year',
    });
    expect(parsePay('kr 600 000 – 750 000 per år', { defaultCurrency: 'EUR' })).toBeNull();
    expect(parsePay('kr 600 000 – 750 000 per år')).toBeNull();
  });
  it('reads "kr" as the crown of the language the text is written in, when only one language has its words', () => {
    const usd = { defaultCurrency: 'USD' } as const;
    expect(figures(parsePay('Lønn: kr 600 000 – 750 000 per år', usd))).toEqual({
      min: 600_000,
      max: 750_000,
      currency: 'NOK',
      period: 'year',
    });
    expect(figures(parsePay('Lön: 45 000 kr/mån'))).toEqual({
      min: 45_000,
      max: 45_000,
      currency: 'SEK',
      period: 'month',
    });
    expect(parsePay('Månedsløn: 45.000 kr')?.currency).toBe('DKK');
    expect(parsePay('Lønn 600 000 kr, lön 45 000 kr')).toBeNull();
    expect(parsePay('NOK 600 000 kr per år')?.currency).toBe('NOK');
    expect(parsePay('50 000 kronor i månaden')?.currency).toBe('SEK');
  });
  it('reads currency words', () => {
    expect(figures(parsePay('50,000 euros a year'))).toEqual({
      min: 50_000,
      max: 50_000,
      currency: 'EUR',
      period: 'year',
    });
    expect(parsePay('60,000 dollars a year', { dollar: 'CAD' })?.currency).toBe('CAD');
    expect(parsePay('40 000 - 60 000 Kč')?.period).toBe('month');
  });
});

describe('pesos: the peso the posting or the text tells', () => {
  const month = (min: number, max: number, currency: string) => ({ min, max, currency, period: 'month' });
  it("reads pesos in the posting's own peso", () => {
    expect(figures(parsePay('15,000 pesos monthly', { defaultCurrency: 'MXN' }))).toEqual(
      month(15_000, 15_000, 'MXN'),
    );
    expect(figures(parsePay('15,000 pesos monthly', { defaultCurrency: 'PHP' }))).toEqual(
      month(15_000, 15_000, 'PHP'),
    );
    expect(figures(parsePay('$15,000 pesos mensuales', { defaultCurrency: 'MXN' }))).toEqual(
      month(15_000, 15_000, 'MXN'),
    );
  });
  it('reads the peso the text names: "pesos mexicanos", "M.N.", an ISO code beside it', () => {
    expect(figures(parsePay('15,000 pesos mexicanos al mes'))).toEqual(month(15_000, 15_000, 'MXN'));
    expect(figures(parsePay('$15,000 - $20,000 M.N. mensuales'))).toEqual(month(15_000, 20_000, 'MXN'));
    expect(figures(parsePay('15,000 pesos (MXN) al mes'))).toEqual(month(15_000, 15_000, 'MXN'));
    expect(parsePay('M.N. Smith earns $150,000 a year')?.currency).toBe('USD');
  });
  it('reads nothing where neither tells the peso, or the text names one Pay does not carry', () => {
    expect(parsePay('15,000 pesos monthly')).toBeNull();
    expect(parsePay('$15,000 pesos mensuales', { defaultCurrency: 'USD' })).toBeNull();
    expect(parsePay('15,000 pesos colombianos al mes')).toBeNull();
    expect(parsePay('15,000 pesos (COP) al mes')).toBeNull();
  });
});

describe('¥: yen or yuan, told by the posting, its words or the figure’s size', () => {
  const usd = { defaultCurrency: 'USD' } as const;
  it("reads ¥ as the yen on a posting in yen, and the yen's own names anywhere", () => {
    expect(figures(parsePay('¥250,000/month', { defaultCurrency: 'JPY' }))).toEqual({
      min: 250_000,
      max: 250_000,
      currency: 'JPY',
      period: 'month',
    });
    expect(figures(parsePay('600,000 yen a month'))).toEqual({
      min: 600_000,
      max: 600_000,
      currency: 'JPY',
      period: 'month',
    });
    expect(parsePay('時給1,200円')?.currency).toBe('JPY');
    expect(parsePay('JPY ¥6,000,000')?.currency).toBe('JPY');
  });
  it('reads ¥ as the yen where a year of it is a yen salary and yuan pay only at the very top', () => {
    const cases: [string, number, string][] = [
      ['¥6,000,000', 6_000_000, 'year'],
      ['¥300,000/month', 300_000, 'month'],
      ['¥1,500/hour', 1500, 'hour'],
    ];
    for (const [text, figure, period] of cases) {
      expect(figures(parsePay(text, usd)), text).toEqual({
        min: figure,
        max: figure,
        currency: 'JPY',
        period,
      });
    }
  });
  it('reads nothing where the size fits the yuan too, or the text is Chinese or names the yuan', () => {
    for (const text of [
      '¥50000',
      '¥100000',
      '¥150/hour',
      '¥25,000 per month',
      '年薪 ¥2,000,000',
      '¥2,000,000 CNY',
    ]) {
      expect(parsePay(text, usd), text).toBeNull();
    }
    expect(parsePay('¥50000', { defaultCurrency: 'JPY' })).toBeNull();
  });
});

describe('currencies postings state monthly pay in, read by their marks and habits', () => {
  const cases: [string, number, number, string, string][] = [
    ['₺35.000–₺45.000', 35_000, 45_000, 'TRY', 'month'],
    ['35.000 TL aylık', 35_000, 35_000, 'TRY', 'month'],
    ['Php 15,000', 15_000, 15_000, 'PHP', 'month'],
    ['₱25,000 - 30,000', 25_000, 30_000, 'PHP', 'month'],
    ['PHP 25000 / month', 25_000, 25_000, 'PHP', 'month'],
    ['PHP 600,000 - 900,000', 600_000, 900_000, 'PHP', 'year'],
    ['NT$ 60,000 - 80,000 (月薪)', 60_000, 80_000, 'TWD', 'month'],
    ['NT$ 1,400,000 - 2,000,000 (年薪)', 1_400_000, 2_000_000, 'TWD', 'year'],
    ['月薪NT$60,000', 60_000, 60_000, 'TWD', 'month'],
    ['от 100000 до 200000 рублей', 100_000, 200_000, 'RUB', 'month'],
    ['от 150 тыс. руб. в месяц', 150_000, 150_000, 'RUB', 'month'],
    ['₴50000', 50_000, 50_000, 'UAH', 'month'],
    ['50000 гривен', 50_000, 50_000, 'UAH', 'month'],
    ['₸500000', 500_000, 500_000, 'KZT', 'month'],
  ];
  for (const [text, min, max, currency, period] of cases) {
    it(`${text} -> ${min}-${max} ${currency} a ${period}, even on a posting in dollars`, () => {
      expect(figures(parsePay(text, { defaultCurrency: 'USD' }))).toEqual({ min, max, currency, period });
    });
  }
  it('reads a symbol Pay does not carry as nothing, never as dollars', () => {
    expect(parsePay('¥35.000–¥45.000', { defaultCurrency: 'USD' })).toBeNull();
  });
  it('reads "PHP", "TL", "try" and "rub" as currencies only where they are one', () => {
    expect(findPayInText('Salary for PHP developers: $120,000 - $150,000')?.currency).toBe('USD');
    expect(parsePay('PHP $120,000 - $150,000')?.currency).toBe('USD');
    expect(parsePay('TL $150,000 a year')?.currency).toBe('USD');
    expect(parsePay('try $120,000 - $150,000 a year')?.currency).toBe('USD');
    expect(parsePay('rub $120,000 - $150,000 a year')?.currency).toBe('USD');
  });
  it('keeps every yearFrom above a month of the monthFrom habit', () => {
    for (const code of PAY_CURRENCIES) {
      const { monthFrom, yearFrom, floor } = CONVENTIONS[code];
      if (monthFrom === null) continue;
      expect(monthFrom * 12, code).toBeGreaterThanOrEqual(floor);
      expect(yearFrom ?? Number.POSITIVE_INFINITY, code).toBeGreaterThan(monthFrom);
    }
  });
});

describe("a figure with no currency written is in the posting's own currency, said to be inferred", () => {
  it('is refused without a default currency', () => {
    expect(parsePay('120,000 - 150,000 per year')).toBeNull();
    expect(findPayInText('Salary: 120,000 - 150,000 per year')).toBeNull();
  });
  it('is read in the default currency and marked inferred', () => {
    const pay = parsePay('120,000 - 150,000 per year', { defaultCurrency: 'USD' });
    expect(figures(pay)).toEqual({ min: 120_000, max: 150_000, currency: 'USD', period: 'year' });
    expect(pay?.currencyInferred).toBe(true);
    expect(figures(parsePay('80-90k pro rata', { defaultCurrency: 'GBP' }))).toEqual({
      min: 80_000,
      max: 90_000,
      currency: 'GBP',
      period: 'year',
    });
    expect(parsePay('Compensation 100K-130K', { defaultCurrency: 'EUR' })?.currency).toBe('EUR');
  });
  it('never overrides a written or implied currency', () => {
    const pay = parsePay('€120,000 - €150,000', { defaultCurrency: 'USD' });
    expect(pay?.currency).toBe('EUR');
    expect(pay?.currencyInferred).toBeUndefined();
    expect(parsePay('6 - 9 Lakhs', { defaultCurrency: 'USD' })?.currency).toBe('INR');
  });
  it('in prose, only with a period stated or a pay label just before the figure', () => {
    const usd = { defaultCurrency: 'USD' } as const;
    expect(findPayInText('Salary: 120,000 - 150,000', usd)?.currencyInferred).toBe(true);
    expect(findPayInText('The salary is 120,000 to 150,000 per year.', usd)?.min).toBe(120_000);
    expect(findPayInText('Great salary, and our app has 150,000 users.', usd)).toBeNull();
    expect(findPayInText('Compensation includes a 401(k) and 5 weeks of leave.', usd)).toBeNull();
    expect(findPayInText('Salary review in 2025 - 2026.', usd)).toBeNull();
  });
});

describe("the posting's region gives the currency a pay text leaves out", () => {
  const posting = (location: string, payText: string): Posting => ({
    site: 'generic',
    url: 'https://example.com/jobs/1',
    jobId: null,
    title: { value: 'Head of AI', source: 'test' },
    company: { value: 'Example', source: 'test' },
    location: { value: location, source: 'test' },
    workplace: { value: 'on-site', source: 'test' },
    payText: { value: payText, source: 'test' },
    structuredPay: null,
    description: { value: 'We are hiring a Head of AI.', source: 'test' },
  });
  const options = { displayCurrency: 'USD', basis: 'base', today: '2026-01-01' } as const;
  const data = loadBundledData();

  it('reads a figure with no currency in the currency of the country the posting names', () => {
    const cases: [string, string][] = [
      ['Austin, TX', 'USD'],
      ['London, United Kingdom', 'GBP'],
      ['Berlin, Germany', 'EUR'],
      ['Bengaluru, India', 'INR'],
    ];
    for (const [location, currency] of cases) {
      const pay = analyzeCore(posting(location, '120,000 - 150,000 per year'), data, options).pay;
      expect(pay?.currency, location).toBe(currency);
      expect(pay?.currencyInferred, location).toBe(true);
    }
  });
  it('infers nothing for a posting that names no country', () => {
    expect(analyzeCore(posting('Remote', '120,000 - 150,000 per year'), data, options).pay).toBeNull();
  });
  it('says so where the panel shows the posted pay', () => {
    const pay = analyzeCore(posting('Austin, TX', '120,000 - 150,000 per year'), data, options).pay;
    expect(pay && postedPayText(english, pay)).toMatch(/\(currency inferred: USD\)$/);
    const named = analyzeCore(posting('Austin, TX', '$120,000 - $150,000 per year'), data, options).pay;
    expect(named && postedPayText(english, named)).not.toMatch(/inferred/);
  });
});
