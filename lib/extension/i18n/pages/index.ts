// The popup's and options page's catalogues. Each language is a chunk of its own, imported when it is shown,
// so a page carries only the words it speaks (the content script's panel will get a surface of its own).
import { type CatalogueOf, type Translator, translatorLoader } from '../translate';
import type { en } from './en';

export type PagesSource = typeof en;
export type PagesCatalogue = CatalogueOf<PagesSource>;
export type PagesKey = keyof PagesSource;
export type PagesTranslator = Translator<PagesSource>;

export const loadPagesTranslator = translatorLoader<PagesSource>({
  en: () => import('./en').then((module) => module.en),
  de: () => import('./de').then((module) => module.de),
  fr: () => import('./fr').then((module) => module.fr),
  es: () => import('./es').then((module) => module.es),
});
