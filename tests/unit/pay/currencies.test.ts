// Currencies: plausible sizes for the stated period, currencies Pay does not carry, and the posting's own
// currency for a figure whose text names none.
import { describe, expect, it } from 'vitest';
import { postedPayText } from '../../../components/panel/view-model';
import { loadBundledData } from '../../../data';
import { analyzeCore } from '../../../lib/engine/analyze';
import { CONVENTIONS, findPayInText, PAY_CURRENCIES, parsePay } from '../../../lib/engine/pay';
import type { Posting } from '../../../lib/engine/types';
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
    'NT$ 60,000 - 80,000',
    '₱25,000 - 30,000 a month',
    'PHP 25000 / month',
    '¥500000 per year',
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
    expect(pay && postedPayText(pay)).toMatch(/\(currency inferred: USD\)$/);
    const named = analyzeCore(posting('Austin, TX', '$120,000 - $150,000 per year'), data, options).pay;
    expect(named && postedPayText(named)).not.toMatch(/inferred/);
  });
});
