// Reads pay from the text a site shows ("$280K–$350K", "£200k to £250k per annum", "₹5L - ₹8L") and from
// schema.org baseSalary. One hand-written tokenizer walks the text once (no backtracking regexes, so a 100 KB
// description costs a single linear pass); small readers then match money expressions on the token list.
// Conservative by design: a figure whose currency or period cannot be told is not pay (null), never a guess.
import type { Pay, PayPeriod, StructuredPay } from './types';

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

/** Every currency a Pay can carry: the ECB reference-rate currencies plus AED (see data/rates.json). */
export const PAY_CURRENCIES = [
  'USD',
  'EUR',
  'GBP',
  'CAD',
  'AUD',
  'NZD',
  'SGD',
  'HKD',
  'CHF',
  'SEK',
  'NOK',
  'DKK',
  'PLN',
  'CZK',
  'HUF',
  'RON',
  'INR',
  'JPY',
  'BRL',
  'MXN',
  'ZAR',
  'ILS',
  'AED',
] as const;
export type PayCurrency = (typeof PAY_CURRENCIES)[number];

const CURRENCY_SET: ReadonlySet<string> = new Set(PAY_CURRENCIES);
export function isPayCurrency(code: string): code is PayCurrency {
  return CURRENCY_SET.has(code);
}

/**
 * How a figure with no period stated is read, per currency, from local posting habits:
 * - `yearFrom`: at or above this, the figure is annual (below it a US "$150" or "$5,000" could be an hourly,
 *   weekly or monthly figure, or a bonus: ambiguous, so not pay).
 * - `monthFrom`: where local postings state monthly pay in a range that cannot be annual (India: "₹25T",
 *   "₹35K" a year would be under any minimum wage), figures from here up to `yearFrom` are monthly.
 *   null: no such convention, the figure is ambiguous.
 * - `yearFrom` null: local postings commonly state monthly pay at the same magnitudes as annual pay
 *   (Brazil, Mexico, Israel, UAE), so a figure is only pay with its period stated.
 * - `ceiling`: an annual figure above this is not a salary (a funding round, a valuation, a typo).
 */
interface CurrencyConvention {
  yearFrom: number | null;
  monthFrom: number | null;
  ceiling: number;
}
const CONVENTIONS: Record<PayCurrency, CurrencyConvention> = {
  USD: { yearFrom: 20_000, monthFrom: null, ceiling: 10_000_000 },
  EUR: { yearFrom: 12_000, monthFrom: null, ceiling: 10_000_000 },
  GBP: { yearFrom: 15_000, monthFrom: null, ceiling: 10_000_000 },
  CAD: { yearFrom: 20_000, monthFrom: null, ceiling: 10_000_000 },
  AUD: { yearFrom: 20_000, monthFrom: null, ceiling: 10_000_000 },
  NZD: { yearFrom: 20_000, monthFrom: null, ceiling: 10_000_000 },
  SGD: { yearFrom: 40_000, monthFrom: null, ceiling: 10_000_000 },
  HKD: { yearFrom: 200_000, monthFrom: null, ceiling: 80_000_000 },
  CHF: { yearFrom: 30_000, monthFrom: null, ceiling: 10_000_000 },
  SEK: { yearFrom: 200_000, monthFrom: null, ceiling: 100_000_000 },
  NOK: { yearFrom: 200_000, monthFrom: null, ceiling: 100_000_000 },
  DKK: { yearFrom: 200_000, monthFrom: null, ceiling: 100_000_000 },
  PLN: { yearFrom: 60_000, monthFrom: null, ceiling: 40_000_000 },
  CZK: { yearFrom: 600_000, monthFrom: null, ceiling: 250_000_000 },
  HUF: { yearFrom: 10_000_000, monthFrom: null, ceiling: 4_000_000_000 },
  RON: { yearFrom: 100_000, monthFrom: null, ceiling: 50_000_000 },
  INR: { yearFrom: 100_000, monthFrom: 5_000, ceiling: 1_000_000_000 },
  JPY: { yearFrom: 2_000_000, monthFrom: null, ceiling: 2_000_000_000 },
  BRL: { yearFrom: null, monthFrom: null, ceiling: 60_000_000 },
  MXN: { yearFrom: null, monthFrom: null, ceiling: 200_000_000 },
  ZAR: { yearFrom: 200_000, monthFrom: null, ceiling: 200_000_000 },
  ILS: { yearFrom: null, monthFrom: null, ceiling: 40_000_000 },
  AED: { yearFrom: null, monthFrom: null, ceiling: 40_000_000 },
};

/** A range whose top is more than this many times its bottom is two unrelated figures, not a pay range. */
const MAX_RANGE_RATIO = 10;

// ---------- tokens ----------

/** Lookup tables as Maps: a plain object would answer "constructor" or "toString" from its prototype. */
const table = <T>(entries: Record<string, T>): ReadonlyMap<string, T> => new Map(Object.entries(entries));

type Token =
  | { k: 'num'; s: number; e: number; value: number; scale: Scale | null }
  | { k: 'cur'; s: number; e: number; code: PayCurrency; bareDollar: boolean }
  | { k: 'word'; s: number; e: number; w: string }
  | { k: 'dash' | 'slash' | 'plus' | 'punct'; s: number; e: number }
  /** strong: end of a sentence or clause (. ! ? ;); weak: a line break. */
  | { k: 'stop'; s: number; e: number; strong: boolean };

type NumToken = Extract<Token, { k: 'num' }>;
type CurToken = Extract<Token, { k: 'cur' }>;

/** A magnitude suffix: "k", "M", "L" (lakh), "Cr", "T" (Glassdoor India's thousand), "B" (never pay). */
interface Scale {
  factor: number;
  /** Only meaningful with this currency ("₹25T" is 25 thousand; "$25T" is not pay). */
  only?: PayCurrency;
  /** Implies a period and currency ("12 LPA" = 12 lakh INR per annum). */
  lpa?: boolean;
}

const SCALES = table<{ scale: Scale; adjacentOnly: boolean }>({
  k: { scale: { factor: 1e3 }, adjacentOnly: true },
  thousand: { scale: { factor: 1e3 }, adjacentOnly: false },
  m: { scale: { factor: 1e6 }, adjacentOnly: true },
  mm: { scale: { factor: 1e6 }, adjacentOnly: true },
  mn: { scale: { factor: 1e6 }, adjacentOnly: false },
  mio: { scale: { factor: 1e6 }, adjacentOnly: false },
  million: { scale: { factor: 1e6 }, adjacentOnly: false },
  millions: { scale: { factor: 1e6 }, adjacentOnly: false },
  l: { scale: { factor: 1e5, only: 'INR' }, adjacentOnly: true },
  lac: { scale: { factor: 1e5, only: 'INR' }, adjacentOnly: false },
  lacs: { scale: { factor: 1e5, only: 'INR' }, adjacentOnly: false },
  lakh: { scale: { factor: 1e5, only: 'INR' }, adjacentOnly: false },
  lakhs: { scale: { factor: 1e5, only: 'INR' }, adjacentOnly: false },
  lpa: { scale: { factor: 1e5, only: 'INR', lpa: true }, adjacentOnly: false },
  cr: { scale: { factor: 1e7, only: 'INR' }, adjacentOnly: false },
  crore: { scale: { factor: 1e7, only: 'INR' }, adjacentOnly: false },
  crores: { scale: { factor: 1e7, only: 'INR' }, adjacentOnly: false },
  t: { scale: { factor: 1e3, only: 'INR' }, adjacentOnly: true },
  b: { scale: { factor: 1e9 }, adjacentOnly: true },
  bn: { scale: { factor: 1e9 }, adjacentOnly: false },
  billion: { scale: { factor: 1e9 }, adjacentOnly: false },
  billions: { scale: { factor: 1e9 }, adjacentOnly: false },
});

const SYMBOLS = table<PayCurrency>({ $: 'USD', '£': 'GBP', '€': 'EUR', '₹': 'INR', '₪': 'ILS' });
/** Letters written straight before "$": "CA$250,000", "A$160,000", "R$ 12.000". */
const DOLLAR_PREFIXES = table<PayCurrency>({
  us: 'USD',
  ca: 'CAD',
  c: 'CAD',
  cdn: 'CAD',
  a: 'AUD',
  au: 'AUD',
  aud: 'AUD',
  nz: 'NZD',
  s: 'SGD',
  sg: 'SGD',
  hk: 'HKD',
  r: 'BRL',
  mx: 'MXN',
  mex: 'MXN',
});
/** Currency words besides the ISO codes themselves. */
const CURRENCY_WORDS = table<PayCurrency>({ rs: 'INR', zł: 'PLN' });

const LETTER_OR_MARK = /[\p{L}\p{M}]/u;
const isDigitAt = (t: string, i: number) => {
  const c = t.charCodeAt(i);
  return c >= 48 && c <= 57;
};
/** Letters (and combining marks), with an ASCII fast path: the Unicode test is the tokenizer's hot spot. */
const isLetter = (ch: string | undefined) => {
  if (ch === undefined) return false;
  const c = ch.charCodeAt(0);
  if (c < 128) return (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
  return LETTER_OR_MARK.test(ch);
};
const isSpace = (ch: string | undefined) =>
  ch === ' ' || ch === '\t' || ch === '\u00a0' || ch === '\u202f' || ch === '\u2009' || ch === '\u2007';
const isBreak = (ch: string | undefined) => ch === '\n' || ch === '\r' || ch === '\u2028' || ch === '\u2029';
const DASHES = new Set(['-', '–', '—', '−', '~', '‒', '―']);

/** Reads "280,000", "250,000.00", "180.000", "180 000", "1.2", "12,00,000" and a magnitude suffix. */
function readNumber(t: string, i: number): { token: NumToken; end: number } {
  let j = i;
  while (isDigitAt(t, j)) j++;
  let groupLen = j - i;
  let spaceGrouped = true;
  for (;;) {
    const ch = t[j];
    if ((ch === ',' || ch === '.' || ch === "'" || ch === '’') && isDigitAt(t, j + 1)) {
      let k = j + 1;
      while (isDigitAt(t, k)) k++;
      groupLen = k - j - 1;
      spaceGrouped = false;
      j = k;
      continue;
    }
    // "180 000 €": a space groups thousands only between groups of at most three and exactly three digits.
    if (
      isSpace(ch) &&
      spaceGrouped &&
      groupLen <= 3 &&
      isDigitAt(t, j + 1) &&
      isDigitAt(t, j + 2) &&
      isDigitAt(t, j + 3) &&
      !isDigitAt(t, j + 4)
    ) {
      groupLen = 3;
      j += 4;
      continue;
    }
    break;
  }
  const raw = t.slice(i, j);
  const suffix = readScale(t, j);
  const value = numeral(raw, suffix !== null) * (suffix?.scale.factor ?? 1);
  return {
    token: { k: 'num', s: i, e: suffix?.end ?? j, value, scale: suffix?.scale ?? null },
    end: suffix?.end ?? j,
  };
}

function readScale(t: string, j: number): { scale: Scale; end: number } | null {
  const spaced = isSpace(t[j]);
  const start = spaced ? j + 1 : j;
  let k = start;
  while (k < t.length && k - start < 10 && /[A-Za-z]/.test(t[k] ?? '')) k++;
  if (k === start || isLetter(t[k]) || isDigitAt(t, k)) return null;
  const entry = SCALES.get(t.slice(start, k).toLowerCase());
  if (!entry || (spaced && entry.adjacentOnly)) return null;
  return { scale: entry.scale, end: k };
}

/** The value of a written number. With both "." and "," the later one is the decimal mark; with one kind,
 *  a single mark followed by exactly three digits groups thousands ("180.000") unless a suffix follows ("1.500K"). */
function numeral(raw: string, scaled: boolean): number {
  let s = raw.replace(/[\s'’\u00a0\u202f\u2009\u2007]/g, '');
  const dot = s.lastIndexOf('.');
  const comma = s.lastIndexOf(',');
  if (dot >= 0 && comma >= 0) {
    const decimal = dot > comma ? '.' : ',';
    const thousands = decimal === '.' ? ',' : '.';
    s = s.split(thousands).join('').replace(decimal, '.');
  } else if (dot >= 0 || comma >= 0) {
    const mark = dot >= 0 ? '.' : ',';
    const at = Math.max(dot, comma);
    const several = s.indexOf(mark) !== at;
    s = several || (s.length - at - 1 === 3 && !scaled) ? s.split(mark).join('') : s.replace(mark, '.');
  }
  return Number(s);
}

function tokenize(t: string, dollar: PayCurrency): Token[] {
  const out: Token[] = [];
  let i = 0;
  while (i < t.length) {
    const ch = t[i] as string;
    if (isDigitAt(t, i)) {
      const { token, end } = readNumber(t, i);
      out.push(token);
      i = end;
    } else if (isBreak(ch)) {
      const last = out[out.length - 1];
      if (!(last?.k === 'stop')) out.push({ k: 'stop', s: i, e: i + 1, strong: false });
      i++;
    } else if (isLetter(ch)) {
      let end = wordEnd(t, i);
      const raw = t.slice(i, end);
      const w = raw.toLowerCase();
      // ISO codes only in capitals: "Ron" is a name, "RON" a currency.
      const currency = isPayCurrency(raw) ? raw : CURRENCY_WORDS.get(w);
      if (currency && t[end] === '.' && w === 'rs') end++;
      out.push(
        currency
          ? { k: 'cur', s: i, e: end, code: currency, bareDollar: false }
          : { k: 'word', s: i, e: end, w },
      );
      i = end;
    } else if (isSpace(ch) || ch.trim() === '') {
      i++;
    } else if (SYMBOLS.has(ch)) {
      out.push(currencyToken(out, t, i, ch, dollar));
      i++;
    } else if (DASHES.has(ch)) {
      out.push({ k: 'dash', s: i, e: i + 1 });
      i++;
    } else if (ch === '/') {
      out.push({ k: 'slash', s: i, e: i + 1 });
      i++;
    } else if (ch === '+') {
      out.push({ k: 'plus', s: i, e: i + 1 });
      i++;
    } else if (
      (ch === '.' || ch === '!' || ch === '?' || ch === ';') &&
      (i + 1 >= t.length || isSpace(t[i + 1]) || isBreak(t[i + 1]) || ch === ';')
    ) {
      out.push({ k: 'stop', s: i, e: i + 1, strong: true });
      i++;
    } else {
      out.push({ k: 'punct', s: i, e: i + 1 });
      i++;
    }
  }
  return out;
}

/** A word: letters and digits, with inner dots in short abbreviations ("p.a.", "u.s."). */
function wordEnd(t: string, i: number): number {
  let j = i;
  for (;;) {
    while (j < t.length && (isLetter(t[j]) || isDigitAt(t, j))) j++;
    if (t[j] === '.' && isLetter(t[j + 1]) && j - i <= 3) {
      j++;
      continue;
    }
    return j;
  }
}

/** "$" is the given dollar (USD unless told) unless letters written against it name another ("CA$", "A$"). */
function currencyToken(out: Token[], t: string, i: number, ch: string, dollar: PayCurrency): CurToken {
  const code = ch === '$' ? dollar : (SYMBOLS.get(ch) as PayCurrency);
  const last = out[out.length - 1];
  if (ch === '$' && last && last.e === i && (last.k === 'word' || last.k === 'cur')) {
    const prefix = DOLLAR_PREFIXES.get(t.slice(last.s, last.e).toLowerCase());
    if (prefix) {
      out.pop();
      return { k: 'cur', s: last.s, e: i + 1, code: prefix, bareDollar: false };
    }
  }
  return { k: 'cur', s: i, e: i + 1, code, bareDollar: ch === '$' };
}

// ---------- periods ----------

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
  day: 'day',
  days: 'day',
  tag: 'day',
  jour: 'day',
  dia: 'day',
  día: 'day',
  giorno: 'day',
  week: 'week',
  weeks: 'week',
  wk: 'week',
  woche: 'week',
  semaine: 'week',
  semana: 'week',
  month: 'month',
  months: 'month',
  mo: 'month',
  mth: 'month',
  monat: 'month',
  mois: 'month',
  mes: 'month',
  mese: 'month',
  maand: 'month',
  mån: 'month',
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
});
/** Single letters and "an" name a unit only after a slash ("/h", "/m", "/an") or "par" ("par an"). */
const SLASH_UNITS = table<PayPeriod>({
  h: 'hour',
  d: 'day',
  w: 'week',
  m: 'month',
  y: 'year',
  a: 'year',
  an: 'year',
});
const CONNECTORS = new Set(['per', 'a', 'an', 'each', 'every', 'par', 'pro', 'im', 'por', 'al', 'all']);
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
  jährlich: 'year',
  monatlich: 'month',
  mensuel: 'month',
  mensuelle: 'month',
  annuel: 'year',
  annuelle: 'year',
  anual: 'year',
  mensual: 'month',
});
/** Words before a figure that state its period ("Base Annual Salary $140,000", "Hourly rate: $95"). */
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
  stundenlohn: 'hour',
  tagessatz: 'day',
});

const wordAt = (toks: Token[], i: number): string | null => {
  const tok = toks[i];
  return tok?.k === 'word' ? tok.w : null;
};

/** A period phrase starting at token i: "/yr", "per annum", "an hour", "a year", "monthly", "hr" after a number. */
function readPeriodAt(toks: Token[], i: number): { period: PayPeriod; next: number } | null {
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
    const period = UNIT_WORDS.get(w) ?? (tok.w === 'par' && w === 'an' ? 'year' : undefined);
    return period ? { period, next: i + 2 } : null;
  }
  const unit = UNIT_WORDS.get(tok.w);
  const prev = toks[i - 1];
  // "$37hr": a unit word written against the figure.
  return unit && prev?.k === 'num' && prev.e === tok.s ? { period: unit, next: i + 1 } : null;
}

// ---------- money expressions ----------

interface Money {
  /** Token index where the expression starts (the currency or the number) and the index after it. */
  start: number;
  end: number;
  num: NumToken;
  cur: CurToken | null;
  period: PayPeriod | null;
  /** "$200K+" written against the figure. */
  plus: boolean;
}

/** One figure with its currency (before or after) and anything written straight after it ("/hr", "+"). */
function readMoney(toks: Token[], i: number): Money | null {
  const first = toks[i];
  let cur: CurToken | null = null;
  let n = i;
  if (first?.k === 'cur') {
    cur = first;
    n = i + 1;
  }
  const num = toks[n];
  if (num?.k !== 'num') return null;
  let end = n + 1;
  const after = toks[end];
  // A currency after the figure belongs to it unless it starts the next figure ("£90,000 - £100,000").
  if (after?.k === 'cur' && toks[end + 1]?.k !== 'num') {
    if (!cur || cur.bareDollar) cur = after;
    end++;
  }
  let plus = false;
  const p = toks[end];
  if (p?.k === 'plus' && p.s === (toks[end - 1] as Token).e) {
    plus = true;
    end++;
  }
  const period = readPeriodAt(toks, end);
  if (period) end = period.next;
  return { start: i, end, num, cur, period: period?.period ?? null, plus };
}

const RANGE_WORDS = new Set(['to', 'bis', 'à', 'au', 'till', 'until', 'thru', 'through']);
const BETWEEN_WORDS = new Set(['between', 'zwischen', 'entre']);
const BETWEEN_JOINERS = new Set(['and', 'und', 'et', 'y', 'e']);
const UP_TO: string[][] = [
  ['up', 'to'],
  ['upto'],
  ['max'],
  ['maximum'],
  ['bis', 'zu'],
  ['jusqu', 'à'],
  ['hasta'],
];
const FROM: string[][] = [
  ['from'],
  ['starting', 'at'],
  ['starting', 'from'],
  ['starts', 'at'],
  ['at', 'least'],
  ['minimum'],
  ['min'],
  ['upwards', 'of'],
  ['ab'],
  ['à', 'partir', 'de'],
  ['desde'],
];
const OPEN_TOP: string[][] = [
  ['or', 'more'],
  ['and', 'up'],
  ['and', 'above'],
  ['or', 'above'],
];

/** Whether the words just before token i (or from token i on, when `forward`) are one of the phrases. */
function phraseAt(toks: Token[], i: number, phrases: string[][], forward: boolean): boolean {
  return phrases.some((phrase) =>
    phrase.every((w, k) => wordAt(toks, forward ? i + k : i - phrase.length + k) === w),
  );
}

/** A money expression as written, before its period and plausibility are settled. */
interface Expression {
  start: number;
  end: number;
  min: number;
  max: number;
  currency: PayCurrency;
  /** A period written inside the expression ("$95/hr - $135/hr", "12 LPA"). */
  period: PayPeriod | null;
  bound: Pay['bound'];
}

/** The expression starting at token i (null when it is not pay) and the token after everything read. */
function readExpression(toks: Token[], i: number): { x: Expression | null; end: number } | null {
  const a = readMoney(toks, i);
  if (!a) return null;
  const betweenBefore = BETWEEN_WORDS.has(wordAt(toks, a.start - 1) ?? '');
  // "£50,000 p.a. - £60,000 p.a.": the abbreviation's own dot does not end the first figure.
  const dot = toks[a.end];
  const ownDot =
    (dot?.k === 'stop' || dot?.k === 'punct') &&
    dot.s === toks[a.end - 1]?.e &&
    wordAt(toks, a.end - 1)?.includes('.');
  const sepAt = ownDot ? a.end + 1 : a.end;
  const sep = toks[sepAt];
  const isSep =
    !a.plus &&
    (sep?.k === 'dash' ||
      (sep?.k === 'word' && (RANGE_WORDS.has(sep.w) || (betweenBefore && BETWEEN_JOINERS.has(sep.w)))));
  const b = isSep ? readMoney(toks, sepAt + 1) : null;
  if (!b) return { x: singleOf(toks, a), end: a.end };
  // Two figures joined that make no range ("$5 - $500,000") are neither read again one by one.
  return { x: rangeOf(a, b), end: b.end };
}

function rangeOf(a: Money, b: Money): Expression | null {
  const currency = agreedCurrency(a.cur, b.cur);
  if (!currency) return null;
  let low = a.num.value;
  const high = b.num.value;
  // "$280-350K": a bare figure before a scaled one takes its scale.
  if (!a.num.scale && b.num.scale && low < 1000 && low * b.num.scale.factor <= high)
    low *= b.num.scale.factor;
  if (!validScale(a.num, currency) || !validScale(b.num, currency)) return null;
  const min = Math.min(low, high);
  const max = Math.max(low, high);
  if (!(min > 0) || max / min > MAX_RANGE_RATIO) return null;
  if (a.period && b.period && a.period !== b.period) return null;
  const lpa = a.num.scale?.lpa || b.num.scale?.lpa;
  return {
    start: a.start,
    end: b.end,
    min,
    max,
    currency,
    period: a.period ?? b.period ?? (lpa ? 'year' : null),
    bound: 'range',
  };
}

function singleOf(toks: Token[], a: Money): Expression | null {
  const currency = a.cur?.code ?? (a.num.scale?.lpa ? 'INR' : null);
  if (!currency || !validScale(a.num, currency) || !(a.num.value > 0)) return null;
  let bound: Pay['bound'] = 'single';
  if (a.plus || phraseAt(toks, a.end, OPEN_TOP, true) || phraseAt(toks, a.start, FROM, false)) bound = 'from';
  else if (phraseAt(toks, a.start, UP_TO, false)) bound = 'up-to';
  return {
    start: a.start,
    end: a.end,
    min: a.num.value,
    max: a.num.value,
    currency,
    period: a.period ?? (a.num.scale?.lpa ? 'year' : null),
    bound,
  };
}

/** One side's currency covers both ("USD 300,000-400,000"); a named dollar beats a bare "$". */
function agreedCurrency(a: CurToken | null, b: CurToken | null): PayCurrency | null {
  if (!a || !b) return a?.code ?? b?.code ?? null;
  if (a.code === b.code) return a.code;
  if (a.bareDollar) return b.code;
  if (b.bareDollar) return a.code;
  return null;
}

function validScale(num: NumToken, currency: PayCurrency): boolean {
  if (!Number.isFinite(num.value)) return false;
  const scale = num.scale;
  return !scale || (scale.factor < 1e9 && (!scale.only || scale.only === currency));
}

/** The period: written in the expression, just after it, or just before it; else the currency's habit. */
function periodOf(toks: Token[], x: Expression): PayPeriod | null {
  if (x.period) return x.period;
  for (let j = x.end; j < x.end + 3 && j < toks.length; j++) {
    const tok = toks[j] as Token;
    if (tok.k === 'stop' || tok.k === 'num') break;
    const found = readPeriodAt(toks, j);
    if (found) return found.period;
  }
  for (let j = x.start - 1; j >= 0 && j >= x.start - 6; j--) {
    const tok = toks[j] as Token;
    if (tok.k === 'stop' || tok.k === 'num') break;
    const found = tok.k === 'word' ? LEADING_PERIOD_WORDS.get(tok.w) : undefined;
    if (found) return found;
  }
  return habitualPeriod(x.currency, x.min);
}

/** The period of a figure stated without one, from the currency's posting habits (CONVENTIONS). */
function habitualPeriod(currency: PayCurrency, min: number): PayPeriod | null {
  const habit = CONVENTIONS[currency];
  if (habit.yearFrom !== null && min >= habit.yearFrom) return 'year';
  if (habit.monthFrom !== null && min >= habit.monthFrom) return 'month';
  return null;
}

export function annualise(amount: number, period: PayPeriod): number {
  return round2(amount * PERIODS_PER_YEAR[period]);
}

const round2 = (n: number) => Math.round(n * 100) / 100;

function toPay(
  min: number,
  max: number,
  currency: PayCurrency,
  period: PayPeriod,
  bound: Pay['bound'],
  flags: { equity: boolean; ote: boolean },
  text: string,
): Pay | null {
  const lo = round2(Math.min(min, max));
  const hi = round2(Math.max(min, max));
  const annualMin = annualise(lo, period);
  const annualMax = annualise(hi, period);
  if (!(lo > 0) || !Number.isFinite(annualMax) || annualMax > CONVENTIONS[currency].ceiling) return null;
  return { min: lo, max: hi, currency, period, annualMin, annualMax, bound, ...flags, text };
}

// ---------- context: what is pay and what is not ----------

/** Words near a figure that say it is not the job's pay: funding, company size, perks, client money. */
const NOT_PAY = new Set([
  'raised',
  'raise',
  'raising',
  'funding',
  'funded',
  'fund',
  'funds',
  'series',
  'seed',
  'valuation',
  'valued',
  'values',
  'revenue',
  'revenues',
  'arr',
  'mrr',
  'assets',
  'aum',
  'capital',
  'invest',
  'invested',
  'investment',
  'investments',
  'investor',
  'investors',
  'billion',
  'retainer',
  'retainers',
  'budget',
  'budgets',
  'stipend',
  'stipends',
  'allowance',
  'allowances',
  'reimbursement',
  'reimbursements',
  'reimbursed',
  'reimburse',
  'match',
  'matching',
  'donation',
  'donations',
  'credit',
  'credits',
  'relocation',
  'housing',
  'referral',
  'signing',
  'sign',
  'spend',
  'spending',
  'quota',
  'deal',
  'deals',
  'savings',
  'cost',
  'costs',
  'price',
  'pricing',
  'fee',
  'fees',
  'loan',
  'loans',
  'prize',
  'gym',
  'meal',
  'meals',
  'lunch',
  'transport',
  'transportation',
  'commuter',
  'wellness',
  'learning',
  'education',
  'tuition',
  'insurance',
  'equipment',
  'laundry',
  'membership',
  'customers',
  'market',
  'tam',
  'grossed',
]);

/** Words that say a figure is the job's pay. */
const PAY_WORDS = new Set([
  'salary',
  'salaries',
  'pay',
  'compensation',
  'comp',
  'base',
  'wage',
  'wages',
  'remuneration',
  'ote',
  'range',
  'rate',
  'hourly',
  'annual',
  'package',
  'ctc',
  'lpa',
  'gehalt',
  'jahresgehalt',
  'bruttojahresgehalt',
  'vergütung',
  'salaire',
  'rémunération',
  'salario',
  'sueldo',
  'retribución',
  'retribuzione',
  'stipendio',
  'salaris',
  'wynagrodzenie',
]);

const WINDOW = 8;

/** Any NOT_PAY word within a few words of the expression, not reaching past a sentence or another figure. */
function nearNotPay(toks: Token[], x: Expression): boolean {
  const look = (from: number, step: 1 | -1) => {
    for (let j = from, seen = 0; j >= 0 && j < toks.length && seen < WINDOW; j += step) {
      const tok = toks[j] as Token;
      if (tok.k === 'stop' || tok.k === 'num' || tok.k === 'cur') return false;
      if (tok.k !== 'word') continue;
      seen++;
      if (NOT_PAY.has(tok.w)) return true;
    }
    return false;
  };
  return look(x.start - 1, -1) || look(x.end, 1);
}

/** A PAY_WORDS word in the clause before the figure, or straight after it. When the figure opens its line,
 *  the line above counts if it is a short heading ("Local Pay Range") or ends in a colon ("... Seattle is:"). */
function nearPayWords(text: string, toks: Token[], x: Expression): boolean {
  let words = 0;
  let crossedLine = false;
  for (let j = x.start - 1; j >= 0 && words < 25; j--) {
    const tok = toks[j] as Token;
    if (tok.k === 'stop') {
      if (tok.strong || crossedLine || words > 4) break;
      crossedLine = true;
      const above = toks[j - 1];
      words = above?.k === 'punct' && text[above.s] === ':' ? 0 : 25 - WINDOW;
      continue;
    }
    if (tok.k === 'cur' || (crossedLine && tok.k === 'num')) break;
    if (tok.k !== 'word') continue;
    words++;
    if (PAY_WORDS.has(tok.w)) return true;
  }
  for (let j = x.end, seen = 0; j < toks.length && seen < WINDOW; j++) {
    const tok = toks[j] as Token;
    if (tok.k === 'stop' || tok.k === 'num') break;
    if (tok.k !== 'word') continue;
    seen++;
    if (PAY_WORDS.has(tok.w)) return true;
  }
  return false;
}

const EQUITY_BEFORE = new Set([
  'plus',
  'offers',
  'offer',
  'offering',
  'and',
  'with',
  'includes',
  'include',
  'including',
  'generous',
  'meaningful',
  'competitive',
  'significant',
  'for',
  'of',
]);
const EQUITY_AFTER = new Set([
  'package',
  'grant',
  'grants',
  'award',
  'awards',
  'compensation',
  'stake',
  'options',
  'incentive',
  'incentives',
  'plan',
  'eligible',
  'refresh',
  'refreshers',
]);
const STOCK_AFTER = new Set(['options', 'option', 'grant', 'grants', 'units', 'awards', 'plan']);

/** Equity offered ("+ equity", "Offers Equity", "stock options", "RSUs"), not "pay equity" or DEI. */
function mentionsEquity(toks: Token[], from: number, to: number): boolean {
  for (let j = from; j < to; j++) {
    const w = wordAt(toks, j);
    if (w === 'rsu' || w === 'rsus') return true;
    if ((w === 'stock' || w === 'share') && STOCK_AFTER.has(wordAt(toks, j + 1) ?? '')) return true;
    if (w !== 'equity') continue;
    const prev = toks[j - 1];
    const next = wordAt(toks, j + 1);
    const dei = [j - 2, j - 1, j + 1, j + 2, j + 3].some((k) => {
      const near = wordAt(toks, k);
      return near === 'diversity' || near === 'inclusion' || near === 'pay';
    });
    if (dei) continue;
    if (prev?.k === 'plus' || EQUITY_BEFORE.has(wordAt(toks, j - 1) ?? '') || EQUITY_AFTER.has(next ?? '')) {
      return true;
    }
  }
  return false;
}

/** "OTE", "on-target earnings", "on target". */
function mentionsOte(toks: Token[], from: number, to: number): boolean {
  for (let j = from; j < to; j++) {
    const w = wordAt(toks, j);
    if (w === 'ote') return true;
    if (w === 'on') {
      const next = toks[j + 1]?.k === 'dash' ? j + 2 : j + 1;
      if (wordAt(toks, next) === 'target') return true;
    }
  }
  return false;
}

const collapse = (s: string, cap: number) => {
  const text = s.replace(/\s+/g, ' ').trim();
  return text.length > cap ? `${text.slice(0, cap - 1)}…` : text;
};

/** Walks every money expression in order; `accept` decides and returns the Pay, or null to go on. */
function firstExpression(toks: Token[], accept: (x: Expression) => Pay | null): Pay | null {
  for (let i = 0; i < toks.length; i++) {
    const k = toks[i]?.k;
    if (k !== 'num' && k !== 'cur') continue;
    const read = readExpression(toks, i);
    if (!read) continue;
    const { x } = read;
    const pay = x && !nearNotPay(toks, x) ? accept(x) : null;
    if (pay) return pay;
    i = read.end - 1;
  }
  return null;
}

// ---------- public ----------

export interface PayOptions {
  /** The currency a bare "$" stands for; USD unless the page says otherwise (an au.indeed.com posting: AUD). */
  dollar?: PayCurrency;
}

const dollarOf = (opts: PayOptions): PayCurrency =>
  opts && typeof opts.dollar === 'string' && isPayCurrency(opts.dollar) ? opts.dollar : 'USD';

/**
 * Pay from a short pay text (a pill, a top-card line, one sentence). The first money expression that has a
 * currency, a period (stated, or inferred from the currency's habits, see CONVENTIONS) and a plausible size;
 * null otherwise. Never throws.
 */
export function parsePay(text: string, opts: PayOptions = {}): Pay | null {
  if (typeof text !== 'string' || text.length === 0) return null;
  const toks = tokenize(text, dollarOf(opts));
  const flags = { equity: mentionsEquity(toks, 0, toks.length), ote: mentionsOte(toks, 0, toks.length) };
  const shown = collapse(text, 200);
  return firstExpression(toks, (x) => {
    const period = periodOf(toks, x);
    return period ? toPay(x.min, x.max, x.currency, period, x.bound, flags, shown) : null;
  });
}

/**
 * Pay stated in a long description: the first figure whose clause speaks of pay (salary, compensation,
 * base, range, OTE...) and has no sign of being something else (funding, assets, retainers, perks).
 * Equity and OTE are read from that sentence and the next. One linear pass; never throws.
 */
export function findPayInText(text: string, opts: PayOptions = {}): Pay | null {
  if (typeof text !== 'string' || text.length === 0) return null;
  const toks = tokenize(text, dollarOf(opts));
  return firstExpression(toks, (x) => {
    if (!nearPayWords(text, toks, x)) return null;
    const period = periodOf(toks, x);
    // A year's worth under the currency's smallest annual salary is a perk ("$500 per month for your phone").
    if (!period || x.min * PERIODS_PER_YEAR[period] < (CONVENTIONS[x.currency].yearFrom ?? 0)) return null;
    const from = stopBefore(toks, x.start);
    const to = stopAfter(toks, stopAfter(toks, x.end) + 1);
    const startChar = toks[from]?.k === 'stop' ? (toks[from] as Token).e : 0;
    const endChar = toks[stopAfter(toks, x.end)]?.s ?? text.length;
    const exprStart = (toks[x.start] as Token).s;
    const exprEnd = (toks[x.end - 1] as Token).e;
    const sentence =
      endChar - startChar > 300
        ? text.slice(Math.max(startChar, exprStart - 150), Math.min(endChar, exprEnd + 150))
        : text.slice(startChar, endChar);
    const flags = { equity: mentionsEquity(toks, from, to), ote: mentionsOte(toks, from, to) };
    return toPay(x.min, x.max, x.currency, period, x.bound, flags, collapse(sentence, 300));
  });
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
  return toPay(low, high, code, period, bound, { equity: false, ote: false }, shown);
}
