// What the popup can do on the active tab, from its URL alone.

import { JOB_SITE_MATCHES } from '../../lib/engine/sites/matches';
import type { SiteId } from '../../lib/engine/types';
import { SITE_IDS } from '../../lib/extension/settings';

export type CurrentPage =
  /** A job site the content script always runs on. */
  | { kind: 'job-site'; site: SiteId; origin: string }
  /** An https origin the user enabled. */
  | { kind: 'granted'; site: 'generic'; origin: string }
  /** An https origin the user could enable. */
  | { kind: 'can-enable'; origin: string }
  /** No URL (no host permission for it), or not a web page. */
  | { kind: 'unsupported' };

function escapeRegExp(text: string): string {
  return text.replace(/[.+?^${}()|[\]\\]/g, '\\$&');
}

/** A manifest match pattern ('*://*.linkedin.com/*') against a URL. */
export function matchesPattern(url: URL, pattern: string): boolean {
  const parts = /^(\*|https?):\/\/([^/]+)(\/.*)$/.exec(pattern);
  if (!parts) return false;
  const [, scheme, host = '', path = ''] = parts;
  const schemeOk =
    scheme === '*' ? url.protocol === 'http:' || url.protocol === 'https:' : url.protocol === `${scheme}:`;
  const hostOk =
    host === '*' ||
    (host.startsWith('*.')
      ? url.hostname === host.slice(2) || url.hostname.endsWith(host.slice(1))
      : url.hostname === host);
  const pathOk = new RegExp(`^${escapeRegExp(path).replaceAll('*', '.*')}$`).test(url.pathname + url.search);
  return schemeOk && hostOk && pathOk;
}

/** The job site whose id is part of the host name (linkedin.com, myworkdayjobs.com, ashbyhq.com...). */
function siteOfHost(hostname: string): SiteId | null {
  return SITE_IDS.find((id) => id !== 'generic' && hostname.includes(id)) ?? null;
}

export function classifyPage(url: string | undefined, grantedOrigins: readonly string[]): CurrentPage {
  if (!url || !URL.canParse(url)) return { kind: 'unsupported' };
  const parsed = new URL(url);
  const site = JOB_SITE_MATCHES.some((pattern) => matchesPattern(parsed, pattern))
    ? siteOfHost(parsed.hostname)
    : null;
  if (site) return { kind: 'job-site', site, origin: parsed.origin };
  if (parsed.protocol !== 'https:') return { kind: 'unsupported' };
  if (grantedOrigins.includes(parsed.origin))
    return { kind: 'granted', site: 'generic', origin: parsed.origin };
  return { kind: 'can-enable', origin: parsed.origin };
}
