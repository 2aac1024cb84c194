// Analysis + bundled data -> plain display rows. Every computation the panel needs lives here, so the
// components only print strings and place boxes, and the summary text says exactly what the panel shows.
// The engine has already chosen the band, converted the posted pay and judged it; this only words it.
import type { BundledData, CoreData, DetailData } from '../../data';
import type { Confidence, Role, RoleFact, RoleId, SalaryBand } from '../../data/schema';
import { chooseBand } from '../../lib/engine/benchmark';
import { convert, formatMoney } from '../../lib/engine/currency';
import type {
  Analysis,
  BenchmarkResult,
  CoreAnalysis,
  Flag,
  FlagSeverity,
  Pay,
  RoleMatch,
} from '../../lib/engine/types';
import type { BandBarModel } from '../shared/BandBar';
import type { ChecklistGroup } from '../shared/Checklist';
import { bandMarks, bandShape, bandText, marksLegend } from './band-figures';
import {
  basisLabel,
  confidenceLabel,
  confidenceWord,
  levelLabel,
  percent,
  periodWord,
  rangeText,
  severityWord,
  type Verdict,
  verdictShort,
  verdictText,
} from './format';
import type { PanelOptions } from './options';

export interface DetailRow {
  label: string;
  value: string;
}

const roleName = (data: CoreData, id: string) => data.roles.find((role) => role.id === id)?.name ?? id;
const regionName = (data: CoreData, id: string) =>
  data.regions.find((region) => region.id === id)?.name ?? id;
const moneyIn = (currency: string) => (amount: number) => formatMoney(amount, currency);

// ---------- role ----------
export interface RoleView {
  name: string;
  level: string;
  confidence: Confidence;
  confidencePercent: string;
  /** "High confidence (92%)" */
  confidenceText: string;
  evidence: string;
  aiLeadership: boolean;
}

/** The side of the role a title names, said after the role: "Chief AI Officer · AI governance". */
const FOCUS_LABEL: Record<NonNullable<RoleMatch['focus']>, string> = { governance: 'AI governance' };

export function roleView(analysis: CoreAnalysis, data: CoreData): RoleView | null {
  const match = analysis.role;
  if (!match) return null;
  const confidence = confidenceWord(match.confidence);
  const confidencePercent = percent(match.confidence);
  const name = roleName(data, match.id);
  return {
    name: match.focus ? `${name} · ${FOCUS_LABEL[match.focus]}` : name,
    level: levelLabel(match.level),
    confidence,
    confidencePercent,
    confidenceText: `${confidenceLabel(confidence)} confidence (${confidencePercent})`,
    evidence: match.evidence,
    aiLeadership: analysis.aiLeadership,
  };
}

// ---------- provenance ----------
/** Where a figure or fact comes from, behind a marker beside it: source, year, n, confidence in words. */
export interface ProvenanceView {
  /** The marker's name: "Source of the benchmark". */
  name: string;
  text: string;
}

const METHOD_WORDS: Record<SalaryBand['method'], string> = {
  computed: 'computed from the source’s rows',
  published: 'as the source publishes it',
  posting: 'one employer’s posting',
  uncited: 'the source cites none of its own',
};

const sourceTitle = (data: CoreData, id: string) => {
  const source = data.sources.find((candidate) => candidate.id === id);
  return source ? `${source.title} (${source.publisher})` : id;
};

/** "aijobs.net, 2025, n = 212, medium confidence, computed from the source's rows" */
export function bandProvenance(data: CoreData, band: SalaryBand, what: string): ProvenanceView {
  const parts = [sourceTitle(data, band.source), String(band.year)];
  if (band.n !== undefined) parts.push(`n = ${band.n}`);
  parts.push(`${band.confidence} confidence`, METHOD_WORDS[band.method]);
  return { name: `Source of ${what}`, text: parts.join(', ') };
}

/** "Project seed card (AI Leadership Lens), 2026" */
const sourceWithYear = (data: CoreData, id: string) => {
  const year = data.sources.find((source) => source.id === id)?.date.slice(0, 4);
  return year ? `${sourceTitle(data, id)}, ${year}` : sourceTitle(data, id);
};

function factProvenance(data: CoreData, fact: RoleFact, what: string): ProvenanceView {
  const sources = fact.sources.map((id) => sourceWithYear(data, id));
  const from = sources.length > 0 ? sources.join('; ') : 'No source states this';
  return { name: `Source of ${what}`, text: `${from}; ${fact.confidence} confidence` };
}

// ---------- salary benchmark ----------
export const NO_PAY_TEXT = 'No pay range posted';
/** Under the bar when the posting states no pay: the band is the market's, never the employer's. */
export const HIDDEN_PAY_TEXT = 'Employer did not disclose pay; market band for this role and region';

export interface PostedView {
  /** As posted, in the posting's currency and period (annualised too when the period is not a year). */
  text: string;
  /** In the display currency, when the posting is in another. */
  displayText: string | null;
  verdict: Verdict | null;
  verdictText: string | null;
  /** Why posted pay and band are shown side by side without a verdict: one line, and in full. */
  noVerdictShort: string | null;
  noVerdictText: string | null;
  provenance: ProvenanceView;
}

export interface BandSalaryView {
  kind: 'band';
  heading: string;
  /** "Showing Europe: no band for Germany" */
  fallbackLabel: string | null;
  bandText: string;
  /** The band in the display currency, when it differs from the band's own. */
  bandDisplayText: string | null;
  rateNote: string | null;
  basis: string;
  /** Under the bar, as Levels.fyi puts it: "Base salary · n = 212 · 2025 · aijobs.net". */
  basisLine: string;
  /** "n = 212 · 2025", or the year alone: beside the verdict in the top strip. */
  sampleText: string;
  /** Percentiles and mean, where the source gives them. */
  marks: DetailRow[];
  posted: PostedView | null;
  noPayNote: string | null;
  /** The engine's plain sentences (basis mismatch, conversion, single-figure band) and the panel's own. */
  notes: string[];
  bar: BandBarModel;
  details: DetailRow[];
  provenance: ProvenanceView;
  sourceUrl: string | null;
}

export type SalaryView =
  | { kind: 'no-role'; message: string }
  | { kind: 'no-band'; message: string; gapText: string | null }
  | BandSalaryView;

export function salaryView(analysis: CoreAnalysis, data: CoreData): SalaryView {
  const role = analysis.role;
  if (!role) return { kind: 'no-role', message: 'No role detected, so no salary benchmark' };
  const bench = analysis.benchmark;
  const band = bench?.band;
  if (!bench || !band) return noBandView(analysis, roleName(data, role.id));

  const text = bandText(band, moneyIn(band.currency));
  const marks = bandMarks(band).map(({ label, value }) => ({
    label,
    value: formatMoney(value, band.currency),
  }));
  const display = bench.display;
  const inDisplay = display ? (amount: number) => formatMoney(amount * display.rate, display.currency) : null;
  const rateDate = rateDateText(bench.rates ?? null);
  const posted = postedView(analysis, bench, band, rateDate);
  const notes = [...bench.notes];
  if (analysis.pay?.equity && band.basis !== 'total') {
    notes.push(`The posting mentions equity; the benchmark is ${basisLabel(band.basis).toLowerCase()}`);
  }
  const sampleText = [band.n === undefined ? null : `n = ${band.n}`, String(band.year)]
    .filter((part) => part !== null)
    .join(' · ');
  const publisher = data.sources.find((source) => source.id === band.source)?.publisher ?? band.source;

  return {
    kind: 'band',
    // A stand-in band is headed by what it measures, not by the role it stands in for.
    heading: `${band.proxy ? `${band.proxy}, as a stand-in` : roleName(data, band.role)} · ${regionName(data, band.region)}`,
    fallbackLabel: bench.fallback ? fallbackLabel(analysis, data, band, bench.fallback.from) : null,
    bandText: text,
    // "≈": a reference rate is not a payroll rate.
    bandDisplayText: inDisplay ? withRateDate(`≈ ${bandText(band, inDisplay)}`, rateDate) : null,
    rateNote: display
      ? `1 ${band.currency} = ${display.rate.toPrecision(4)} ${display.currency}, reference rate of ${display.rateDate}${bench.rates?.old ? ', more than six months old' : ''}`
      : null,
    basis: basisLabel(band.basis),
    basisLine: [basisLabel(band.basis), sampleText, publisher].join(' · '),
    sampleText,
    marks,
    posted,
    noPayNote: analysis.pay ? null : NO_PAY_TEXT,
    notes,
    bar: bandBar(band, bench.posted, text, marks, posted),
    details: bandDetails(data, band, bench.fallback?.reason ?? null),
    provenance: bandProvenance(data, band, 'the benchmark'),
    sourceUrl: data.sources.find((source) => source.id === band.source)?.url ?? null,
  };
}

/**
 * The engine's gap reads "No benchmark for <role> in <region>: <why>"; the panel shows the first part as the
 * message and the reason under it. Without the engine's words it says the same from the analysis.
 */
function noBandView(analysis: CoreAnalysis, name: string): SalaryView {
  const gap = analysis.benchmark?.gap ?? null;
  const split = gap?.indexOf(': ') ?? -1;
  if (gap && split > 0) {
    const why = gap.slice(split + 2);
    return {
      kind: 'no-band',
      message: gap.slice(0, split),
      gapText: `${why.charAt(0).toUpperCase()}${why.slice(1)}`,
    };
  }
  const where = analysis.region ? ` in ${analysis.region.name}` : '';
  return { kind: 'no-band', message: gap ?? `No benchmark for ${name}${where}`, gapText: null };
}

/** "$300K – $450K a year", "up to $90 an hour (up to $187K a year)": the posted figures as posted; a currency
 *  the text did not name is said to be inferred ("$120K – $150K a year (currency inferred: USD)"). */
export function postedPayText(pay: Pay): string {
  const money = moneyIn(pay.currency);
  const shape = { bound: pay.bound };
  const posted = `${rangeText(pay.min, pay.max, money, shape)} ${periodWord(pay.period)}`;
  const inferred = pay.currencyInferred ? ` (currency inferred: ${pay.currency})` : '';
  return pay.period === 'year'
    ? `${posted}${inferred}`
    : `${posted} (${rangeText(pay.annualMin, pay.annualMax, money, shape)} a year)${inferred}`;
}

/** "(rate of 2026-02-06)", "(rate of 2026-02-06, more than six months old)": beside every converted figure. */
function rateDateText(rates: BenchmarkResult['rates']): string {
  if (!rates) return '';
  return `(rate of ${rates.date}${rates.old ? ', more than six months old' : ''})`;
}

const withRateDate = (text: string, rateDate: string) => (rateDate ? `${text} ${rateDate}` : text);

/** Why there is no verdict: [one line for the top strip, the sentence in full], or null when there is one. */
function noVerdictWords(bench: BenchmarkResult, band: SalaryBand, pay: Pay): [string, string] | null {
  const benchmarkBasis = basisLabel(band.basis).toLowerCase();
  if (bench.noVerdict === 'basis-unstated')
    return [
      'No verdict: the benchmark does not state its pay basis',
      "No verdict: the benchmark's source does not say whether it counts base salary, bonus or equity",
    ];
  if (bench.noVerdict === 'basis-differs') {
    const posted = pay.ote ? 'on-target earnings (base plus bonus)' : 'base salary';
    return [
      `No verdict: posted ${pay.ote ? 'on-target earnings' : 'base salary'}, benchmark ${benchmarkBasis}`,
      `No verdict: the posting gives ${posted}, the benchmark ${benchmarkBasis}; both are shown, not compared`,
    ];
  }
  if (bench.position) return null;
  // A band with no range (a lone median or average): the engine's note says how far off the midpoint is.
  const only = `No verdict: the benchmark gives only ${bandText(band, moneyIn(band.currency))}, no range`;
  return [only, only];
}

function postedView(
  analysis: CoreAnalysis,
  bench: BenchmarkResult,
  band: SalaryBand,
  rateDate: string,
): PostedView | null {
  const pay = analysis.pay;
  if (!pay) return null;
  const shape = { bound: pay.bound };
  // The engine gives the posted pay in the band's currency; the display currency is one rate further.
  const target = bench.display ?? { currency: band.currency, rate: 1 };
  const inTarget = bench.posted && pay.currency !== target.currency ? bench.posted : null;
  const position = bench.position;
  const noVerdict = noVerdictWords(bench, band, pay);
  return {
    text: postedPayText(pay),
    displayText: inTarget
      ? withRateDate(
          `≈ ${rangeText(inTarget.low * target.rate, inTarget.high * target.rate, moneyIn(target.currency), shape)} a year`,
          rateDate,
        )
      : null,
    verdict: position?.verdict ?? null,
    verdictText: position ? verdictText(position.verdict, position.against) : null,
    noVerdictShort: noVerdict?.[0] ?? null,
    noVerdictText: noVerdict?.[1] ?? null,
    provenance: { name: 'Source of the posted pay', text: `The posting: “${pay.text}”` },
  };
}

/** Room left and right of the drawn values, as a share of their spread (or of the value, for one point). */
const BAR_PADDING = 0.08;
/** How far an open-topped band ("$1M+") fades on past its stated top, as a share of the band's width. */
const OPEN_END_RUN = 0.25;
/** The track's width in a 360 px panel (less its padding), and a generous width per character of a 12 px
 *  figure: enough to tell, before drawing, which labels would touch. */
const TRACK_PX = 328;
const LABEL_CHAR_PX = 7.5;
const LABEL_GAP_PX = 8;

type BarLabel = BandBarModel['labels'][number];

/**
 * Labels in order of importance, each kept only where it touches none kept before it; one near an end is
 * set against that end rather than centred on its tick, so none runs off the track.
 */
export function placeLabels(candidates: { id: string; text: string; at: number }[]): BarLabel[] {
  const kept: { label: BarLabel; from: number; to: number }[] = [];
  for (const { id, text, at } of candidates) {
    const width = text.length * LABEL_CHAR_PX;
    const x = (at / 100) * TRACK_PX;
    const align: BarLabel['align'] =
      x - width / 2 < 0 ? 'start' : x + width / 2 > TRACK_PX ? 'end' : 'center';
    const from = align === 'start' ? x : align === 'end' ? x - width : x - width / 2;
    const to = from + width;
    if (kept.some((other) => from < other.to + LABEL_GAP_PX && to > other.from - LABEL_GAP_PX)) continue;
    kept.push({ label: { id, text, at, align }, from, to });
  }
  return kept.map(({ label }) => label).sort((a, b) => a.at - b.at);
}

function bandBar(
  band: SalaryBand,
  posted: { low: number; high: number } | null,
  text: string,
  marks: DetailRow[],
  postedText: PostedView | null,
): BandBarModel {
  const { box, whiskers } = bandShape(band);
  const ends = new Set([box?.low, box?.high]);
  const figures = bandMarks(band).filter(
    (mark) =>
      !(box?.kind === 'middle-half' && (mark.id === 'p25' || mark.id === 'p75') && ends.has(mark.value)),
  );
  const values = [
    ...(box ? [box.low, box.high] : []),
    ...(whiskers ? [whiskers.low, whiskers.high] : []),
    ...figures.map((mark) => mark.value),
    ...(posted ? [posted.low, posted.high] : []),
  ];
  const open = whiskers ?? box;
  if (open?.openEnd) values.push(open.high + (open.high - open.low) * OPEN_END_RUN);
  const min = Math.min(...values);
  const max = Math.max(...values);
  const padding = (max - min) * BAR_PADDING || min * BAR_PADDING;
  const start = Math.max(0, min - padding);
  const span = max + padding - start;
  const at = (value: number) => Math.round(((value - start) / span) * 1000) / 10;
  const money = moneyIn(band.currency);

  const words = [`Benchmark ${text}, ${basisLabel(band.basis).toLowerCase()}`];
  for (const mark of marks) words.push(`${mark.label.toLowerCase()} ${mark.value}`);
  if (!postedText) words.push('no pay range posted');
  else
    words.push(
      `posted pay ${postedText.text}${postedText.verdict ? `, ${postedText.verdict} the band` : ''}`,
    );

  const openText = (value: number, isOpen: boolean) => `${money(value)}${isOpen ? '+' : ''}`;
  const candidates = [
    ...(box
      ? [
          { id: 'box-low', text: money(box.low), at: at(box.low) },
          { id: 'box-high', text: openText(box.high, box.openEnd), at: at(box.high) },
        ]
      : []),
    ...figures.map((mark) => ({ id: mark.id, text: money(mark.value), at: at(mark.value) })),
    ...(whiskers
      ? [
          { id: 'whisker-low', text: money(whiskers.low), at: at(whiskers.low) },
          { id: 'whisker-high', text: openText(whiskers.high, whiskers.openEnd), at: at(whiskers.high) },
        ]
      : []),
  ];

  const legend: BandBarModel['legend'] = [];
  if (box)
    legend.push({
      id: 'box',
      text: box.kind === 'range' ? 'Benchmark band' : 'Middle half (25th–75th percentile)',
    });
  if (whiskers) legend.push({ id: 'whiskers', text: 'Low to high' });
  if (figures.length > 0) legend.push({ id: 'tick', text: marksLegend(figures) });
  if (posted && postedText) legend.push({ id: 'posted', text: 'Posted pay' });

  return {
    label: words.join('; '),
    box: box ? { from: at(box.low), to: at(box.high), openEnd: box.openEnd } : null,
    whiskers: whiskers ? { from: at(whiskers.low), to: at(whiskers.high), openEnd: whiskers.openEnd } : null,
    ticks: figures.map(({ id, value }) => ({ id, at: at(value) })),
    posted: posted && postedText ? { from: at(posted.low), to: at(posted.high) } : null,
    labels: placeLabels(candidates),
    legend,
  };
}

/** Names what is shown instead of what was asked: a broader region, a neighbouring role, or both. */
function fallbackLabel(analysis: CoreAnalysis, data: CoreData, band: SalaryBand, from: string): string {
  const shown: string[] = [];
  if (analysis.role && band.role !== analysis.role.id) shown.push(roleName(data, band.role));
  if (!analysis.region || band.region !== analysis.region.id) shown.push(regionName(data, band.region));
  const asked = data.roles.some((role) => role.id === from) ? roleName(data, from) : regionName(data, from);
  return `Showing ${shown.join(' in ') || regionName(data, band.region)}: no band for ${asked}`;
}

function bandDetails(data: CoreData, band: SalaryBand, fallbackReason: string | null): DetailRow[] {
  const rows: DetailRow[] = [
    { label: 'Source', value: sourceTitle(data, band.source) },
    { label: 'Year', value: String(band.year) },
    { label: 'Confidence', value: band.confidence },
    { label: 'Method', value: METHOD_WORDS[band.method] },
    { label: 'Region', value: regionName(data, band.region) },
    { label: 'Basis', value: basisLabel(band.basis) },
  ];
  if (band.n !== undefined) rows.push({ label: 'Sample size', value: `n = ${band.n}` });
  if (band.proxy) rows.push({ label: 'Stands in for', value: band.proxy });
  if (band.note) rows.push({ label: 'Note', value: band.note });
  if (fallbackReason) rows.push({ label: 'Why this band', value: fallbackReason });
  return rows;
}

// ---------- top strip ----------
/** The answer to "is the pay fair?" in one line, with the band's n and year where there is a verdict. */
export type PayGlance =
  | { kind: 'verdict'; verdict: Verdict; text: string; sample: string }
  | { kind: 'no-verdict'; text: string }
  | { kind: 'no-pay'; text: string; sample: string | null }
  | { kind: 'no-band'; text: string }
  | { kind: 'no-role'; text: string };

export function payGlance(analysis: CoreAnalysis, salary: SalaryView): PayGlance {
  if (salary.kind === 'no-role') return { kind: 'no-role', text: salary.message };
  if (!analysis.pay)
    return {
      kind: 'no-pay',
      text: NO_PAY_TEXT,
      sample: salary.kind === 'band' ? `market band ${salary.sampleText}` : null,
    };
  if (salary.kind === 'no-band') return { kind: 'no-band', text: salary.message };
  const position = analysis.benchmark?.position;
  if (position && salary.posted?.verdict)
    return {
      kind: 'verdict',
      verdict: position.verdict,
      text: verdictShort(position.verdict, position.against),
      sample: salary.sampleText,
    };
  return { kind: 'no-verdict', text: salary.posted?.noVerdictShort ?? 'No verdict' };
}

// ---------- role comparison ----------
/** The roles a posting is set beside, one at a time. */
export const COMPARED_ROLES: RoleId[] = ['caio', 'cto', 'cdo', 'vp_ai', 'head_ai', 'director_ai'];
const ROLE_FACT_ROWS = [
  { id: 'scope', label: 'Scope' },
  { id: 'reportsTo', label: 'Reports to' },
  { id: 'boardAccountability', label: 'Board accountability' },
  { id: 'experience', label: 'Experience' },
] as const;
// The data's honest gaps read "Not found in sources.", some with what the research did find after it.
const NOT_FOUND = 'Not found';

export interface ComparisonCell {
  roleId: RoleId;
  /** The role's short name, said before the cell to a screen reader. */
  short: string;
  text: string;
  /** The sources found nothing: drawn quieter. */
  missing: boolean;
  provenance: ProvenanceView;
}

export interface ComparisonView {
  /** The posting's role, when it is one with facts in the data. */
  detected: { id: RoleId; short: string } | null;
  /** The choices for the other side (the posting's own role left out), and the one chosen. */
  choices: { id: RoleId; short: string; name: string }[];
  other: RoleId;
  rows: { id: string; label: string; cells: ComparisonCell[] }[];
}

type ComparisonOptions = Pick<PanelOptions, 'displayCurrency' | 'payBasis'>;

/** The chosen role, unless it is the posting's own: then the first other one. */
export function comparedWith(detected: RoleId | null, chosen: RoleId | null): RoleId {
  if (chosen && chosen !== detected && COMPARED_ROLES.includes(chosen)) return chosen;
  return COMPARED_ROLES.find((id) => id !== detected) ?? 'cto';
}

export function comparisonView(
  analysis: CoreAnalysis,
  data: CoreData,
  options: ComparisonOptions,
  chosen: RoleId | null,
): ComparisonView {
  const detectedId = analysis.role?.id ?? null;
  const detected = detectedId ? data.roles.find((role) => role.id === detectedId) : undefined;
  const other = comparedWith(detectedId, chosen);
  const roles = [detected, data.roles.find((role) => role.id === other)].filter((role) => role !== undefined);
  const region = analysis.region;
  return {
    detected: detected ? { id: detected.id, short: detected.short } : null,
    choices: COMPARED_ROLES.filter((id) => id !== detectedId).flatMap((id) =>
      data.roles.filter((role) => role.id === id).map(({ short, name }) => ({ id, short, name })),
    ),
    other,
    rows: [
      ...ROLE_FACT_ROWS.map(({ id, label }) => ({
        id,
        label,
        cells: roles.map((role) => ({
          roleId: role.id,
          short: role.short,
          text: role[id].text,
          missing: role[id].text.startsWith(NOT_FOUND),
          provenance: factProvenance(data, role[id], `${role.short}: ${label.toLowerCase()}`),
        })),
      })),
      {
        id: 'pay',
        label: region ? `Pay band, ${region.name}` : 'Pay band (region not found)',
        cells: roles.map((role) => payBandCell(analysis, data, role, options)),
      },
    ],
  };
}

/**
 * The detected role's cell repeats the engine's benchmark; the other roles get the engine's own band choice
 * for the same region, so the comparison and the salary section never disagree on how a band is picked.
 */
function payBandCell(
  analysis: CoreAnalysis,
  data: CoreData,
  role: Role,
  options: ComparisonOptions,
): ComparisonCell {
  const region = analysis.region;
  const band =
    analysis.role?.id === role.id
      ? (analysis.benchmark?.band ?? null)
      : region && chooseBand(role.id, region.id, options.payBasis, data).band;
  const what = `${role.short}: pay band`;
  if (!band)
    return {
      roleId: role.id,
      short: role.short,
      text: 'No benchmark',
      missing: true,
      provenance: { name: `Source of ${what}`, text: 'No band in the bundled data for this role and region' },
    };
  const where = region && band.region === region.id ? '' : ` (${regionName(data, band.region)})`;
  const rate =
    band.currency === options.displayCurrency
      ? null
      : convert(1, band.currency, options.displayCurrency, data.rates);
  const converted =
    rate === null
      ? ''
      : ` ≈ ${bandText(band, (amount) => formatMoney(amount * rate, options.displayCurrency))}`;
  // With a conversion after it, the local figure does not repeat what kind of range it is.
  const local = bandText(band, moneyIn(band.currency), { whatItIs: rate === null });
  return {
    roleId: role.id,
    short: role.short,
    text: `${local}${converted}, ${basisLabel(band.basis).toLowerCase()}${where}`,
    missing: false,
    provenance: bandProvenance(data, band, what),
  };
}

// ---------- skill checklist and checks: drawn once details.js has completed the analysis ----------
export interface CompletedView {
  analysis: Analysis;
  data: BundledData;
}

/** The completed analysis with the data that completed it, or null while only the first-paint part exists. */
export function completedView(
  analysis: CoreAnalysis,
  data: CoreData & Partial<DetailData>,
): CompletedView | null {
  if (!('skills' in analysis && 'flags' in analysis)) return null;
  const { skills, skillGroups, payLaws, payLawsCompiled } = data;
  if (!skills || !skillGroups || !payLaws || payLawsCompiled === undefined) return null;
  return { analysis: analysis as Analysis, data: { ...data, skills, skillGroups, payLaws, payLawsCompiled } };
}

export interface ChecklistView {
  groups: ChecklistGroup[];
  /** How the user's own skills meet what the posting asks for; null when there is nothing to match. */
  match: { matched: number; asked: number; percent: string } | null;
  matchText: string;
  totals: { mentioned: number; listed: number };
}

/** The engine's checklist (mentioned + expected but missing), grouped in the data's order. */
export function checklistView(analysis: Analysis, data: BundledData, userSkills: string[]): ChecklistView {
  const mentioned = new Set(analysis.skills.mentioned.map((m) => m.id));
  const listed = new Set([...mentioned, ...analysis.skills.expectedMissing]);
  const user = new Set(userSkills);
  const skills = data.skills.filter((skill) => listed.has(skill.id));

  const groups = data.skillGroups.flatMap((group): ChecklistGroup[] => {
    const items = skills
      .filter((skill) => skill.group === group.id)
      .map((skill) => ({
        id: skill.id,
        label: skill.label,
        checked: mentioned.has(skill.id),
        ...(user.has(skill.id) ? { tag: 'You have this' } : {}),
      }));
    if (items.length === 0) return [];
    const ticked = items.filter((item) => item.checked).length;
    return [{ id: group.id, name: group.name, countText: `${ticked} of ${items.length}`, items }];
  });

  const asked = skills.filter((skill) => mentioned.has(skill.id));
  const matched = asked.filter((skill) => user.has(skill.id)).length;
  const match =
    asked.length > 0 && user.size > 0
      ? { matched, asked: asked.length, percent: percent(matched / asked.length) }
      : null;
  const matchText =
    asked.length === 0
      ? 'The posting names none of the checklist skills'
      : match
        ? `You have ${match.matched} of ${match.asked} skills this posting asks for (${match.percent})`
        : 'Add your skills in settings to see how you match';
  return { groups, match, matchText, totals: { mentioned: asked.length, listed: skills.length } };
}

// ---------- recruiter checks ----------
export interface CheckView {
  id: string;
  severity: FlagSeverity;
  word: string;
  message: string;
  /** Compact: the first source's publisher, and how many more; "The posting" when it rests on nothing else. */
  sourceText: string;
  provenance: ProvenanceView;
}

const SEVERITY_ORDER: FlagSeverity[] = ['high', 'medium', 'low', 'info'];

/** Most severe first; flags of equal severity keep the engine's order. */
export function checksView(flags: Flag[], data: CoreData): CheckView[] {
  return [...flags]
    .sort((a, b) => SEVERITY_ORDER.indexOf(a.severity) - SEVERITY_ORDER.indexOf(b.severity))
    .map((flag) => ({
      id: flag.id,
      severity: flag.severity,
      word: severityWord(flag.severity),
      message: flag.message,
      sourceText: checkSourceText(data, flag.sources),
      provenance: checkProvenance(data, flag.sources),
    }));
}

function checkSourceText(data: CoreData, ids: string[]): string {
  const [first, ...rest] = ids;
  if (first === undefined) return 'The posting';
  const publisher = data.sources.find((source) => source.id === first)?.publisher ?? first;
  return rest.length > 0 ? `${publisher} and ${rest.length} more` : publisher;
}

/** Every source in full, each with its year and confidence. */
function checkProvenance(data: CoreData, ids: string[]): ProvenanceView {
  const cited = ids.map((id) => {
    const confidence = data.sources.find((source) => source.id === id)?.confidence;
    const cite = sourceWithYear(data, id);
    return confidence ? `${cite}, ${confidence} confidence` : cite;
  });
  return {
    name: 'Source of this check',
    text:
      cited.length > 0
        ? cited.join('; ')
        : 'The posting itself: no law, band or skill list behind this check',
  };
}
