// The panel's words, provided once at its root (components/panel/Panel.tsx) to every part below it.
import type { PanelWords } from '../../lib/extension/i18n/panel';
import { wordsContext } from '../shared/words-context';

const panelWords = wordsContext<PanelWords>('panel');

export const PanelWordsProvider = panelWords.Provider;
export const usePanelWords = panelWords.useWords;

/** Bundled data text and the engine's own sentences are English in every language (lib/extension/i18n/panel/en.ts). */
export const DATA_LANG = 'en';
