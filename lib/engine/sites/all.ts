// Every site adapter, and which one claims an address. Small on purpose: the loader content script
// (entrypoints/loader.content.ts) imports it on every page of the job sites.
import type { SiteAdapter } from './adapter';
import { ashby } from './ashby';
import { glassdoor } from './glassdoor';
import { greenhouse } from './greenhouse';
import { indeed } from './indeed';
import { lever } from './lever';
import { linkedin } from './linkedin';
import { wellfound } from './wellfound';
import { workday } from './workday';

export const SITE_ADAPTERS: readonly SiteAdapter[] = [
  linkedin,
  indeed,
  greenhouse,
  lever,
  ashby,
  workday,
  wellfound,
  glassdoor,
];

export function findAdapter(url: string): SiteAdapter | null {
  return SITE_ADAPTERS.find((adapter) => adapter.urls.some((pattern) => pattern.test(url))) ?? null;
}

/** Whether a page may show a posting: an address an adapter claims, or schema.org JobPosting data in it. */
export function mayShowPosting(url: string, doc: Document): boolean {
  if (findAdapter(url)) return true;
  if (doc.querySelector('[itemtype*="schema.org/JobPosting" i]')) return true;
  for (const script of doc.querySelectorAll('script[type="application/ld+json"]'))
    if (script.textContent?.includes('JobPosting')) return true;
  return false;
}
