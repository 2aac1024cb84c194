// The compare page's words: the catalogue of the language the settings choose, provided to every component
// of the page. The page renders once its catalogue has loaded.
import { type ComponentChildren, createContext } from 'preact';
import { useContext, useEffect, useState } from 'preact/hooks';
import { type CompareTranslator, loadCompareTranslator } from '../../lib/extension/i18n/compare';
import { resolveUiLocale, type UiLanguage } from '../../lib/extension/i18n/locale';

const CompareI18n = createContext<CompareTranslator | null>(null);

export function CompareI18nProvider({
  value,
  children,
}: {
  value: CompareTranslator;
  children: ComponentChildren;
}) {
  return <CompareI18n.Provider value={value}>{children}</CompareI18n.Provider>;
}

export function useCompareI18n(): CompareTranslator {
  const translator = useContext(CompareI18n);
  if (!translator) throw new Error('useCompareI18n() outside a <CompareI18nProvider>');
  return translator;
}

/**
 * The translator for the setting (undefined while settings load), null until its catalogue is in. Sets
 * <html lang> and the page's title.
 */
export function useCompareTranslator(uiLanguage: UiLanguage | undefined): CompareTranslator | null {
  const [translator, setTranslator] = useState<CompareTranslator | null>(null);
  useEffect(() => {
    if (uiLanguage === undefined) return;
    let live = true;
    void loadCompareTranslator(resolveUiLocale(uiLanguage, navigator.languages)).then((loaded) => {
      if (!live) return;
      document.documentElement.lang = loaded.locale;
      document.title = loaded.t('page.title');
      setTranslator(loaded);
    });
    return () => {
      live = false;
    };
  }, [uiLanguage]);
  return translator;
}
