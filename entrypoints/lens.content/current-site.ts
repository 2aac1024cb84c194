import { findAdapter } from '../../lib/engine/extract';
import type { SiteAdapter } from '../../lib/engine/sites/adapter';
import { generic } from '../../lib/engine/sites/generic';

/**
 * The adapter of the page the tab shows now. A URL no site adapter claims is a careers site the user enabled,
 * or a page of a job site that shows no posting (LinkedIn's feed): read its schema.org JobPosting. Asked each
 * time (LinkedIn moves between such pages and its job pages without a reload), looked up once per address.
 */
export function trackSite(): () => SiteAdapter {
  let current = { url: '', adapter: generic as SiteAdapter };
  return () => {
    if (current.url !== location.href)
      current = { url: location.href, adapter: findAdapter(location.href) ?? generic };
    return current.adapter;
  };
}
