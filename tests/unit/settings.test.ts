import { describe, expect, it } from 'vitest';
import {
  applySettingsPatch,
  DEFAULT_SETTINGS,
  exportSettings,
  importSettings,
  lensActiveOn,
  migrateSettings,
  originFromPattern,
  originPattern,
  parseSettings,
  SETTINGS_FILE_FORMAT,
  SETTINGS_VERSION,
  type Settings,
  type SettingsPatch,
  SITE_IDS,
} from '../../lib/extension/settings';
import { readSettings } from '../../lib/extension/settings-reader';

/** A valid settings object where every field differs from its default. */
function customised(): Settings {
  return {
    enabled: false,
    sections: {
      role: false,
      salary: true,
      comparison: false,
      checklist: true,
      checks: false,
      listBadges: false,
    },
    sites: { ...DEFAULT_SETTINGS.sites, linkedin: false, generic: false },
    homeRegion: 'US-CA',
    displayCurrency: 'GBP',
    payBasis: 'total',
    panelMode: 'compact',
    panelPosition: { ...DEFAULT_SETTINGS.panelPosition, indeed: { x: 40, y: 120.5 } },
    compareWith: 'cto',
    userSkills: ['mlops', 'ai_governance'],
    targetPay: { amount: 240_000, currency: 'EUR' },
    theme: 'dark',
    uiLanguage: 'de',
    grantedOrigins: ['https://careers.example.com'],
    ledger: { enabled: false, cap: 500 },
  };
}

function fileWith(settings: unknown, version: unknown = SETTINGS_VERSION): string {
  return JSON.stringify({ format: SETTINGS_FILE_FORMAT, version, settings });
}

describe('parseSettings: whole values', () => {
  it.each([
    ['undefined', undefined],
    ['null', null],
    ['a string', 'enabled'],
    ['a number', 42],
    ['an array', [true, false]],
    ['an empty object', {}],
  ])('%s gives the defaults', (_label, raw) => {
    expect(parseSettings(raw)).toEqual(DEFAULT_SETTINGS);
  });

  it('keeps a valid object exactly', () => {
    expect(parseSettings(customised())).toEqual(customised());
  });

  it('drops a compared role that is not a role id, and that alone', () => {
    const settings = parseSettings({ ...customised(), compareWith: 'ceo' });
    expect(settings).toEqual({ ...customised(), compareWith: null });
  });

  it('drops a target pay that is not a positive amount with a currency code, and that alone', () => {
    for (const targetPay of [{ amount: 0, currency: 'EUR' }, { amount: 240_000, currency: 'euro' }, 240_000])
      expect(parseSettings({ ...customised(), targetPay })).toEqual({ ...customised(), targetPay: null });
  });

  it('hands out a copy: mutating the result does not touch the defaults', () => {
    const settings = parseSettings(null);
    settings.userSkills.push('mlops');
    settings.sections.role = false;
    expect(DEFAULT_SETTINGS.userSkills).toEqual([]);
    expect(DEFAULT_SETTINGS.sections.role).toBe(true);
  });

  it('survives a JSON __proto__ key without polluting anything', () => {
    const raw = JSON.parse('{"__proto__": {"enabled": false}, "theme": "dark"}');
    const settings = parseSettings(raw);
    expect(settings.enabled).toBe(true);
    expect(settings.theme).toBe('dark');
    expect(({} as Record<string, unknown>).enabled).toBeUndefined();
  });
});

describe('parseSettings: field by field', () => {
  // Each case: one corrupt field on top of a customised object; that field alone falls back.
  const cases: [string, Partial<Record<keyof Settings, unknown>>, (s: Settings) => unknown, unknown][] = [
    ['enabled as a number is not coerced', { enabled: 1 }, (s) => s.enabled, true],
    ['enabled as a string', { enabled: 'false' }, (s) => s.enabled, true],
    ['sections as a string', { sections: 'all' }, (s) => s.sections, DEFAULT_SETTINGS.sections],
    ['displayCurrency lower case', { displayCurrency: 'usd' }, (s) => s.displayCurrency, 'USD'],
    ['displayCurrency a number', { displayCurrency: 840 }, (s) => s.displayCurrency, 'USD'],
    ['homeRegion bad format', { homeRegion: 'california' }, (s) => s.homeRegion, null],
    ['payBasis outside the enum', { payBasis: 'base+bonus' }, (s) => s.payBasis, 'base'],
    ['panelMode outside the enum', { panelMode: 'huge' }, (s) => s.panelMode, 'full'],
    ['theme null', { theme: null }, (s) => s.theme, 'auto'],
    ['userSkills as a string', { userSkills: 'mlops' }, (s) => s.userSkills, []],
    ['grantedOrigins as an object', { grantedOrigins: { a: 1 } }, (s) => s.grantedOrigins, []],
  ];

  it.each(cases)('%s', (_label, corruption, read, expected) => {
    const raw = { ...customised(), ...corruption };
    const settings = parseSettings(raw);
    expect(read(settings)).toEqual(expected);
    // Everything else is kept: a bad field never resets its neighbours.
    const untouched = Object.keys(customised()).filter((key) => !(key in corruption)) as (keyof Settings)[];
    for (const key of untouched) expect(settings[key]).toEqual(customised()[key]);
  });

  it('a bad currency does not reset the skills', () => {
    const settings = parseSettings({ displayCurrency: 'dollars', userSkills: ['mlops'] });
    expect(settings.displayCurrency).toBe('USD');
    expect(settings.userSkills).toEqual(['mlops']);
  });

  it('recovers inside nested objects key by key', () => {
    const settings = parseSettings({
      sections: { role: false, salary: 'no', checks: 0, listBadges: false, extra: true },
      sites: { linkedin: false, indeed: null, myspace: false },
      panelPosition: {
        linkedin: { x: 10, y: 20 },
        indeed: { x: -5, y: 20 },
        lever: { x: '10', y: 20 },
        ashby: 'docked-left',
        workday: 'docked-right',
      },
    });
    expect(settings.sections).toEqual({ ...DEFAULT_SETTINGS.sections, role: false, listBadges: false });
    expect(settings.sites).toEqual({ ...DEFAULT_SETTINGS.sites, linkedin: false });
    expect(settings.panelPosition).toEqual({ ...DEFAULT_SETTINGS.panelPosition, linkedin: { x: 10, y: 20 } });
    expect(Object.keys(settings.sections)).not.toContain('extra');
    expect(Object.keys(settings.sites)).not.toContain('myspace');
  });

  it('drops bad list items one by one and removes duplicates', () => {
    const settings = parseSettings({
      userSkills: ['mlops', 'MLOps', 7, null, 'ai governance', 'mlops', 'llm_apps'],
      grantedOrigins: [
        'https://a.example.com',
        'http://b.example.com',
        'https://c.example.com/path',
        'https://a.example.com',
      ],
    });
    expect(settings.userSkills).toEqual(['mlops', 'llm_apps']);
    expect(settings.grantedOrigins).toEqual(['https://a.example.com']);
  });

  it('drops unknown keys at the top level', () => {
    const settings = parseSettings({ ...customised(), telemetry: true, currencyy: 'EUR' });
    expect(Object.keys(settings).sort()).toEqual(Object.keys(DEFAULT_SETTINGS).sort());
    expect(settings).toEqual(customised());
  });

  it('fills missing keys from the defaults', () => {
    const { theme: _t, sections: _s, ...partial } = customised();
    const settings = parseSettings(partial);
    expect(settings.theme).toBe('auto');
    expect(settings.sections).toEqual(DEFAULT_SETTINGS.sections);
    expect(settings.displayCurrency).toBe('GBP');
  });

  it('accepts every region id shape in the conventions', () => {
    for (const id of ['US', 'US-CA', 'US-DC', 'GB', 'CA-ON', 'EUROPE', 'REMOTE']) {
      expect(parseSettings({ homeRegion: id }).homeRegion).toBe(id);
    }
  });
});

describe('migrations', () => {
  const v1 = { enabled: false, showSalary: false, showSkills: true, currency: 'EUR' };

  it('v1 -> v2 renames each field', () => {
    expect(migrateSettings(v1, 1)).toEqual({
      enabled: false,
      sections: { salary: false, checklist: true },
      displayCurrency: 'EUR',
    });
  });

  it('parseSettings recognises a v1 object and migrates it', () => {
    const settings = parseSettings(v1);
    expect(settings.enabled).toBe(false);
    expect(settings.sections).toEqual({ ...DEFAULT_SETTINGS.sections, salary: false, checklist: true });
    expect(settings.displayCurrency).toBe('EUR');
    expect(settings.userSkills).toEqual([]);
  });

  it('a bad v1 value falls back on its own after migrating', () => {
    const settings = parseSettings({ enabled: 'yes', showSalary: 0, showSkills: false, currency: 'euro' });
    expect(settings.enabled).toBe(true);
    expect(settings.sections.salary).toBe(true);
    expect(settings.sections.checklist).toBe(false);
    expect(settings.displayCurrency).toBe('USD');
  });

  it('a partial v1 object migrates only what it has', () => {
    expect(migrateSettings({ currency: 'GBP' }, 1)).toEqual({ sections: {}, displayCurrency: 'GBP' });
    expect(parseSettings({ showSkills: false }).sections.checklist).toBe(false);
  });

  it('settings stored before the target pay existed read as no target, with nothing else changed', () => {
    const { targetPay: _none, ...before } = customised();
    expect(parseSettings(before)).toEqual({ ...customised(), targetPay: null });
    expect(readSettings(before)).toEqual({ ...customised(), targetPay: null });
    const file = importSettings(fileWith(before));
    expect(file.ok && file.settings.targetPay).toBeNull();
  });

  it('a target pay is set and cleared by a patch, and a bad one is refused', () => {
    const set = applySettingsPatch(DEFAULT_SETTINGS, { targetPay: { amount: 200_000, currency: 'GBP' } });
    expect(set.ok && set.settings.targetPay).toEqual({ amount: 200_000, currency: 'GBP' });
    const cleared = applySettingsPatch(customised(), { targetPay: null });
    expect(cleared.ok && cleared.settings.targetPay).toBeNull();
    expect(applySettingsPatch(DEFAULT_SETTINGS, { targetPay: { amount: -1, currency: 'GBP' } }).ok).toBe(
      false,
    );
  });

  it('leaves a current-shape object alone even when asked to migrate it', () => {
    expect(migrateSettings(customised(), 1)).toEqual(customised());
  });

  it('passes non-objects through for the recovery to judge', () => {
    expect(migrateSettings('garbage', 1)).toBe('garbage');
    expect(migrateSettings(null, 1)).toBeNull();
  });

  it('a current object that happens to hold an old key is not treated as v1', () => {
    const settings = parseSettings({ ...customised(), currency: 'EUR' });
    expect(settings.displayCurrency).toBe('GBP');
  });
});

describe('applySettingsPatch', () => {
  it('merges nested objects one level deep', () => {
    const result = applySettingsPatch(parseSettings(undefined), {
      sections: { salary: false },
      sites: { lever: false },
    });
    expect(result.ok && result.settings.sections).toEqual({ ...DEFAULT_SETTINGS.sections, salary: false });
    expect(result.ok && result.settings.sites.lever).toBe(false);
    expect(result.ok && result.settings.sites.linkedin).toBe(true);
  });

  it('treats undefined as "leave it", not as "back to the default"', () => {
    const base = {
      ...parseSettings(undefined),
      theme: 'dark' as const,
      sections: { ...DEFAULT_SETTINGS.sections, role: false },
    };
    const result = applySettingsPatch(base, {
      theme: undefined,
      sections: { role: undefined, checks: false },
    });
    expect(result.ok && result.settings.theme).toBe('dark');
    expect(result.ok && result.settings.sections.role).toBe(false);
    expect(result.ok && result.settings.sections.checks).toBe(false);
  });

  it('refuses a patch that is not an object instead of throwing (fuzz counterexample)', () => {
    for (const patch of [null, 'dark', 7, ['theme']]) {
      const result = applySettingsPatch(parseSettings(undefined), patch as unknown as SettingsPatch);
      expect(result).toEqual({
        ok: false,
        error: expect.stringMatching(/^Field settings: expected object, got /),
      });
    }
  });

  it('refuses a bad value and names the field', () => {
    const result = applySettingsPatch(parseSettings(undefined), { displayCurrency: 'usd' });
    expect(result).toEqual({ ok: false, error: expect.stringMatching(/^Field displayCurrency: /) });
  });
});

describe('export / import', () => {
  it('round-trips everything but the per-browser origins', () => {
    const text = exportSettings(customised());
    const result = importSettings(text);
    const { grantedOrigins: _g, ...expected } = customised();
    expect(result).toEqual({ ok: true, settings: expected });
  });

  it('writes pretty JSON with the format marker and version, without the granted origins', () => {
    const text = exportSettings(customised());
    const file = JSON.parse(text);
    expect(file.format).toBe(SETTINGS_FILE_FORMAT);
    expect(file.version).toBe(SETTINGS_VERSION);
    expect(file.settings.grantedOrigins).toBeUndefined();
    expect(text).toContain('\n  "version": 2');
  });

  it('imports a v1 file through the migration', () => {
    const result = importSettings(fileWith({ enabled: true, showSalary: false, currency: 'CAD' }, 1));
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.settings.sections.salary).toBe(false);
    expect(result.settings.displayCurrency).toBe('CAD');
  });

  it.each([
    ['not JSON', '{"format": ', 'Not JSON'],
    ['an empty file', '', 'Not JSON'],
    ['JSON of another kind', '{"name":"something else"}', 'Not an AI Leadership Lens settings file'],
    ['a bare array', '[1,2]', 'Not an AI Leadership Lens settings file'],
    ['a bare settings object', JSON.stringify(DEFAULT_SETTINGS), 'Not an AI Leadership Lens settings file'],
    ['a version that is not a number', fileWith({}, 'two'), 'Field version: expected a whole number from 1'],
    ['version 0', fileWith({}, 0), 'Field version: expected a whole number from 1'],
    ['settings as a string', fileWith('all on'), 'Field settings: expected object, got string'],
    ['a wrong type', fileWith({ enabled: 1 }), 'Field enabled: expected boolean, got number'],
    [
      'a bad currency',
      fileWith({ displayCurrency: 'usd' }),
      'Field displayCurrency: expected a three-letter currency code such as USD',
    ],
    [
      'a bad nested field',
      fileWith({ sections: { salary: 'no' } }),
      'Field sections.salary: expected boolean, got string',
    ],
    ['a bad enum', fileWith({ theme: 'sepia' }), 'Field theme: expected one of "auto", "light", "dark"'],
    [
      'a bad list item',
      fileWith({ userSkills: ['ok', 'Not OK'] }),
      'Field userSkills[1]: expected a skill id (a-z, 0-9, _)',
    ],
    ['an unknown key', fileWith({ enabeld: false }), 'Field enabeld: unknown setting'],
  ])('rejects %s', (_label, text, error) => {
    expect(importSettings(text)).toEqual({ ok: false, error });
  });

  it('counts further problems after the first', () => {
    const result = importSettings(fileWith({ enabled: 1, theme: 2, panelMode: 3 }));
    expect(result).toEqual({ ok: false, error: 'Field enabled: expected boolean, got number (and 2 more)' });
  });

  it('rejects a file from a newer version', () => {
    const result = importSettings(fileWith({}, SETTINGS_VERSION + 1));
    expect(result.ok).toBe(false);
    expect(!result.ok && result.error).toMatch(/newer version/);
  });
});

describe('helpers', () => {
  it('lensActiveOn needs both the master switch and the site', () => {
    const settings = customised();
    expect(lensActiveOn({ ...settings, enabled: true }, 'indeed')).toBe(true);
    expect(lensActiveOn({ ...settings, enabled: true }, 'linkedin')).toBe(false);
    expect(lensActiveOn(settings, 'indeed')).toBe(false);
  });

  it('origin <-> pattern', () => {
    expect(originPattern('https://jobs.example.com')).toBe('https://jobs.example.com/*');
    expect(originFromPattern('https://jobs.example.com/*')).toBe('https://jobs.example.com');
    expect(originFromPattern('*://*.linkedin.com/*')).toBeNull();
    expect(originFromPattern('https://jobs.example.com')).toBeNull();
  });

  it('a full profile fits the 8,192-byte sync storage item quota', () => {
    const worst: Settings = {
      ...customised(),
      panelPosition: Object.fromEntries(
        SITE_IDS.map((id) => [id, { x: 1920.5, y: 1080.25 }]),
      ) as Settings['panelPosition'],
      userSkills: Array.from({ length: 150 }, (_, i) => `skill_identifier_${i}`),
      grantedOrigins: Array.from({ length: 40 }, (_, i) => `https://careers-${i}.example-company.com`),
    };
    const bytes =
      new TextEncoder().encode('settings').length + new TextEncoder().encode(JSON.stringify(worst)).length;
    expect(bytes).toBeLessThan(8192);
  });
});
