// Converts between currencies with the bundled ECB reference rates (units per 1 EUR) and formats amounts
// for compact display. Formatting is done by hand so every browser shows the same "$280K".
import type { RatesFile } from '../../data/schema';

/** Units of `code` per one unit of the rates' base (EUR), or null when the file has no usable rate. */
function rateOf(code: string, rates: RatesFile): number | null {
  if (code === rates.base) return 1;
  if (!Object.hasOwn(rates.rates, code)) return null;
  const rate = rates.rates[code];
  return typeof rate === 'number' && Number.isFinite(rate) && rate > 0 ? rate : null;
}

/** `amount` in `from` expressed in `to`, crossed through EUR: amount x (rate_to / rate_from). */
export function convert(amount: number, from: string, to: string, rates: RatesFile): number | null {
  if (!Number.isFinite(amount)) return null;
  const fromRate = rateOf(from, rates);
  const toRate = rateOf(to, rates);
  if (fromRate === null || toRate === null) return null;
  return from === to ? amount : amount * (toRate / fromRate);
}

const SYMBOLS: Record<string, string> = {
  USD: '$',
  GBP: '£',
  EUR: '€',
  INR: '₹',
  JPY: '¥',
  ILS: '₪',
  CAD: 'CA$',
  AUD: 'A$',
  NZD: 'NZ$',
  SGD: 'S$',
  HKD: 'HK$',
  BRL: 'R$',
  MXN: 'MX$',
};

export interface FormatOptions {
  /** "$280K" / "£1.2M" (default) or the full figure "$280,000". */
  compact?: boolean;
}

/** "$280K", "£1.2M", "€180K", "$27.85", "CHF 120K"; the full figure with `compact: false`. */
export function formatMoney(amount: number, currency: string, opts: FormatOptions = {}): string {
  if (!Number.isFinite(amount)) return '—';
  const symbol = Object.hasOwn(SYMBOLS, currency) ? SYMBOLS[currency] : `${currency} `;
  const sign = amount < 0 ? '-' : '';
  const figure = opts.compact === false ? fullFigure(Math.abs(amount)) : compactFigure(Math.abs(amount));
  return `${sign}${symbol}${figure}`;
}

function compactFigure(n: number): string {
  const thousands = n < 10_000 ? Math.round(n / 100) / 10 : Math.round(n / 1000);
  if (n >= 1e6 || thousands >= 1000) return `${trimZero((Math.round(n / 1e5) / 10).toFixed(1))}M`;
  if (n >= 1000) return `${trimZero(thousands.toFixed(1))}K`;
  return plainFigure(n);
}

function fullFigure(n: number): string {
  const [whole = '0', cents] = plainFigure(n).split('.');
  const grouped = whole.replace(/\B(?=(\d{3})+$)/g, ',');
  return cents === undefined ? grouped : `${grouped}.${cents}`;
}

/** Whole numbers without decimals, others with two ("27.85"). */
function plainFigure(n: number): string {
  const cents = Math.round(n * 100);
  return cents % 100 === 0 ? String(cents / 100) : (cents / 100).toFixed(2);
}

const trimZero = (s: string) => (s.endsWith('.0') ? s.slice(0, -2) : s);
