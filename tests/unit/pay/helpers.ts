// Shared by the pay parser's tests: the fields a case compares, and an annual range.
import type { Pay } from '../../../lib/engine/types';

export type Expected = Pick<Pay, 'min' | 'max' | 'currency' | 'period' | 'annualMin' | 'annualMax' | 'bound'>;

export const pick = (p: Pay | null): Expected | null =>
  p && {
    min: p.min,
    max: p.max,
    currency: p.currency,
    period: p.period,
    annualMin: p.annualMin,
    annualMax: p.annualMax,
    bound: p.bound,
  };

export const year = (
  min: number,
  max: number,
  currency: string,
  bound: Pay['bound'] = 'range',
): Expected => ({
  min,
  max,
  currency,
  period: 'year',
  annualMin: min,
  annualMax: max,
  bound,
});

/** The figures, currency and period only. */
export const figures = (p: Pay | null) =>
  p && { min: p.min, max: p.max, currency: p.currency, period: p.period };
