// payFromStructured: schema.org baseSalary.
import { describe, expect, it } from 'vitest';
import { payFromStructured } from '../../../lib/engine/pay';
import { pick, year } from './helpers';

describe('payFromStructured', () => {
  it('reads schema.org baseSalary with unitText', () => {
    expect(pick(payFromStructured({ min: 130_000, max: 160_000, currency: 'AUD', unit: 'YEAR' }))).toEqual(
      year(130_000, 160_000, 'AUD'),
    );
    expect(pick(payFromStructured({ min: 32, max: 39, currency: 'usd', unit: 'HOUR' }))).toEqual({
      min: 32,
      max: 39,
      currency: 'USD',
      period: 'hour',
      annualMin: 66_560,
      annualMax: 81_120,
      bound: 'range',
    });
    expect(payFromStructured({ min: 5000, max: null, currency: 'EUR', unit: 'MONTH' })?.annualMax).toBe(
      60_000,
    );
  });
  it('orders min and max and infers a year for large figures without unit', () => {
    expect(pick(payFromStructured({ min: 200_000, max: 150_000, currency: 'USD', unit: null }))).toEqual(
      year(150_000, 200_000, 'USD'),
    );
  });
  it('returns null without figures, with an unknown currency, or an ambiguous period', () => {
    expect(payFromStructured({ min: null, max: null, currency: 'USD', unit: 'YEAR' })).toBeNull();
    expect(payFromStructured({ min: 100, max: 200, currency: 'XYZ', unit: 'YEAR' })).toBeNull();
    expect(payFromStructured({ min: 100, max: 200, currency: null, unit: 'YEAR' })).toBeNull();
    expect(payFromStructured({ min: 150, max: 150, currency: 'USD', unit: null })).toBeNull();
    expect(payFromStructured({ min: -5, max: Number.NaN, currency: 'USD', unit: 'YEAR' })).toBeNull();
  });
});
