// Workday: *.myworkdayjobs.com job pages, read through their data-automation-id hooks.
import type { SiteAdapter } from './adapter';

export const workday: SiteAdapter = {
  id: 'workday',
  urls: [/^https?:\/\/[^/]+\.myworkdayjobs\.com\/(?:[a-z]{2}-[A-Z]{2}\/)?[^/]+\/job\//],
  jobIdFromUrl: [/_([A-Z]{0,5}-?\d+(?:-\d+)?)(?:[/?#]|$)/],
  fields: {
    title: [
      { css: '[data-automation-id="jobPostingHeader"]', seen: '2026-07' },
      { css: '[data-automation-id="jobPostingPage"] h2', seen: '2026-07' },
    ],
    // No company hook in the DOM: the JSON-LD hiringOrganization is the only reading.
    company: [],
    location: [
      { css: '[data-automation-id="locations"] dd', seen: '2026-07' },
      // The whole block starts with its own label: the value is what follows it.
      { css: '[data-automation-id="locations"]', match: /^locations\s+(.+)$/i, seen: '2026-07' },
    ],
    workplace: [{ css: '[data-automation-id="remoteType"] dd', seen: '2026-07' }],
    // Workday has no pay field; pay appears in the description, found by the reader's pay-sentence fallback.
    payText: [],
    description: [{ css: '[data-automation-id="jobPostingDescription"]', seen: '2026-07' }],
  },
};
