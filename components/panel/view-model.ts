// Analysis + bundled data -> plain display rows. Every computation the panel needs lives here, so the
// components only print strings and place boxes, and the summary text says exactly what the panel shows.
// The engine has already chosen the band, converted the posted pay and judged it; this only words it.
import type { BundledData, CoreData, DetailData } from '../../data';
import type { Confidence, RoleId, SalaryBand } from '../../data/schema';
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
import type { SmallTableColumn, SmallTableRow } from '../shared/SmallTable';
import { bandBody, bandMarks, bandText, marksLegend } from './band-figures';
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

// ---------- salary benchmark ----------
export const NO_PAY_TEXT = 'No pay range posted';

export interface PostedView {
  /** As posted, in the posting's currency and period (annualised too when the period is not a year). */
  text: string;
  /** In the display currency, when the posting is in another. */
  displayText: string | null;
  verdict: Verdict | null;
  verdictText: string | null;
  /** Why posted pay and band are shown side by side without a verdict. */
  noVerdictText: string | null;
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
  /** Percentiles and mean, where the source gives them. */
  marks: DetailRow[];
  posted: PostedView | null;
  noPayNote: string | null;
  /** The engine's plain sentences (basis mismatch, conversion, single-figure band) and the panel's own. */
  notes: string[];
  bar: BandBarModel;
  details: DetailRow[];
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

  return {
    kind: 'band',
    heading: `${roleName(data, band.role)} · ${regionName(data, band.region)}`,
    fallbackLabel: bench.fallback ? fallbackLabel(analysis, data, band, bench.fallback.from) : null,
    bandText: text,
    // "≈": a reference rate is not a payroll rate.
    bandDisplayText: inDisplay ? withRateDate(`≈ ${bandText(band, inDisplay)}`, rateDate) : null,
    rateNote: display
      ? `1 ${band.currency} = ${display.rate.toPrecision(4)} ${display.currency}, reference rate of ${display.rateDate}${bench.rates?.old ? ', more than six months old' : ''}`
      : null,
    basis: basisLabel(band.basis),
    marks,
    posted,
    noPayNote: analysis.pay ? null : NO_PAY_TEXT,
    notes,
    bar: bandBar(band, bench.posted, text, marks, posted),
    details: bandDetails(data, band, bench.fallback?.reason ?? null),
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

function noVerdictText(bench: BenchmarkResult, band: SalaryBand, pay: Pay): string | null {
  if (bench.noVerdict === 'basis-unstated')
    return "No verdict: the benchmark's source does not say whether it counts base salary, bonus or equity";
  if (bench.noVerdict === 'basis-differs') {
    const posted = pay.ote ? 'on-target earnings (base plus bonus)' : 'base salary';
    return `No verdict: the posting gives ${posted}, the benchmark ${basisLabel(band.basis).toLowerCase()}; both are shown, not compared`;
  }
  return null;
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
    noVerdictText: noVerdictText(bench, band, pay),
  };
}

/** Room left and right of the drawn values, as a share of their spread (or of the value, for one point). */
const BAR_PADDING = 0.08;
/** How far an open-topped band ("$1M+") fades on past its stated top, as a share of the band's width. */
const OPEN_END_RUN = 0.25;

function bandBar(
  band: SalaryBand,
  posted: { low: number; high: number } | null,
  text: string,
  marks: DetailRow[],
  postedText: PostedView | null,
): BandBarModel {
  const body = bandBody(band);
  const figures = bandMarks(band);
  const values = [
    ...(body ? [body.low, body.high] : []),
    ...figures.map((mark) => mark.value),
    ...(posted ? [posted.low, posted.high] : []),
  ];
  if (body?.openEnd) values.push(body.high + (body.high - body.low) * OPEN_END_RUN);
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

  return {
    label: words.join('; '),
    band: body
      ? {
          from: at(body.low),
          to: at(body.high),
          openEnd: body.openEnd,
          label: body.kind === 'range' ? 'Benchmark band' : 'Middle half (25th–75th percentile)',
          low: money(body.low),
          high: `${money(body.high)}${body.openEnd ? '+' : ''}`,
        }
      : null,
    ticks: figures.map(({ id, label, value }) => ({ id, at: at(value), label: `${label}: ${money(value)}` })),
    tickLegend: marksLegend(figures),
    posted:
      posted && postedText
        ? { from: at(posted.low), to: at(posted.high), label: `Posted: ${postedText.text}` }
        : null,
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
  const source = data.sources.find((candidate) => candidate.id === band.source);
  const rows: DetailRow[] = [
    { label: 'Source', value: source ? `${source.title} (${source.publisher})` : band.source },
    { label: 'Year', value: String(band.year) },
    { label: 'Confidence', value: band.confidence },
    { label: 'Region', value: regionName(data, band.region) },
    { label: 'Basis', value: basisLabel(band.basis) },
  ];
  if (band.n !== undefined) rows.push({ label: 'Sample size', value: `n = ${band.n}` });
  if (band.proxy) rows.push({ label: 'Stands in for', value: band.proxy });
  if (band.note) rows.push({ label: 'Note', value: band.note });
  if (fallbackReason) rows.push({ label: 'Why this band', value: fallbackReason });
  return rows;
}

// ---------- role comparison ----------
export interface ComparisonView {
  caption: string;
  columns: SmallTableColumn[];
  rows: SmallTableRow[];
}

const COMPARED_ROLES: RoleId[] = ['caio', 'cto', 'cdo', 'vp_ai'];
/** Shown as an extra column only when the posting is one of them. */
const EXTRA_ROLES: RoleId[] = ['director_ai', 'head_ai'];
const ROLE_FACT_ROWS = [
  { id: 'scope', label: 'Scope' },
  { id: 'reportsTo', label: 'Reports to' },
  { id: 'boardAccountability', label: 'Board accountability' },
  { id: 'experience', label: 'Experience' },
] as const;

type ComparisonOptions = Pick<PanelOptions, 'displayCurrency' | 'payBasis'>;

export function comparisonView(
  analysis: CoreAnalysis,
  data: CoreData,
  options: ComparisonOptions,
): ComparisonView {
  const detected = analysis.role?.id ?? null;
  const compared =
    detected && EXTRA_ROLES.includes(detected) ? [...COMPARED_ROLES, detected] : COMPARED_ROLES;
  // The posting's role leads, so the narrow table never scrolls it out of sight.
  const ids =
    detected && compared.includes(detected)
      ? [detected, ...compared.filter((id) => id !== detected)]
      : compared;
  const roles = ids.flatMap((id) => data.roles.filter((role) => role.id === id));
  const region = analysis.region;
  return {
    // Not the section's own title: the table's scroll region is a landmark and needs a name of its own.
    caption: 'Role comparison table, scrolls sideways',
    columns: roles.map((role) => ({
      id: role.id,
      label: role.short,
      ...(role.id === detected ? { highlight: 'This posting' } : {}),
    })),
    rows: [
      ...ROLE_FACT_ROWS.map(({ id, label }) => ({ id, label, cells: roles.map((role) => role[id].text) })),
      {
        id: 'pay',
        label: region ? `Pay band, ${region.name}` : 'Pay band (region not found)',
        cells: roles.map((role) => payBandCell(analysis, data, role.id, options)),
      },
    ],
  };
}

/**
 * The detected role's cell repeats the engine's benchmark; the other roles get the engine's own band choice
 * for the same region, so the table and the salary section never disagree on how a band is picked.
 */
function payBandCell(
  analysis: CoreAnalysis,
  data: CoreData,
  roleId: RoleId,
  options: ComparisonOptions,
): string {
  const region = analysis.region;
  const band =
    analysis.role?.id === roleId
      ? (analysis.benchmark?.band ?? null)
      : region && chooseBand(roleId, region.id, options.payBasis, data).band;
  if (!band) return 'no benchmark';
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
  return `${local}${converted}, ${basisLabel(band.basis).toLowerCase()}${where}`;
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
}

const SEVERITY_ORDER: FlagSeverity[] = ['high', 'medium', 'low', 'info'];

/** Most severe first; flags of equal severity keep the engine's order. */
export function checksView(flags: Flag[]): CheckView[] {
  return [...flags]
    .sort((a, b) => SEVERITY_ORDER.indexOf(a.severity) - SEVERITY_ORDER.indexOf(b.severity))
    .map((flag) => ({
      id: flag.id,
      severity: flag.severity,
      word: severityWord(flag.severity),
      message: flag.message,
    }));
}
