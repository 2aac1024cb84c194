// Lever: single posting pages on jobs.lever.co and jobs.eu.lever.co.
import type { SiteAdapter } from './adapter';

export const lever: SiteAdapter = {
  id: 'lever',
  urls: [/^https?:\/\/jobs(?:\.eu)?\.lever\.co\/[^/]+\/[0-9a-f-]{36}/],
  jobIdFromUrl: [/\/([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})/],
  fields: {
    title: [
      { css: '.posting-headline h2', seen: '2026-07' },
      { css: '.posting-header h2', seen: '2026-07' },
    ],
    company: [
      { css: '.main-header-logo img[alt]', attr: 'alt', match: /^(.+?) logo$/i, seen: '2026-07' },
      { css: '.main-footer-text a', match: /^(.+?) Home Page$/, seen: '2026-07' },
    ],
    location: [
      { css: '.posting-categories .location', seen: '2026-07' },
      { css: '.posting-category.location', seen: '2026-07' },
    ],
    workplace: [{ css: '.posting-categories .workplaceTypes', seen: '2026-07' }],
    // Lever shows pay, when at all, in the description: the reader's pay-sentence fallback finds it.
    payText: [],
    description: [
      { css: '.posting-page .section-wrapper.page-full-width:not(.accent-section)', seen: '2026-07' },
      { css: '[data-qa="job-description"]', seen: '2026-07' },
    ],
  },
};
