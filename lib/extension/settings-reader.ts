// The lens's reading of stored settings, without zod (the lens is injected into job pages and carries no schema
// library). It recovers field by field exactly as parseSettings does (lib/extension/settings.ts, the reference):
// a missing or bad field takes its default, unknown keys are dropped, bad list items are dropped and duplicates
// removed. tests/unit/settings-reader.test.ts proves the two agree on valid, damaged and older values.
import { ROLE_IDS } from '../../data/vocabulary';
import { UI_LANGUAGES } from './i18n/locale';
import type { Settings } from './settings';
import {
  CURRENCY,
  DEFAULT_SETTINGS,
  HTTPS_ORIGIN,
  LEDGER_CAP_MAX,
  LEDGER_CAP_MIN,
  PANEL_MODES,
  PAY_BASES,
  REGION_ID,
  SECTION_IDS,
  SITE_IDS,
  SKILL_ID,
  TARGET_PAY_MAX,
  THEMES,
  upgradeSettings,
} from './settings-values';

/** A value as stored, read against its fallback: the value when it is valid, else the fallback. */
type Reader<T> = (raw: unknown, fallback: T) => T;

// zod's idea of an object: not null, not an array.
function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

const valid =
  <T>(test: (value: unknown) => boolean): Reader<T> =>
  (raw, fallback) =>
    test(raw) ? (raw as T) : fallback;

const isBoolean = (value: unknown) => typeof value === 'boolean';
const matches = (pattern: RegExp) => (value: unknown) => typeof value === 'string' && pattern.test(value);
const oneOf = (values: readonly unknown[]) => (value: unknown) => values.includes(value);
const orNull = (test: (value: unknown) => boolean) => (value: unknown) => value === null || test(value);
/** z.number(): finite numbers only. */
const isNumber = (value: unknown): value is number => typeof value === 'number' && Number.isFinite(value);

function fields<T extends object>(readers: { [K in keyof T]: Reader<T[K]> }): Reader<T> {
  return (raw, fallback) => {
    if (!isObject(raw)) return fallback;
    const stored = raw as { [K in keyof T]?: unknown };
    const read = {} as T;
    for (const key of Object.keys(readers) as (keyof T)[])
      read[key] = readers[key](stored[key], fallback[key]);
    return read;
  };
}

function perKey<K extends string, T>(keys: readonly K[], reader: Reader<T>): Reader<Record<K, T>> {
  return fields(Object.fromEntries(keys.map((key) => [key, reader])) as { [P in K]: Reader<T> });
}

function listOf(test: (value: unknown) => boolean): Reader<string[]> {
  return (raw, fallback) => (Array.isArray(raw) ? [...new Set(raw.filter(test))] : fallback);
}

/** 'docked-right', or { x, y } non-negative (other keys dropped, as zod drops them). */
const readPosition: Reader<Settings['panelPosition'][keyof Settings['panelPosition']]> = (raw, fallback) => {
  if (raw === 'docked-right') return raw;
  if (isObject(raw) && isNumber(raw.x) && raw.x >= 0 && isNumber(raw.y) && raw.y >= 0)
    return { x: raw.x, y: raw.y };
  return fallback;
};

/** { amount, currency } (other keys dropped), or null; anything else is wrong as a whole. */
const readTargetPay: Reader<Settings['targetPay']> = (raw, fallback) => {
  if (raw === null) return raw;
  if (isObject(raw) && isNumber(raw.amount) && raw.amount > 0 && raw.amount <= TARGET_PAY_MAX)
    if (matches(CURRENCY)(raw.currency)) return { amount: raw.amount, currency: raw.currency as string };
  return fallback;
};

const readStoredSettings: Reader<Settings> = fields<Settings>({
  enabled: valid(isBoolean),
  sections: perKey(SECTION_IDS, valid(isBoolean)),
  sites: perKey(SITE_IDS, valid(isBoolean)),
  homeRegion: valid(orNull(matches(REGION_ID))),
  displayCurrency: valid(matches(CURRENCY)),
  payBasis: valid(oneOf(PAY_BASES)),
  panelMode: valid(oneOf(PANEL_MODES)),
  panelPosition: perKey(SITE_IDS, readPosition),
  compareWith: valid(orNull(oneOf(ROLE_IDS))),
  userSkills: listOf(matches(SKILL_ID)),
  targetPay: readTargetPay,
  theme: valid(oneOf(THEMES)),
  uiLanguage: valid(oneOf(UI_LANGUAGES)),
  grantedOrigins: listOf(matches(HTTPS_ORIGIN)),
  ledger: fields({
    enabled: valid(isBoolean),
    cap: valid(
      (cap) => Number.isInteger(cap) && Number(cap) >= LEDGER_CAP_MIN && Number(cap) <= LEDGER_CAP_MAX,
    ),
  }),
});

/** Whatever storage holds (current or older shape, damaged, absent) -> valid settings, as parseSettings reads it. */
export function readSettings(raw: unknown): Settings {
  // structuredClone: the defaults object is never handed out to be mutated.
  return structuredClone(readStoredSettings(upgradeSettings(raw), DEFAULT_SETTINGS));
}
