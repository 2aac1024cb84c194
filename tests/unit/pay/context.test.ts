// The words around a figure: equity, OTE, pay headings, ranges for particular places.
import { describe, expect, it } from 'vitest';
import { findPayInText, parsePay } from '../../../lib/engine/pay';
import { figures, pick, year } from './helpers';

describe('parsePay: equity and OTE', () => {
  it('reads "+ equity" and "Offers Equity"', () => {
    expect(parsePay('$400,000 to $450,000 + equity + benefits')?.equity).toBe(true);
    expect(parsePay('$150K – $300K • Offers Equity • Bi-Annual Performance Bonus')?.equity).toBe(true);
    expect(parsePay('$150K – $300K plus stock options')?.equity).toBe(true);
    expect(parsePay('$150K – $300K')?.equity).toBe(false);
  });
  it('does not take pay equity or DEI for an equity offer', () => {
    expect(parsePay('$150K – $300K. We are committed to pay equity.')?.equity).toBe(false);
    expect(parsePay('$150K – $300K. Diversity, equity and inclusion matter.')?.equity).toBe(false);
  });
  it('reads OTE and on-target earnings', () => {
    expect(parsePay('$300K OTE')?.ote).toBe(true);
    expect(parsePay('£180k on-target earnings')?.ote).toBe(true);
    expect(parsePay('$300K base')?.ote).toBe(false);
  });
});

describe('commission-only earnings are not pay', () => {
  it('refuses a figure stated as commission only', () => {
    expect(parsePay('Commission Only, Can earn up to 4k a month.', { defaultCurrency: 'GBP' })).toBeNull();
    expect(parsePay('Straight commission: $80,000 a year')).toBeNull();
    expect(findPayInText('Pay: commission-only, up to £4,000 a month.')).toBeNull();
  });
  it('but not a salary said not to be commission only, nor one in another sentence', () => {
    expect(parsePay('Base $60,000 a year, not commission-only')?.min).toBe(60_000);
    expect(findPayInText('Salary: £30,000 a year. Commission only applies to extra sales.')?.min).toBe(
      30_000,
    );
  });
});

describe('a figure on its own line under a pay heading', () => {
  const cases = [
    'About the role\n\nSalary range\n\n$150,000 - $180,000\n\nBenefits',
    'The salary range for this role is below.\n$150,000 - $180,000',
    'Compensation\nSan Francisco Bay Area\n$150,000 - $180,000',
    'Compensation:\n\nUSD $150,000 - $180,000 per year',
    'The base pay range below reflects the low and high end for this position.\n\n$150,000—$180,000 USD',
  ];
  for (const text of cases) {
    it(JSON.stringify(text), () => expect(pick(findPayInText(text))).toEqual(year(150_000, 180_000, 'USD')));
  }
  it('but not three lines down, nor under a heading that is no pay heading', () => {
    expect(
      findPayInText('Compensation\nOur offices\nSan Francisco\nNew York\n$150,000 - $180,000'),
    ).toBeNull();
    expect(findPayInText('Our investors\n$150,000,000 - $180,000,000')).toBeNull();
  });
});

describe('ranges for particular places', () => {
  it('reports the general range and keeps the place-specific one with its places', () => {
    const text =
      'The base salary range for this full-time position is USD $142,800 - $274,800 per year (SF Bay/NYC: $188,000 - $304,200). Our ranges are set by role.';
    const pay = findPayInText(text);
    expect(figures(pay)).toEqual({ min: 142_800, max: 274_800, currency: 'USD', period: 'year' });
    expect(pay?.otherRanges).toEqual([{ min: 188_000, max: 304_200, label: 'SF Bay/NYC' }]);
    expect(
      parsePay('USD $142,800 - $274,800 per year (SF Bay/NYC: $188,000 - $304,200)')?.otherRanges,
    ).toEqual([{ min: 188_000, max: 304_200, label: 'SF Bay/NYC' }]);
  });
  it('takes the general range when it comes after the place-specific ones', () => {
    const text = [
      'Salary range',
      'Zone 1 (San Francisco, New York): $200,000 - $240,000',
      'Zone 2 (all other US locations): $180,000 - $216,000',
    ].join('\n');
    const pay = findPayInText(text);
    expect(figures(pay)).toEqual({ min: 180_000, max: 216_000, currency: 'USD', period: 'year' });
    expect(pay?.otherRanges).toEqual([
      { min: 200_000, max: 240_000, label: 'Zone 1 (San Francisco, New York)' },
    ]);
  });
  it('takes the first of tiers when none is general', () => {
    const pay = parsePay('Tier 1: $200,000 - $240,000; Tier 2: $180,000 - $216,000');
    expect(pay?.min).toBe(200_000);
    expect(pay?.otherRanges).toEqual([{ min: 180_000, max: 216_000, label: 'Tier 2' }]);
  });
  it('does not take a second figure with no place for another range', () => {
    const pay = findPayInText('Compensation: $150,000 - $200,000 base; $200,000 - $300,000 OTE.');
    expect(pay?.min).toBe(150_000);
    expect(pay?.otherRanges).toBeUndefined();
    expect(parsePay('$150K – $300K')?.otherRanges).toBeUndefined();
  });
});
