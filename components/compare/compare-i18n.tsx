// The compare page's words: the catalogue of the language the settings choose, provided to every component
// of the page; the page's title follows the language.
import { type CompareTranslator, loadCompareTranslator } from '../../lib/extension/i18n/compare';
import type { UiLanguage } from '../../lib/extension/i18n/locale';
import { useLoadedWords, wordsContext } from '../shared/words-context';

const compareWords = wordsContext<CompareTranslator>('compare page');

export const CompareI18nProvider = compareWords.Provider;
export const useCompareI18n = compareWords.useWords;

const titlePage = (words: CompareTranslator) => {
  document.title = words.t('page.title');
};

export function useCompareTranslator(uiLanguage: UiLanguage | undefined): CompareTranslator | null {
  return useLoadedWords(uiLanguage, loadCompareTranslator, titlePage);
}
