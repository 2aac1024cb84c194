// What a salary band has to show. A band may carry low..high, percentiles, or only a median or a mean
// (data/schema.ts): these helpers say which figures exist without ever filling one in.
import type { SalaryBand } from '../../data/schema';
import type { PanelWords } from '../../lib/extension/i18n/panel';
import { rangeText } from './format';

/** The figures a band and a context figure (data/schema.ts SalaryReference) share. */
export type PayFigures = Pick<SalaryBand, 'low' | 'high' | 'highOpen' | 'p25' | 'p50' | 'p75' | 'mean'>;

export type MarkId = 'p25' | 'p50' | 'p75' | 'mean';

export interface BandMark {
  id: MarkId;
  value: number;
}

const MARKS: readonly MarkId[] = ['p25', 'p50', 'p75', 'mean'];

export function bandMarks(band: PayFigures): BandMark[] {
  return MARKS.flatMap((id) => {
    const value = band[id];
    return value === undefined ? [] : [{ id, value }];
  });
}

/** "25th percentile", "Median", "Average". */
export function markLabel(w: PanelWords, id: MarkId): string {
  return w.t(`mark.${id}`);
}

/** Legend words for a set of marks: "Median", "Percentiles", "Percentiles and average". */
export function marksLegend(w: PanelWords, marks: BandMark[]): string {
  const [only] = marks;
  if (marks.length === 1 && only) return markLabel(w, only.id);
  const percentiles = marks.some((mark) => mark.id !== 'mean');
  const mean = marks.some((mark) => mark.id === 'mean');
  if (percentiles && mean) return w.t('legend.percentilesAverage');
  return mean ? markLabel(w, 'mean') : w.t('legend.percentiles');
}

export interface BandBody {
  low: number;
  high: number;
  openEnd: boolean;
  /** 'range': the source's low..high; 'middle-half': its 25th..75th percentiles. */
  kind: 'range' | 'middle-half';
}

/** The stretch drawn as the band: low..high, else the middle half; null for a lone median or average. */
export function bandBody(band: PayFigures): BandBody | null {
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
export function bandShape(band: PayFigures): BandShape {
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
  w: PanelWords,
  band: PayFigures,
  money: (amount: number) => string,
  { whatItIs = true }: { whatItIs?: boolean } = {},
): string {
  const body = bandBody(band);
  if (body?.kind === 'range') return rangeText(w, body.low, body.high, money, { highOpen: body.openEnd });
  if (body) {
    const range = rangeText(w, body.low, body.high, money);
    return whatItIs ? w.t('band.middleHalf', { range }) : range;
  }
  if (band.p50 !== undefined) return w.t('band.median', { amount: money(band.p50) });
  if (band.mean !== undefined) return w.t('band.average', { amount: money(band.mean) });
  return w.t('band.none');
}
