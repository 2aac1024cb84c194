// The settings in browser storage (sync area, one item). Every read passes parseSettings, so no caller
// ever sees a corrupted or older shape; every write is a validated patch.
//
// Lost updates: writes from this context run one after another (read, merge only the patched fields,
// write), so two setSettings calls at once both land. The race that remains is between contexts (popup,
// options page, content script, background): if two of them read before either writes, the second write
// rewrites the whole item with the first one's field as it was before. The window is one storage round
// trip and the writers are user actions in different windows; storage has no compare-and-set to close it.
import { storage } from '@wxt-dev/storage';
import {
  applySettingsPatch,
  DEFAULT_SETTINGS,
  parseSettings,
  portable,
  SETTINGS_MIGRATIONS,
  SETTINGS_VERSION,
  type Settings,
  type SettingsPatch,
} from './settings';

/** Typed unknown: what storage holds is only trusted after parseSettings. */
export const settingsItem = storage.defineItem<unknown>('sync:settings', {
  version: SETTINGS_VERSION,
  migrations: SETTINGS_MIGRATIONS,
  fallback: DEFAULT_SETTINGS,
});

export async function getSettings(): Promise<Settings> {
  return parseSettings(await settingsItem.getValue());
}

let writes: Promise<unknown> = Promise.resolve();

/**
 * Read-modify-write, queued behind this context's earlier writes. `change` sees the settings as they are
 * now (not as the caller last saw them), so adding to a list never drops a concurrent addition.
 * Rejects, writing nothing, when the patch holds a bad value.
 */
export function updateSettings(change: (current: Settings) => SettingsPatch): Promise<Settings> {
  const write = writes.then(async () => {
    const current = await getSettings();
    const result = applySettingsPatch(current, change(current));
    if (!result.ok) throw new Error(result.error);
    await settingsItem.setValue(result.settings);
    return result.settings;
  });
  writes = write.catch(() => undefined);
  return write;
}

export function setSettings(patch: SettingsPatch): Promise<Settings> {
  return updateSettings(() => patch);
}

/** Calls back with parsed settings on every change, from any context. Returns the unwatch function. */
export function watchSettings(callback: (settings: Settings) => void): () => void {
  return settingsItem.watch((value) => callback(parseSettings(value)));
}

/** Everything back to defaults except the origins this browser granted (the permissions stay granted). */
export function resetSettings(): Promise<Settings> {
  return setSettings(portable(DEFAULT_SETTINGS));
}

export function addGrantedOrigin(origin: string): Promise<Settings> {
  return updateSettings((current) => ({
    grantedOrigins: current.grantedOrigins.includes(origin)
      ? current.grantedOrigins
      : [...current.grantedOrigins, origin],
  }));
}

export function removeGrantedOrigin(origin: string): Promise<Settings> {
  return updateSettings((current) => ({
    grantedOrigins: current.grantedOrigins.filter((o) => o !== origin),
  }));
}
