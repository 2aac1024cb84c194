// One context per surface's words (the panel's, the popup's and options page's, the compare page's): a provider
// at the surface's root, a hook below it, and for the extension's pages a hook that loads the catalogue the
// settings choose. A page renders once its catalogue has loaded.
import { type ComponentChildren, createContext } from 'preact';
import { useContext, useEffect, useState } from 'preact/hooks';
import { resolveUiLocale, type UiLanguage, type UiLocale } from '../../lib/extension/i18n/locale';

export function wordsContext<Words>(surface: string) {
  const Context = createContext<Words | null>(null);
  return {
    Provider({ value, children }: { value: Words; children: ComponentChildren }) {
      return <Context.Provider value={value}>{children}</Context.Provider>;
    },
    useWords(): Words {
      const words = useContext(Context);
      if (!words) throw new Error(`the ${surface} words used outside their provider`);
      return words;
    },
  };
}

/**
 * The catalogue for the setting (undefined while settings load), null until it is in. Sets <html lang> so
 * screen readers and hyphenation follow, then `onLoaded` (a page's title, say).
 */
export function useLoadedWords<Words extends { locale: UiLocale }>(
  uiLanguage: UiLanguage | undefined,
  load: (locale: UiLocale) => Promise<Words>,
  onLoaded?: (words: Words) => void,
): Words | null {
  const [words, setWords] = useState<Words | null>(null);
  useEffect(() => {
    if (uiLanguage === undefined) return;
    let live = true;
    void load(resolveUiLocale(uiLanguage, navigator.languages)).then((loaded) => {
      if (!live) return;
      document.documentElement.lang = loaded.locale;
      onLoaded?.(loaded);
      setWords(loaded);
    });
    return () => {
      live = false;
    };
    // `load` and `onLoaded` are module-level functions of each page: the language alone decides a reload.
  }, [uiLanguage]);
  return words;
}
