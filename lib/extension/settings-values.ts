// What the settings are made of, as plain values: the storage key and version, the ids and patterns fields
// take, the defaults, the migrations from older shapes and whether the lens runs on a site. No schema library,
// so the lens (which reads settings with settings-reader.ts) can import it; settings.ts holds the schema.
import type { SiteId } from '../engine/types';
import type { PanelPosition, Settings } from './settings';

/** Where the settings live: one item in the sync area (settings-store.ts; the lens reads it in lens-settings.ts). */
export const SETTINGS_STORAGE_KEY = 'settings';

/** The storage item's version; bump it with a new entry in SETTINGS_MIGRATIONS. */
export const SETTINGS_VERSION = 2;

// A Record, so the compiler says when a SiteId is missing here.
const SITE_ID_SET: Record<SiteId, true> = {
  linkedin: true,
  indeed: true,
  greenhouse: true,
  lever: true,
  ashby: true,
  workday: true,
  wellfound: true,
  glassdoor: true,
  generic: true,
};
export const SITE_IDS = Object.keys(SITE_ID_SET) as SiteId[];

export const SECTION_IDS = ['role', 'salary', 'comparison', 'checklist', 'checks', 'listBadges'] as const;
export type SectionId = (typeof SECTION_IDS)[number];

// Exported with the enums' values for the lens's zod-free reader (settings-reader.ts).
export const SKILL_ID = /^[a-z0-9_]+$/;
/** Skills the lens sends with a posting: far more than the data names (settings may hold ids it no longer has). */
export const MAX_USER_SKILLS = 500;
// Same shape as data/schema.ts Region ids, so every bundled region can be chosen.
export const REGION_ID = /^[A-Z]{2,6}(-[A-Z0-9]{1,6})?$/;
export const CURRENCY = /^[A-Z]{3}$/;
export const HTTPS_ORIGIN = /^https:\/\/([a-z0-9-]+\.)*[a-z0-9-]+(:\d{1,5})?$/;

/** The user's target pay is a positive annual amount; above this it is a typo, not a salary in any currency. */
export const TARGET_PAY_MAX = 1e12;

export const LEDGER_CAP_MIN = 50;
export const LEDGER_CAP_MAX = 20_000;

export const PAY_BASES = ['base', 'total'] as const;
export const PANEL_MODES = ['compact', 'full'] as const;
export const THEMES = ['auto', 'light', 'dark'] as const;
const everySection = (on: boolean) =>
  Object.fromEntries(SECTION_IDS.map((id) => [id, on])) as Settings['sections'];
const everySite = <T>(value: T) => Object.fromEntries(SITE_IDS.map((id) => [id, value])) as Record<SiteId, T>;

export const DEFAULT_SETTINGS: Settings = {
  enabled: true,
  sections: everySection(true),
  sites: everySite(true),
  homeRegion: null,
  displayCurrency: 'USD',
  payBasis: 'base',
  panelMode: 'full',
  panelPosition: everySite<PanelPosition>('docked-right'),
  compareWith: null,
  userSkills: [],
  targetPay: null,
  theme: 'auto',
  uiLanguage: 'auto',
  grantedOrigins: [],
  ledger: { enabled: true, cap: 2_000 },
};

// ---------- migrations ----------

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

const V1_KEYS = ['showSalary', 'showSkills', 'currency'] as const;

/**
 * Version 1 was { enabled, showSalary, showSkills, currency }. Renames only: values are carried as they are
 * and judged by the recovery afterwards, so a bad v1 value falls back like any other bad value.
 */
function migrateV1ToV2(old: unknown): unknown {
  if (!isRecord(old) || !V1_KEYS.some((key) => key in old)) return old;
  const { showSalary, showSkills, currency, ...rest } = old;
  const sections: Record<string, unknown> = isRecord(rest.sections) ? { ...rest.sections } : {};
  if (showSalary !== undefined) sections.salary = showSalary;
  if (showSkills !== undefined) sections.checklist = showSkills;
  const next: Record<string, unknown> = { ...rest, sections };
  if (currency !== undefined) next.displayCurrency = currency;
  return next;
}

/** Keyed by the version each function migrates TO; shared with the storage item. */
export const SETTINGS_MIGRATIONS: Record<number, (old: unknown) => unknown> = {
  2: migrateV1ToV2,
};

export function migrateSettings(raw: unknown, fromVersion: number): unknown {
  let value = raw;
  for (let version = fromVersion + 1; version <= SETTINGS_VERSION; version++) {
    value = SETTINGS_MIGRATIONS[version]?.(value) ?? value;
  }
  return value;
}

/** A stored value carries no version of its own: a v1 object is recognised by its keys. */
function detectVersion(raw: unknown): number {
  if (isRecord(raw) && !('sections' in raw) && V1_KEYS.some((key) => key in raw)) return 1;
  return SETTINGS_VERSION;
}

/** A stored value of any version, in the current shape (not yet judged). */
export function upgradeSettings(raw: unknown): unknown {
  return migrateSettings(raw, detectVersion(raw));
}

/** Whether the panel runs on a site at all. */
export function lensActiveOn(settings: Settings, site: SiteId): boolean {
  return settings.enabled && settings.sites[site];
}
