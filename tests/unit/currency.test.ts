import { describe, expect, it } from 'vitest';
import type { RatesFile } from '../../data/schema';
import { convert, formatMoney } from '../../lib/engine/currency';

// ECB euro reference rates of 2026-02-06 (units per 1 EUR), as in the research notes.
const rates: RatesFile = {
  base: 'EUR',
  date: '2026-02-06',
  source: 'ecb-eurofxref-2026-02-06',
  rates: { USD: 1.1794, GBP: 0.8679, CAD: 1.6118 },
  derived: {},
};

describe('convert', () => {
  it('converts from and to the euro with the published rate', () => {
    expect(convert(100_000, 'EUR', 'USD', rates)).toBeCloseTo(117_940, 6);
    expect(convert(117_940, 'USD', 'EUR', rates)).toBeCloseTo(100_000, 6);
  });

  it('crosses two other currencies through the euro', () => {
    // £200,000 x (1.1794 / 0.86790) = $271,782.46
    expect(convert(200_000, 'GBP', 'USD', rates)).toBeCloseTo(271_782.46, 1);
    // $280,000 x (1.6118 / 1.1794) = CA$382,655.59
    expect(convert(280_000, 'USD', 'CAD', rates)).toBeCloseTo(382_655.59, 1);
  });

  it('round-trips', () => {
    const there = convert(350_000, 'USD', 'GBP', rates) ?? Number.NaN;
    expect(convert(there, 'GBP', 'USD', rates)).toBeCloseTo(350_000, 6);
  });

  it('returns the amount for the same currency and null for an unknown one', () => {
    expect(convert(123, 'USD', 'USD', rates)).toBe(123);
    expect(convert(123, 'USD', 'JPY', rates)).toBeNull();
    expect(convert(123, 'XYZ', 'USD', rates)).toBeNull();
    expect(convert(123, 'constructor', 'USD', rates)).toBeNull();
    expect(convert(Number.NaN, 'USD', 'GBP', rates)).toBeNull();
  });
});

describe('formatMoney', () => {
  it.each([
    [280_000, 'USD', '$280K'],
    [1_200_000, 'GBP', '£1.2M'],
    [180_000, 'EUR', '€180K'],
    [312_200, 'USD', '$312K'],
    [1_500, 'USD', '$1.5K'],
    [999_700, 'USD', '$1M'],
    [2_000_000, 'USD', '$2M'],
    [27.85, 'USD', '$27.85'],
    [150, 'USD', '$150'],
    [250_000, 'CAD', 'CA$250K'],
    [160_000, 'AUD', 'A$160K'],
    [500_000, 'INR', '₹500K'],
    [120_000, 'CHF', 'CHF 120K'],
    [-5_000, 'EUR', '-€5K'],
  ])('%d %s -> %s', (amount, currency, shown) => {
    expect(formatMoney(amount, currency)).toBe(shown);
  });

  it('writes the full figure when asked', () => {
    expect(formatMoney(280_000, 'USD', { compact: false })).toBe('$280,000');
    expect(formatMoney(1_234_567.5, 'EUR', { compact: false })).toBe('€1,234,567.50');
    expect(formatMoney(950, 'GBP', { compact: false })).toBe('£950');
  });

  it('writes the code for a currency without a symbol, whatever its name', () => {
    expect(formatMoney(1000, 'constructor')).toBe('constructor 1K');
  });

  it('shows a dash for a figure that is not a number', () => {
    expect(formatMoney(Number.NaN, 'USD')).toBe('—');
    expect(formatMoney(Number.POSITIVE_INFINITY, 'USD')).toBe('—');
  });
});
