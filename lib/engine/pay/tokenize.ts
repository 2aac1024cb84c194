// One hand-written tokenizer walks the text once (no backtracking regexes, so a 100 KB description costs a
// single linear pass). Text copied from pages carries markup, HTML entities and markdown escapes; they are
// read as what they stand for ("&mdash;" a dash, "\$" a dollar) or skipped ("<span>").
import {
  AMBIGUOUS_MARKS,
  type AmbiguousMark,
  CURRENCY_NEXT_TO_FIGURE,
  CURRENCY_WORDS,
  type CurrencyMark,
  DOLLAR_PREFIXES,
  FOREIGN_CODES,
  type PayCurrency,
  payCurrencyWord,
  resolveMark,
  SYMBOLS,
} from './currencies';
import { table } from './table';

export type Token =
  | { k: 'num'; s: number; e: number; value: number; scale: Scale | null }
  /** code null: a currency Pay does not carry, or one that cannot be told ("kr" on a page in euros).
   *  mark: an ambiguous mark ("kr", "pesos", "¥"), which names the same currency as a code of one of its
   *  currencies beside it ("NOK 600 000 kr"). largeIn: nothing told which currency the mark is; a figure
   *  large enough is in this one (see AMBIGUOUS_MARKS). iso: written as its ISO code ("USD", "eur"). */
  | {
      k: 'cur';
      s: number;
      e: number;
      code: PayCurrency | null;
      bareDollar: boolean;
      mark?: AmbiguousMark;
      largeIn?: PayCurrency;
      iso?: true;
    }
  | { k: 'word'; s: number; e: number; w: string }
  | { k: 'dash' | 'slash' | 'plus' | 'punct'; s: number; e: number }
  /** strong: end of a sentence or clause (. ! ? ;); line: the stop takes in a line break. */
  | { k: 'stop'; s: number; e: number; strong: boolean; line: boolean };

export type NumToken = Extract<Token, { k: 'num' }>;
export type CurToken = Extract<Token, { k: 'cur' }>;

/** A magnitude suffix: "k", "M", "L" (lakh), "Cr", "T" (Glassdoor India's thousand), "B" (never pay). */
export interface Scale {
  factor: number;
  /** Only meaningful with this currency ("₹25T" is 25 thousand; "$25T" is not pay). */
  only?: PayCurrency;
  /** The word alone names the currency ("6 - 9 Lakhs", "1.2 crore"); "12 LPA" also the year. */
  implies?: boolean;
  lpa?: boolean;
}

const INR_WORD: Scale = { factor: 1e5, only: 'INR', implies: true };
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
  lac: { scale: INR_WORD, adjacentOnly: false },
  lacs: { scale: INR_WORD, adjacentOnly: false },
  lakh: { scale: INR_WORD, adjacentOnly: false },
  lakhs: { scale: INR_WORD, adjacentOnly: false },
  lpa: { scale: { ...INR_WORD, lpa: true }, adjacentOnly: false },
  cr: { scale: { factor: 1e7, only: 'INR', implies: true }, adjacentOnly: false },
  crore: { scale: { factor: 1e7, only: 'INR', implies: true }, adjacentOnly: false },
  crores: { scale: { factor: 1e7, only: 'INR', implies: true }, adjacentOnly: false },
  t: { scale: { factor: 1e3, only: 'INR' }, adjacentOnly: true },
  // "Thousand" abbreviated, in Russian, Ukrainian, Czech and Polish: "от 150 тыс. руб", "40–60 tis. Kč",
  // "10 tys. zł"; and the Japanese and Chinese ten thousand: "600万円".
  тыс: { scale: { factor: 1e3 }, adjacentOnly: false },
  тис: { scale: { factor: 1e3 }, adjacentOnly: false },
  tis: { scale: { factor: 1e3 }, adjacentOnly: false },
  tys: { scale: { factor: 1e3 }, adjacentOnly: false },
  万: { scale: { factor: 1e4 }, adjacentOnly: true },
  b: { scale: { factor: 1e9 }, adjacentOnly: true },
  bn: { scale: { factor: 1e9 }, adjacentOnly: false },
  billion: { scale: { factor: 1e9 }, adjacentOnly: false },
  billions: { scale: { factor: 1e9 }, adjacentOnly: false },
});

const DOTTED_SCALES = new Set(['тыс', 'тис', 'tis', 'tys']);

/** HTML entities copied text carries, by what they stand for. */
const ENTITIES = table<string>({
  mdash: '—',
  ndash: '–',
  minus: '−',
  '#8211': '–',
  '#8212': '—',
  '#8722': '−',
  '#x2013': '–',
  '#x2014': '—',
  nbsp: ' ',
  '#160': ' ',
  '#xa0': ' ',
  dollar: '$',
  '#36': '$',
  pound: '£',
  '#163': '£',
  euro: '€',
  '#8364': '€',
});
/** Tags that end a block of text: the text either side is not one line. */
const BLOCK_TAGS = new Set([
  'p',
  'div',
  'br',
  'li',
  'ul',
  'ol',
  'tr',
  'td',
  'th',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
]);

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
/** A capital right after a small letter, with an ASCII fast path. */
function capitalAfterSmall(t: string, j: number): boolean {
  const c = t.charCodeAt(j);
  if (c < 128 && !(c >= 65 && c <= 90)) return false;
  const up = t[j] as string;
  const low = t[j - 1] as string;
  return up !== up.toLowerCase() && low !== low.toUpperCase();
}
const isSpace = (ch: string | undefined) =>
  ch === ' ' || ch === '\t' || ch === '\u00a0' || ch === '\u202f' || ch === '\u2009' || ch === '\u2007';
const isBreak = (ch: string | undefined) => ch === '\n' || ch === '\r' || ch === '\u2028' || ch === '\u2029';
const DASHES = new Set(['-', '–', '—', '−', '~', '‒', '―', '_', '～', '〜']);
const APOSTROPHES = new Set(["'", '’']);

/** Reads "280,000", "250,000.00", "180.000", "180 000", "1.2", "12,00,000" and a magnitude suffix. */
function readNumber(t: string, i: number, afterCurrency: boolean): { token: Token; end: number } {
  let j = i;
  while (isDigitAt(t, j)) j++;
  let groupLen = j - i;
  let spaceGrouped = true;
  for (;;) {
    const ch = t[j];
    if ((ch === ',' || ch === '.' || APOSTROPHES.has(ch ?? '')) && isDigitAt(t, j + 1)) {
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
  // A 401(k) is a retirement plan, never 401 thousand ("$401K" is).
  if (raw === '401' && !afterCurrency && /^\(?k\b/i.test(t.slice(j, j + 4))) {
    const end = t[j] === '(' ? j + 3 : j + 1;
    return { token: { k: 'word', s: i, e: end, w: '401k' }, end };
  }
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
  // Japanese and Chinese write words together: "600万円" is ten thousands, then the yen.
  if (isCjk(t, start)) k = start + 1;
  else while (k < t.length && k - start < 10 && isLetter(t[k])) k++;
  if (k === start || isDigitAt(t, k)) return null;
  // "15 Lacs", "50K", but not "50Kč" or "15 Lakhs" glued to what follows ("150kA list").
  const word = t.slice(start, k).toLowerCase();
  const entry = SCALES.get(word);
  if (!entry || (spaced && entry.adjacentOnly)) return null;
  // "150 тыс. руб", "40 tis. Kč": the abbreviation's dot is part of it, not the end of a sentence.
  const end = t[k] === '.' && DOTTED_SCALES.has(word) ? k + 1 : k;
  return { scale: entry.scale, end };
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

/** The entity at i ("&mdash;", "&#8211;") and its length, or null. */
function entityAt(t: string, i: number): { name: string; end: number } | null {
  const close = t.indexOf(';', i + 2);
  if (close < 0 || close - i > 8) return null;
  const name = t.slice(i + 1, close).toLowerCase();
  return /^(?:[a-z]+|#\d+|#x[0-9a-f]+)$/.test(name) ? { name, end: close + 1 } : null;
}

/** A tag starting at i ("<span class=…>", or written as entities "&lt;span&gt;"): its name and end, or null. */
function tagAt(t: string, i: number, open: string, close: string): { name: string; end: number } | null {
  const from = i + open.length;
  const first = t[from] === '/' ? t[from + 1] : t[from];
  if (!isLetter(first)) return null;
  const end = t.indexOf(close, from);
  if (end < 0 || end - from > 300 || t.slice(from, end).includes(open)) return null;
  const name = /^\/?([a-z0-9]+)/i.exec(t.slice(from, end))?.[1]?.toLowerCase() ?? '';
  return { name, end: end + close.length };
}

export interface TokenizeOptions {
  /** The currency a bare "$" stands for. */
  dollar: PayCurrency;
  /** The posting's own currency: what a bare "kr" stands for among the crowns. */
  local: PayCurrency | null;
}

export function tokenize(t: string, opts: TokenizeOptions): Token[] {
  const out: Token[] = [];
  /** Ambiguous marks the posting's own currency does not tell: the text's words may. */
  const untold: UntoldMark[] = [];
  const stop = (s: number, e: number, strong: boolean, line: boolean) => {
    const last = out[out.length - 1];
    if (last?.k === 'stop') {
      last.e = e;
      last.strong ||= strong;
      last.line ||= line;
    } else out.push({ k: 'stop', s, e, strong, line });
  };
  let i = 0;
  while (i < t.length) {
    let ch = t[i] as string;
    let next = i + 1;
    if (ch === '&' || ch === '<') {
      const tag =
        ch === '<' ? tagAt(t, i, '<', '>') : t.startsWith('&lt;', i) ? tagAt(t, i, '&lt;', '&gt;') : null;
      if (tag) {
        if (BLOCK_TAGS.has(tag.name)) stop(i, tag.end, false, true);
        i = tag.end;
        continue;
      }
      const entity = ch === '&' ? entityAt(t, i) : null;
      if (entity) {
        ch = ENTITIES.get(entity.name) ?? '&';
        next = entity.end;
      }
    } else if (ch === '\\' && i + 1 < t.length && !isLetter(t[i + 1]) && !isDigitAt(t, i + 1)) {
      // Markdown escapes: "\$121,755 \- \$132,713".
      i++;
      continue;
    }
    if (isDigitAt(t, i)) {
      const { token, end } = readNumber(t, i, out[out.length - 1]?.k === 'cur');
      out.push(token);
      i = end;
    } else if (isBreak(ch)) {
      stop(i, next, false, true);
      i = next;
    } else if (isLetter(ch)) {
      let end = wordEnd(t, i);
      const raw = t.slice(i, end);
      const w = raw.toLowerCase();
      const mark = currencyMarkOf(t, raw, w, end, out[out.length - 1]);
      if (mark !== undefined && t[end] === '.' && (w === 'rs' || w === 'руб' || w === 'm.n')) end++;
      if (mark === undefined) out.push({ k: 'word', s: i, e: end, w });
      else {
        const cur: CurToken = {
          k: 'cur',
          s: i,
          e: end,
          code: resolveMark(mark, opts.dollar, opts.local),
          bareDollar: false,
        };
        if (payCurrencyWord(raw)) cur.iso = true;
        markAmbiguous(cur, mark, untold);
        out.push(cur);
      }
      i = end;
    } else if (
      isSpace(ch) ||
      ch.trim() === '' ||
      (APOSTROPHES.has(ch) && isLetter(t[i - 1]) && isLetter(t[next]))
    ) {
      // "de l'heure", "all'anno", "jusqu'à": the elided word and the next are two words.
      i = next;
    } else if (SYMBOLS.has(ch)) {
      const cur = currencyToken(out, t, i, next, ch, opts);
      markAmbiguous(cur, SYMBOLS.get(ch) ?? null, untold);
      out.push(cur);
      i = next;
    } else if (DASHES.has(ch)) {
      out.push({ k: 'dash', s: i, e: next });
      i = next;
    } else if (ch === '/') {
      out.push({ k: 'slash', s: i, e: next });
      i = next;
    } else if (ch === '+') {
      out.push({ k: 'plus', s: i, e: next });
      i = next;
    } else if (
      (ch === '.' || ch === '!' || ch === '?' || ch === ';') &&
      (next >= t.length || isSpace(t[next]) || isBreak(t[next]) || ch === ';')
    ) {
      stop(i, next, true, false);
      i = next;
    } else {
      out.push({ k: 'punct', s: i, e: next });
      i = next;
    }
  }
  // One pass over the text per kind of mark, however many of it there are.
  const toldOf = new Map<AmbiguousMark, PayCurrency | null | undefined>();
  for (const { cur, mark } of untold) {
    if (!toldOf.has(mark)) toldOf.set(mark, toldByText(out, mark));
    const told = toldOf.get(mark);
    const { largeIn } = AMBIGUOUS_MARKS[mark];
    if (told !== undefined) cur.code = told;
    else if (largeIn) cur.largeIn = largeIn;
  }
  return out;
}

/** Marks an ambiguous mark's token as such, and keeps it for the text to tell when the posting's own
 *  currency has not. */
function markAmbiguous(cur: CurToken, mark: CurrencyMark, untold: UntoldMark[]): void {
  if (mark !== 'krone' && mark !== 'peso' && mark !== 'yen') return;
  cur.mark = mark;
  if (cur.code === null) untold.push({ cur, mark });
}

interface UntoldMark {
  cur: CurToken;
  mark: AmbiguousMark;
}

/**
 * Which of an ambiguous mark's currencies the text tells: by its words ("lön", "pesos mexicanos") or a code
 * of one of them written elsewhere; null when it tells more than one, or names a currency Pay does not carry
 * (a "CNY" beside the ¥); undefined when it tells nothing.
 */
function toldByText(toks: Token[], mark: AmbiguousMark): PayCurrency | null | undefined {
  const { currencies, words } = AMBIGUOUS_MARKS[mark];
  let told: PayCurrency | null | undefined;
  for (const tok of toks) {
    let named: PayCurrency | null | undefined;
    if (tok.k === 'word') named = words.get(tok.w);
    else if (tok.k === 'cur' && !tok.mark)
      named = tok.code === null || currencies.has(tok.code) ? tok.code : undefined;
    if (named === undefined) continue;
    if (named === null || (told !== undefined && told !== named)) return null;
    told = named;
  }
  return told;
}

/** The currency a word names (undefined: none). */
function currencyMarkOf(
  t: string,
  raw: string,
  w: string,
  end: number,
  last: Token | undefined,
): CurrencyMark | undefined {
  const nextToFigure =
    raw.length <= 3 ? (CURRENCY_NEXT_TO_FIGURE.get(raw) ?? CURRENCY_NEXT_TO_FIGURE.get(w)) : undefined;
  if (nextToFigure) {
    let j = end;
    while (isSpace(t[j])) j++;
    return last?.k === 'num' || isDigitAt(t, j) ? nextToFigure : undefined;
  }
  return payCurrencyWord(raw) ?? (FOREIGN_CODES.has(raw) ? null : CURRENCY_WORDS.get(w));
}

/** Chinese, Japanese and Korean script: written without spaces, so a change to or from it ends a word. */
const isCjk = (t: string, j: number) => t.charCodeAt(j) >= 0x2e80;

/** A word: letters and digits, with inner dots in short abbreviations ("p.a.", "u.s."). It ends where a
 *  capital follows a small letter: text run together from two elements ("per hourA list of…"), and where
 *  Chinese script meets Latin letters or digits ("月薪NT$60,000"). */
function wordEnd(t: string, i: number): number {
  let j = i;
  const cjk = isCjk(t, i);
  for (;;) {
    while (j < t.length && (isLetter(t[j]) || isDigitAt(t, j))) {
      if (j > i && (isCjk(t, j) !== cjk || capitalAfterSmall(t, j))) return j;
      j++;
    }
    if (t[j] === '.' && isLetter(t[j + 1]) && j - i <= 3) {
      j++;
      continue;
    }
    return j;
  }
}

/** "$" is the given dollar (USD unless told) unless letters written against it name another ("CA$", "NT$"). */
function currencyToken(
  out: Token[],
  t: string,
  i: number,
  next: number,
  ch: string,
  opts: TokenizeOptions,
): CurToken {
  const code = resolveMark(SYMBOLS.get(ch) ?? null, opts.dollar, opts.local);
  const last = out[out.length - 1];
  if (ch === '$' && last && last.e === i && (last.k === 'word' || last.k === 'cur')) {
    const prefix = DOLLAR_PREFIXES.get(t.slice(last.s, last.e).toLowerCase());
    if (prefix !== undefined) {
      out.pop();
      return { k: 'cur', s: last.s, e: next, code: prefix, bareDollar: false };
    }
  }
  return { k: 'cur', s: i, e: next, code, bareDollar: ch === '$' };
}

export const wordAt = (toks: Token[], i: number): string | null => {
  const tok = toks[i];
  return tok?.k === 'word' ? tok.w : null;
};
