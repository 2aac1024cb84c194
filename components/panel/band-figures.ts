// What a salary band has to show. A band may carry low..high, percentiles, or only a median or a mean
// (data/schema.ts): these helpers say which figures exist without ever filling one in.
import type { SalaryBand } from '../../data/schema';
import { rangeText } from './format';

export type MarkId = 'p25' | 'p50' | 'p75' | 'mean';

export interface BandMark {
  id: MarkId;
  label: string;
  value: number;
}

const MARKS: { id: MarkId; label: string }[] = [
  { id: 'p25', label: '25th percentile' },
  { id: 'p50', label: 'Median' },
  { id: 'p75', label: '75th percentile' },
  { id: 'mean', label: 'Average' },
];

export function bandMarks(band: SalaryBand): BandMark[] {
  return MARKS.flatMap(({ id, label }) => {
    const value = band[id];
    return value === undefined ? [] : [{ id, label, value }];
  });
}

/** Legend words for a set of marks: "Median", "Percentiles", "Percentiles and average". */
export function marksLegend(marks: BandMark[]): string {
  const [only] = marks;
  if (marks.length === 1 && only) return only.label;
  const percentiles = marks.some((mark) => mark.id !== 'mean');
  const mean = marks.some((mark) => mark.id === 'mean');
  if (percentiles && mean) return 'Percentiles and average';
  return mean ? 'Average' : 'Percentiles';
}

export interface BandBody {
  low: number;
  high: number;
  openEnd: boolean;
  /** 'range': the source's low..high; 'middle-half': its 25th..75th percentiles. */
  kind: 'range' | 'middle-half';
}

/** The stretch drawn as the band: low..high, else the middle half; null for a lone median or average. */
export function bandBody(band: SalaryBand): BandBody | null {
  if (band.low !== undefined && band.high !== undefined) {
    return { low: band.low, high: band.high, openEnd: band.highOpen === true, kind: 'range' };
  }
  if (band.p25 !== undefined && band.p75 !== undefined) {
    return { low: band.p25, high: band.p75, openEnd: false, kind: 'middle-half' };
  }
  return null;
}

export interface BandShape {
  /** The box: the middle half where the source gives it, else its low..high. */
  box: { low: number; high: number; kind: BandBody['kind']; openEnd: boolean } | null;
  /** low..high drawn as whiskers around a middle-half box, where the source gives both. */
  whiskers: { low: number; high: number; openEnd: boolean } | null;
}

/** How the bar draws a band: a box, whiskers where there is more than the box, nothing made up. */
export function bandShape(band: SalaryBand): BandShape {
  const range =
    band.low !== undefined && band.high !== undefined
      ? { low: band.low, high: band.high, openEnd: band.highOpen === true }
      : null;
  if (band.p25 !== undefined && band.p75 !== undefined) {
    return { box: { low: band.p25, high: band.p75, kind: 'middle-half', openEnd: false }, whiskers: range };
  }
  return { box: range && { ...range, kind: 'range' }, whiskers: null };
}

/**
 * "$280,000 – $500,000", "$201,750 – $288,450 (25th–75th percentile)", "median $169,510", "average $1,134,000".
 * `whatItIs: false` leaves out "(25th–75th percentile)", for a figure that another one right after already names.
 */
export function bandText(
  band: SalaryBand,
  money: (amount: number) => string,
  { whatItIs = true }: { whatItIs?: boolean } = {},
): string {
  const body = bandBody(band);
  if (body?.kind === 'range') return rangeText(body.low, body.high, money, { highOpen: body.openEnd });
  if (body) return `${rangeText(body.low, body.high, money)}${whatItIs ? ' (25th–75th percentile)' : ''}`;
  if (band.p50 !== undefined) return `median ${money(band.p50)}`;
  if (band.mean !== undefined) return `average ${money(band.mean)}`;
  return 'no figures';
}
