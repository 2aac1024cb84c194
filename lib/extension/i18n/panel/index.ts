// The panel's and the list chips' words. The lens carries none of them: each language is a script of its own
// (entrypoints/panel-words-<locale>.ts) that the background injects beside the lens and that leaves its
// catalogue in the slot below; the lens builds its translator from what it finds there.
import type { UiLocale } from '../locale';
import { type CatalogueOf, createTranslator, type Translator } from '../translate';
import type { en } from './en';

export type PanelSource = typeof en;
export type PanelCatalogue = CatalogueOf<PanelSource>;
export type PanelKey = keyof PanelSource;

export interface PanelWords extends Translator<PanelSource> {
  /** "$280K", "280.000 $", "280 k $US": compact from a thousand up (unless `full`), cents only where there
   *  are some. */
  money(amount: number, currency: string, full?: boolean): string;
  /** A country by its code in the locale ("DE" -> "Deutschland"); other regions by the catalogue or the
   *  data's own (English) name. */
  regionName(id: string, dataName: string): string;
}

/** The product's name: a brand, the same in every language. */
export const PRODUCT_NAME = 'AI Leadership Lens';

const COUNTRY_CODE = /^[A-Z]{2}$/;

export function createPanelWords(locale: UiLocale, catalogue: PanelCatalogue): PanelWords {
  const translator = createTranslator<PanelSource>(locale, catalogue);
  // A formatter is costly to make and a panel prints dozens of figures: one per shape, kept.
  const formats = new Map<string, Intl.NumberFormat>();
  const format = (currency: string, compact: boolean, fraction: number) => {
    const key = `${currency}|${compact}|${fraction}`;
    let made = formats.get(key);
    if (!made) {
      made = new Intl.NumberFormat(locale, {
        style: 'currency',
        currency,
        notation: compact ? 'compact' : 'standard',
        minimumFractionDigits: 0,
        maximumFractionDigits: fraction,
      });
      formats.set(key, made);
    }
    return made;
  };
  let countries: Intl.DisplayNames | null = null;
  return {
    ...translator,
    money(amount, currency, full = false) {
      if (!Number.isFinite(amount)) return '—';
      const size = Math.abs(amount);
      try {
        if (size >= 1000 && !full)
          return format(currency, true, size < 10_000 || size >= 1e6 ? 1 : 0).format(amount);
        return format(currency, false, Number.isInteger(Math.round(size * 100) / 100) ? 0 : 2).format(amount);
      } catch {
        // A code Intl refuses (a hand-edited setting): the figure with the code before it.
        return `${currency} ${translator.number(amount, { maximumFractionDigits: 2 })}`;
      }
    },
    regionName(id, dataName) {
      if (id === 'EUROPE' || id === 'REMOTE') return translator.t(`region.${id}`);
      if (!COUNTRY_CODE.test(id)) return dataName;
      countries ??= new Intl.DisplayNames(locale, { type: 'region', fallback: 'none' });
      return countries.of(id) ?? dataName;
    },
  };
}
