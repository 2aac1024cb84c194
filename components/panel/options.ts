// What the panel shows and how, read from the user's settings; the panel only reads them.
import type { RoleId } from '../../data/schema';
import type { Settings, TargetPay } from '../../lib/extension/settings';
import { DEFAULT_SETTINGS } from '../../lib/extension/settings-values';

export interface PanelSections {
  role: boolean;
  salary: boolean;
  comparison: boolean;
  checklist: boolean;
  checks: boolean;
}

export type PanelTheme = 'auto' | 'light' | 'dark';

export interface PanelOptions {
  sections: PanelSections;
  /** Tighter spacing for small screens or users who want less chrome. */
  compact: boolean;
  /** 'auto' follows prefers-color-scheme. */
  theme: PanelTheme;
  /** ISO 4217 code the user reads amounts in. */
  displayCurrency: string;
  /** Which band the comparison table prefers for the other roles, as the engine does for the posting's. */
  payBasis: 'base' | 'total';
  /** Skill ids from data/skills.json that the user says they have. */
  userSkills: string[];
  /** The role the comparison sets beside the posting's, as last chosen; null: the panel picks. */
  compareWith: RoleId | null;
  /** The pay the user is after, a year, marked on the pay bar; null: none set. */
  targetPay: TargetPay | null;
}

/** The panel's reading of the user's settings. */
export function panelOptionsFromSettings(settings: Settings): PanelOptions {
  const { listBadges: _listBadges, ...sections } = settings.sections;
  return {
    sections,
    compact: settings.panelMode === 'compact',
    theme: settings.theme,
    displayCurrency: settings.displayCurrency,
    payBasis: settings.payBasis,
    userSkills: settings.userSkills,
    compareWith: settings.compareWith,
    targetPay: settings.targetPay,
  };
}

export const DEFAULT_PANEL_OPTIONS: PanelOptions = panelOptionsFromSettings(DEFAULT_SETTINGS);
