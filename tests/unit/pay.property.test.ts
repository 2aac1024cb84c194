import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findPayInText, PAY_CURRENCIES, PAY_PERIODS, parsePay, payFromStructured } from '../../lib/pay';
import type { Pay } from '../../lib/types';

const CURRENCIES: readonly string[] = PAY_CURRENCIES;

function expectWellFormed(pay: Pay | null): void {
  if (pay === null) return;
  expect(pay.min).toBeLessThanOrEqual(pay.max);
  expect(pay.min).toBeGreaterThan(0);
  expect(pay.annualMin).toBeLessThanOrEqual(pay.annualMax);
  expect(Number.isFinite(pay.annualMax)).toBe(true);
  expect(CURRENCIES).toContain(pay.currency);
  expect(PAY_PERIODS).toContain(pay.period);
  expect(['range', 'single', 'up-to', 'from']).toContain(pay.bound);
}

// Pieces pay text is made of, so generated strings reach the parser's branches, not only its early exits.
const piece = fc.oneof(
  fc.constantFrom(
    '$',
    '£',
    '€',
    '₹',
    'CA$',
    'A$',
    'USD',
    'GBP',
    'K',
    'k',
    'M',
    'L',
    'T',
    'B',
    ' ',
    ' - ',
    '–',
    ' to ',
    '/yr',
    '/hr',
    ' per annum',
    ' an hour',
    ' a month',
    '+',
    ' up to ',
    ' from ',
    ' between ',
    ' and ',
    ',',
    '.',
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
    'constructor',
    '__proto__',
    'toString',
  ),
  fc.integer({ min: 0, max: 10_000_000 }).map(String),
  fc.bigInt({ min: 0n, max: 10n ** 40n }).map(String),
  fc.string({ unit: 'grapheme', maxLength: 4 }),
);
const payish = fc.array(piece, { maxLength: 24 }).map((parts) => parts.join(''));
const anyText = fc.oneof(
  payish,
  fc.string({ unit: 'binary', maxLength: 200 }),
  fc.string({ maxLength: 200 }),
);

describe('pay parsing properties', () => {
  it('parsePay never throws and returns well-formed pay', () => {
    fc.assert(
      fc.property(anyText, (text) => {
        expectWellFormed(parsePay(text));
      }),
      { numRuns: 3000 },
    );
  });

  it('findPayInText never throws and returns well-formed pay', () => {
    fc.assert(
      fc.property(anyText, (text) => {
        expectWellFormed(findPayInText(text));
      }),
      { numRuns: 2000 },
    );
  });

  it('a generated range reads back as its figures, in order', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 25, max: 900 }),
        fc.integer({ min: 0, max: 90 }),
        fc.constantFrom('$', '£', '€'),
        (lowK, extraK, symbol) => {
          const highK = lowK + extraK;
          const pay = parsePay(`${symbol}${highK}K - ${symbol}${lowK}K`);
          expect(pay?.min).toBe(lowK * 1000);
          expect(pay?.max).toBe(highK * 1000);
          expect(pay?.period).toBe('year');
        },
      ),
    );
  });

  it('payFromStructured never throws and returns well-formed pay', () => {
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
      { numRuns: 2000 },
    );
  });
});
