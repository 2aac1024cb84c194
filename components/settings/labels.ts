// The names the popup and the options page give settings values: brands as they are, the rest from the
// catalogue. One place each, shared by both pages.

import type { SiteId } from '../../lib/engine/types';
import type { PagesTranslator } from '../../lib/extension/i18n/pages';

/** A brand: the same in every language. */
export const PRODUCT_NAME = 'AI Leadership Lens';

/** The job sites by their own names; the one that is not a brand is worded by the catalogue. */
const SITE_NAMES: Record<Exclude<SiteId, 'generic'>, string> = {
  linkedin: 'LinkedIn',
  indeed: 'Indeed',
  greenhouse: 'Greenhouse',
  lever: 'Lever',
  ashby: 'Ashby',
  workday: 'Workday',
  wellfound: 'Wellfound',
  glassdoor: 'Glassdoor',
};

export function siteLabel({ t }: PagesTranslator, site: SiteId): string {
  return site === 'generic' ? t('site.generic') : SITE_NAMES[site];
}

/** Values -> select options, in the given order. */
export function optionsOf<V extends string>(
  values: readonly V[],
  label: (value: V) => string,
): { value: V; label: string }[] {
  return values.map((value) => ({ value, label: label(value) }));
}
