import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { DEFAULT_SETTINGS, SETTINGS_VERSION, type Settings } from '../../lib/extension/settings';
import {
  addGrantedOrigin,
  getSettings,
  removeGrantedOrigin,
  resetSettings,
  setSettings,
  settingsItem,
  updateSettings,
  watchSettings,
} from '../../lib/extension/settings-store';

async function stored(): Promise<{ value: unknown; meta: unknown }> {
  const all = await fakeBrowser.storage.sync.get(['settings', 'settings$']);
  return { value: all.settings, meta: all.settings$ };
}

beforeEach(() => {
  fakeBrowser.reset();
});

describe('reading', () => {
  it('gives the defaults when nothing is stored', async () => {
    expect(await getSettings()).toEqual(DEFAULT_SETTINGS);
  });

  it('passes whatever is stored through parseSettings', async () => {
    await fakeBrowser.storage.sync.set({
      settings: { enabled: 'no', theme: 'dark', junk: 1 },
      settings$: { v: 2 },
    });
    const settings = await getSettings();
    expect(settings.enabled).toBe(true);
    expect(settings.theme).toBe('dark');
    expect(settings).not.toHaveProperty('junk');
  });

  it('survives a string where the object belongs', async () => {
    await fakeBrowser.storage.sync.set({ settings: 'corrupted', settings$: { v: 2 } });
    expect(await getSettings()).toEqual(DEFAULT_SETTINGS);
  });
});

describe('storage migration', () => {
  it('migrates a stored v1 value (no version meta) to v2 and records the version', async () => {
    await fakeBrowser.storage.sync.set({
      settings: { enabled: false, showSalary: false, showSkills: true, currency: 'GBP' },
    });
    await settingsItem.migrate();
    const { value, meta } = await stored();
    expect(meta).toEqual({ v: SETTINGS_VERSION });
    expect(value).toEqual({
      enabled: false,
      sections: { salary: false, checklist: true },
      displayCurrency: 'GBP',
    });
    const settings = await getSettings();
    expect(settings.sections.salary).toBe(false);
    expect(settings.displayCurrency).toBe('GBP');
  });

  it('leaves a value already at v2 untouched', async () => {
    const current = { ...DEFAULT_SETTINGS, theme: 'dark' };
    await fakeBrowser.storage.sync.set({ settings: current, settings$: { v: 2 } });
    await settingsItem.migrate();
    expect((await stored()).value).toEqual(current);
  });

  it('a v2 value that lost its version meta (storage cleared while running) survives a v1 -> v2 pass', async () => {
    const current = {
      ...DEFAULT_SETTINGS,
      displayCurrency: 'EUR',
      sections: { ...DEFAULT_SETTINGS.sections, role: false },
    };
    await fakeBrowser.storage.sync.set({ settings: current });
    await settingsItem.migrate();
    expect(await stored()).toEqual({ value: current, meta: { v: SETTINGS_VERSION } });
  });
});

describe('writing', () => {
  it('setSettings merges a patch and writes the whole item', async () => {
    await setSettings({ sections: { salary: false } });
    const settings = await getSettings();
    expect(settings.sections).toEqual({ ...DEFAULT_SETTINGS.sections, salary: false });
    expect((await stored()).value).toEqual(settings);
  });

  it('refuses a bad patch and leaves storage as it was', async () => {
    await setSettings({ theme: 'dark' });
    const before = await stored();
    await expect(setSettings({ displayCurrency: 'dollars' })).rejects.toThrow(/^Field displayCurrency:/);
    expect(await stored()).toEqual(before);
  });

  it('two writers at once both land', async () => {
    await Promise.all([
      setSettings({ enabled: false }),
      setSettings({ theme: 'dark' }),
      setSettings({ sections: { role: false } }),
      setSettings({ sections: { checks: false } }),
    ]);
    const settings = await getSettings();
    expect(settings.enabled).toBe(false);
    expect(settings.theme).toBe('dark');
    expect(settings.sections.role).toBe(false);
    expect(settings.sections.checks).toBe(false);
  });

  it('a failed write does not block the ones queued after it', async () => {
    const results = await Promise.allSettled([
      setSettings({ theme: 'sepia' as Settings['theme'] }),
      setSettings({ panelMode: 'compact' }),
    ]);
    expect(results.map((r) => r.status)).toEqual(['rejected', 'fulfilled']);
    expect((await getSettings()).panelMode).toBe('compact');
  });

  it('concurrent list additions keep each other', async () => {
    await Promise.all([addGrantedOrigin('https://a.example.com'), addGrantedOrigin('https://b.example.com')]);
    expect((await getSettings()).grantedOrigins).toEqual(['https://a.example.com', 'https://b.example.com']);
    await addGrantedOrigin('https://a.example.com');
    await removeGrantedOrigin('https://b.example.com');
    expect((await getSettings()).grantedOrigins).toEqual(['https://a.example.com']);
  });

  it('updateSettings sees the current value', async () => {
    await setSettings({ userSkills: ['mlops'] });
    await updateSettings((current) => ({ userSkills: [...current.userSkills, 'ai_governance'] }));
    expect((await getSettings()).userSkills).toEqual(['mlops', 'ai_governance']);
  });

  it('reset restores the defaults but keeps the granted origins', async () => {
    await setSettings({
      enabled: false,
      theme: 'dark',
      userSkills: ['mlops'],
      grantedOrigins: ['https://a.example.com'],
    });
    await resetSettings();
    expect(await getSettings()).toEqual({ ...DEFAULT_SETTINGS, grantedOrigins: ['https://a.example.com'] });
  });
});

describe('watching', () => {
  it('fires with parsed settings on a change and stops after unwatch', async () => {
    const seen: Settings[] = [];
    const unwatch = watchSettings((settings) => seen.push(settings));
    await setSettings({ theme: 'light' });
    expect(seen.at(-1)?.theme).toBe('light');
    const count = seen.length;
    unwatch();
    await setSettings({ theme: 'dark' });
    expect(seen).toHaveLength(count);
  });

  it('parses a corrupted value written by someone else', async () => {
    const seen: Settings[] = [];
    const unwatch = watchSettings((settings) => seen.push(settings));
    await fakeBrowser.storage.sync.set({ settings: { enabled: 0, panelMode: 'compact' } });
    unwatch();
    expect(seen).toEqual([{ ...DEFAULT_SETTINGS, panelMode: 'compact' }]);
  });
});

describe('two contexts writing at once (two tabs, popup and options)', () => {
  // Each import with its own query is a separate instance of the module, as each extension page has its
  // own; storage (fakeBrowser) is shared between them as it is between pages.
  type Store = typeof import('../../lib/extension/settings-store');
  const instance = (name: string): Promise<Store> =>
    import(/* @vite-ignore */ `../../lib/extension/settings-store?context=${name}`);
  const contexts = () => Promise.all([instance('popup'), instance('options')]);

  /** The Web Locks manager the extension's pages share: one holder per name at a time. */
  function sharedLocks() {
    const tails = new Map<string, Promise<unknown>>();
    return {
      request(name: string, callback: () => Promise<unknown>) {
        const turn = (tails.get(name) ?? Promise.resolve()).then(callback);
        tails.set(
          name,
          turn.catch(() => undefined),
        );
        return turn;
      },
    };
  }

  const writeFromBoth = async () => {
    const [popup, options] = await contexts();
    await Promise.all([
      popup.setSettings({ theme: 'dark' }),
      options.setSettings({ enabled: false }),
      popup.updateSettings((current) => ({ userSkills: [...current.userSkills, 'mlops'] })),
      options.updateSettings((current) => ({ userSkills: [...current.userSkills, 'ai_governance'] })),
    ]);
    return getSettings();
  };

  it('loses a change without the shared lock (the race the lock closes)', async () => {
    const settings = await writeFromBoth();
    const kept = [settings.theme === 'dark', !settings.enabled, settings.userSkills.length === 2];
    expect(kept).toContain(false);
  });

  it('keeps every change with it', async () => {
    Object.defineProperty(globalThis.navigator, 'locks', { value: sharedLocks(), configurable: true });
    try {
      const settings = await writeFromBoth();
      expect(settings.theme).toBe('dark');
      expect(settings.enabled).toBe(false);
      expect([...settings.userSkills].sort()).toEqual(['ai_governance', 'mlops']);
    } finally {
      Reflect.deleteProperty(globalThis.navigator, 'locks');
    }
  });
});
