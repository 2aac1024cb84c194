// The compare page's catalogues, one chunk per language, imported when that language is shown.
import { type CatalogueOf, type Translator, translatorLoader } from '../translate';
import type { en } from './en';

export type CompareSource = typeof en;
export type CompareCatalogue = CatalogueOf<CompareSource>;
export type CompareKey = keyof CompareSource;
export type CompareTranslator = Translator<CompareSource>;

export const loadCompareTranslator = translatorLoader<CompareSource>({
  en: () => import('./en').then((module) => module.en),
  de: () => import('./de').then((module) => module.de),
  fr: () => import('./fr').then((module) => module.fr),
  es: () => import('./es').then((module) => module.es),
});
