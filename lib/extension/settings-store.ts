// The settings in browser storage (sync area, one item). Every read passes parseSettings, so no caller
// ever sees a corrupted or older shape; every write is a validated patch.
//
// Lost updates: a write reads, merges only the patched fields, and writes the whole item, so two writers
// that both read before either writes would drop one change. Storage has no compare-and-set, so writes take
// turns instead: the extension's own pages and its background share one origin and so one Web Locks
// manager, and each read-modify-write holds the settings lock. Content scripts run in the page's origin
// (a page could hold a lock of that name forever), so they never write here: they send their patch to the
// background (SettingsPatchMessage), which writes it under the lock.
import { storage } from '@wxt-dev/storage';
import {
  applySettingsPatch,
  DEFAULT_SETTINGS,
  parseSettings,
  portable,
  SETTINGS_MIGRATIONS,
  SETTINGS_STORAGE_KEY,
  SETTINGS_VERSION,
  type Settings,
  type SettingsPatch,
} from './settings';

/** Typed unknown: what storage holds is only trusted after parseSettings. */
export const settingsItem = storage.defineItem<unknown>(`sync:${SETTINGS_STORAGE_KEY}`, {
  version: SETTINGS_VERSION,
  migrations: SETTINGS_MIGRATIONS,
  fallback: DEFAULT_SETTINGS,
});

export async function getSettings(): Promise<Settings> {
  return parseSettings(await settingsItem.getValue());
}

const SETTINGS_LOCK = 'ai-leadership-lens-settings';
/** Where a context has no Web Locks (tests), its own writes still take turns. */
let writes: Promise<unknown> = Promise.resolve();

function oneAtATime<T>(task: () => Promise<T>): Promise<T> {
  const locks = globalThis.navigator?.locks;
  // request() resolves with what the callback's promise resolves with; lib.dom types it one level too deep.
  if (locks) return locks.request(SETTINGS_LOCK, task) as unknown as Promise<T>;
  const turn = writes.then(task);
  writes = turn.catch(() => undefined);
  return turn;
}

/**
 * Read-modify-write under the settings lock. `change` sees the settings as they are now (not as the caller
 * last saw them), so adding to a list never drops a concurrent addition. Rejects, writing nothing, when the
 * patch holds a bad value.
 */
export function updateSettings(change: (current: Settings) => SettingsPatch): Promise<Settings> {
  return oneAtATime(async () => {
    const current = await getSettings();
    const result = applySettingsPatch(current, change(current));
    if (!result.ok) throw new Error(result.error);
    await settingsItem.setValue(result.settings);
    return result.settings;
  });
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
