// The compare page's catalogues, one chunk per language, imported when that language is shown.
import type { UiLocale } from '../locale';
import { type CatalogueOf, createTranslator, type Translator } from '../translate';
import type { en } from './en';

export type CompareSource = typeof en;
export type CompareCatalogue = CatalogueOf<CompareSource>;
export type CompareKey = keyof CompareSource;
export type CompareTranslator = Translator<CompareSource>;

const LOADERS: Record<UiLocale, () => Promise<CompareCatalogue>> = {
  en: () => import('./en').then((module) => module.en),
  de: () => import('./de').then((module) => module.de),
  fr: () => import('./fr').then((module) => module.fr),
  es: () => import('./es').then((module) => module.es),
};

export async function loadCompareTranslator(locale: UiLocale): Promise<CompareTranslator> {
  return createTranslator<CompareSource>(locale, await LOADERS[locale]());
}
