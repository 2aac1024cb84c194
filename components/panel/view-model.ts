// Analysis + bundled data -> plain display rows, in the panel's language. Every computation the panel needs
// lives here, so the components only print strings and place boxes, and the summary text says exactly what
// the panel shows. The engine has already chosen the band, converted the posted pay and judged it; this only
// words it, from the engine's codes and figures (check-words.ts says the recruiter checks, match-words.ts how a
// title was matched). Data text (role names and facts, skill labels, source titles, notes) stays English as
// published.

import type {
  Confidence,
  Role,
  RoleFact,
  RoleId,
  SalaryBand,
  SalaryGap,
  SalaryReference,
} from '../../data/schema';
import { bandCentre, chooseBand, chooseReferences } from '../../lib/engine/benchmark';
import { convert } from '../../lib/engine/currency';
import { fieldSource } from '../../lib/engine/report';
import type {
  Analysis,
  BenchmarkResult,
  CoreAnalysis,
  Flag,
  FlagSeverity,
  Pay,
  RoleMatch,
} from '../../lib/engine/types';
import type { PanelWords } from '../../lib/extension/i18n/panel';
import type { BandBarModel } from '../shared/BandBar';
import type { ChecklistGroup } from '../shared/Checklist';
import { bandBody, bandMarks, bandShape, bandText, markLabel, marksLegend } from './band-figures';
import { type CheckWordsData, checkMessage } from './check-words';
import {
  basisInSentence,
  basisLabel,
  confidenceText,
  confidenceWord,
  levelLabel,
  percent,
  perPeriod,
  rangeText,
  regionInSentence,
  regionName,
  regionsInSentence,
  severityWord,
  type Verdict,
  verdictShort,
  verdictText,
} from './format';
import { titleEvidenceText } from './match-words';
import type { PanelOptions } from './options';
import type { PanelData, RoleAndPayData } from './panel-data';
import {
  figureBasis,
  figureProvenance,
  type ProvenanceView,
  type ReferenceView,
  referenceView,
  sampleWords,
  sourceTitle,
} from './pay-figures';
import { type TargetOnBand, targetOnBand } from './target-pay';

export interface DetailRow {
  id: string;
  label: string;
  value: string;
  /** Set on data text, which stays English whatever the panel's language. */
  lang?: 'en';
}

/** The options the salary and comparison views read: what the user compares against, in which currency, and
 *  the pay they are after. */
export type PayOptions = Pick<PanelOptions, 'displayCurrency' | 'payBasis' | 'targetPay'>;

const roleName = (data: RoleAndPayData, id: string) => data.roles.find((role) => role.id === id)?.name ?? id;
type PayFigure = SalaryBand | SalaryReference;
const moneyIn = (w: PanelWords, currency: string) => (amount: number) => w.money(amount, currency);

// ---------- role ----------
export interface RoleView {
  /** The data's name for the role (English). */
  name: string;
  /** The side of the role a title names, said after the role: "Chief AI Officer · AI governance". */
  focus: string | null;
  level: string;
  confidence: Confidence;
  confidencePercent: string;
  /** "high confidence", as said in a sentence. */
  confidenceText: string;
  /** How the engine matched the title, in words. */
  evidence: string;
  aiLeadership: boolean;
}

export function roleView(w: PanelWords, analysis: CoreAnalysis, data: RoleAndPayData): RoleView | null {
  const match: RoleMatch | null = analysis.role;
  if (!match) return null;
  const confidence = confidenceWord(match.confidence);
  const name = roleName(data, match.id);
  return {
    name,
    focus: match.focus ? w.t(`focus.${match.focus}`) : null,
    level: levelLabel(w, match.level),
    confidence,
    confidencePercent: percent(w, match.confidence),
    confidenceText: confidenceText(w, confidence),
    evidence: titleEvidenceText(w, match.evidence),
    aiLeadership: analysis.aiLeadership,
  };
}

// ---------- provenance ----------
export type { ProvenanceView } from './pay-figures';

/** "Project seed card (AI Leadership Lens), 2026" */
const sourceWithYear = (data: RoleAndPayData, id: string) => {
  const year = data.sources.find((source) => source.id === id)?.date.slice(0, 4);
  return year ? `${sourceTitle(data, id)}, ${year}` : sourceTitle(data, id);
};

/** "TechTarget (…); BLS (…), 2026; medium confidence": the fact's sources, the year it describes, its
 *  confidence; a gap says no source states it. */
function factProvenance(w: PanelWords, data: RoleAndPayData, fact: RoleFact, name: string): ProvenanceView {
  if ('gap' in fact) return { name, text: w.t('provenance.noSource') };
  const sources = fact.sources.map((id) => sourceTitle(data, id)).join('; ');
  const year = fact.year === undefined ? '' : `, ${fact.year}`;
  return { name, text: `${sources}${year}; ${confidenceText(w, fact.confidence)}` };
}

// ---------- salary benchmark ----------
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
  /** Under the bar, as Levels.fyi puts it: "Base salary · n = 212 rows · 2025 · aijobs.net". */
  basisLine: string;
  /** "n = 212 · 2025", or the year alone: beside the verdict in the top strip. */
  sampleText: string;
  /** Percentiles and mean, where the source gives them. */
  marks: DetailRow[];
  posted: PostedView | null;
  noPayNote: string | null;
  /** What the figures need said with them: basis mismatch, conversion, a single-figure band, equity. */
  notes: string[];
  bar: BandBarModel;
  details: DetailRow[];
  provenance: ProvenanceView;
  sourceUrl: string | null;
  /** Published figures for the role and region shown as context, never judged against. */
  references: ReferenceView[];
}

export type SalaryView =
  | { kind: 'no-role'; message: string }
  | {
      kind: 'no-band';
      message: string;
      gap: { text: string; lang?: 'en' } | null;
      /** What is published for the role and region, as context under the reason there is no band. */
      references: ReferenceView[];
    }
  | BandSalaryView;

export function salaryView(
  w: PanelWords,
  analysis: CoreAnalysis,
  data: RoleAndPayData,
  options: PayOptions,
): SalaryView {
  const role = analysis.role;
  if (!role) return { kind: 'no-role', message: w.t('salary.noRole') };
  const bench = analysis.benchmark;
  const band = bench?.band;
  if (!bench || !band) return noBandView(w, analysis, data, role.id);

  const money = moneyIn(w, band.currency);
  const text = bandText(w, band, money);
  const marks = bandMarks(band).map(({ id, value }) => ({
    id,
    label: markLabel(w, id),
    value: money(value),
  }));
  const display = bench.display;
  const inDisplay = display ? (amount: number) => w.money(amount * display.rate, display.currency) : null;
  const rateDate = rateDateText(w, bench.rates ?? null);
  const posted = postedView(w, analysis, bench, band, rateDate);
  const sampleText = [band.n === undefined ? null : w.t('salary.sample', { n: band.n }), String(band.year)]
    .filter((part) => part !== null)
    .join(' · ');
  const publisher = data.sources.find((source) => source.id === band.source)?.publisher ?? band.source;
  const rateWords = {
    from: band.currency,
    rate: display ? w.number(display.rate, { maximumSignificantDigits: 4 }) : '',
    to: display?.currency ?? '',
    date: display ? w.date(display.rateDate) : '',
  };
  const bandRegion = regionName(w, data, band.region);
  const target = options.targetPay ? targetOnBand(w, options.targetPay, band, data.rates, rateDate) : null;

  return {
    kind: 'band',
    // A stand-in band is headed by what it measures, not by the role it stands in for.
    heading: `${band.proxy ? w.t('salary.standIn', { proxy: band.proxy }) : roleName(data, band.role)} · ${bandRegion}`,
    fallbackLabel: bench.fallback ? fallbackLabel(w, analysis, data, band, bench.fallback.from) : null,
    bandText: text,
    // "≈": a reference rate is not a payroll rate.
    bandDisplayText: inDisplay ? withRateDate(`≈ ${bandText(w, band, inDisplay)}`, rateDate) : null,
    rateNote: display ? w.t(bench.rates?.old ? 'salary.rateNoteOld' : 'salary.rateNote', rateWords) : null,
    basis: basisLabel(w, band.basis),
    basisLine: [basisLabel(w, band.basis), sampleWords(w, band), String(band.year), publisher]
      .filter((part) => part !== null)
      .join(' · '),
    sampleText,
    marks,
    posted,
    noPayNote: analysis.pay ? null : noPayText(w, analysis, 'salary.hiddenPay', 'salary.payNotReadBand'),
    notes: benchmarkNotes(w, analysis, data, band, options),
    bar: bandBar(
      w,
      band,
      bench,
      text,
      marks,
      posted,
      target,
      !analysis.pay && !!analysis.posting.payText.value,
    ),
    details: bandDetails(w, analysis, data, band, bench.fallback?.from ?? null),
    provenance: figureProvenance(w, data, band, w.t('provenance.benchmark')),
    sourceUrl: data.sources.find((source) => source.id === band.source)?.url ?? null,
    references: referencesView(w, analysis, data),
  };
}

/** The engine's published figures for the role, each said to be of a broader region where it is. */
const referencesView = (w: PanelWords, analysis: CoreAnalysis, data: RoleAndPayData) =>
  (analysis.benchmark?.references ?? []).map((reference) =>
    referenceView(
      w,
      data,
      reference,
      reference.region === analysis.region?.id ? null : regionName(w, data, reference.region),
    ),
  );

/** Why the data has no band, in one line, from the recorded gap nearest the posting's region. */
function gapReason(w: PanelWords, gap: SalaryGap | null): string {
  if (!gap) return w.t('salary.noFigure');
  if (!gap.rows) return w.t('salary.gapNoRule');
  return gap.rows.found === 0
    ? w.t('salary.gapNoRows')
    : w.t('salary.gapFewRows', { count: gap.rows.found, needed: gap.rows.needed });
}

/** No band for the role and region: said plainly, with the research's reason when it recorded one. */
function noBandView(w: PanelWords, analysis: CoreAnalysis, data: RoleAndPayData, roleId: RoleId): SalaryView {
  const role = roleName(data, roleId);
  const region = analysis.region;
  if (!region)
    return {
      kind: 'no-band',
      message: w.t('salary.noBenchmark', { role }),
      gap: { text: w.t('salary.noRegion') },
      references: [],
    };
  const passed = chooseBand(roleId, region.id, 'base', data).passed;
  // Every region the search walked (the posting's, then each wider one), so none reads as if it had a band.
  const walked = passed.map((level) => level.region.id);
  return {
    kind: 'no-band',
    message: w.t('salary.noBenchmarkIn', {
      role,
      region: regionsInSentence(w, data, walked.length > 0 ? walked : [region.id]),
    }),
    gap: { text: gapReason(w, passed.find((level) => level.gap)?.gap ?? null) },
    references: referencesView(w, analysis, data),
  };
}

/**
 * What the engine noted about the figures, worded from its codes (in the order it notes them): a band of
 * another basis than asked, no rate into the display currency, no rate between the posting's currency and
 * the band's, a converted posting, a band of one figure; and equity the benchmark does not count.
 */
function benchmarkNotes(
  w: PanelWords,
  analysis: CoreAnalysis,
  data: RoleAndPayData,
  band: SalaryBand,
  options: PayOptions,
): string[] {
  const bench = analysis.benchmark;
  const pay = analysis.pay;
  const notes: string[] = [];
  if (band.basis !== options.payBasis)
    notes.push(
      w.t('note.basis', {
        wanted: basisInSentence(w, options.payBasis),
        shown: basisInSentence(w, band.basis),
      }),
    );
  if (options.displayCurrency !== band.currency && !bench?.display)
    notes.push(w.t('note.noDisplayRate', { currency: options.displayCurrency, band: band.currency }));
  const posted = bench?.posted;
  if (pay && !posted) notes.push(w.t('note.noPayRate', { from: pay.currency, to: band.currency }));
  if (pay && posted?.converted)
    notes.push(
      w.t('note.converted', { from: pay.currency, date: w.date(bench?.rates?.date ?? data.rates.date) }),
    );
  const centre = bandCentre(band);
  if (posted && !bench?.position && !bench?.noVerdict && !bandBody(band) && centre !== null) {
    const mid = (posted.low + posted.high) / 2;
    const figure = bandText(w, band, moneyIn(w, band.currency));
    const off = percent(w, Math.abs(mid - centre) / centre);
    notes.push(
      mid === centre
        ? w.t('note.onlyAt', { figure })
        : w.t(mid > centre ? 'note.onlyAbove' : 'note.onlyBelow', { figure, percent: off }),
    );
  }
  if (pay?.equity && band.basis !== 'total')
    notes.push(w.t('note.equity', { basis: basisInSentence(w, band.basis) }));
  return notes;
}

/** Characters of a posting's unread pay text shown: a pill's worth. */
const UNREAD_PAY_SHOWN = 80;

/**
 * Pay the posting shows in a pay field (a site's pay element, its structured data, a labelled value) that no
 * salary reading took, as shown; null when it shows none, or pay was read. A sentence the description fallback
 * picked is not quoted: it may speak of a perk or a budget ("a $2,000 learning budget").
 */
export function unreadPayText(analysis: CoreAnalysis): string | null {
  if (analysis.pay) return null;
  const { payText } = analysis.posting;
  if (payText.value === null || fieldSource(payText).code === 'pay-sentence') return null;
  const shown = payText.value.replace(/\s+/g, ' ').trim();
  if (!shown) return null;
  return shown.length > UNREAD_PAY_SHOWN ? `${shown.slice(0, UNREAD_PAY_SHOWN - 1)}…` : shown;
}

/** No pay read: none posted (worded by `none`), or pay shown but not read (worded by `unread`, quoting it). */
function noPayText(
  w: PanelWords,
  analysis: CoreAnalysis,
  none: 'salary.noPay' | 'salary.hiddenPay',
  unread: 'salary.payNotRead' | 'salary.payNotReadBand',
): string {
  const text = unreadPayText(analysis);
  return text === null ? w.t(none) : w.t(unread, { text });
}

/** "$300K – $450K a year", "up to $90 an hour (up to $187K a year)": the posted figures as posted; a currency
 *  the text did not name is said to be inferred ("$120K – $150K a year (currency inferred: USD)"). */
export function postedPayText(w: PanelWords, pay: Pay): string {
  const money = moneyIn(w, pay.currency);
  const shape = { bound: pay.bound };
  const posted = perPeriod(w, rangeText(w, pay.min, pay.max, money, shape), pay.period);
  const inferred = pay.currencyInferred ? ` ${w.t('pay.currencyInferred', { currency: pay.currency })}` : '';
  if (pay.period === 'year') return `${posted}${inferred}`;
  const annual = perPeriod(w, rangeText(w, pay.annualMin, pay.annualMax, money, shape), 'year');
  return `${posted} (${annual})${inferred}`;
}

/** "(rate of 6 Feb 2026)", "(…, more than six months old)": beside every converted figure. */
function rateDateText(w: PanelWords, rates: BenchmarkResult['rates']): string {
  if (!rates) return '';
  return w.t(rates.old ? 'salary.rateOfOld' : 'salary.rateOf', { date: w.date(rates.date) });
}

const withRateDate = (text: string, rateDate: string) => (rateDate ? `${text} ${rateDate}` : text);

/** Why there is no verdict: [one line for the top strip, the sentence in full], or null when there is one. */
function noVerdictWords(
  w: PanelWords,
  bench: BenchmarkResult,
  band: SalaryBand,
  pay: Pay,
): [string, string] | null {
  const basis = basisInSentence(w, band.basis);
  if (bench.noVerdict === 'basis-unstated')
    return [w.t('noVerdict.unstatedShort'), w.t('noVerdict.unstated')];
  if (bench.noVerdict === 'basis-differs')
    return pay.ote
      ? [w.t('noVerdict.oteShort', { basis }), w.t('noVerdict.ote', { basis })]
      : [w.t('noVerdict.baseShort', { basis }), w.t('noVerdict.base', { basis })];
  if (bench.position) return null;
  // A band with no range (a lone median or average): a note says how far off the midpoint is.
  const only = w.t('noVerdict.onlyFigure', { band: bandText(w, band, moneyIn(w, band.currency)) });
  return [only, only];
}

function postedView(
  w: PanelWords,
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
  const noVerdict = noVerdictWords(w, bench, band, pay);
  const money = moneyIn(w, target.currency);
  return {
    text: postedPayText(w, pay),
    displayText: inTarget
      ? withRateDate(
          `≈ ${perPeriod(w, rangeText(w, inTarget.low * target.rate, inTarget.high * target.rate, money, shape), 'year')}`,
          rateDate,
        )
      : null,
    verdict: position?.verdict ?? null,
    verdictText: position ? verdictText(w, position.verdict, position.against) : null,
    noVerdictShort: noVerdict?.[0] ?? null,
    noVerdictText: noVerdict?.[1] ?? null,
    provenance: { name: w.t('provenance.postedPay'), text: w.t('why.quote', { text: pay.text }) },
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
  w: PanelWords,
  band: SalaryBand,
  bench: BenchmarkResult,
  text: string,
  marks: DetailRow[],
  postedText: PostedView | null,
  target: TargetOnBand | null,
  /** The posting shows pay that was not read as a salary (postedText is null then too). */
  payUnread: boolean,
): BandBarModel {
  const posted = bench.posted;
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
    ...(target?.value != null ? [target.value] : []),
  ];
  const open = whiskers ?? box;
  if (open?.openEnd) values.push(open.high + (open.high - open.low) * OPEN_END_RUN);
  const min = Math.min(...values);
  const max = Math.max(...values);
  const padding = (max - min) * BAR_PADDING || min * BAR_PADDING;
  const start = Math.max(0, min - padding);
  const span = max + padding - start;
  const at = (value: number) => Math.round(((value - start) / span) * 1000) / 10;
  const money = moneyIn(w, band.currency);

  const words = [w.t('bar.benchmark', { band: text, basis: basisInSentence(w, band.basis) })];
  for (const mark of marks) words.push(w.t('bar.mark', { mark: mark.label, value: mark.value }));
  const position = bench.position;
  if (!postedText) words.push(w.t(payUnread ? 'bar.payNotRead' : 'bar.noPay'));
  else if (position)
    words.push(
      w.t('bar.postedVerdict', {
        pay: postedText.text,
        verdict: w.t(`position.${position.verdict}.${position.against}`),
      }),
    );
  else words.push(w.t('bar.posted', { pay: postedText.text }));
  if (target) words.push(target.words);

  const openText = (value: number, isOpen: boolean) => `${money(value)}${isOpen ? '+' : ''}`;
  const targetAt = target?.value != null ? at(target.value) : null;
  const candidates = [
    ...(box
      ? [
          { id: 'box-low', text: money(box.low), at: at(box.low) },
          { id: 'box-high', text: openText(box.high, box.openEnd), at: at(box.high) },
        ]
      : []),
    ...(target?.label && targetAt !== null ? [{ id: 'target', text: target.label, at: targetAt }] : []),
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
      text: box.kind === 'range' ? w.t('legend.band') : w.t('legend.middleHalf'),
    });
  if (whiskers) legend.push({ id: 'whiskers', text: w.t('legend.whiskers') });
  if (figures.length > 0) legend.push({ id: 'tick', text: marksLegend(w, figures) });
  if (posted && postedText) legend.push({ id: 'posted', text: w.t('legend.posted') });
  if (target) legend.push({ id: 'target', text: target.legend });

  return {
    label: words.join('; '),
    box: box ? { from: at(box.low), to: at(box.high), openEnd: box.openEnd } : null,
    whiskers: whiskers ? { from: at(whiskers.low), to: at(whiskers.high), openEnd: whiskers.openEnd } : null,
    ticks: figures.map(({ id, value }) => ({ id, at: at(value) })),
    posted: posted && postedText ? { from: at(posted.low), to: at(posted.high) } : null,
    target: target ? { at: targetAt, side: target.side } : null,
    labels: placeLabels(candidates),
    legend,
  };
}

/** Names what is shown instead of what was asked: a broader region, a neighbouring role, or both. */
function fallbackLabel(
  w: PanelWords,
  analysis: CoreAnalysis,
  data: RoleAndPayData,
  band: SalaryBand,
  from: string,
): string {
  const bandRegion = regionName(w, data, band.region);
  const otherRole = analysis.role && band.role !== analysis.role.id ? roleName(data, band.role) : null;
  const otherRegion = !analysis.region || band.region !== analysis.region.id;
  const shown =
    otherRole && otherRegion
      ? w.t('fallback.roleIn', { role: otherRole, region: regionInSentence(w, data, band.region) })
      : (otherRole ?? bandRegion);
  const asked = data.roles.some((role) => role.id === from)
    ? roleName(data, from)
    : regionName(w, data, from);
  return w.t('fallback.showing', { shown, asked });
}

function bandDetails(
  w: PanelWords,
  analysis: CoreAnalysis,
  data: RoleAndPayData,
  band: SalaryBand,
  fallbackFrom: string | null,
): DetailRow[] {
  const rows: DetailRow[] = [
    { id: 'source', label: w.t('detail.source'), value: sourceTitle(data, band.source), lang: 'en' },
    { id: 'year', label: w.t('detail.year'), value: String(band.year) },
    { id: 'confidence', label: w.t('detail.confidence'), value: w.t(`confidenceValue.${band.confidence}`) },
    { id: 'method', label: w.t('detail.method'), value: w.t(`method.${band.method}`) },
    { id: 'region', label: w.t('detail.region'), value: regionName(w, data, band.region) },
    { id: 'basis', label: w.t('detail.basis'), value: basisLabel(w, band.basis) },
  ];
  if (band.measures)
    rows.push({ id: 'measures', label: w.t('detail.measures'), value: w.t(`measures.${band.measures}`) });
  const sample = sampleWords(w, band);
  if (sample) rows.push({ id: 'sample', label: w.t('detail.sampleSize'), value: sample });
  if (band.nScope)
    rows.push({ id: 'sampleScope', label: w.t('detail.sampleScope'), value: band.nScope, lang: 'en' });
  if (band.proxy) rows.push({ id: 'proxy', label: w.t('detail.standsIn'), value: band.proxy, lang: 'en' });
  if (band.note) rows.push({ id: 'note', label: w.t('detail.note'), value: band.note, lang: 'en' });
  if (fallbackFrom && analysis.role) {
    const role = roleName(data, analysis.role.id);
    const why = w.t('fallback.why', {
      role,
      region: regionInSentence(w, data, fallbackFrom),
      shown: regionName(w, data, band.region),
    });
    rows.push({ id: 'why', label: w.t('detail.whyBand'), value: why });
    const gap = chooseBand(analysis.role.id, fallbackFrom, 'base', data).passed.find(
      (level) => level.gap,
    )?.gap;
    if (gap) rows.push({ id: 'gap', label: w.t('detail.note'), value: gapReason(w, gap) });
  }
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

export function payGlance(w: PanelWords, analysis: CoreAnalysis, salary: SalaryView): PayGlance {
  if (salary.kind === 'no-role') return { kind: 'no-role', text: salary.message };
  if (!analysis.pay)
    return {
      kind: 'no-pay',
      text: noPayText(w, analysis, 'salary.noPay', 'salary.payNotRead'),
      sample: salary.kind === 'band' ? w.t('glance.marketBand', { sample: salary.sampleText }) : null,
    };
  if (salary.kind === 'no-band') return { kind: 'no-band', text: salary.message };
  const position = analysis.benchmark?.position;
  if (position && salary.posted?.verdict)
    return {
      kind: 'verdict',
      verdict: position.verdict,
      text: verdictShort(w, position.verdict, position.against),
      sample: salary.sampleText,
    };
  return { kind: 'no-verdict', text: salary.posted?.noVerdictShort ?? w.t('glance.noVerdict') };
}

// ---------- role comparison ----------
/** The roles a posting is set beside, one at a time. */
export const COMPARED_ROLES: RoleId[] = ['caio', 'cto', 'cdo', 'vp_ai', 'head_ai', 'director_ai'];
const ROLE_FACT_ROWS = ['scope', 'reportsTo', 'boardAccountability', 'experience'] as const;

export interface ComparisonCell {
  roleId: RoleId;
  /** The role's short name, said before the cell to a screen reader. */
  short: string;
  text: string;
  /** The cell's text is the data's own (English) rather than the panel's words. */
  lang?: 'en';
  /** The sources found nothing: drawn quieter. */
  missing: boolean;
  /** A published figure shown as context, not a band: said so, and drawn apart from a band. */
  context?: boolean;
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

/** The chosen role, unless it is the posting's own: then the first other one. */
export function comparedWith(detected: RoleId | null, chosen: RoleId | null): RoleId {
  if (chosen && chosen !== detected && COMPARED_ROLES.includes(chosen)) return chosen;
  return COMPARED_ROLES.find((id) => id !== detected) ?? 'cto';
}

export function comparisonView(
  w: PanelWords,
  analysis: CoreAnalysis,
  data: RoleAndPayData,
  options: PayOptions,
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
      ...ROLE_FACT_ROWS.map((id) => {
        const label = w.t(`comparison.${id}`);
        return {
          id,
          label,
          cells: roles.map(
            (role): ComparisonCell => ({
              roleId: role.id,
              short: role.short,
              // A gap is the panel's to say; a fact is the data's own words.
              ...('gap' in role[id]
                ? { text: w.t('comparison.notFound') }
                : { text: role[id].text, lang: 'en' }),
              missing: 'gap' in role[id],
              provenance: factProvenance(
                w,
                data,
                role[id],
                w.t('provenance.cell', { role: role.short, fact: label }),
              ),
            }),
          ),
        };
      }),
      {
        id: 'pay',
        label: region
          ? w.t('comparison.payBandIn', { region: regionName(w, data, region.id) })
          : w.t('comparison.payBandNoRegion'),
        cells: roles.map((role) => payBandCell(w, analysis, data, role, options)),
      },
    ],
  };
}

/**
 * The detected role's cell repeats the engine's benchmark; the other roles get the engine's own band choice
 * for the same region, so the comparison and the salary section never disagree on how a band is picked. With
 * no band, the best published figure there is shown as context, said to be such.
 */
function payBandCell(
  w: PanelWords,
  analysis: CoreAnalysis,
  data: RoleAndPayData,
  role: Role,
  options: PayOptions,
): ComparisonCell {
  const region = analysis.region;
  const detected = analysis.role?.id === role.id;
  const band = detected
    ? (analysis.benchmark?.band ?? null)
    : region && chooseBand(role.id, region.id, options.payBasis, data).band;
  const name = w.t('provenance.cell', { role: role.short, fact: w.t('comparison.payBand') });
  const cell = { roleId: role.id, short: role.short };
  const elsewhere = (figure: PayFigure) =>
    region && figure.region === region.id ? null : regionName(w, data, figure.region);
  if (band) {
    const words = { band: figureText(w, band, data, options), basis: basisInSentence(w, band.basis) };
    const shownIn = elsewhere(band);
    return {
      ...cell,
      text: shownIn
        ? w.t('comparison.payCellElsewhere', { ...words, region: shownIn })
        : w.t('comparison.payCell', words),
      missing: false,
      provenance: figureProvenance(w, data, band, name),
    };
  }
  const references = detected
    ? (analysis.benchmark?.references ?? [])
    : region
      ? chooseReferences(role.id, region.id, data)
      : [];
  // The engine ranks them by evidence; of those, one of the basis the user compares on comes first.
  const reference = references.find((figure) => figure.basis === options.payBasis) ?? references[0];
  if (!reference)
    return {
      ...cell,
      text: w.t('comparison.noBenchmark'),
      missing: true,
      provenance: { name, text: w.t('provenance.noBand') },
    };
  const words = {
    band: figureText(w, reference, data, options),
    basis: figureBasis(w, reference),
    why: w.t(`referenceWhy.${reference.why}`),
  };
  const shownIn = elsewhere(reference);
  return {
    ...cell,
    text: shownIn
      ? w.t('comparison.payCellContextElsewhere', { ...words, region: shownIn })
      : w.t('comparison.payCellContext', words),
    missing: false,
    context: true,
    provenance: figureProvenance(w, data, reference, name),
  };
}

/** A figure in its own currency, and "≈" in the display currency when that differs. */
function figureText(w: PanelWords, figure: PayFigure, data: RoleAndPayData, options: PayOptions): string {
  const rate =
    figure.currency === options.displayCurrency
      ? null
      : convert(1, figure.currency, options.displayCurrency, data.rates);
  const converted =
    rate === null
      ? ''
      : ` ≈ ${bandText(w, figure, (amount) => w.money(amount * rate, options.displayCurrency))}`;
  // With a conversion after it, the local figure does not repeat what kind of range it is.
  return `${bandText(w, figure, moneyIn(w, figure.currency), { whatItIs: rate === null })}${converted}`;
}

// ---------- skill checklist and checks ----------
export interface ChecklistView {
  groups: ChecklistGroup[];
  /** How the user's own skills meet what the posting asks for; null when there is nothing to match. */
  match: { matched: number; asked: number; percent: string } | null;
  matchText: string;
  totals: { mentioned: number; listed: number };
}

/** The engine's checklist (mentioned + expected but missing), grouped in the data's order. */
export function checklistView(
  w: PanelWords,
  analysis: Analysis,
  data: PanelData,
  userSkills: string[],
): ChecklistView {
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
        ...(user.has(skill.id) ? { tag: w.t('skills.youHave') } : {}),
      }));
    if (items.length === 0) return [];
    const ticked = items.filter((item) => item.checked).length;
    return [
      {
        id: group.id,
        name: group.name,
        countText: w.t('skills.count', { ticked, total: items.length }),
        items,
      },
    ];
  });

  const asked = skills.filter((skill) => mentioned.has(skill.id));
  const matched = asked.filter((skill) => user.has(skill.id)).length;
  const match =
    asked.length > 0 && user.size > 0
      ? { matched, asked: asked.length, percent: percent(w, matched / asked.length) }
      : null;
  const matchText =
    asked.length === 0
      ? w.t('skills.noneNamed')
      : match
        ? w.t('skills.match', { matched: match.matched, count: match.asked, percent: match.percent })
        : w.t('skills.addYours');
  return { groups, match, matchText, totals: { mentioned: asked.length, listed: skills.length } };
}

// ---------- recruiter checks ----------
export interface CheckView {
  id: string;
  severity: FlagSeverity;
  word: string;
  /** What the check found, in the panel's language (law names and other data text as published). */
  message: string;
  /** Compact: the first source's publisher, and how many more; "The posting" when it rests on nothing else. */
  sourceText: string;
  provenance: ProvenanceView;
}

const SEVERITY_ORDER: FlagSeverity[] = ['high', 'medium', 'low', 'info'];

/** Most severe first; flags of equal severity keep the engine's order. */
export function checksView(w: PanelWords, flags: Flag[], data: RoleAndPayData & CheckWordsData): CheckView[] {
  return [...flags]
    .sort((a, b) => SEVERITY_ORDER.indexOf(a.severity) - SEVERITY_ORDER.indexOf(b.severity))
    .map((flag) => ({
      id: flag.id,
      severity: flag.severity,
      word: severityWord(w, flag.severity),
      message: checkMessage(w, flag, data),
      sourceText: checkSourceText(w, data, flag.sources),
      provenance: checkProvenance(w, data, flag.sources),
    }));
}

function checkSourceText(w: PanelWords, data: RoleAndPayData, ids: string[]): string {
  const [first, ...rest] = ids;
  if (first === undefined) return w.t('checks.thePosting');
  const publisher = data.sources.find((source) => source.id === first)?.publisher ?? first;
  return rest.length > 0 ? w.t('checks.andMore', { publisher, count: rest.length }) : publisher;
}

/** Every source in full, each with its year and confidence. */
function checkProvenance(w: PanelWords, data: RoleAndPayData, ids: string[]): ProvenanceView {
  const cited = ids.map((id) => {
    const confidence = data.sources.find((source) => source.id === id)?.confidence;
    const source = sourceWithYear(data, id);
    return confidence ? w.t('checks.cite', { source, confidence: confidenceText(w, confidence) }) : source;
  });
  return {
    name: w.t('provenance.check'),
    text: cited.length > 0 ? cited.join('; ') : w.t('provenance.postingOnly'),
  };
}
