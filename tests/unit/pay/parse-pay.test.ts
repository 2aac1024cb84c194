// parsePay on pay texts as sites show them: formats, prose, and what is not pay.
import { describe, expect, it } from 'vitest';
import { findPayInText, parsePay } from '../../../lib/engine/pay';
import { type Expected, pick, year } from './helpers';

describe('parsePay: the formats sites show', () => {
  const cases: [string, Expected][] = [
    ['$280,000 - $350,000/yr', year(280_000, 350_000, 'USD')],
    ['$280K–$350K', year(280_000, 350_000, 'USD')],
    ['Base pay range $250,000.00/yr - $400,000.00/yr', year(250_000, 400_000, 'USD')],
    ['USD 300,000-400,000', year(300_000, 400_000, 'USD')],
    ['£200k to £250k per annum', year(200_000, 250_000, 'GBP')],
    ['€180.000 – €220.000', year(180_000, 220_000, 'EUR')],
    ['180 000 €', year(180_000, 180_000, 'EUR', 'single')],
    ['180\u202f000\u00a0€', year(180_000, 180_000, 'EUR', 'single')],
    ['CA$250,000', year(250_000, 250_000, 'CAD', 'single')],
    ['A$160,000.00 - A$200,000.00', year(160_000, 200_000, 'AUD')],
    ['90K GBP/yr - 100K GBP/yr', year(90_000, 100_000, 'GBP')],
    ['£90K/yr - £100K/yr', year(90_000, 100_000, 'GBP')],
    [
      '$95/hr - $135/hr',
      {
        min: 95,
        max: 135,
        currency: 'USD',
        period: 'hour',
        annualMin: 197_600,
        annualMax: 280_800,
        bound: 'range',
      },
    ],
    [
      '$150/hr',
      {
        min: 150,
        max: 150,
        currency: 'USD',
        period: 'hour',
        annualMin: 312_000,
        annualMax: 312_000,
        bound: 'single',
      },
    ],
    [
      '$20,000 a month',
      {
        min: 20_000,
        max: 20_000,
        currency: 'USD',
        period: 'month',
        annualMin: 240_000,
        annualMax: 240_000,
        bound: 'single',
      },
    ],
    ['$130,000 - $160,000 a year - Full-time', year(130_000, 160_000, 'USD')],
    [
      '$27.85 - $41.77 an hour - Part-time',
      {
        min: 27.85,
        max: 41.77,
        currency: 'USD',
        period: 'hour',
        annualMin: 57_928,
        annualMax: 86_881.6,
        bound: 'range',
      },
    ],
    ['$217,000 — $312,200 USD', year(217_000, 312_200, 'USD')],
    // Glassdoor India: "T" is a thousand; a figure of ₹25,000 can only be monthly pay.
    [
      '₹25T - ₹50T (Employer Est.)',
      {
        min: 25_000,
        max: 50_000,
        currency: 'INR',
        period: 'month',
        annualMin: 300_000,
        annualMax: 600_000,
        bound: 'range',
      },
    ],
    ['₹5L - ₹8L (Glassdoor Est.)', year(500_000, 800_000, 'INR')],
    ['$1.2M', year(1_200_000, 1_200_000, 'USD', 'single')],
    ['$240,000', year(240_000, 240_000, 'USD', 'single')],
    ['up to $150K', year(150_000, 150_000, 'USD', 'up-to')],
    ['from $120,000', year(120_000, 120_000, 'USD', 'from')],
    ['Starting at £95,000', year(95_000, 95_000, 'GBP', 'from')],
    ['$200K+', year(200_000, 200_000, 'USD', 'from')],
    ['$280-350K', year(280_000, 350_000, 'USD')],
    ['$350K – $280K', year(280_000, 350_000, 'USD')],
    ['NZ$150,000 - NZ$180,000', year(150_000, 180_000, 'NZD')],
    ['S$180,000', year(180_000, 180_000, 'SGD', 'single')],
    ['US$250,000', year(250_000, 250_000, 'USD', 'single')],
    ['$250,000 CAD', year(250_000, 250_000, 'CAD', 'single')],
    ["CHF 120'000 - 150'000", year(120_000, 150_000, 'CHF')],
    ['Rs. 5,00,000 - 8,00,000', year(500_000, 800_000, 'INR')],
    ['12 LPA', year(1_200_000, 1_200_000, 'INR', 'single')],
    ['€1.234.567,50', year(1_234_567.5, 1_234_567.5, 'EUR', 'single')],
    ['Jahresgehalt 85.000 € - 95.000 €', year(85_000, 95_000, 'EUR')],
    [
      '€650/day',
      {
        min: 650,
        max: 650,
        currency: 'EUR',
        period: 'day',
        annualMin: 169_000,
        annualMax: 169_000,
        bound: 'single',
      },
    ],
    [
      '$4,000 per week',
      {
        min: 4000,
        max: 4000,
        currency: 'USD',
        period: 'week',
        annualMin: 208_000,
        annualMax: 208_000,
        bound: 'single',
      },
    ],
    [
      'Hourly rate: $95 - $135',
      {
        min: 95,
        max: 135,
        currency: 'USD',
        period: 'hour',
        annualMin: 197_600,
        annualMax: 280_800,
        bound: 'range',
      },
    ],
  ];
  for (const [text, expected] of cases) {
    it(text, () => expect(pick(parsePay(text))).toEqual(expected));
  }

  it('reads a bare "$" as the dollar the page is in when told', () => {
    // au.indeed.com shows AUD as "$130,000 - $160,000 a year" (its JSON-LD says AUD).
    expect(parsePay('$130,000 - $160,000 a year', { dollar: 'AUD' })?.currency).toBe('AUD');
    expect(parsePay('CA$250,000', { dollar: 'AUD' })?.currency).toBe('CAD');
    expect(parsePay('£90K', { dollar: 'AUD' })?.currency).toBe('GBP');
    expect(findPayInText('Salary: $130,000', { dollar: 'AUD' })?.currency).toBe('AUD');
  });

  it('reads a range with "p.a." after each figure as the range (fuzz counterexample)', () => {
    expect(pick(parsePay('$10000 p.a. - $10001 p.a.'))).toEqual(year(10_000, 10_001, 'USD'));
    expect(pick(parsePay('£50,000 p.a.–£60,000 p.a.'))).toEqual(year(50_000, 60_000, 'GBP'));
    expect(pick(findPayInText('The salary range for this role is $20000 p.a. - $21000 p.a.'))).toEqual(
      year(20_000, 21_000, 'USD'),
    );
  });

  it('keeps the text it read the figures from', () => {
    expect(parsePay('  $280K–$350K\n  + equity ')?.text).toBe('$280K–$350K + equity');
  });
});

describe('parsePay: prose that states pay', () => {
  const prose: [string, number, number][] = [
    ['The base salary for this role is between $226,000 and $369,000', 226_000, 369_000],
    ['The pay range for this role is $226,000 to $369,000.', 226_000, 369_000],
    [
      'Base Pay Range for: CA applicants is $121,023.00 - $169,432.20 Other site ranges may differ',
      121_023,
      169_432.2,
    ],
  ];
  for (const [text, min, max] of prose) {
    it(text, () => expect(pick(parsePay(text))).toEqual(year(min, max, 'USD')));
  }
});

describe('parsePay: what is not pay', () => {
  const notPay = [
    '$150', // no period and too small to be a year's pay: ambiguous
    '280,000', // no currency
    '300,000 - 400,000',
    '401(k)',
    '$25T', // trillion outside India
    '$10B',
    'raised $50M Series B',
    '$15K–$30K+ retainer range',
    '$1,000 learning budget',
    'R$ 12.000', // Brazil states monthly and annual pay at the same magnitudes: period needed
    '$5 - $500,000', // a top 100x the bottom is two figures, not a range
    '',
    'Competitive salary',
  ];
  for (const text of notPay) {
    it(`${JSON.stringify(text)} -> null`, () => expect(parsePay(text)).toBeNull());
  }
  it('answers words an object prototype knows as plain words', () => {
    for (const word of ['constructor', '__proto__', 'toString', 'hasOwnProperty']) {
      expect(parsePay(`${word} 250000`)).toBeNull();
      expect(parsePay(`250000 ${word}`)).toBeNull();
      expect(parsePay(`$250000 ${word}`)?.currency).toBe('USD');
      expect(findPayInText(`salary ${word} 250000 /${word}`)).toBeNull();
      expect(findPayInText(`salary: ${word}$250,000 /${word}`)?.currency).toBe('USD');
    }
  });
  it('reads "Ron" as a name, "RON" as a currency', () => {
    expect(parsePay('Ron 150000')).toBeNull();
    expect(parsePay('RON 150000')?.currency).toBe('RON');
  });
});
