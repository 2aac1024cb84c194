// The user's settings: one schema, its defaults, the migrations from older shapes, and the recovery that
// turns whatever storage or a settings file holds into valid settings, field by field.
// Pure: no wxt, no browser. The storage glue is lib/settings-store.ts.
import * as z from 'zod/mini';
import { RoleId } from '../../data/vocabulary-schemas';
import { UI_LANGUAGES } from './i18n/locale';

// No compiled validators: zod would first probe `new Function`, which the extension's CSP refuses, and a
// refusal in a content script is a securitypolicyviolation event the page can see (and report home).
// Every context that parses anything imports this module.
z.config({ jitless: true });

export * from './settings-values';

import {
  CURRENCY,
  DEFAULT_SETTINGS,
  HTTPS_ORIGIN,
  isRecord,
  LEDGER_CAP_MAX,
  LEDGER_CAP_MIN,
  migrateSettings,
  PANEL_MODES,
  PAY_BASES,
  REGION_ID,
  SECTION_IDS,
  SETTINGS_VERSION,
  SITE_IDS,
  SKILL_ID,
  TARGET_PAY_MAX,
  THEMES,
  upgradeSettings,
} from './settings-values';

function perKey<K extends string, T extends z.ZodMiniType>(keys: readonly K[], schema: T) {
  return z.object(Object.fromEntries(keys.map((key) => [key, schema])) as Record<K, T>);
}

export const PanelPosition = z.union(
  [z.literal('docked-right'), z.object({ x: z.number().check(z.gte(0)), y: z.number().check(z.gte(0)) })],
  { error: 'expected "docked-right" or { x, y } with non-negative numbers' },
);
export type PanelPosition = z.infer<typeof PanelPosition>;

export const PayBasisPreference = z.enum(PAY_BASES);
export const PanelMode = z.enum(PANEL_MODES);
export const Theme = z.enum(THEMES);
export const UiLanguageSetting = z.enum(UI_LANGUAGES);

export const TargetPay = z.object({
  amount: z.number().check(z.gt(0), z.lte(TARGET_PAY_MAX)),
  currency: z.string().check(z.regex(CURRENCY, 'expected a three-letter currency code such as USD')),
});
export type TargetPay = z.infer<typeof TargetPay>;

export const SettingsSchema = z.object({
  /** Master switch. */
  enabled: z.boolean(),
  sections: perKey(SECTION_IDS, z.boolean()),
  sites: perKey(SITE_IDS, z.boolean()),
  /** null: not set, the posting's own region decides. */
  homeRegion: z.nullable(
    z.string().check(z.regex(REGION_ID, 'expected a region id such as US, US-CA or GB')),
  ),
  displayCurrency: z.string().check(z.regex(CURRENCY, 'expected a three-letter currency code such as USD')),
  payBasis: PayBasisPreference,
  panelMode: PanelMode,
  panelPosition: perKey(SITE_IDS, PanelPosition),
  /** The role the panel's comparison sets beside the posting's; null: the panel picks one. */
  compareWith: z.nullable(RoleId),
  /** Skill ids from data/skills.json the user has. */
  userSkills: z.array(z.string().check(z.regex(SKILL_ID, 'expected a skill id (a-z, 0-9, _)'))),
  /** The pay the user is after, a year, marked on the panel's pay bar; null: none set. */
  targetPay: z.nullable(TargetPay),
  theme: Theme,
  /** The popup's and options page's language; 'auto' follows the browser. */
  uiLanguage: UiLanguageSetting,
  /** https origins (no path) the user enabled through optional host permissions. Per browser: never exported. */
  grantedOrigins: z.array(
    z.string().check(z.regex(HTTPS_ORIGIN, 'expected an https origin such as https://example.com')),
  ),
  /** The posting memory: whether AI-leadership postings are remembered, and how many at most. */
  ledger: z.object({
    enabled: z.boolean(),
    cap: z.number().check(z.int(), z.gte(LEDGER_CAP_MIN), z.lte(LEDGER_CAP_MAX)),
  }),
});
export type Settings = z.infer<typeof SettingsSchema>;

/** What a settings file carries: everything but the permissions this browser granted. */
export type PortableSettings = Omit<Settings, 'grantedOrigins'>;

// ---------- recovery ----------

interface Issue {
  path: string;
  message: string;
}

function kindOf(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  return typeof value;
}

function issueMessage(error: z.core.$ZodError, raw: unknown): string {
  const issue = error.issues[0];
  if (!issue) return 'invalid value';
  if (issue.code === 'invalid_type') return `expected ${issue.expected}, got ${kindOf(raw)}`;
  if (issue.code === 'invalid_value')
    return `expected one of ${issue.values.map((v) => JSON.stringify(v)).join(', ')}`;
  return issue.message;
}

function joinPath(parent: string, key: string | number): string {
  if (typeof key === 'number') return `${parent}[${key}]`;
  return parent ? `${parent}.${key}` : key;
}

/**
 * Walks the schema: objects key by key (unknown keys dropped and reported), arrays item by item (bad items
 * dropped, duplicates removed), anything else parsed whole. A missing value takes the fallback silently;
 * a wrong one takes it with an issue. Nothing is coerced.
 */
function recover(
  schema: z.ZodMiniType,
  raw: unknown,
  fallback: unknown,
  path: string,
  issues: Issue[],
): unknown {
  if (raw === undefined) return fallback;
  const def = schema._zod.def;
  if (def.type === 'object') {
    const shape = (def as z.core.$ZodObjectDef).shape;
    if (!isRecord(raw)) {
      issues.push({ path: path || 'settings', message: `expected object, got ${kindOf(raw)}` });
      return fallback;
    }
    const fallbackRecord = fallback as Record<string, unknown>;
    for (const key of Object.keys(raw)) {
      if (!Object.hasOwn(shape, key)) issues.push({ path: joinPath(path, key), message: 'unknown setting' });
    }
    return Object.fromEntries(
      Object.entries(shape).map(([key, field]) => [
        key,
        recover(field as z.ZodMiniType, raw[key], fallbackRecord[key], joinPath(path, key), issues),
      ]),
    );
  }
  if (def.type === 'array') {
    const element = (def as z.core.$ZodArrayDef).element as z.ZodMiniType;
    if (!Array.isArray(raw)) {
      issues.push({ path, message: `expected array, got ${kindOf(raw)}` });
      return fallback;
    }
    const kept: unknown[] = [];
    raw.forEach((item, index) => {
      const parsed = element.safeParse(item);
      if (parsed.success) kept.push(parsed.data);
      else issues.push({ path: joinPath(path, index), message: issueMessage(parsed.error, item) });
    });
    return [...new Set(kept)];
  }
  const parsed = schema.safeParse(raw);
  if (parsed.success) return parsed.data;
  issues.push({ path, message: issueMessage(parsed.error, raw) });
  return fallback;
}

function recoverSettings(raw: unknown, fromVersion: number): { settings: Settings; issues: Issue[] } {
  const issues: Issue[] = [];
  const settings = recover(SettingsSchema, migrateSettings(raw, fromVersion), DEFAULT_SETTINGS, '', issues);
  // structuredClone: the defaults object is never handed out to be mutated.
  return { settings: structuredClone(settings) as Settings, issues };
}

/**
 * Whatever storage holds (current or older shape, corrupted, hand-edited, null) -> valid settings.
 * Never throws; each bad field falls back to its default on its own.
 */
export function parseSettings(raw: unknown): Settings {
  return recoverSettings(upgradeSettings(raw), SETTINGS_VERSION).settings;
}

export type SettingsResult<T> = { ok: true; settings: T } | { ok: false; error: string };

function firstIssueError(issues: Issue[]): string | null {
  const [first] = issues;
  if (!first) return null;
  const more = issues.length > 1 ? ` (and ${issues.length - 1} more)` : '';
  return `Field ${first.path}: ${first.message}${more}`;
}

export type SettingsPatch = {
  [K in keyof Settings]?: Settings[K] extends readonly unknown[]
    ? Settings[K]
    : Settings[K] extends Record<string, unknown>
      ? Partial<Settings[K]>
      : Settings[K];
};

/** Undefined in a patch means "leave it", never "back to the default". */
function definedOnly(record: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(record).filter(([, value]) => value !== undefined));
}

/** base + patch, nested objects merged one level deep; a patch that would write a bad value is refused. */
export function applySettingsPatch(base: Settings, patch: SettingsPatch): SettingsResult<Settings> {
  if (!isRecord(patch)) return { ok: false, error: `Field settings: expected object, got ${kindOf(patch)}` };
  const merged: Record<string, unknown> = { ...base };
  for (const [key, value] of Object.entries(definedOnly(patch))) {
    const current = merged[key];
    merged[key] = isRecord(current) && isRecord(value) ? { ...current, ...definedOnly(value) } : value;
  }
  const { settings, issues } = recoverSettings(merged, SETTINGS_VERSION);
  const error = firstIssueError(issues);
  return error ? { ok: false, error } : { ok: true, settings };
}

// ---------- origins ----------

/** 'https://careers.example.com' -> the match pattern permissions.request and content scripts take. */
export function originPattern(origin: string): string {
  return `${origin}/*`;
}

/** The reverse of originPattern, for permissions.onAdded; null for patterns that are not one https origin. */
export function originFromPattern(pattern: string): string | null {
  const origin = pattern.replace(/\/\*$/, '');
  return origin !== pattern && HTTPS_ORIGIN.test(origin) ? origin : null;
}

// ---------- export / import ----------

export const SETTINGS_FILE_FORMAT = 'ai-leadership-lens-settings';

export function portable(settings: Settings): PortableSettings {
  const { grantedOrigins: _perBrowser, ...rest } = settings;
  return rest;
}

export function exportSettings(settings: Settings): string {
  return `${JSON.stringify({ format: SETTINGS_FILE_FORMAT, version: SETTINGS_VERSION, settings: portable(settings) }, null, 2)}\n`;
}

/**
 * A settings file -> settings, strictly: any bad, unknown or mistyped field rejects the whole file, so a bad
 * file changes nothing. Missing fields take their defaults. Older versions are migrated first.
 */
export function importSettings(text: string): SettingsResult<PortableSettings> {
  let file: unknown;
  try {
    file = JSON.parse(text);
  } catch {
    return { ok: false, error: 'Not JSON' };
  }
  if (!isRecord(file) || file.format !== SETTINGS_FILE_FORMAT) {
    return { ok: false, error: 'Not an AI Leadership Lens settings file' };
  }
  const { version } = file;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
    return { ok: false, error: 'Field version: expected a whole number from 1' };
  }
  if (version > SETTINGS_VERSION) {
    return {
      ok: false,
      error: `This file is from a newer version of AI Leadership Lens (settings version ${version}); update the extension first`,
    };
  }
  if (!isRecord(file.settings)) {
    return { ok: false, error: `Field settings: expected object, got ${kindOf(file.settings)}` };
  }
  const { settings, issues } = recoverSettings(file.settings, version);
  const error = firstIssueError(issues);
  return error ? { ok: false, error } : { ok: true, settings: portable(settings) };
}
