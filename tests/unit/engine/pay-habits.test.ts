// A figure stated with no period: the period its currency's postings habitually mean, or none.
import { describe, expect, it } from 'vitest';
import { parsePay } from '../../../lib/engine/pay';

const read = (text: string) => {
  const pay = parsePay(text);
  return pay && { min: pay.min, max: pay.max, currency: pay.currency, period: pay.period };
};

describe('periods from posting habits', () => {
  it('reads a euro figure too small for a year as a month, as euro-area postings state it', () => {
    expect(read('€2.500 brutto')).toEqual({ min: 2500, max: 2500, currency: 'EUR', period: 'month' });
    expect(read('3.200 - 3.800 €')).toEqual({ min: 3200, max: 3800, currency: 'EUR', period: 'month' });
    expect(read('€65.000 - €80.000')).toEqual({ min: 65_000, max: 80_000, currency: 'EUR', period: 'year' });
    // Under a month's smallest pay it could be an hour's, a day's or a perk: not read.
    expect(read('€850')).toBeNull();
  });

  it('reads dollars written as a code after the figure, as postings abroad do, as a month', () => {
    expect(read('6 000 – 9 000 USD')).toEqual({ min: 6000, max: 9000, currency: 'USD', period: 'month' });
    expect(read('4500 usd')).toEqual({ min: 4500, max: 4500, currency: 'USD', period: 'month' });
    expect(read('150 000 – 180 000 USD')).toEqual({
      min: 150_000,
      max: 180_000,
      currency: 'USD',
      period: 'year',
    });
  });

  it('keeps a bare "$" or "dollars" figure too small for a year ambiguous', () => {
    expect(read('$4,500')).toBeNull();
    expect(read('USD 4,500')).toBeNull();
    expect(read('4,500 dollars')).toBeNull();
    expect(read('$4,500 a month')).toEqual({ min: 4500, max: 4500, currency: 'USD', period: 'month' });
  });
});
