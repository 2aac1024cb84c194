// The popup's and options page's catalogues. Each language is a chunk of its own, imported when it is shown,
// so a page carries only the words it speaks (the content script's panel will get a surface of its own).
import type { UiLocale } from '../locale';
import { type CatalogueOf, createTranslator, type Translator } from '../translate';
import type { en } from './en';

export type PagesSource = typeof en;
export type PagesCatalogue = CatalogueOf<PagesSource>;
export type PagesKey = keyof PagesSource;
export type PagesTranslator = Translator<PagesSource>;

const LOADERS: Record<UiLocale, () => Promise<PagesCatalogue>> = {
  en: () => import('./en').then((module) => module.en),
  de: () => import('./de').then((module) => module.de),
  fr: () => import('./fr').then((module) => module.fr),
  es: () => import('./es').then((module) => module.es),
};

export async function loadPagesTranslator(locale: UiLocale): Promise<PagesTranslator> {
  return createTranslator<PagesSource>(locale, await LOADERS[locale]());
}
