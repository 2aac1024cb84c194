// The compare page's pay chart, as figures: the postings with posted pay grouped by its currency, each with
// the market band for its role and region (converted into that currency where the band is in another), and
// one axis per group so every posting in it is read on the same scale. Pure: words are the component's.
import type { City, PayBasis, RatesFile, Region, Role, SalaryEntry } from '../../data/schema';
import { type BasisWanted, chooseBand } from '../../lib/engine/benchmark';
import { convert } from '../../lib/engine/currency';
import { regionFor } from '../../lib/engine/region';
import type { LedgerEntry } from '../../lib/extension/ledger-schema';
import { bandShape } from '../panel/band-figures';

export interface PayChartData {
  roles: readonly Role[];
  regions: Region[];
  cities: City[];
  salaries: SalaryEntry[];
  rates: RatesFile;
}

interface Stretch {
  low: number;
  high: number;
  /** The source gives no top ("$1M+"). */
  openEnd: boolean;
}

export interface ChartBand {
  regionName: string;
  basis: PayBasis;
  /** The band's own currency, when its figures were converted into the group's. */
  convertedFrom: string | null;
  /** The middle half where the source gives it, else its low..high. */
  box: (Stretch & { kind: 'range' | 'middle-half' }) | null;
  /** low..high around a middle-half box. */
  whiskers: Stretch | null;
  median: number | null;
  /** Only where there is no median. */
  average: number | null;
}

/** Why a posting has no band beside it. */
export type NoBand = 'no-role' | 'no-band' | 'no-rate';

export interface ChartRow {
  entry: LedgerEntry;
  roleName: string | null;
  /** Posted pay a year, in the group's currency. */
  posted: { low: number; high: number };
  band: ChartBand | NoBand;
}

export interface ChartGroup {
  currency: string;
  rows: ChartRow[];
  /** The common scale: from start to end, a labelled tick at each of `ticks`. */
  axis: { start: number; end: number; ticks: number[] };
  /** A band here was converted from another currency (at the rates' date). */
  converted: boolean;
}

export interface PayChart {
  groups: ChartGroup[];
  /** Postings with no pay posted: named under the chart, not drawn. */
  unplaced: LedgerEntry[];
}

/** About this many intervals on an axis: labels stay apart at 360 px. */
const INTERVALS = 4;

function bandFor(
  entry: LedgerEntry,
  currency: string,
  data: PayChartData,
  basis: BasisWanted,
): ChartBand | NoBand {
  if (!entry.roleId) return 'no-role';
  const region = regionFor(entry.location, null, data.regions, data.cities);
  if (!region) return 'no-band';
  const band = chooseBand(entry.roleId, region.id, basis, data).band;
  if (!band) return 'no-band';
  const rate = band.currency === currency ? 1 : convert(1, band.currency, currency, data.rates);
  if (rate === null) return 'no-rate';
  const inGroup = (value: number | undefined) => (value === undefined ? null : value * rate);
  const stretch = <S extends { low: number; high: number }>(s: S | null): S | null =>
    s && { ...s, low: s.low * rate, high: s.high * rate };
  const { box, whiskers } = bandShape(band);
  const median = inGroup(band.p50);
  return {
    regionName: data.regions.find((r) => r.id === band.region)?.name ?? band.region,
    basis: band.basis,
    convertedFrom: band.currency === currency ? null : band.currency,
    box: stretch(box),
    whiskers: stretch(whiskers),
    median,
    average: median === null ? inGroup(band.mean) : null,
  };
}

function bandValues(band: ChartBand | NoBand): number[] {
  if (typeof band === 'string') return [];
  return [
    band.box?.low,
    band.box?.high,
    band.whiskers?.low,
    band.whiskers?.high,
    band.median,
    band.average,
  ].filter((v): v is number => typeof v === 'number');
}

/** 1, 2, 2.5 or 5 times a power of ten: the step of an axis from `min` to `max` in about INTERVALS steps. */
function niceStep(span: number): number {
  const rough = span / INTERVALS;
  const power = 10 ** Math.floor(Math.log10(rough));
  const step = [1, 2, 2.5, 5, 10].find((m) => m * power >= rough) ?? 10;
  return step * power;
}

export function axisFor(values: readonly number[]): ChartGroup['axis'] {
  const min = Math.min(...values);
  const max = Math.max(...values);
  const step = niceStep(max - min || Math.abs(max) * 0.2 || 1);
  const start = Math.max(0, Math.floor(min / step) * step);
  let end = Math.ceil(max / step) * step;
  if (end === start) end = start + step;
  const ticks: number[] = [];
  for (let tick = start; tick <= end + step / 1000; tick += step) ticks.push(Math.round(tick));
  return { start, end, ticks };
}

/** Where `value` sits on the axis, in percent of its width (0.1 precision). */
export function placeOn(axis: ChartGroup['axis'], value: number): number {
  return Math.round(((value - axis.start) / (axis.end - axis.start)) * 1000) / 10;
}

export function payChart(entries: readonly LedgerEntry[], data: PayChartData, basis: BasisWanted): PayChart {
  const byCurrency = new Map<string, ChartRow[]>();
  const unplaced: LedgerEntry[] = [];
  for (const entry of entries) {
    const { pay } = entry;
    if (!pay) {
      unplaced.push(entry);
      continue;
    }
    const rows = byCurrency.get(pay.currency) ?? [];
    rows.push({
      entry,
      roleName: data.roles.find((role) => role.id === entry.roleId)?.name ?? null,
      posted: { low: pay.annualMin, high: pay.annualMax },
      band: bandFor(entry, pay.currency, data, basis),
    });
    byCurrency.set(pay.currency, rows);
  }
  const groups = [...byCurrency].map(([currency, rows]): ChartGroup => {
    const values = rows.flatMap((row) => [row.posted.low, row.posted.high, ...bandValues(row.band)]);
    return {
      currency,
      rows,
      axis: axisFor(values),
      converted: rows.some((row) => typeof row.band !== 'string' && row.band.convertedFrom !== null),
    };
  });
  // The currency with most postings first; then by code, so the order does not move between visits.
  groups.sort((a, b) => b.rows.length - a.rows.length || a.currency.localeCompare(b.currency));
  return { groups, unplaced };
}
