// The compare page's figures and codes in words, in the page's language.
import type { Level } from '../../data/schema';
import type { CompareTranslator } from '../../lib/extension/i18n/compare';
import type { LedgerImportProblem } from '../../lib/extension/ledger-file';
import type { LedgerEntry } from '../../lib/extension/ledger-schema';

/** Whole amounts in `currency`, as the locale writes them: "€150,000", "150.000 €". */
export function moneyIn(t: CompareTranslator, currency: string): (amount: number) => string {
  const format = new Intl.NumberFormat(t.locale, { style: 'currency', currency, maximumFractionDigits: 0 });
  return (amount) => format.format(amount);
}

/** Short amounts for an axis: "€150K", "150.000 €", "1,2 Mio. €". */
export function compactMoneyIn(t: CompareTranslator, currency: string): (amount: number) => string {
  const format = new Intl.NumberFormat(t.locale, {
    style: 'currency',
    currency,
    notation: 'compact',
    maximumFractionDigits: 1,
  });
  return (amount) => format.format(amount);
}

export function rangeIn(t: CompareTranslator, money: (amount: number) => string, low: number, high: number) {
  return low === high ? money(low) : t.t('pay.range', { low: money(low), high: money(high) });
}

/** "£150,000 – £190,000 a year", as posted. */
export function payText(t: CompareTranslator, entry: LedgerEntry): string {
  const { pay } = entry;
  if (!pay) return t.t('pay.notPosted');
  return t.t(`pay.${pay.period}`, { range: rangeIn(t, moneyIn(t, pay.currency), pay.min, pay.max) });
}

export function ageText(t: CompareTranslator, days: number): string {
  return days === 0 ? t.t('age.today') : t.t('age.daysAgo', { count: days });
}

export function levelText(t: CompareTranslator, level: Level): string {
  return t.t(`level.${level}`);
}

export function importProblemText(t: CompareTranslator, problem: LedgerImportProblem): string {
  switch (problem.code) {
    case 'not-json':
      return t.t('file.notJson');
    case 'foreign':
      return t.t('file.foreign');
    case 'newer':
      return t.t('file.newer', { version: problem.version });
    case 'damaged':
      return t.t('file.damaged', { where: problem.where, detail: problem.detail });
    case 'duplicate':
      return t.t('file.duplicate', { key: problem.key });
  }
}
