// Pay periods: the factors every figure is annualised with, and how a period is written around a figure in
// English, French, German, Spanish, Italian, Dutch, Polish, Portuguese, Czech, Slovak, the Nordic languages,
// Russian, Ukrainian, Turkish, Chinese and Japanese.
import type { PayPeriod } from '../types';
import { CONVENTIONS, type PayCurrency } from './currencies';
import { table } from './table';
import { type Token, wordAt } from './tokenize';

/** Hours in a working year: 40 h x 52 weeks. The one factor every hourly figure is annualised with. */
export const HOURS_PER_YEAR = 2080;
/** Working days in a year: 5 days x 52 weeks. */
export const DAYS_PER_YEAR = 260;
export const WEEKS_PER_YEAR = 52;
export const MONTHS_PER_YEAR = 12;

export const PAY_PERIODS: readonly PayPeriod[] = ['hour', 'day', 'week', 'month', 'year'];

export const PERIODS_PER_YEAR: Record<PayPeriod, number> = {
  hour: HOURS_PER_YEAR,
  day: DAYS_PER_YEAR,
  week: WEEKS_PER_YEAR,
  month: MONTHS_PER_YEAR,
  year: 1,
};

const round2 = (n: number) => Math.round(n * 100) / 100;

export function annualise(amount: number, period: PayPeriod): number {
  return round2(amount * PERIODS_PER_YEAR[period]);
}

/** Units after "per", "/", "pro", "par"... */
const UNIT_WORDS = table<PayPeriod>({
  hour: 'hour',
  hours: 'hour',
  hr: 'hour',
  hrs: 'hour',
  stunde: 'hour',
  std: 'hour',
  heure: 'hour',
  hora: 'hour',
  ora: 'hour',
  uur: 'hour',
  godzinę: 'hour',
  godzine: 'hour',
  godz: 'hour',
  hod: 'hour',
  hodinu: 'hour',
  timme: 'hour',
  timmen: 'hour',
  timen: 'hour',
  час: 'hour',
  годину: 'hour',
  小时: 'hour',
  小時: 'hour',
  day: 'day',
  days: 'day',
  tag: 'day',
  jour: 'day',
  dia: 'day',
  día: 'day',
  giorno: 'day',
  dag: 'day',
  dzień: 'day',
  dagen: 'day',
  день: 'day',
  天: 'day',
  week: 'week',
  weeks: 'week',
  wk: 'week',
  woche: 'week',
  semaine: 'week',
  semana: 'week',
  tydzień: 'week',
  týden: 'week',
  uke: 'week',
  uge: 'week',
  vecka: 'week',
  неделю: 'week',
  тиждень: 'week',
  周: 'week',
  週: 'week',
  month: 'month',
  months: 'month',
  mo: 'month',
  mth: 'month',
  monat: 'month',
  mois: 'month',
  mes: 'month',
  mês: 'month',
  mese: 'month',
  maand: 'month',
  mån: 'month',
  måned: 'month',
  måneden: 'month',
  mnd: 'month',
  månad: 'month',
  månaden: 'month',
  месяц: 'month',
  мес: 'month',
  місяць: 'month',
  міс: 'month',
  月: 'month',
  mies: 'month',
  miesiąc: 'month',
  mc: 'month',
  msc: 'month',
  měsíc: 'month',
  měs: 'month',
  year: 'year',
  years: 'year',
  yr: 'year',
  yrs: 'year',
  annum: 'year',
  jahr: 'year',
  año: 'year',
  ano: 'year',
  anno: 'year',
  jaar: 'year',
  år: 'year',
  året: 'year',
  rok: 'year',
  год: 'year',
  рік: 'year',
  年: 'year',
});
/** Single letters and "an" name a unit only after a slash ("/h", "/m", "/an") or "par" ("par an"); so do the
 *  Czech "den" (also the Nordic "the") and "MD", a man-day ("5 000 Kč/MD"). */
const SLASH_UNITS = table<PayPeriod>({
  h: 'hour',
  d: 'day',
  w: 'week',
  m: 'month',
  y: 'year',
  a: 'year',
  an: 'year',
  den: 'day',
  md: 'day',
});
/** Words that join a figure to its unit: "per hour", "pro Jahr", "par mois", "al año", "de l'heure", "na godzinę". */
const CONNECTORS = new Set([
  'per',
  'a',
  'an',
  'each',
  'every',
  'par',
  'pro',
  'im',
  'por',
  'al',
  'all',
  'ao',
  'l',
  'na',
  'za',
  // Norwegian, Swedish, Danish: "i måneden", "om året".
  'i',
  'om',
  // Russian, Ukrainian: "в месяц", "на місяць", "за час".
  'в',
  'на',
  'за',
]);
/** Words that state the period on their own, after the figure. */
const PERIOD_WORDS = table<PayPeriod>({
  hourly: 'hour',
  daily: 'day',
  weekly: 'week',
  monthly: 'month',
  yearly: 'year',
  annually: 'year',
  annual: 'year',
  'p.a': 'year',
  pa: 'year',
  ph: 'hour',
  'p.h': 'hour',
  pd: 'day',
  'p.d': 'day',
  pw: 'week',
  'p.w': 'week',
  pcm: 'month',
  pm: 'month',
  'p.m': 'month',
  // German
  jährlich: 'year',
  monatlich: 'month',
  wöchentlich: 'week',
  täglich: 'day',
  stündlich: 'hour',
  // French
  mensuel: 'month',
  mensuelle: 'month',
  annuel: 'year',
  annuelle: 'year',
  horaire: 'hour',
  journalier: 'day',
  // Spanish, Portuguese
  anual: 'year',
  anuales: 'year',
  anuais: 'year',
  mensual: 'month',
  mensuales: 'month',
  mensal: 'month',
  mensais: 'month',
  semanal: 'week',
  // Italian
  annuo: 'year',
  annui: 'year',
  annua: 'year',
  annuale: 'year',
  annuali: 'year',
  ral: 'year',
  mensile: 'month',
  mensili: 'month',
  // Dutch
  jaarlijks: 'year',
  maandelijks: 'month',
  // Polish, Czech
  rocznie: 'year',
  miesięcznie: 'month',
  miesiecznie: 'month',
  tygodniowo: 'week',
  dziennie: 'day',
  ročně: 'year',
  měsíčně: 'month',
  týdně: 'week',
  denně: 'day',
  hodinově: 'hour',
  ročne: 'year',
  mesačne: 'month',
  // Russian, Ukrainian
  ежемесячно: 'month',
  щомісяця: 'month',
  // Turkish
  aylık: 'month',
  yıllık: 'year',
  saatlik: 'hour',
  // Chinese: "NT$ 60,000 - 80,000 (月薪)"
  每月: 'month',
  每年: 'year',
  月薪: 'month',
  年薪: 'year',
  时薪: 'hour',
  時薪: 'hour',
  日薪: 'day',
  周薪: 'week',
  週薪: 'week',
  // Japanese: "250,000円 (月給)"
  年収: 'year',
  月給: 'month',
  時給: 'hour',
  日給: 'day',
});
/** Words before a figure that state its period ("Base Annual Salary $140,000", "Hourly rate: $95", "RAL"). */
const LEADING_PERIOD_WORDS = table<PayPeriod>({
  hourly: 'hour',
  daily: 'day',
  weekly: 'week',
  monthly: 'month',
  yearly: 'year',
  annual: 'year',
  annually: 'year',
  jahresgehalt: 'year',
  bruttojahresgehalt: 'year',
  monatsgehalt: 'month',
  bruttomonatsgehalt: 'month',
  stundenlohn: 'hour',
  stundensatz: 'hour',
  tagessatz: 'day',
  ral: 'year',
  tjm: 'day',
  horaire: 'hour',
  mensuel: 'month',
  annuel: 'year',
  jaarsalaris: 'year',
  maandsalaris: 'month',
  uurtarief: 'hour',
  dagtarief: 'day',
  årslønn: 'year',
  månedslønn: 'month',
  timelønn: 'hour',
  årslön: 'year',
  månadslön: 'month',
  timlön: 'hour',
  årsløn: 'year',
  månedsløn: 'month',
  timeløn: 'hour',
  aylık: 'month',
  yıllık: 'year',
  月薪: 'month',
  年薪: 'year',
  时薪: 'hour',
  時薪: 'hour',
  日薪: 'day',
  年収: 'year',
  月給: 'month',
  時給: 'hour',
  日給: 'day',
});
/** "Day rate: £700", "hour rate": a unit word before "rate". */
const RATE_WORDS = new Set(['rate', 'rates', 'tarief', 'satz']);

/**
 * Words that may stand between a figure and its period: gross or net, tax and contract words, a repeated
 * "base" ("10 000 zł brutto miesięcznie", "120 zł netto (+ VAT) / h B2B", "€60k gross per year").
 */
const BETWEEN_FIGURE_AND_PERIOD = new Set([
  'gross',
  'net',
  'base',
  'before',
  'tax',
  'taxes',
  'brutto',
  'netto',
  'bruto',
  'neto',
  'brut',
  'brutos',
  'netos',
  'lordo',
  'lordi',
  'netti',
  'vat',
  'b2b',
  'uop',
  'ca',
  'approx',
]);

/** "par an", "za den"; "per m", "per h": a single letter after "per" ("per a" is no unit: "per a month"). */
function connectedLetterUnit(connector: string, w: string): PayPeriod | undefined {
  if (connector === 'par' && w === 'an') return 'year';
  if (connector === 'za' && w === 'den') return 'day';
  return connector === 'per' && w.length === 1 && w !== 'a' ? SLASH_UNITS.get(w) : undefined;
}

/** A period phrase starting at token i: "/yr", "per annum", "an hour", "a year", "monthly", "hr" after a number. */
export function readPeriodAt(toks: Token[], i: number): { period: PayPeriod; next: number } | null {
  const tok = toks[i];
  if (!tok) return null;
  if (tok.k === 'slash') {
    const w = wordAt(toks, i + 1);
    const period = w === null ? undefined : (UNIT_WORDS.get(w) ?? SLASH_UNITS.get(w));
    return period ? { period, next: i + 2 } : null;
  }
  if (tok.k !== 'word') return null;
  const direct = PERIOD_WORDS.get(tok.w);
  if (direct) return { period: direct, next: i + 1 };
  if (CONNECTORS.has(tok.w)) {
    const w = wordAt(toks, i + 1);
    if (w === null) return null;
    const period = UNIT_WORDS.get(w) ?? connectedLetterUnit(tok.w, w);
    return period ? { period, next: i + 2 } : null;
  }
  const unit = UNIT_WORDS.get(tok.w);
  const prev = toks[i - 1];
  // "$37hr": a unit word written against the figure.
  return unit && prev?.k === 'num' && prev.e === tok.s ? { period: unit, next: i + 1 } : null;
}

/** Tokens that may stand between a figure and the period after it. */
function passable(tok: Token): boolean {
  if (tok.k === 'word') return BETWEEN_FIGURE_AND_PERIOD.has(tok.w);
  return tok.k === 'punct' || tok.k === 'plus' || tok.k === 'cur';
}

/** A period written just after token `end` (past gross/net and tax words), or null. */
export function periodAfter(toks: Token[], end: number): PayPeriod | null {
  for (let j = end; j < end + 8 && j < toks.length; j++) {
    const tok = toks[j] as Token;
    if (tok.k === 'stop' || tok.k === 'num') return null;
    const found = readPeriodAt(toks, j);
    if (found) return found.period;
    if (!passable(tok) && j >= end + 2) return null;
  }
  return null;
}

/** A period stated in the few words before token `start` ("Annual salary:", "Day rate:", "RAL"), or null. */
export function periodBefore(toks: Token[], start: number): PayPeriod | null {
  for (let j = start - 1; j >= 0 && j >= start - 6; j--) {
    const tok = toks[j] as Token;
    if (tok.k === 'stop' || tok.k === 'num') return null;
    if (tok.k !== 'word') continue;
    const found = LEADING_PERIOD_WORDS.get(tok.w);
    if (found) return found;
    if (RATE_WORDS.has(tok.w)) {
      const unit = UNIT_WORDS.get(wordAt(toks, j - 1) ?? '');
      if (unit) return unit;
    }
  }
  return null;
}

/** The period of a figure stated without one, from the currency's posting habits (CONVENTIONS); `codeAfter`:
 *  the currency is written as its code after the figure ("3000 USD"). */
export function habitualPeriod(currency: PayCurrency, min: number, codeAfter = false): PayPeriod | null {
  const habit = CONVENTIONS[currency];
  if (habit.yearFrom !== null && min >= habit.yearFrom) return 'year';
  if (habit.monthFrom !== null && min >= habit.monthFrom) return 'month';
  if (codeAfter && habit.monthFromCodeAfter !== undefined && min >= habit.monthFromCodeAfter) return 'month';
  return null;
}
