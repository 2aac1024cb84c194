// Pay parsing under any text: it never throws, answers null or a well-formed Pay, reads back generated pay
// in the formats sites write, and annualises with the one set of period factors.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  annualise,
  CONVENTIONS,
  DAYS_PER_YEAR,
  findPayInText,
  HOURS_PER_YEAR,
  MONTHS_PER_YEAR,
  PAY_CURRENCIES,
  PAY_PERIODS,
  type PayCurrency,
  PERIODS_PER_YEAR,
  parsePay,
  payFromStructured,
  WEEKS_PER_YEAR,
} from '../../../lib/engine/pay';
import type { Pay, PayPeriod } from '../../../lib/engine/types';
import { fuzzRuns, fuzzTimeout } from './runs';

const CURRENCIES: readonly string[] = PAY_CURRENCIES;
const BOUNDS = ['range', 'single', 'up-to', 'from'];

function expectWellFormed(pay: Pay | null): void {
  if (pay === null) return;
  for (const n of [pay.min, pay.max, pay.annualMin, pay.annualMax]) {
    expect(Number.isFinite(n)).toBe(true);
    expect(n).toBeGreaterThan(0);
  }
  expect(pay.min).toBeLessThanOrEqual(pay.max);
  expect(pay.annualMin).toBeLessThanOrEqual(pay.annualMax);
  expect(CURRENCIES).toContain(pay.currency);
  expect(PAY_PERIODS).toContain(pay.period);
  expect(BOUNDS).toContain(pay.bound);
  // The annual figures are the stated ones times the period's factor, nothing else.
  expect(pay.annualMin).toBe(annualise(pay.min, pay.period));
  expect(pay.annualMax).toBe(annualise(pay.max, pay.period));
  expect(typeof pay.equity).toBe('boolean');
  expect(typeof pay.ote).toBe('boolean');
  expect(pay.text.length).toBeGreaterThan(0);
  expect(pay.text.length).toBeLessThanOrEqual(300);
}

// Pieces pay text is made of, so generated strings reach the parser's branches, not only its early exits.
const piece = fc.oneof(
  fc.constantFrom(
    '$',
    '£',
    '€',
    '₹',
    '₪',
    'CA$',
    'A$',
    'R$',
    'USD',
    'GBP',
    'INR',
    'Rs.',
    'K',
    'k',
    'M',
    'L',
    'T',
    'B',
    'LPA',
    'Cr',
    ' ',
    ' - ',
    '–',
    ' to ',
    '/yr',
    '/hr',
    '/h',
    ' per annum',
    ' an hour',
    ' a month',
    ' p.a.',
    '+',
    ' up to ',
    ' from ',
    ' between ',
    ' and ',
    ',',
    '.',
    "'",
    '000',
    ' salary ',
    ' range ',
    ' raised ',
    ' equity',
    ' OTE',
    '\n',
    '. ',
    '(',
    ')',
    '\u00a0',
    '\u202f',
    // Zero-width and direction marks, and markup, as copied text carries them.
    '\u200b',
    '\u200d',
    '\u200e',
    '\u200f',
    '\u202e',
    '\u2066',
    '\ufeff',
    '<b>',
    '</span>',
    '&nbsp;',
    '&amp;',
    '<script>',
    'constructor',
    '__proto__',
    'toString',
  ),
  fc.integer({ min: 0, max: 10_000_000 }).map(String),
  fc.bigInt({ min: 0n, max: 10n ** 40n }).map(String),
  fc.double().map(String),
  fc.string({ unit: 'grapheme', maxLength: 4 }),
);
const payish = fc.array(piece, { maxLength: 24 }).map((parts) => parts.join(''));
/** Up to 100 KB: a pasted description. About a hundred times the cost of the short texts, so run apart. */
const huge = fc
  .tuple(payish, fc.integer({ min: 1, max: 4000 }))
  .map(([text, times]) => text.repeat(times).slice(0, 100_000));
const anyText = fc.oneof(
  { arbitrary: payish, weight: 6 },
  { arbitrary: fc.string({ unit: 'binary', maxLength: 200 }), weight: 2 },
  { arbitrary: fc.string({ unit: 'grapheme', maxLength: 200 }), weight: 2 },
  { arbitrary: fc.string({ maxLength: 200 }), weight: 2 },
);

// ---------- generated pay, written the ways sites write it ----------

/** How each period is written after a figure or a range. */
const PERIOD_WRITINGS: Record<PayPeriod, string[]> = {
  year: [' a year', '/yr', ' per annum', ' per year', '/year', ' annually', ' p.a.', ' yearly'],
  month: [' per month', '/month', ' a month', '/mo', ' monthly'],
  week: [' per week', '/wk', ' a week', ' weekly'],
  day: [' per day', '/day', ' a day', ' daily'],
  hour: [' an hour', '/hr', ' per hour', '/h', ' hourly'],
};

/** Figures per period; each currency narrows them to what, annualised, is a plausible salary in it. */
const FIGURE_RANGE: Record<PayPeriod, { min: number; max: number }> = {
  year: { min: 1_000, max: 2_000_000 },
  month: { min: 100, max: 200_000 },
  week: { min: 50, max: 50_000 },
  day: { min: 10, max: 10_000 },
  hour: { min: 1, max: 2_000 },
};

/** Currency marks written before (`code 1`) or after (`1 code`) the figure. */
const CURRENCY_MARKS: Partial<Record<PayCurrency, { before: string[]; after: string[] }>> = {
  USD: { before: ['$', 'US$', 'USD ', 'USD\u00a0'], after: [' USD'] },
  GBP: { before: ['£', 'GBP '], after: [' GBP'] },
  EUR: { before: ['€', '€ ', 'EUR '], after: [' €', '€', ' EUR'] },
  CAD: { before: ['CA$', 'C$', 'CAD '], after: [' CAD'] },
  AUD: { before: ['A$', 'AU$', 'AUD '], after: [' AUD'] },
  INR: { before: ['₹', 'INR ', 'Rs. '], after: [' INR'] },
  ILS: { before: ['₪', 'ILS '], after: [' ILS'] },
  BRL: { before: ['R$', 'BRL '], after: [' BRL'] },
};
const marksOf = (code: PayCurrency) => CURRENCY_MARKS[code] ?? { before: [`${code} `], after: [` ${code}`] };

const grouped = (n: number, mark: string) => String(n).replace(/\B(?=(\d{3})+(?!\d))/g, mark);

/** Ways to write a whole figure; each reads back as exactly that figure. */
function writings(n: number): string[] {
  const ways = [String(n), grouped(n, ','), grouped(n, '.'), grouped(n, '\u202f'), `${grouped(n, ',')}.00`];
  if (n >= 1000) ways.push(grouped(n, ' '), grouped(n, "'"));
  if (n >= 1000 && n % 1000 === 0) ways.push(`${n / 1000}K`, `${n / 1000}k`);
  if (n >= 1000 && n % 100 === 0 && n % 1000 !== 0) ways.push(`${(n / 1000).toFixed(1)}K`);
  return ways;
}

interface GeneratedPay {
  text: string;
  low: number;
  high: number;
  currency: PayCurrency;
  period: PayPeriod;
}

const generatedPay = (currencies: readonly PayCurrency[]): fc.Arbitrary<GeneratedPay> =>
  fc
    .record({
      currency: fc.constantFrom(...currencies),
      period: fc.constantFrom(...PAY_PERIODS),
      lowSeed: fc.double({ min: 0, max: 1, noNaN: true }),
      ratio: fc.double({ min: 1, max: 9.9, noNaN: true }),
      round: fc.constantFrom(1, 100, 1000),
      pick: fc.array(fc.nat(), { minLength: 8, maxLength: 8 }),
    })
    .map(({ currency, period, lowSeed, ratio, round, pick }) => {
      const { floor, ceiling } = CONVENTIONS[currency];
      const min = Math.max(FIGURE_RANGE[period].min, Math.ceil(floor / PERIODS_PER_YEAR[period]));
      // The top is at most 9.9 times the bottom, so the bottom stays under a tenth of the ceiling.
      const max = Math.max(min * 10, Math.min(FIGURE_RANGE[period].max, ceiling / PERIODS_PER_YEAR[period]));
      const step = Math.min(round, min);
      const low = Math.max(min, Math.round((min + lowSeed * (max / 10 - min)) / step) * step);
      const high = Math.max(low, Math.floor((low * ratio) / step) * step);
      const choose = <T>(items: readonly T[], k: number): T => items[(pick[k] ?? 0) % items.length] as T;
      const marks = marksOf(currency);
      const after = choose([false, true], 0);
      const mark = choose(after ? marks.after : marks.before, 1);
      const money = (n: number, k: number) => {
        const figure = choose(writings(n), k);
        return after ? `${figure}${mark}` : `${mark}${figure}`;
      };
      const sep = choose([' - ', '-', ' – ', '–', ' — ', ' to ', ' ~ '], 2);
      const periodText = choose(PERIOD_WRITINGS[period], 3);
      // A range written top first still reads bottom to top.
      const shape = choose(['range', 'range-each', 'single', 'between', 'top-first'] as const, 4);
      const texts: Record<typeof shape, string> = {
        range: `${money(low, 5)}${sep}${money(high, 6)}${periodText}`,
        'range-each': `${money(low, 5)}${periodText}${sep}${money(high, 6)}${periodText}`,
        single: `${money(low, 5)}${periodText}`,
        between: `between ${money(low, 5)} and ${money(high, 6)}${periodText}`,
        'top-first': `${money(high, 6)}${sep}${money(low, 5)}${periodText}`,
      };
      return { text: texts[shape], low, high: shape === 'single' ? low : high, currency, period };
    });

/** A year's worth at least the currency's smallest annual salary: below it a description's figure is a perk. */
const describedPay = (currencies: readonly PayCurrency[]) =>
  generatedPay(currencies).filter(
    (g) => g.low * PERIODS_PER_YEAR[g.period] >= (CONVENTIONS[g.currency].yearFrom ?? 0),
  );

describe('pay parsing properties', () => {
  it.each([
    ['parsePay', parsePay, (text: string) => text, generatedPay(PAY_CURRENCIES)],
    ['findPayInText', findPayInText, (text: string) => `Salary: ${text}`, describedPay(PAY_CURRENCIES)],
  ] as const)(
    '%s never throws on any text, returns null or well-formed pay, and reads generated pay as generated',
    (_name, read, framed, pay) => {
      const texts = fc.oneof(
        anyText.map((text) => ({ text, want: null })),
        pay.map((want) => ({ text: framed(want.text), want })),
      );
      fc.assert(
        fc.property(texts, ({ text, want }) => {
          const got = read(text);
          expectWellFormed(got);
          if (want) {
            expect(got, text).not.toBeNull();
            expect(
              { min: got?.min, max: got?.max, currency: got?.currency, period: got?.period },
              text,
            ).toEqual({
              min: want.low,
              max: want.high,
              currency: want.currency,
              period: want.period,
            });
          }
        }),
        { numRuns: fuzzRuns() },
      );
    },
    fuzzTimeout(),
  );

  it(
    'a text of up to 100 KB never throws and gives null or well-formed pay',
    () => {
      fc.assert(
        fc.property(huge, (text) => {
          expectWellFormed(parsePay(text));
          expectWellFormed(findPayInText(text));
        }),
        { numRuns: fuzzRuns(100, 10) },
      );
    },
    fuzzTimeout(100),
  );

  it(
    'text without a digit states no figure',
    () => {
      const noDigit = anyText.map((text) => text.replace(/[0-9]/g, ''));
      fc.assert(
        fc.property(noDigit, (text) => {
          expect(parsePay(text)).toBeNull();
          expect(findPayInText(text)).toBeNull();
        }),
        { numRuns: fuzzRuns() },
      );
    },
    fuzzTimeout(),
  );

  it(
    'generated pay in any format, currency and period reads back as its figures',
    () => {
      fc.assert(
        fc.property(generatedPay(PAY_CURRENCIES), ({ text, low, high, currency, period }) => {
          const pay = parsePay(text);
          expect(pay, text).not.toBeNull();
          expect(
            { min: pay?.min, max: pay?.max, currency: pay?.currency, period: pay?.period },
            text,
          ).toEqual({
            min: low,
            max: high,
            currency,
            period,
          });
        }),
        { numRuns: fuzzRuns() },
      );
    },
    fuzzTimeout(),
  );

  it(
    'generated pay in a salary sentence of a description reads back the same',
    () => {
      // Currencies whose smallest annual salary is 20,000 at most: below that a description's figure is a perk.
      const major = generatedPay(['USD', 'GBP', 'EUR', 'CAD', 'AUD']).filter(
        (g) => g.low * PERIODS_PER_YEAR[g.period] >= 20_000,
      );
      fc.assert(
        fc.property(major, fc.constantFrom('\n', ' '), ({ text, low, high, currency, period }, gap) => {
          const description = `We build things.${gap}The salary range for this role is ${text}.${gap}We offer a laptop.`;
          const pay = findPayInText(description);
          expect(
            { min: pay?.min, max: pay?.max, currency: pay?.currency, period: pay?.period },
            text,
          ).toEqual({
            min: low,
            max: high,
            currency,
            period,
          });
        }),
        { numRuns: fuzzRuns() },
      );
    },
    fuzzTimeout(),
  );

  it(
    'a figure per period annualises to the same pay as that figure times the period factor a year',
    () => {
      const factors: [PayPeriod, number, string][] = [
        ['hour', HOURS_PER_YEAR, ' an hour'],
        ['day', DAYS_PER_YEAR, ' a day'],
        ['week', WEEKS_PER_YEAR, ' a week'],
        ['month', MONTHS_PER_YEAR, ' a month'],
      ];
      fc.assert(
        fc.property(
          fc.constantFrom(...factors),
          fc.integer({ min: 0, max: 400 }),
          fc.constantFrom('$', '£', '€'),
          ([period, factor, written], extra, symbol) => {
            expect(PERIODS_PER_YEAR[period]).toBe(factor);
            // From the smallest figure that is a salary in any of the three currencies a year.
            const figure = Math.ceil(CONVENTIONS.GBP.floor / factor) + extra;
            const stated = parsePay(`${symbol}${figure}${written}`);
            const yearly = parsePay(`${symbol}${grouped(figure * factor, ',')} a year`);
            expect(stated?.period).toBe(period);
            expect(stated?.annualMin).toBe(figure * factor);
            expect(stated?.annualMin).toBe(yearly?.annualMin);
          },
        ),
        { numRuns: fuzzRuns() },
      );
    },
    fuzzTimeout(),
  );

  it(
    'payFromStructured never throws and returns null or well-formed pay',
    () => {
      const figure = fc.oneof(fc.constant(null), fc.double(), fc.integer());
      fc.assert(
        fc.property(
          figure,
          figure,
          fc.oneof(fc.constant(null), fc.constantFrom(...CURRENCIES), fc.string()),
          fc.oneof(fc.constant(null), fc.constantFrom('HOUR', 'DAY', 'WEEK', 'MONTH', 'YEAR'), fc.string()),
          (min, max, currency, unit) => {
            expectWellFormed(payFromStructured({ min, max, currency, unit }));
          },
        ),
        { numRuns: fuzzRuns() },
      );
    },
    fuzzTimeout(),
  );
});
