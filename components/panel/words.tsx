// The panel's words, provided once at its root (components/panel/Panel.tsx) to every part below it.
import { type ComponentChildren, createContext } from 'preact';
import { useContext } from 'preact/hooks';
import type { PanelWords } from '../../lib/extension/i18n/panel';

const PanelWordsContext = createContext<PanelWords | null>(null);

export function PanelWordsProvider({ value, children }: { value: PanelWords; children: ComponentChildren }) {
  return <PanelWordsContext.Provider value={value}>{children}</PanelWordsContext.Provider>;
}

export function usePanelWords(): PanelWords {
  const words = useContext(PanelWordsContext);
  if (!words) throw new Error('usePanelWords() outside a <PanelWordsProvider>');
  return words;
}

/** Bundled data text and the engine's own sentences are English in every language (lib/extension/i18n/panel/en.ts). */
export const DATA_LANG = 'en';
