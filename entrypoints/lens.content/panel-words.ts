// The panel's and the chips' words in the lens. The lens carries no language: the background injects the
// words of the settings' language beside it (entrypoints/panel-words-<locale>.ts); where it did not (a
// careers site the user enabled runs the lens directly, or the language changed since), the lens asks for
// them. A language whose words do not come falls back to English.
import { browser } from 'wxt/browser';
import { resolveUiLocale, type UiLocale } from '../../lib/extension/i18n/locale';
import { createPanelWords, type PanelCatalogue, type PanelWords } from '../../lib/extension/i18n/panel';
import type { LoadPanelWordsMessage } from '../../lib/extension/i18n/panel/message';
import { publishedPanelWords } from '../../lib/extension/i18n/panel/slot';
import type { Settings } from '../../lib/extension/settings';
import { recordError } from './error-boundary';

let current: PanelWords | null = null;

/** The setting's language, or with 'auto' the browser's (as the popup and the options page decide it). */
export function panelLocale(settings: Settings): UiLocale {
  return resolveUiLocale(settings.uiLanguage, navigator.languages);
}

async function catalogueFor(locale: UiLocale): Promise<PanelCatalogue> {
  const published = publishedPanelWords(locale);
  if (published) return published;
  const message: LoadPanelWordsMessage = { type: 'load-panel-words', locale };
  await browser.runtime.sendMessage(message);
  const loaded = publishedPanelWords(locale);
  if (!loaded) throw new Error(`panel-words-${locale}.js did not publish its words`);
  return loaded;
}

/** The language asked for last: words that come after another was asked for are not taken. */
let wanted: UiLocale | null = null;

/** The words of the settings' language, loaded once; from then on what panelWords() returns. */
export async function loadPanelWords(settings: Settings): Promise<PanelWords> {
  const locale = panelLocale(settings);
  wanted = locale;
  if (current?.locale === locale) return current;
  let words: PanelWords;
  try {
    words = createPanelWords(locale, await catalogueFor(locale));
  } catch (error) {
    if (locale === 'en') throw error;
    recordError('panel-words', error);
    words = createPanelWords('en', await catalogueFor('en'));
  }
  // Switched again (German, then back to English) while these loaded: the later choice stands.
  if (wanted === locale || current === null) current = words;
  return current;
}

/** The words loaded last. The lens loads them before it draws anything. */
export function panelWords(): PanelWords {
  if (!current) throw new Error('panelWords() before loadPanelWords()');
  return current;
}
