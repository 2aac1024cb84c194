// The words the popup and the options page use for settings values. One table each, shared by both.

import type { SiteId } from '../../lib/engine/types';
import type { SectionId, Settings } from '../../lib/extension/settings';

export const SECTION_LABELS: Record<SectionId, string> = {
  role: 'Role',
  salary: 'Salary benchmark',
  comparison: 'Role comparison',
  checklist: 'Skills checklist',
  checks: 'Recruiter checks',
  listBadges: 'Badges in job lists',
};

export const SITE_LABELS: Record<SiteId, string> = {
  linkedin: 'LinkedIn',
  indeed: 'Indeed',
  greenhouse: 'Greenhouse',
  lever: 'Lever',
  ashby: 'Ashby',
  workday: 'Workday',
  wellfound: 'Wellfound',
  glassdoor: 'Glassdoor',
  generic: 'Other careers sites you enabled',
};

export const THEME_LABELS: Record<Settings['theme'], string> = {
  auto: 'Match the page, else the system',
  light: 'Light',
  dark: 'Dark',
};

export const PANEL_MODE_LABELS: Record<Settings['panelMode'], string> = {
  full: 'Full',
  compact: 'Compact',
};

export const PAY_BASIS_LABELS: Record<Settings['payBasis'], string> = {
  base: 'Base salary',
  total: 'Total pay incl. bonus and equity',
};

/** Record -> select options, in the table's order. */
export function optionsOf<K extends string>(labels: Record<K, string>): { value: K; label: string }[] {
  return (Object.keys(labels) as K[]).map((value) => ({ value, label: labels[value] }));
}
