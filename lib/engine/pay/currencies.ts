// The currencies a Pay can carry, how each is written, and how big a year's pay in it can plausibly be.
import { table } from './table';

/**
 * Every currency a Pay can carry: the ECB reference-rate currencies plus AED (see data/rates.json), and
 * currencies postings state pay in that the rates file has no rate for (TWD, RUB, UAH, KZT): their pay is
 * read as stated and shown as such; only its conversion is missing (convert() answers null).
 */
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
  'TRY',
  'PHP',
  'TWD',
  'RUB',
  'UAH',
  'KZT',
] as const;
export type PayCurrency = (typeof PAY_CURRENCIES)[number];

const CURRENCY_SET: ReadonlySet<string> = new Set(PAY_CURRENCIES);
export function isPayCurrency(code: string): code is PayCurrency {
  return CURRENCY_SET.has(code);
}

/** Codes that are also words ("Ron", "try", "rub"): a code only in capitals. */
const CODES_THAT_ARE_WORDS: ReadonlySet<string> = new Set(['RON', 'TRY', 'RUB']);

/** The ISO code a word is, in any case ("1000usd/m"), but in capitals only where it is also a word ("Ron"). */
export function payCurrencyWord(raw: string): PayCurrency | null {
  if (raw.length !== 3) return null;
  const upper = raw.toUpperCase();
  if (!isPayCurrency(upper)) return null;
  return raw === upper || !CODES_THAT_ARE_WORDS.has(upper) ? upper : null;
}

/**
 * Currency names that are also common words in postings ("PHP developer", "TL" a team lead, "M.N." initials):
 * a currency only written against a figure ("PHP 25000", "35.000 TL", "$15,000 M.N.", Mexico's moneda
 * nacional). Keys as written; "php" and "m.n" in any case.
 */
export const CURRENCY_NEXT_TO_FIGURE = table<PayCurrency>({
  php: 'PHP',
  TL: 'TRY',
  'm.n': 'MXN',
});

/**
 * How a figure is judged, per currency, from local posting habits:
 * - `yearFrom`: with no period stated, a figure at or above this is annual (below it a US "$150" or "$5,000"
 *   could be an hourly, weekly or monthly figure, or a bonus: ambiguous, so not pay).
 * - `monthFrom`: where local postings state monthly pay in a range that cannot be annual (India: "₹25T";
 *   Poland and Czechia: "12 000 zł", "45 000 Kč" a year would be under the minimum wage; the euro area:
 *   "€2.000 brutto", "2000 € al mes", a year's under every euro country's minimum wage and a day's or an
 *   hour's that high not posted), figures from here up to `yearFrom` are monthly. null: no such convention,
 *   the figure is ambiguous.
 * - `monthFromCodeAfter`: the currency written as its code after the figure ("3000 USD", "8 000 – 12 000
 *   USD") is how postings outside its home write it, and those state monthly pay (Czech, Polish, Vietnamese
 *   postings in dollars): from here up to `yearFrom` such a figure is monthly. A bare "$3,000" stays ambiguous.
 * - `yearFrom` null: local postings commonly state monthly pay at the same magnitudes as annual pay
 *   (Brazil, Mexico, Israel, UAE), so a figure is only pay with its period stated.
 * - `floor` / `ceiling`: a year's worth of the figure (its stated or inferred period times the figure) below
 *   the floor is not a salary ("£450 a year": a fee, a perk, a typo); above the ceiling it is a funding
 *   round, a valuation or a typo ("$10,000,000 per year"). About a quarter of `yearFrom` and a few million
 *   dollars' worth.
 */
export interface CurrencyConvention {
  yearFrom: number | null;
  monthFrom: number | null;
  monthFromCodeAfter?: number;
  floor: number;
  ceiling: number;
}
export const CONVENTIONS: Record<PayCurrency, CurrencyConvention> = {
  USD: { yearFrom: 20_000, monthFrom: null, monthFromCodeAfter: 1_000, floor: 3_000, ceiling: 5_000_000 },
  EUR: { yearFrom: 12_000, monthFrom: 1_000, floor: 3_000, ceiling: 5_000_000 },
  GBP: { yearFrom: 15_000, monthFrom: null, floor: 3_500, ceiling: 5_000_000 },
  CAD: { yearFrom: 20_000, monthFrom: null, floor: 5_000, ceiling: 6_000_000 },
  AUD: { yearFrom: 20_000, monthFrom: null, floor: 5_000, ceiling: 7_000_000 },
  NZD: { yearFrom: 20_000, monthFrom: null, floor: 5_000, ceiling: 8_000_000 },
  SGD: { yearFrom: 40_000, monthFrom: null, floor: 6_000, ceiling: 6_000_000 },
  HKD: { yearFrom: 200_000, monthFrom: null, floor: 40_000, ceiling: 40_000_000 },
  CHF: { yearFrom: 30_000, monthFrom: null, floor: 5_000, ceiling: 5_000_000 },
  SEK: { yearFrom: 200_000, monthFrom: null, floor: 50_000, ceiling: 50_000_000 },
  NOK: { yearFrom: 200_000, monthFrom: null, floor: 50_000, ceiling: 50_000_000 },
  DKK: { yearFrom: 200_000, monthFrom: null, floor: 35_000, ceiling: 35_000_000 },
  PLN: { yearFrom: 60_000, monthFrom: 3_000, floor: 15_000, ceiling: 20_000_000 },
  CZK: { yearFrom: 600_000, monthFrom: 15_000, floor: 100_000, ceiling: 120_000_000 },
  HUF: { yearFrom: 10_000_000, monthFrom: null, floor: 1_500_000, ceiling: 2_000_000_000 },
  RON: { yearFrom: 100_000, monthFrom: null, floor: 15_000, ceiling: 25_000_000 },
  INR: { yearFrom: 100_000, monthFrom: 5_000, floor: 25_000, ceiling: 500_000_000 },
  JPY: { yearFrom: 2_000_000, monthFrom: null, floor: 500_000, ceiling: 800_000_000 },
  BRL: { yearFrom: null, monthFrom: null, floor: 10_000, ceiling: 30_000_000 },
  MXN: { yearFrom: null, monthFrom: null, floor: 25_000, ceiling: 100_000_000 },
  ZAR: { yearFrom: 200_000, monthFrom: null, floor: 25_000, ceiling: 100_000_000 },
  ILS: { yearFrom: null, monthFrom: null, floor: 15_000, ceiling: 20_000_000 },
  AED: { yearFrom: null, monthFrom: null, floor: 10_000, ceiling: 20_000_000 },
  // Postings in these state monthly pay (JobStreet, 104, hh.ru, work.ua, kariyer.net); an annual figure is
  // at least the yearFrom, which as a month's pay would be a rare executive's. monthFrom is about half to
  // two thirds of the monthly minimum wage (2025: TRY 26,005 gross; PHP ~14,000 in Manila; TWD 28,590;
  // RUB 22,440; UAH 8,000; KZT 85,000), as for PLN and CZK. TRY's bounds need revisiting as the lira inflates.
  TRY: { yearFrom: 1_000_000, monthFrom: 15_000, floor: 120_000, ceiling: 200_000_000 },
  PHP: { yearFrom: 400_000, monthFrom: 8_000, floor: 80_000, ceiling: 200_000_000 },
  TWD: { yearFrom: 400_000, monthFrom: 18_000, floor: 100_000, ceiling: 150_000_000 },
  RUB: { yearFrom: 1_000_000, monthFrom: 12_000, floor: 120_000, ceiling: 300_000_000 },
  UAH: { yearFrom: 600_000, monthFrom: 5_000, floor: 50_000, ceiling: 150_000_000 },
  KZT: { yearFrom: 5_000_000, monthFrom: 40_000, floor: 400_000, ceiling: 2_000_000_000 },
};

/**
 * What a currency mark names: a Pay currency; `dollar`, the dollar the page is in (a bare "$", "dollars"); an
 * ambiguous mark (see AMBIGUOUS_MARKS: "kr", "pesos", "¥"), which the posting's own currency or the text tells;
 * null, a currency Pay does not carry ("₩", "CNY"): named, so never read as another.
 */
export type CurrencyMark = PayCurrency | 'dollar' | AmbiguousMark | null;
export type AmbiguousMark = 'krone' | 'peso' | 'yen';

export const SYMBOLS = table<CurrencyMark>({
  $: 'dollar',
  '£': 'GBP',
  '€': 'EUR',
  '₹': 'INR',
  '₪': 'ILS',
  '¥': 'yen',
  '￥': 'yen',
  '₱': 'PHP',
  '₴': 'UAH',
  '₸': 'KZT',
  '₽': 'RUB',
  '₺': 'TRY',
  '₩': null,
  '₦': null,
  '฿': null,
  '₫': null,
});

/** Letters written straight before "$": "CA$250,000", "A$160,000", "R$ 12.000"; "NT$" is a dollar Pay lacks. */
export const DOLLAR_PREFIXES = table<PayCurrency | null>({
  us: 'USD',
  usd: 'USD',
  ca: 'CAD',
  c: 'CAD',
  cad: 'CAD',
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
  nt: 'TWD',
  rd: null,
  ar: null,
  cop: null,
  clp: null,
});

/** Currency words besides the ISO codes of PAY_CURRENCIES (matched lower-cased). */
export const CURRENCY_WORDS = table<CurrencyMark>({
  rs: 'INR',
  rupee: 'INR',
  rupees: 'INR',
  zł: 'PLN',
  zl: 'PLN',
  złotych: 'PLN',
  kč: 'CZK',
  euro: 'EUR',
  euros: 'EUR',
  pound: 'GBP',
  pounds: 'GBP',
  dollar: 'dollar',
  dollars: 'dollar',
  kr: 'krone',
  kroner: 'krone',
  kronor: 'SEK',
  ntd: 'TWD',
  台幣: 'TWD',
  新台幣: 'TWD',
  руб: 'RUB',
  рублей: 'RUB',
  рубля: 'RUB',
  рубль: 'RUB',
  грн: 'UAH',
  гривен: 'UAH',
  гривень: 'UAH',
  гривні: 'UAH',
  гривня: 'UAH',
  тенге: 'KZT',
  lira: 'TRY',
  peso: 'peso',
  pesos: 'peso',
  yen: 'JPY',
  иен: 'JPY',
  // Written against the figure ("250,000円"); Japanese text runs words together, so only where it stands alone.
  円: 'JPY',
  yuan: null,
  rmb: null,
  юань: null,
  юаней: null,
});

/** ISO codes of currencies Pay does not carry, in capitals as written: a figure in one of them is not read. */
export const FOREIGN_CODES: ReadonlySet<string> = new Set([
  'CNY',
  'RMB',
  'KRW',
  'PKR',
  'BDT',
  'LKR',
  'NGN',
  'KES',
  'EGP',
  'THB',
  'VND',
  'IDR',
  'MYR',
  'ARS',
  'CLP',
  'COP',
  'PEN',
  'SAR',
  'QAR',
  'KWD',
  'BGN',
  'ISK',
]);

/**
 * Words only one of the crown countries' languages writes: they tell which crown a bare "kr" is on a posting
 * whose own currency is none of them. Words the languages share ("per år", "måned" in Norwegian and Danish,
 * "lønnen") tell nothing.
 */
const CROWN_LANGUAGE_WORDS = table<PayCurrency>({
  lønn: 'NOK',
  årslønn: 'NOK',
  månedslønn: 'NOK',
  timelønn: 'NOK',
  grunnlønn: 'NOK',
  fastlønn: 'NOK',
  mnd: 'NOK',
  uke: 'NOK',
  lön: 'SEK',
  lönen: 'SEK',
  årslön: 'SEK',
  månadslön: 'SEK',
  timlön: 'SEK',
  grundlön: 'SEK',
  månad: 'SEK',
  månaden: 'SEK',
  mån: 'SEK',
  timme: 'SEK',
  vecka: 'SEK',
  løn: 'DKK',
  årsløn: 'DKK',
  månedsløn: 'DKK',
  timeløn: 'DKK',
  grundløn: 'DKK',
  uge: 'DKK',
});

/** Words that say which peso ("pesos mexicanos"); null, a peso Pay does not carry. */
const PESO_WORDS = table<PayCurrency | null>({
  mexicanos: 'MXN',
  mexicano: 'MXN',
  philippine: 'PHP',
  colombianos: null,
  argentinos: null,
  chilenos: null,
  uruguayos: null,
  dominicanos: null,
});

/** Japanese pay words tell the yen; Chinese ones the yuan, which Pay does not carry. */
const YEN_SIGN_WORDS = table<PayCurrency | null>({
  年収: 'JPY',
  月給: 'JPY',
  時給: 'JPY',
  日給: 'JPY',
  月薪: null,
  年薪: null,
  时薪: null,
  日薪: null,
  薪资: null,
  人民币: null,
});

/**
 * Marks that stand for one of several currencies, and what tells which: the posting's own currency when it is
 * one of `currencies`, else the text's `words` or a code of one of them written in it (null, or any currency
 * Pay does not carry named in it: none). With neither, the mark is read as nothing, except that a ¥ figure a
 * year's worth of which is at least `largeIn`'s yearFrom is in that currency: ¥2,000,000 a year is an
 * ordinary yen salary, and yuan pay only at the very top.
 */
export const AMBIGUOUS_MARKS: Record<
  AmbiguousMark,
  {
    currencies: ReadonlySet<PayCurrency>;
    words: ReadonlyMap<string, PayCurrency | null>;
    largeIn?: PayCurrency;
  }
> = {
  krone: { currencies: new Set(['SEK', 'NOK', 'DKK']), words: CROWN_LANGUAGE_WORDS },
  peso: { currencies: new Set(['MXN', 'PHP']), words: PESO_WORDS },
  yen: { currencies: new Set(['JPY']), words: YEN_SIGN_WORDS, largeIn: 'JPY' },
};

/** The Pay currency a mark stands for on a page whose bare "$" is `dollar` and whose own currency is `local`. */
export function resolveMark(
  mark: CurrencyMark,
  dollar: PayCurrency,
  local: PayCurrency | null,
): PayCurrency | null {
  if (mark === 'dollar') return dollar;
  if (mark === 'krone' || mark === 'peso' || mark === 'yen') {
    return local && AMBIGUOUS_MARKS[mark].currencies.has(local) ? local : null;
  }
  return mark;
}
