// Any other page: schema.org JobPosting (JSON-LD or microdata) first, then the page as a person reads it (the
// main heading, labelled values); it claims no URL by pattern. The content script falls back to it for URLs no
// site adapter claims when the page carries a JobPosting; the CLI and the corpus evaluation for any page.
import type { SiteAdapter } from './adapter';

export const generic: SiteAdapter = {
  id: 'generic',
  urls: [],
  jobIdFromUrl: [],
  fields: { title: [], company: [], location: [], workplace: [], payText: [], description: [] },
  readsPage: true,
};
