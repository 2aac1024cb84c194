// The popup's and options page's words: the catalogue of the language the settings choose, provided to every
// component below the page. A page renders once its catalogue has loaded.
import { type ComponentChildren, createContext } from 'preact';
import { useContext, useEffect, useState } from 'preact/hooks';
import { resolveUiLocale, type UiLanguage } from '../../lib/extension/i18n/locale';
import { loadPagesTranslator, type PagesTranslator } from '../../lib/extension/i18n/pages';

const PagesI18n = createContext<PagesTranslator | null>(null);

export function I18nProvider({ value, children }: { value: PagesTranslator; children: ComponentChildren }) {
  return <PagesI18n.Provider value={value}>{children}</PagesI18n.Provider>;
}

export function useI18n(): PagesTranslator {
  const translator = useContext(PagesI18n);
  if (!translator) throw new Error('useI18n() outside an <I18nProvider>');
  return translator;
}

/**
 * The translator for the setting (undefined while settings load), null until its catalogue is in. Sets
 * <html lang> so screen readers and hyphenation follow.
 */
export function usePagesTranslator(uiLanguage: UiLanguage | undefined): PagesTranslator | null {
  const [translator, setTranslator] = useState<PagesTranslator | null>(null);
  useEffect(() => {
    if (uiLanguage === undefined) return;
    let live = true;
    void loadPagesTranslator(resolveUiLocale(uiLanguage, navigator.languages)).then((loaded) => {
      if (!live) return;
      document.documentElement.lang = loaded.locale;
      setTranslator(loaded);
    });
    return () => {
      live = false;
    };
  }, [uiLanguage]);
  return translator;
}
