// Any other page: only schema.org JobPosting (JSON-LD or microdata) is read, so it claims no URL by pattern;
// lib/extract.ts falls back to it for URLs no site adapter claims when the page carries a JobPosting.
import type { SiteAdapter } from './adapter';

export const generic: SiteAdapter = {
  id: 'generic',
  urls: [],
  jobIdFromUrl: [],
  fields: { title: [], company: [], location: [], workplace: [], payText: [], description: [] },
};
