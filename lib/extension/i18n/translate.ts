// Bundled UI catalogues and the t() that reads them. browser.i18n follows the browser's language and cannot
// be switched at run time, so the extension's pages carry catalogues of their own: one file per language and
// surface (pages/ for the popup and options page), each loaded only when its language is shown.
import type { UiLocale } from './locale';

/** A message that depends on a number: a form per plural category the language uses, `other` always. */
export type PluralMessage = { readonly other: string } & {
  readonly [Category in Intl.LDMLPluralRule]?: string;
};
export type Message = string | PluralMessage;

/** The English catalogue is the source of keys; every other language must match it key for key. */
export type CatalogueOf<Source extends Record<string, Message>> = {
  readonly [Key in keyof Source]: Source[Key] extends string ? string : PluralMessage;
};

/** 'Moved to {x}, {y}' -> 'x' | 'y'. */
type PlaceholdersOf<Text> = Text extends `${string}{${infer Name}}${infer Rest}`
  ? Name | PlaceholdersOf<Rest>
  : never;

type ParamsOf<M> = M extends string
  ? PlaceholdersOf<M>
  : { [Form in keyof M]: PlaceholdersOf<M[Form]> }[keyof M];

/** A message's arguments: none, or a value per placeholder; a plural message also takes its count. */
type ArgsOf<M> = M extends string
  ? [ParamsOf<M>] extends [never]
    ? []
    : [params: Record<ParamsOf<M>, string | number>]
  : [params: Record<ParamsOf<M>, string | number> & { count: number }];

export interface Translator<Source extends Record<string, Message>> {
  readonly locale: UiLocale;
  t<Key extends keyof Source & string>(key: Key, ...args: ArgsOf<Source[Key]>): string;
  /** In the locale's digits and separators (percent: `{ style: 'percent' }`). */
  number(value: number, options?: Intl.NumberFormatOptions): string;
  /** A data date as precise as it is: '2025', '2024-06' (month and year) or '2026-01-02' (the day). */
  date(isoDate: string): string;
  /** 'EUR' -> 'Euro' ('euro' in French); the code itself where the browser has no name for it. */
  currencyName(code: string): string;
}

const ISO_DATE = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

function formatDate(locale: UiLocale, isoDate: string): string {
  const parts = ISO_DATE.exec(isoDate);
  if (!parts) return isoDate;
  const [, year, month, day] = parts;
  if (month === undefined) return year ?? isoDate;
  const when = new Date(Date.UTC(Number(year), Number(month) - 1, Number(day ?? 1)));
  const options: Intl.DateTimeFormatOptions =
    day === undefined ? { year: 'numeric', month: 'short' } : { dateStyle: 'medium' };
  return new Intl.DateTimeFormat(locale, { ...options, timeZone: 'UTC' }).format(when);
}

/** A surface's loader: each language's catalogue a chunk of its own, imported when that language is shown. */
export function translatorLoader<Source extends Record<string, Message>>(
  catalogues: Record<UiLocale, () => Promise<CatalogueOf<Source>>>,
): (locale: UiLocale) => Promise<Translator<Source>> {
  return async (locale) => createTranslator<Source>(locale, await catalogues[locale]());
}

export function createTranslator<Source extends Record<string, Message>>(
  locale: UiLocale,
  catalogue: CatalogueOf<Source>,
): Translator<Source> {
  const plurals = new Intl.PluralRules(locale);
  const number = (value: number, options?: Intl.NumberFormatOptions) =>
    new Intl.NumberFormat(locale, options).format(value);
  const fill = (text: string, params: Record<string, string | number>) =>
    text.replace(/\{(\w+)\}/g, (whole, name: string) => {
      const value = params[name];
      if (value === undefined) return whole;
      return typeof value === 'number' ? number(value) : value;
    });
  return {
    locale,
    t(key, ...args) {
      const message: Message = catalogue[key];
      const params: Record<string, string | number> = args[0] ?? {};
      if (typeof message === 'string') return fill(message, params);
      const count = Number(params.count);
      return fill(message[plurals.select(count)] ?? message.other, params);
    },
    number,
    date: (isoDate) => formatDate(locale, isoDate),
    currencyName(code) {
      try {
        return new Intl.DisplayNames(locale, { type: 'currency', fallback: 'code' }).of(code) ?? code;
      } catch {
        // A malformed code (a hand-edited setting) is a RangeError.
        return code;
      }
    },
  };
}
