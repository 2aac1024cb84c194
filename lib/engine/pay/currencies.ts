// The currencies a Pay can carry, how each is written, and how big a year's pay in it can plausibly be.
import { table } from './table';

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

/** The ISO code a word is, in any case ("1000usd/m"), but in capitals only where it is also a word ("Ron"). */
export function payCurrencyWord(raw: string): PayCurrency | null {
  if (raw.length !== 3) return null;
  const upper = raw.toUpperCase();
  if (!isPayCurrency(upper)) return null;
  return raw === upper || upper !== 'RON' ? upper : null;
}

/**
 * How a figure is judged, per currency, from local posting habits:
 * - `yearFrom`: with no period stated, a figure at or above this is annual (below it a US "$150" or "$5,000"
 *   could be an hourly, weekly or monthly figure, or a bonus: ambiguous, so not pay).
 * - `monthFrom`: where local postings state monthly pay in a range that cannot be annual (India: "₹25T";
 *   Poland and Czechia: "12 000 zł", "45 000 Kč" a year would be under the minimum wage), figures from here
 *   up to `yearFrom` are monthly. null: no such convention, the figure is ambiguous.
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
  floor: number;
  ceiling: number;
}
export const CONVENTIONS: Record<PayCurrency, CurrencyConvention> = {
  USD: { yearFrom: 20_000, monthFrom: null, floor: 3_000, ceiling: 5_000_000 },
  EUR: { yearFrom: 12_000, monthFrom: null, floor: 3_000, ceiling: 5_000_000 },
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
};

/**
 * What a currency mark names: a Pay currency; `dollar`, the dollar the page is in (a bare "$", "dollars");
 * `krone`, the Scandinavian crown the posting's own currency says ("kr"); null, a currency Pay does not
 * carry ("NT$", "₱", "RUB"): named, so never read as another.
 */
export type CurrencyMark = PayCurrency | 'dollar' | 'krone' | null;

export const SYMBOLS = table<CurrencyMark>({
  $: 'dollar',
  '£': 'GBP',
  '€': 'EUR',
  '₹': 'INR',
  '₪': 'ILS',
  '¥': null,
  '₱': null,
  '₴': null,
  '₸': null,
  '₽': null,
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
  nt: null,
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
  pesos: null,
  yuan: null,
  rmb: null,
  рублей: null,
  руб: null,
  гривен: null,
  грн: null,
});

/** ISO codes of currencies Pay does not carry, in capitals as written: a figure in one of them is not read. */
export const FOREIGN_CODES: ReadonlySet<string> = new Set([
  'CNY',
  'RMB',
  'TWD',
  'NTD',
  'PHP',
  'RUB',
  'UAH',
  'KZT',
  'KRW',
  'PKR',
  'BDT',
  'LKR',
  'NGN',
  'KES',
  'EGP',
  'TRY',
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

const CROWNS: ReadonlySet<PayCurrency> = new Set(['SEK', 'NOK', 'DKK']);

/** The Pay currency a mark stands for on a page whose bare "$" is `dollar` and whose own currency is `local`. */
export function resolveMark(
  mark: CurrencyMark,
  dollar: PayCurrency,
  local: PayCurrency | null,
): PayCurrency | null {
  if (mark === 'dollar') return dollar;
  if (mark === 'krone') return local && CROWNS.has(local) ? local : null;
  return mark;
}
