// Reads pay from the text a site shows ("$280K–$350K", "£200k to £250k per annum", "₹5L - ₹8L") and from
// schema.org baseSalary. Conservative by design: a figure whose currency or period cannot be told, or whose
// year's worth is implausible, is not pay (null), never a guess. The one exception is said so: a figure with
// no currency written, on a posting whose own currency is known, is read in it and marked `currencyInferred`.
import type { Pay, PayPeriod, StructuredPay } from '../types';
import {
  commissionOnly,
  isGeneralLabel,
  labelOf,
  mentionsEquity,
  mentionsOte,
  namesUnreadCurrency,
  nearNotPay,
  nearPayWords,
} from './context';
import { CONVENTIONS, isPayCurrency, type PayCurrency } from './currencies';
import { type Expression, MAX_RANGE_RATIO, periodOf, readExpression } from './expression';
import { annualise, habitualPeriod, PERIODS_PER_YEAR, periodAfter, periodBefore } from './periods';
import { table } from './table';
import { type Token, tokenize } from './tokenize';

export { CONVENTIONS, isPayCurrency, PAY_CURRENCIES, type PayCurrency } from './currencies';
export {
  annualise,
  DAYS_PER_YEAR,
  HOURS_PER_YEAR,
  MONTHS_PER_YEAR,
  PAY_PERIODS,
  PERIODS_PER_YEAR,
  WEEKS_PER_YEAR,
} from './periods';

export interface PayOptions {
  /** The currency a bare "$" stands for; USD unless the page says otherwise (an au.indeed.com posting: AUD). */
  dollar?: PayCurrency;
  /** The posting's own currency (its region's, or the site's locale). Used only for a figure whose text
   *  names no currency ("120,000 - 150,000 per year" on a US posting); the Pay says `currencyInferred`. */
  defaultCurrency?: PayCurrency | null;
}

const currencyOption = (value: unknown): PayCurrency | null =>
  typeof value === 'string' && isPayCurrency(value) ? value : null;

const round2 = (n: number) => Math.round(n * 100) / 100;

/** Whether a year's worth of the figures, at their period, is a salary in that currency (see CONVENTIONS). */
function plausible(min: number, max: number, currency: PayCurrency, period: PayPeriod): boolean {
  const { floor, ceiling } = CONVENTIONS[currency];
  return min > 0 && annualise(min, period) >= floor && annualise(max, period) <= ceiling;
}

/** Plausible pay, and where only the figure's size told the currency ("¥6,000,000"), large enough to tell it. */
function readable(x: Expression, period: PayPeriod): boolean {
  const { yearFrom } = CONVENTIONS[x.currency];
  return (
    plausible(x.min, x.max, x.currency, period) &&
    (!x.currencyBySize || (yearFrom !== null && annualise(x.min, period) >= yearFrom))
  );
}

function toPay(
  x: Pick<Expression, 'min' | 'max' | 'currency' | 'currencyInferred' | 'bound'>,
  period: PayPeriod,
  flags: { equity: boolean; ote: boolean },
  text: string,
  otherRanges: Pay['otherRanges'] = [],
): Pay | null {
  const lo = round2(Math.min(x.min, x.max));
  const hi = round2(Math.max(x.min, x.max));
  if (!Number.isFinite(hi) || !plausible(lo, hi, x.currency, period)) return null;
  return {
    min: lo,
    max: hi,
    currency: x.currency,
    period,
    annualMin: annualise(lo, period),
    annualMax: annualise(hi, period),
    bound: x.bound,
    ...flags,
    text,
    ...(x.currencyInferred ? { currencyInferred: true } : {}),
    ...(otherRanges.length > 0 ? { otherRanges } : {}),
  };
}

const collapse = (s: string, cap: number) => {
  const text = s.replace(/\s+/g, ' ').trim();
  return text.length > cap ? `${text.slice(0, cap - 1)}…` : text;
};

interface Reading {
  x: Expression;
  period: PayPeriod;
  /** The token after everything read. */
  end: number;
}

/** Tokens between two ranges of one statement ("per year (SF Bay/NYC: $188,000"; "may differ. WA applicants:"). */
const MEMBER_GAP = 14;

/**
 * The first money expression `accept` takes as pay (it answers the period, or null to go on), with the ranges
 * stated next to it for other places ("SF Bay/NYC: $188,000 - $304,200"). Of those, the general one is the
 * pay; the others are kept with their labels.
 */
function firstPay(
  text: string,
  toks: Token[],
  defaultCurrency: PayCurrency | null,
  accept: (x: Expression) => PayPeriod | null,
): { pay: Reading; members: Reading[]; others: NonNullable<Pay['otherRanges']> } | null {
  for (let i = 0; i < toks.length; i++) {
    const k = toks[i]?.k;
    if (k !== 'num' && k !== 'cur') continue;
    const read = readExpression(toks, i, defaultCurrency);
    if (!read) continue;
    const { x } = read;
    const period = x && !nearNotPay(toks, x) ? accept(x) : null;
    if (x && period && readable(x, period)) {
      return pickGeneral(
        text,
        toks,
        sameStatement(text, toks, { x, period, end: read.end }, defaultCurrency),
      );
    }
    i = read.end - 1;
  }
  return null;
}

/** The first reading and the labelled ranges after it in the same currency and period. */
function sameStatement(
  text: string,
  toks: Token[],
  first: Reading,
  defaultCurrency: PayCurrency | null,
): Reading[] {
  const members = [first];
  let last = first;
  for (let j = first.end; j < toks.length && j < last.end + MEMBER_GAP; j++) {
    const k = toks[j]?.k;
    if (k !== 'num' && k !== 'cur') continue;
    const read = readExpression(toks, j, defaultCurrency);
    if (!read) continue;
    const { x } = read;
    const period = x ? periodOf(toks, x) : null;
    const member =
      x &&
      period === first.period &&
      x.currency === first.x.currency &&
      x.currencyInferred === first.x.currencyInferred &&
      labelOf(text, toks, x, last.end) !== null &&
      !nearNotPay(toks, x) &&
      readable(x, period);
    if (member && x && period) {
      last = { x, period, end: read.end };
      members.push(last);
    } else if (x?.currencyWritten) break;
    j = read.end - 1;
  }
  return members;
}

function pickGeneral(text: string, toks: Token[], members: Reading[]) {
  const [first] = members as [Reading, ...Reading[]];
  if (members.length === 1) return { pay: first, members, others: [] };
  const labels = members.map((m, n) =>
    labelOf(text, toks, m.x, n === 0 ? 0 : (members[n - 1] as Reading).end),
  );
  const general = Math.max(0, labels.findIndex(isGeneralLabel));
  const others = members.flatMap((m, n) =>
    n === general ? [] : [{ min: round2(m.x.min), max: round2(m.x.max), label: labels[n] ?? '' }],
  );
  return { pay: members[general] as Reading, members, others };
}

/**
 * Pay from a short pay text (a pill, a top-card line, one sentence). The first money expression that has a
 * currency, a period (stated, or inferred from the currency's habits, see CONVENTIONS) and a plausible size;
 * null otherwise. Never throws.
 */
export function parsePay(text: string, opts: PayOptions = {}): Pay | null {
  if (typeof text !== 'string' || text.length === 0) return null;
  const { toks, defaultCurrency } = prepare(text, opts);
  if (commissionOnly(toks, 0, toks.length)) return null;
  // A text naming a currency Pay cannot read ("от 100000 до 200000 юаней") states its bare figures in that
  // currency, not in the posting's own.
  const unread = defaultCurrency !== null && namesUnreadCurrency(toks, 0, toks.length);
  const found = firstPay(text, toks, defaultCurrency, (x) =>
    x.currencyInferred && unread ? null : periodOf(toks, x),
  );
  if (!found) return null;
  const flags = { equity: mentionsEquity(toks, 0, toks.length), ote: mentionsOte(toks, 0, toks.length) };
  return toPay(found.pay.x, found.pay.period, flags, collapse(text, 200), found.others);
}

function prepare(text: string, opts: PayOptions) {
  const o = opts && typeof opts === 'object' ? opts : {};
  const defaultCurrency = currencyOption(o.defaultCurrency);
  const toks = tokenize(text, { dollar: currencyOption(o.dollar) ?? 'USD', local: defaultCurrency });
  return { toks, defaultCurrency };
}

/** Tokens before a figure in which a pay word lets a figure with no currency written stand for pay. */
const LABEL_REACH = 3;

/**
 * Pay stated in a long description: the first figure whose clause speaks of pay (salary, compensation,
 * base, range, OTE...) and has no sign of being something else (funding, assets, retainers, perks).
 * Equity and OTE are read from that sentence and the next. One linear pass; never throws.
 */
export function findPayInText(text: string, opts: PayOptions = {}): Pay | null {
  if (typeof text !== 'string' || text.length === 0) return null;
  const { toks, defaultCurrency } = prepare(text, opts);
  const found = firstPay(text, toks, defaultCurrency, (x) => {
    if (!nearPayWords(text, toks, x)) return null;
    const [from, to] = sentenceAround(toks, x);
    if (commissionOnly(toks, from, to)) return null;
    if (x.currencyInferred && namesUnreadCurrency(toks, from, to)) return null;
    // A figure with no currency written in prose is pay only with its period stated or a pay label just
    // before it ("Salary: 120,000 - 150,000"): "150,000 users" is not.
    if (x.currencyInferred && !statedPeriod(toks, x) && !labelledAsPay(text, toks, x)) return null;
    const period = periodOf(toks, x);
    // A year's worth under the currency's smallest annual salary is a perk ("$500 per month for your phone").
    if (!period || x.min * PERIODS_PER_YEAR[period] < (CONVENTIONS[x.currency].yearFrom ?? 0)) return null;
    return period;
  });
  if (!found) return null;
  const first = (found.members[0] as Reading).x;
  const last = (found.members[found.members.length - 1] as Reading).x;
  const from = stopBefore(toks, first.start);
  const to = stopAfter(toks, stopAfter(toks, last.end) + 1);
  const startChar = toks[from]?.k === 'stop' ? (toks[from] as Token).e : 0;
  const endChar = toks[stopAfter(toks, last.end)]?.s ?? text.length;
  const exprStart = (toks[first.start] as Token).s;
  const exprEnd = (toks[last.end - 1] as Token).e;
  const sentence =
    endChar - startChar > 300
      ? text.slice(Math.max(startChar, exprStart - 150), Math.min(endChar, exprEnd + 150))
      : text.slice(startChar, endChar);
  const flags = { equity: mentionsEquity(toks, from, to), ote: mentionsOte(toks, from, to) };
  return toPay(found.pay.x, found.pay.period, flags, collapse(sentence, 300), found.others);
}

const statedPeriod = (toks: Token[], x: Expression) =>
  x.period !== null || periodAfter(toks, x.end) !== null || periodBefore(toks, x.start) !== null;

function labelledAsPay(text: string, toks: Token[], x: Expression): boolean {
  const from = Math.max(0, x.start - LABEL_REACH);
  return nearPayWords(text, toks.slice(from, x.end), { ...x, start: x.start - from, end: x.end - from });
}

/** Tokens read around a figure for its sentence: a bound, so a text with no stops stays one linear pass. */
const SENTENCE_REACH = 40;

/** The tokens of the figure's sentence, at most SENTENCE_REACH either side of it. */
function sentenceAround(toks: Token[], x: Expression): [number, number] {
  let from = x.start;
  while (from > 0 && x.start - from < SENTENCE_REACH && toks[from - 1]?.k !== 'stop') from--;
  let to = x.end;
  while (to < toks.length && to - x.end < SENTENCE_REACH && toks[to]?.k !== 'stop') to++;
  return [from, to];
}

/** Index of the stop token before token i, or 0 at the start of the text. */
function stopBefore(toks: Token[], i: number): number {
  for (let j = i - 1; j >= 0; j--) if (toks[j]?.k === 'stop') return j;
  return 0;
}
function stopAfter(toks: Token[], i: number): number {
  for (let j = i; j < toks.length; j++) if (toks[j]?.k === 'stop') return j;
  return toks.length;
}

const SCHEMA_UNITS = table<PayPeriod>({
  HOUR: 'hour',
  DAY: 'day',
  WEEK: 'week',
  MONTH: 'month',
  YEAR: 'year',
});

/** Pay from schema.org baseSalary (MonetaryAmount with QuantitativeValue min/max and unitText). */
export function payFromStructured(sp: StructuredPay): Pay | null {
  if (!sp || typeof sp !== 'object') return null;
  const code = typeof sp.currency === 'string' ? sp.currency.trim().toUpperCase() : '';
  if (!isPayCurrency(code)) return null;
  const values = [sp.min, sp.max].filter(
    (v): v is number => typeof v === 'number' && Number.isFinite(v) && v > 0,
  );
  const [first, second] = values;
  if (first === undefined) return null;
  const low = Math.min(first, second ?? first);
  const high = Math.max(first, second ?? first);
  if (high / low > MAX_RANGE_RATIO) return null;
  const unit = typeof sp.unit === 'string' ? SCHEMA_UNITS.get(sp.unit.trim().toUpperCase()) : undefined;
  const period = unit ?? habitualPeriod(code, low);
  if (!period) return null;
  const shown = `${low === high ? low : `${low}–${high}`} ${code}${unit ? ` per ${unit}` : ''} (schema.org baseSalary)`;
  const bound = low === high ? 'single' : 'range';
  return toPay(
    { min: low, max: high, currency: code, currencyInferred: false, bound },
    period,
    { equity: false, ote: false },
    shown,
  );
}
