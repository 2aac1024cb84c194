// Lens -> background: inject the panel's words in this language (entrypoints/panel-words-<locale>.ts). The
// lens sends the plain value; the background parses it with this schema.
import { z } from 'zod';
import { UI_LOCALES, type UiLocale } from '../locale';

export const LoadPanelWordsMessage = z.object({
  type: z.literal('load-panel-words'),
  locale: z.enum(UI_LOCALES),
});
export type LoadPanelWordsMessage = z.infer<typeof LoadPanelWordsMessage>;

/** The script that publishes `locale`'s words, as the build names it. */
export function panelWordsScript(locale: UiLocale): `/panel-words-${UiLocale}.js` {
  return `/panel-words-${locale}.js`;
}
