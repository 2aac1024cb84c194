// The popup's and options page's words: the catalogue of the language the settings choose, provided to every
// component below the page.
import type { UiLanguage } from '../../lib/extension/i18n/locale';
import { loadPagesTranslator, type PagesTranslator } from '../../lib/extension/i18n/pages';
import { useLoadedWords, wordsContext } from '../shared/words-context';

const pagesWords = wordsContext<PagesTranslator>('popup and options page');

export const I18nProvider = pagesWords.Provider;
export const useI18n = pagesWords.useWords;

export function usePagesTranslator(uiLanguage: UiLanguage | undefined): PagesTranslator | null {
  return useLoadedWords(uiLanguage, loadPagesTranslator);
}
