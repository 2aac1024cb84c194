// Money expressions on the token list: a range ("$280K–$350K", "between €80k and €95k", "od 10 000 do
// 15 000 zł"), a single figure, "up to" and "from" figures; their currency and period.
import type { Pay, PayPeriod } from '../types';
import { AMBIGUOUS_MARKS, type PayCurrency } from './currencies';
import { habitualPeriod, periodAfter, periodBefore, readPeriodAt } from './periods';
import type { CurToken, NumToken, Token } from './tokenize';
import { wordAt } from './tokenize';

/** A range whose top is more than this many times its bottom is two unrelated figures, not a pay range. */
export const MAX_RANGE_RATIO = 10;

interface Money {
  /** Token index where the expression starts (the currency or the number) and the index after it. */
  start: number;
  end: number;
  num: NumToken;
  cur: CurToken | null;
  period: PayPeriod | null;
  /** "$200K+" written against the figure. */
  plus: boolean;
  /** The currency is an ISO code after the figure ("3000 USD"). */
  codeAfter: boolean;
}

/** One figure with its currency (before or after) and anything written straight after it ("/hr", "+", "/-"). */
function readMoney(toks: Token[], i: number): Money | null {
  let cur: CurToken | null = null;
  let n = i;
  for (let tok = toks[n]; tok?.k === 'cur' && n < i + 2; tok = toks[++n]) {
    // "USD $142,800": the code and the symbol name one currency.
    cur = cur ? combined(cur, tok) : tok;
  }
  const num = toks[n];
  if (num?.k !== 'num') return null;
  let end = n + 1;
  const after = toks[end];
  // A currency after the figure belongs to it unless it starts the next figure ("£90,000 - £100,000").
  const codeAfter = after?.k === 'cur' && toks[end + 1]?.k !== 'num' && cur === null && after.iso === true;
  if (after?.k === 'cur' && toks[end + 1]?.k !== 'num') {
    cur = cur ? combined(cur, after) : after;
    end++;
  }
  let plus = false;
  const p = toks[end];
  const last = () => toks[end - 1] as Token;
  if (p?.k === 'plus' && p.s === last().e) {
    plus = true;
    end++;
  } else if (
    p?.k === 'slash' &&
    p.s === last().e &&
    toks[end + 1]?.k === 'dash' &&
    toks[end + 1]?.s === p.e
  ) {
    // "₹5,00,000/-": Indian notation for a round figure.
    end += 2;
  }
  const period = readPeriodAt(toks, end);
  if (period) end = period.next;
  return { start: i, end, num, cur, period: period?.period ?? null, plus, codeAfter };
}

/** One currency named twice: a named dollar beats a bare "$", a crown's code a bare "kr" ("MXN" bare "pesos",
 *  "JPY" a bare "¥"); two different names name none. */
function combined(a: CurToken, b: CurToken): CurToken {
  if ((a.code === b.code && a.largeIn === b.largeIn) || b.bareDollar || namesOneOf(b, a.code)) return a;
  if (a.bareDollar || namesOneOf(a, b.code)) return b;
  return { k: 'cur', s: a.s, e: a.e, code: null, bareDollar: false };
}

/** Whether `code` is one of the currencies the ambiguous mark `cur` may stand for. */
const namesOneOf = (cur: CurToken, code: PayCurrency | null) =>
  cur.mark !== undefined && code !== null && AMBIGUOUS_MARKS[cur.mark].currencies.has(code);

const RANGE_WORDS = new Set([
  'to',
  'bis',
  'à',
  'au',
  'till',
  'until',
  'thru',
  'through',
  'do',
  'tot',
  'a',
  'до',
]);
const BETWEEN_WORDS = new Set(['between', 'zwischen', 'entre', 'tra', 'fra', 'tussen']);
const BETWEEN_JOINERS = new Set(['and', 'und', 'et', 'y', 'e', 'en']);
/** Words between a range's joiner and its top: "from a minimum of $29,600.00 to a maximum of $67,500.00". */
const TOP_FILLERS: string[][] = [
  ['a', 'maximum', 'of'],
  ['a', 'max', 'of'],
  ['maximum', 'of'],
  ['max', 'of'],
  ['maximum'],
  ['max'],
];
const UP_TO: string[][] = [
  ['up', 'to'],
  ['upto'],
  ['max'],
  ['maximum'],
  ['bis', 'zu'],
  ['jusqu', 'à'],
  ['hasta'],
  ['fino', 'a'],
  ['do'],
  ['tot'],
  ['до'],
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
  ['od'],
  ['vanaf'],
  ['da'],
  ['от'],
  ['від'],
];
const OPEN_TOP: string[][] = [
  ['or', 'more'],
  ['and', 'up'],
  ['and', 'above'],
  ['or', 'above'],
];

/** Whether the words just before token i (or from token i on, when `forward`) are one of the phrases. */
function phraseAt(toks: Token[], i: number, phrases: string[][], forward: boolean): string[] | null {
  return (
    phrases.find((phrase) =>
      phrase.every((w, k) => wordAt(toks, forward ? i + k : i - phrase.length + k) === w),
    ) ?? null
  );
}

/** A money expression as written, before its period and plausibility are settled. */
export interface Expression {
  start: number;
  end: number;
  min: number;
  max: number;
  currency: PayCurrency;
  /** No currency is written: it is the posting's own (`defaultCurrency`). */
  currencyInferred: boolean;
  /** Whether the currency is written as a symbol or code (not implied by "lakh" or inferred). */
  currencyWritten: boolean;
  /** A period written inside the expression ("$95/hr - $135/hr", "12 LPA"). */
  period: PayPeriod | null;
  bound: Pay['bound'];
  /** The currency is written as its ISO code after the figures ("8 000 – 12 000 USD"), not before them. */
  codeAfter: boolean;
  /** The currency is told only by the figure's size ("¥6,000,000": yen); a year's worth under the
   *  currency's yearFrom does not tell it (see AMBIGUOUS_MARKS). */
  currencyBySize?: true;
}

/**
 * The expression starting at token i (x null when it is not pay) and the token after everything read.
 * `defaultCurrency` is used only when the expression names no currency at all.
 */
export function readExpression(
  toks: Token[],
  i: number,
  defaultCurrency: PayCurrency | null,
): { x: Expression | null; end: number } | null {
  const a = readMoney(toks, i);
  if (!a) return null;
  const before = toks[a.start - 1];
  const first = toks[a.start] as Token;
  // "-$50,000": a minus written against the figure (not a range's dash: the figure before it was read first).
  if (before?.k === 'dash' && before.e === first.s && !(toks[a.start - 2]?.e === before.s)) {
    return { x: null, end: a.end };
  }
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
      sep?.k === 'slash' ||
      (sep?.k === 'word' && (RANGE_WORDS.has(sep.w) || (betweenBefore && BETWEEN_JOINERS.has(sep.w)))));
  const b = isSep
    ? readMoney(toks, sepAt + 1 + (phraseAt(toks, sepAt + 1, TOP_FILLERS, true)?.length ?? 0))
    : fromUpTo(toks, a);
  // "$150,000/$180,000": a slash joins two figures only when the second names its currency too.
  if (!b || (sep?.k === 'slash' && !b.cur)) return { x: singleOf(toks, a, defaultCurrency), end: a.end };
  // Two figures joined that make no range ("$5 - $500,000") are neither read again one by one.
  return { x: rangeOf(a, b, defaultCurrency), end: b.end };
}

/** "Starting at $90k, up to $130k": a floor and a top stated apart make a range. */
function fromUpTo(toks: Token[], a: Money): Money | null {
  if (a.plus || !phraseAt(toks, a.start, FROM, false)) return null;
  const at = toks[a.end]?.k === 'punct' ? a.end + 1 : a.end;
  const upTo = phraseAt(toks, at, UP_TO, true);
  return upTo ? readMoney(toks, at + upTo.length) : null;
}

/** The currency the figures name, imply ("lakh"), or, naming none, the default; null when it cannot be told. */
function currencyOf(
  curs: (CurToken | null)[],
  nums: NumToken[],
  defaultCurrency: PayCurrency | null,
): Pick<Expression, 'currency' | 'currencyInferred' | 'currencyWritten' | 'currencyBySize'> | null {
  let written: CurToken | null = null;
  for (const cur of curs) {
    if (cur) written = written ? combined(written, cur) : cur;
  }
  if (written) {
    if (written.code) return { currency: written.code, currencyInferred: false, currencyWritten: true };
    return written.largeIn
      ? { currency: written.largeIn, currencyInferred: false, currencyWritten: true, currencyBySize: true }
      : null;
  }
  if (nums.some((n) => n.scale?.implies))
    return { currency: 'INR', currencyInferred: false, currencyWritten: false };
  return defaultCurrency
    ? { currency: defaultCurrency, currencyInferred: true, currencyWritten: false }
    : null;
}

function rangeOf(a: Money, b: Money, defaultCurrency: PayCurrency | null): Expression | null {
  const currency = currencyOf([a.cur, b.cur], [a.num, b.num], defaultCurrency);
  if (!currency) return null;
  let low = a.num.value;
  let high = b.num.value;
  // "$280-350K": a bare figure before a scaled one takes its scale; "85K-95": a bare top too small to be
  // any range's bottom ("$1K - $300" is one written top first) takes the bottom's.
  if (!a.num.scale && b.num.scale && low < 1000 && low * b.num.scale.factor <= high)
    low *= b.num.scale.factor;
  else if (a.num.scale && !b.num.scale && low / high > MAX_RANGE_RATIO && high * a.num.scale.factor >= low)
    high *= a.num.scale.factor;
  // "$140 – $160000": a bottom written without its thousands shares the top's magnitude.
  if (!a.num.scale && !b.num.scale && low < 1000 && high / low > MAX_RANGE_RATIO && low * 1000 <= high) {
    low *= 1000;
  }
  if (!validScale(a.num, currency.currency) || !validScale(b.num, currency.currency)) return null;
  // "$0 - $79000 per annum": a range from nothing states only its top.
  const upTo = low === 0 && high > 0;
  const min = upTo ? high : Math.min(low, high);
  const max = Math.max(low, high);
  if (!(min > 0) || max / min > MAX_RANGE_RATIO) return null;
  if (a.period && b.period && a.period !== b.period) return null;
  const lpa = a.num.scale?.lpa || b.num.scale?.lpa;
  return {
    start: a.start,
    end: b.end,
    min,
    max,
    ...currency,
    period: a.period ?? b.period ?? (lpa ? 'year' : null),
    bound: upTo ? 'up-to' : 'range',
    codeAfter: b.codeAfter && a.cur === null,
  };
}

function singleOf(toks: Token[], a: Money, defaultCurrency: PayCurrency | null): Expression | null {
  const currency = currencyOf([a.cur], [a.num], defaultCurrency);
  if (!currency || !validScale(a.num, currency.currency) || !(a.num.value > 0)) return null;
  let bound: Pay['bound'] = 'single';
  if (a.plus || phraseAt(toks, a.end, OPEN_TOP, true) || phraseAt(toks, a.start, FROM, false)) bound = 'from';
  else if (phraseAt(toks, a.start, UP_TO, false)) bound = 'up-to';
  return {
    start: a.start,
    end: a.end,
    min: a.num.value,
    max: a.num.value,
    ...currency,
    period: a.period ?? (a.num.scale?.lpa ? 'year' : null),
    bound,
    codeAfter: a.codeAfter,
  };
}

function validScale(num: NumToken, currency: PayCurrency): boolean {
  if (!Number.isFinite(num.value)) return false;
  const scale = num.scale;
  return !scale || (scale.factor < 1e9 && (!scale.only || scale.only === currency));
}

/** The period: written in the expression, just after it, or just before it; else the currency's habit. */
export function periodOf(toks: Token[], x: Expression): PayPeriod | null {
  return (
    x.period ??
    periodAfter(toks, x.end) ??
    periodBefore(toks, x.start) ??
    habitualPeriod(x.currency, x.min, x.codeAfter)
  );
}
