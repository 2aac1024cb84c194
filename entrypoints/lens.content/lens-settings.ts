// The settings as the lens reads them: straight from the browser's storage (the item lib/extension/settings-store.ts
// keeps), through the zod-free reader. The lens never writes settings; the background does (settings-store.ts says why).
import { browser } from 'wxt/browser';
import type { Settings } from '../../lib/extension/settings';
import { readSettings } from '../../lib/extension/settings-reader';
import { SETTINGS_STORAGE_KEY } from '../../lib/extension/settings-values';

export async function getSettings(): Promise<Settings> {
  const stored = await browser.storage.sync.get(SETTINGS_STORAGE_KEY);
  return readSettings(stored[SETTINGS_STORAGE_KEY]);
}

/** Calls back with the settings read afresh on every change, from any context. Returns the unwatch function. */
export function watchSettings(callback: (settings: Settings) => void): () => void {
  const onChanged = (changes: Record<string, { newValue?: unknown }>) => {
    const change = changes[SETTINGS_STORAGE_KEY];
    if (change) callback(readSettings(change.newValue));
  };
  browser.storage.sync.onChanged.addListener(onChanged);
  return () => browser.storage.sync.onChanged.removeListener(onChanged);
}
