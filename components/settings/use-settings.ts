import { useCallback, useEffect, useState } from 'preact/hooks';
import type { Settings, SettingsPatch } from '../../lib/extension/settings';
import { getSettings, updateSettings, watchSettings } from '../../lib/extension/settings-store';

export interface SettingsHandle {
  /** null until the first read. */
  settings: Settings | null;
  /** A patch, or a function of the current settings for lists (add/remove without losing a concurrent change). */
  save: (change: SettingsPatch | ((current: Settings) => SettingsPatch)) => void;
  /** The last failed write, in words; cleared by the next successful one. */
  saveError: string | null;
}

/** Settings as stored, kept current from any context (the popup sees the options page's changes live). */
export function useSettings(): SettingsHandle {
  const [settings, setSettings] = useState<Settings | null>(null);
  const [saveError, setSaveError] = useState<string | null>(null);

  useEffect(() => {
    let live = true;
    const unwatch = watchSettings((next) => live && setSettings(next));
    void getSettings().then((first) => live && setSettings((seen) => seen ?? first));
    return () => {
      live = false;
      unwatch();
    };
  }, []);

  const save = useCallback((change: SettingsPatch | ((current: Settings) => SettingsPatch)) => {
    updateSettings(typeof change === 'function' ? change : () => change).then(
      (next) => {
        setSettings(next);
        setSaveError(null);
      },
      (error: unknown) => setSaveError(error instanceof Error ? error.message : String(error)),
    );
  }, []);

  return { settings, save, saveError };
}
