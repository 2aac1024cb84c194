// Settings recovery under any stored value: whatever storage or a settings file holds becomes valid
// settings, nothing throws or pollutes Object.prototype, valid settings come back unchanged, and a bad field
// costs only itself.
import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';
import { ROLE_IDS } from '../../../data/vocabulary';
import { UI_LANGUAGES } from '../../../lib/extension/i18n/locale';
import {
  applySettingsPatch,
  DEFAULT_SETTINGS,
  exportSettings,
  importSettings,
  LEDGER_CAP_MAX,
  LEDGER_CAP_MIN,
  type PanelPosition,
  parseSettings,
  portable,
  SECTION_IDS,
  SETTINGS_FILE_FORMAT,
  type Settings,
  SettingsSchema,
  SITE_IDS,
  TARGET_PAY_MAX,
  type TargetPay,
} from '../../../lib/extension/settings';
import { readSettings } from '../../../lib/extension/settings-reader';
import { fuzzRuns, fuzzTimeout } from './runs';

const FIELDS = Object.keys(DEFAULT_SETTINGS) as (keyof Settings)[];
const PROTOTYPE_KEYS = ['__proto__', 'constructor', 'prototype', 'toString', 'valueOf', 'hasOwnProperty'];
/** Keys an attacker or a corrupt store would use, and the real keys at every level, so values reach deep. */
const key = fc.oneof(
  fc.constantFrom(
    ...PROTOTYPE_KEYS,
    ...FIELDS,
    ...SECTION_IDS,
    ...SITE_IDS,
    'x',
    'y',
    'showSalary',
    'currency',
  ),
  fc.string({ maxLength: 8 }),
);
const anything = fc.anything({
  key,
  maxDepth: 2,
  withBoxedValues: true,
  withMap: true,
  withSet: true,
  withNullPrototype: true,
  withObjectString: true,
  withDate: true,
  withTypedArray: true,
  withSparseArray: true,
  withBigInt: true,
});
/** JSON with "__proto__" as an own key, the way JSON.parse hands it over from storage or a file. */
const parsedJson = fc
  .tuple(fc.jsonValue({ maxDepth: 3 }), fc.constantFrom(...PROTOTYPE_KEYS), fc.jsonValue({ maxDepth: 2 }))
  .map(([value, hostile, payload]) => {
    const text = JSON.stringify(value) ?? 'null';
    const injected =
      text.startsWith('{') && text !== '{}'
        ? `{${JSON.stringify(hostile)}:${JSON.stringify(payload)},${text.slice(1)}`
        : text;
    return JSON.parse(injected) as unknown;
  });
/** Objects shaped like settings, with any values in them. */
const settingsShaped = fc.dictionary(key, fc.oneof(anything, fc.dictionary(key, anything)), { maxKeys: 12 });
const anyStored = fc.oneof(anything, parsedJson, settingsShaped);
/** What a chosen file holds: a settings file around any JSON, other JSON, or any text. */
const jsonStored = fc.oneof(
  fc.jsonValue({ maxDepth: 3 }),
  parsedJson,
  settingsShaped.map((v) =>
    JSON.parse(JSON.stringify(v, (_k, x) => (typeof x === 'bigint' ? Number(x) : x)) ?? 'null'),
  ),
);
const fileText = fc.oneof(
  fc
    .tuple(jsonStored, fc.constantFrom<unknown>(1, 2, 3, 0, '2', null))
    .map(([settings, version]) => JSON.stringify({ format: SETTINGS_FILE_FORMAT, version, settings })),
  jsonStored.map((value) => JSON.stringify(value) ?? ''),
  fc.string({ maxLength: 200 }),
);

const skillId = fc.stringMatching(/^[a-z0-9_]{1,12}$/);
const origin = fc
  .tuple(
    fc.array(fc.stringMatching(/^[a-z0-9-]{1,10}$/), { minLength: 1, maxLength: 3 }),
    fc.option(fc.integer({ min: 1, max: 65535 })),
  )
  .map(([labels, port]) => `https://${labels.join('.')}${port === null ? '' : `:${port}`}`);
const position: fc.Arbitrary<PanelPosition> = fc.oneof(
  fc.constant('docked-right' as const),
  fc.record({
    x: fc.double({ min: 0, max: 5000, noNaN: true }),
    y: fc.double({ min: 0, max: 5000, noNaN: true }),
  }),
);
const targetPay: fc.Arbitrary<TargetPay> = fc.record({
  amount: fc.double({ min: Number.MIN_VALUE, max: TARGET_PAY_MAX, noNaN: true }),
  currency: fc.stringMatching(/^[A-Z]{3}$/),
});
const perKey = <K extends string, T>(keys: readonly K[], value: fc.Arbitrary<T>) =>
  fc.record(Object.fromEntries(keys.map((k) => [k, value]))) as fc.Arbitrary<Record<K, T>>;

const validSettings: fc.Arbitrary<Settings> = fc.record({
  enabled: fc.boolean(),
  sections: perKey(SECTION_IDS, fc.boolean()),
  sites: perKey(SITE_IDS, fc.boolean()),
  homeRegion: fc.option(fc.stringMatching(/^[A-Z]{2,6}(-[A-Z0-9]{1,6})?$/)),
  displayCurrency: fc.stringMatching(/^[A-Z]{3}$/),
  payBasis: fc.constantFrom('base' as const, 'total' as const),
  panelMode: fc.constantFrom('compact' as const, 'full' as const),
  panelPosition: perKey(SITE_IDS, position),
  compareWith: fc.option(fc.constantFrom(...ROLE_IDS)),
  userSkills: fc.uniqueArray(skillId, { maxLength: 10 }),
  targetPay: fc.option(targetPay),
  theme: fc.constantFrom('auto' as const, 'light' as const, 'dark' as const),
  uiLanguage: fc.constantFrom(...UI_LANGUAGES),
  grantedOrigins: fc.uniqueArray(origin, { maxLength: 5 }),
  ledger: fc.record({ enabled: fc.boolean(), cap: fc.integer({ min: LEDGER_CAP_MIN, max: LEDGER_CAP_MAX }) }),
});

/** Valid settings with one top-level field, or one key inside a nested one, replaced by anything. */
const damagedSettings = fc
  .tuple(validSettings, fc.constantFrom(...FIELDS), fc.nat(), anything)
  .map(([settings, field, pick, junk]): unknown => {
    const inner = settings[field];
    if (typeof inner !== 'object' || inner === null || Array.isArray(inner) || pick % 2 === 0)
      return { ...settings, [field]: junk };
    const keys = Object.keys(inner);
    return { ...settings, [field]: { ...inner, [keys[pick % keys.length] as string]: junk } };
  });
/** Settings whose every field is valid or a near miss: a bound crossed, a duplicate, a case or a character off. */
const nearMiss = <T>(valid: fc.Arbitrary<T>, ...misses: fc.Arbitrary<unknown>[]) =>
  fc.oneof(valid, ...misses);
const listNearMiss = (valid: fc.Arbitrary<string>, ...misses: fc.Arbitrary<unknown>[]) =>
  fc
    .array(fc.oneof(valid, ...misses), { maxLength: 6 })
    .chain((items) => fc.shuffledSubarray(items).map((again) => [...items, ...again]));
const nearMissSettings = fc.record({
  enabled: nearMiss(fc.boolean(), fc.constantFrom(0, 'true')),
  sections: perKey(SECTION_IDS, nearMiss(fc.boolean(), fc.constant(null))),
  sites: perKey(SITE_IDS, nearMiss(fc.boolean(), fc.constant(1))),
  homeRegion: nearMiss(
    fc.option(fc.stringMatching(/^[A-Z]{2,6}(-[A-Z0-9]{1,6})?$/)),
    fc.string({ maxLength: 9 }),
  ),
  displayCurrency: nearMiss(fc.stringMatching(/^[A-Z]{3}$/), fc.stringMatching(/^[A-Za-z]{2,4}$/)),
  payBasis: nearMiss(fc.constantFrom('base', 'total'), fc.constantFrom('Base', 'base+bonus')),
  panelMode: nearMiss(fc.constantFrom('compact', 'full'), fc.constant('mini')),
  panelPosition: perKey(
    SITE_IDS,
    nearMiss(position, fc.record({ x: fc.double(), y: fc.double() }), fc.constant('docked-left')),
  ),
  compareWith: nearMiss(fc.option(fc.constantFrom(...ROLE_IDS)), fc.constantFrom('ceo', 'CTO')),
  userSkills: listNearMiss(skillId, fc.constantFrom('Bad Id', 'ml-ops', ''), fc.integer()),
  targetPay: nearMiss(
    fc.option(targetPay),
    fc.record({ amount: fc.double(), currency: fc.stringMatching(/^[A-Za-z]{2,4}$/) }),
    targetPay.map((target) => ({ ...target, amount: String(target.amount), period: 'year' })),
  ),
  theme: nearMiss(fc.constantFrom('auto', 'light', 'dark'), fc.constant('Dark')),
  uiLanguage: nearMiss(fc.constantFrom(...UI_LANGUAGES), fc.constantFrom('it', 'EN')),
  grantedOrigins: listNearMiss(
    origin,
    origin.map((o) => `${o}/`),
    fc.constant('http://a.example'),
  ),
  ledger: fc.record({
    enabled: nearMiss(fc.boolean(), fc.constant('no')),
    cap: nearMiss(fc.integer({ min: LEDGER_CAP_MIN - 3, max: LEDGER_CAP_MAX + 3 }), fc.double()),
  }),
});
/** Version 1's shape ({ enabled, showSalary, showSkills, currency }), its values valid or not. */
const version1 = fc.record(
  {
    enabled: anything,
    showSalary: fc.oneof(fc.boolean(), anything),
    showSkills: fc.boolean(),
    currency: fc.oneof(fc.constantFrom('EUR', 'usd'), anything),
  },
  { requiredKeys: ['showSalary'] },
);

// Plain checks first and expect() only on a failure: these run on every one of up to 100,000 cases.
const FIELD_LIST = [...FIELDS].sort().join();
function expectValid(settings: Settings): void {
  const parsed = SettingsSchema.safeParse(settings);
  const keys = Object.keys(settings).sort().join();
  if (parsed.success && keys === FIELD_LIST && Object.getPrototypeOf(settings) === Object.prototype) return;
  expect(parsed.error?.issues ?? []).toEqual([]);
  expect(keys).toBe(FIELD_LIST);
  expect(Object.getPrototypeOf(settings)).toBe(Object.prototype);
}

const PROBED = [...FIELDS, ...SECTION_IDS, ...SITE_IDS, 'x', 'y'];
const prototypeBefore = Object.getOwnPropertyNames(Object.prototype).sort().join();
function expectNoPollution(): void {
  const probe: Record<string, unknown> = {};
  const names = Object.getOwnPropertyNames(Object.prototype);
  if (names.length === prototypeBefore.split(',').length && PROBED.every((k) => probe[k] === undefined))
    return;
  expect(names.sort().join()).toBe(prototypeBefore);
  expect(PROBED.filter((k) => probe[k] !== undefined)).toEqual([]);
}

describe('settings recovery properties', () => {
  afterEach(expectNoPollution);

  it(
    'any stored value becomes valid settings, without throwing or touching Object.prototype',
    () => {
      fc.assert(
        fc.property(anyStored, (raw) => {
          expectValid(parseSettings(raw));
          expectNoPollution();
        }),
        { numRuns: fuzzRuns() },
      );
    },
    fuzzTimeout(),
  );

  it(
    'any patch on valid settings is refused with a field named, or gives valid settings',
    () => {
      fc.assert(
        fc.property(validSettings, anyStored, (base, patch) => {
          const result = applySettingsPatch(base, patch as Parameters<typeof applySettingsPatch>[1]);
          if (result.ok) expectValid(result.settings);
          else expect(result.error).toMatch(/^Field /);
          expectNoPollution();
        }),
        { numRuns: fuzzRuns() },
      );
    },
    fuzzTimeout(),
  );

  it(
    'any settings file is imported as valid portable settings or refused with a reason',
    () => {
      fc.assert(
        fc.property(fileText, (text) => {
          const result = importSettings(text);
          if (result.ok) {
            expectValid({ ...result.settings, grantedOrigins: [] });
            expect(Object.keys(result.settings)).not.toContain('grantedOrigins');
          } else expect(result.error.length).toBeGreaterThan(0);
          expectNoPollution();
        }),
        { numRuns: fuzzRuns() },
      );
    },
    fuzzTimeout(),
  );

  it(
    'valid settings round-trip unchanged through recovery, an empty patch and a file',
    () => {
      fc.assert(
        fc.property(validSettings, (settings) => {
          expect(parseSettings(settings)).toEqual(settings);
          expect(parseSettings(JSON.parse(JSON.stringify(settings)))).toEqual(settings);
          expect(applySettingsPatch(settings, {})).toEqual({ ok: true, settings });
          expect(importSettings(exportSettings(settings))).toEqual({
            ok: true,
            settings: portable(settings),
          });
        }),
        { numRuns: fuzzRuns() },
      );
    },
    fuzzTimeout(),
  );

  it(
    'a corrupt top-level field falls back on its own; every other field is kept',
    () => {
      const shape = SettingsSchema.def.shape;
      fc.assert(
        fc.property(validSettings, fc.constantFrom(...FIELDS), anything, (settings, field, junk) => {
          fc.pre(!shape[field].safeParse(junk).success);
          const recovered = parseSettings({ ...settings, [field]: junk });
          expectValid(recovered);
          for (const other of FIELDS)
            if (other !== field) expect(recovered[other], other).toEqual(settings[other]);
          // A field that is not a container cannot be partly right: it is the default.
          if (!['sections', 'sites', 'panelPosition', 'userSkills', 'grantedOrigins'].includes(field)) {
            expect(recovered[field]).toEqual(DEFAULT_SETTINGS[field]);
          }
        }),
        { numRuns: fuzzRuns() },
      );
    },
    fuzzTimeout(),
  );

  it(
    'a corrupt key inside sections, sites or panelPosition falls back on its own; its neighbours are kept',
    () => {
      const nested = ['sections', 'sites', 'panelPosition'] as const;
      fc.assert(
        fc.property(
          validSettings,
          fc.constantFrom(...nested),
          fc.nat(),
          anything,
          (settings, field, pick, junk) => {
            const inner = settings[field] as Record<string, unknown>;
            const keys = Object.keys(inner);
            const corrupted = keys[pick % keys.length] as string;
            const recovered = parseSettings({ ...settings, [field]: { ...inner, [corrupted]: junk } });
            expectValid(recovered);
            const out = recovered[field] as Record<string, unknown>;
            for (const k of keys) if (k !== corrupted) expect(out[k], `${field}.${k}`).toEqual(inner[k]);
            const fieldSchema = SettingsSchema.def.shape[field].def.shape as Record<
              string,
              { safeParse(v: unknown): { success: boolean } }
            >;
            if (!fieldSchema[corrupted]?.safeParse(junk).success) {
              expect(out[corrupted]).toEqual((DEFAULT_SETTINGS[field] as Record<string, unknown>)[corrupted]);
            }
            for (const other of FIELDS)
              if (other !== field) expect(recovered[other], other).toEqual(settings[other]);
          },
        ),
        { numRuns: fuzzRuns() },
      );
    },
    fuzzTimeout(),
  );
});

// The lens reads settings without zod (lib/extension/settings-reader.ts); parseSettings is the reference.
describe("the lens's zod-free settings reader", () => {
  afterEach(expectNoPollution);

  it(
    'reads any stored value, valid, damaged, older or foreign, exactly as parseSettings does',
    () => {
      fc.assert(
        fc.property(
          fc.oneof(anyStored, validSettings, damagedSettings, nearMissSettings, version1),
          (raw) => {
            const read = readSettings(raw);
            const parsed = parseSettings(raw);
            // Plain check first: expect() with a diff only on a failure.
            if (
              JSON.stringify(read) !== JSON.stringify(parsed) ||
              !Object.is(read.ledger.cap, parsed.ledger.cap)
            )
              expect(read).toStrictEqual(parsed);
            expect(read).not.toBe(DEFAULT_SETTINGS);
          },
        ),
        { numRuns: fuzzRuns() },
      );
    },
    fuzzTimeout(),
  );

  it('agrees with the schema at its edges: non-finite, negative and fractional numbers, duplicates, extra keys', () => {
    const edges: unknown[] = [
      undefined,
      null,
      [],
      { ...DEFAULT_SETTINGS, ledger: { enabled: true, cap: Number.POSITIVE_INFINITY } },
      { ...DEFAULT_SETTINGS, ledger: { enabled: 'yes', cap: 100.5 } },
      { ...DEFAULT_SETTINGS, ledger: { enabled: false, cap: LEDGER_CAP_MAX + 1 } },
      {
        ...DEFAULT_SETTINGS,
        panelPosition: { linkedin: { x: Number.NaN, y: 1 }, indeed: { x: -0, y: 3, z: 9 } },
      },
      {
        ...DEFAULT_SETTINGS,
        panelPosition: { lever: { x: Number.POSITIVE_INFINITY, y: 1 }, ashby: { x: -1, y: 1 } },
      },
      {
        ...DEFAULT_SETTINGS,
        userSkills: ['mlops', 'mlops', 'Bad Id', 7],
        grantedOrigins: 'https://a.example',
      },
      { ...DEFAULT_SETTINGS, homeRegion: 'us-ca', compareWith: 'ceo', theme: 'sepia', uiLanguage: 'it' },
      { ...DEFAULT_SETTINGS, displayCurrency: 'GBP', payBasis: 'total', panelMode: 'compact', extra: true },
      { ...DEFAULT_SETTINGS, targetPay: { amount: 180_000, currency: 'EUR', period: 'year' } },
      { ...DEFAULT_SETTINGS, targetPay: { amount: 0, currency: 'EUR' } },
      { ...DEFAULT_SETTINGS, targetPay: { amount: -0, currency: 'EUR' } },
      { ...DEFAULT_SETTINGS, targetPay: { amount: TARGET_PAY_MAX * 2, currency: 'EUR' } },
      { ...DEFAULT_SETTINGS, targetPay: { amount: Number.POSITIVE_INFINITY, currency: 'USD' } },
      { ...DEFAULT_SETTINGS, targetPay: { amount: 0.5, currency: 'usd' } },
      { ...DEFAULT_SETTINGS, targetPay: 250_000 },
    ];
    for (const raw of edges) expect(readSettings(raw)).toStrictEqual(parseSettings(raw));
    // Not the defaults object itself: a caller may change what it got.
    expect(readSettings(undefined)).not.toBe(DEFAULT_SETTINGS);
    expect(readSettings(undefined).sections).not.toBe(DEFAULT_SETTINGS.sections);
  });
});
