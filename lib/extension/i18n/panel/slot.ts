// Where a panel-words script leaves its catalogue for the lens. Both run in the same isolated world of the
// same frame (injected by the background), so a global there is private to the extension.
import type { UiLocale } from '../locale';
import type { PanelCatalogue } from '.';

const SLOT = Symbol.for('ai-leadership-lens/panel-words');

type Slot = Partial<Record<UiLocale, PanelCatalogue>>;

const slot = (): Slot => {
  const world = globalThis as { [SLOT]?: Slot };
  world[SLOT] ??= {};
  return world[SLOT];
};

export function publishPanelWords(locale: UiLocale, catalogue: PanelCatalogue): void {
  slot()[locale] = catalogue;
}

export function publishedPanelWords(locale: UiLocale): PanelCatalogue | null {
  return slot()[locale] ?? null;
}
