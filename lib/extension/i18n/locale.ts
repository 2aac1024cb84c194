// Which language the extension's own pages speak: the setting, else the browser's, else English.

/** The languages with a complete catalogue; the first is the source of every key. */
export const UI_LOCALES = ['en', 'de', 'fr', 'es'] as const;
export type UiLocale = (typeof UI_LOCALES)[number];

/** The setting: 'auto' follows the browser. */
export const UI_LANGUAGES = ['auto', ...UI_LOCALES] as const;
export type UiLanguage = (typeof UI_LANGUAGES)[number];

/** Each language by its own name, as language pickers show them whatever the page's language. */
export const LANGUAGE_ENDONYMS: Record<UiLocale, string> = {
  en: 'English',
  de: 'Deutsch',
  fr: 'Français',
  es: 'Español',
};

function isUiLocale(code: string): code is UiLocale {
  return (UI_LOCALES as readonly string[]).includes(code);
}

/** The chosen language, or with 'auto' the first browser language we have ('de-AT' -> 'de'); else English. */
export function resolveUiLocale(preference: UiLanguage, browserLanguages: readonly string[]): UiLocale {
  if (preference !== 'auto') return preference;
  for (const tag of browserLanguages) {
    const language = tag.split('-')[0]?.toLowerCase() ?? '';
    if (isUiLocale(language)) return language;
  }
  return 'en';
}
