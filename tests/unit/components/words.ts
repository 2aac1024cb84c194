// The panel's words for the component tests: each language's real catalogue, as the lens would build them.
import type { UiLocale } from '../../../lib/extension/i18n/locale';
import { createPanelWords, type PanelCatalogue, type PanelWords } from '../../../lib/extension/i18n/panel';
import { de } from '../../../lib/extension/i18n/panel/de';
import { en } from '../../../lib/extension/i18n/panel/en';
import { es } from '../../../lib/extension/i18n/panel/es';
import { fr } from '../../../lib/extension/i18n/panel/fr';

export const PANEL_CATALOGUES: Record<UiLocale, PanelCatalogue> = { en, de, fr, es };

export const english: PanelWords = createPanelWords('en', en);

export function panelWordsIn(locale: UiLocale): PanelWords {
  return createPanelWords(locale, PANEL_CATALOGUES[locale]);
}
