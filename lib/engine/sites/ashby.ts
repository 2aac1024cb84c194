// Ashby: jobs.ashbyhq.com postings (overview and /application tabs). The description of /application pages
// is only in the JSON-LD, which the reader takes first.
import type { SiteAdapter } from './adapter';

const LEFT_PANE_SECTION = '.ashby-job-posting-left-pane > div';

export const ashby: SiteAdapter = {
  id: 'ashby',
  urls: [/^https?:\/\/jobs\.ashbyhq\.com\/[^/]+\/[0-9a-f-]{36}/],
  jobIdFromUrl: [/\/([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})/],
  fields: {
    title: [{ css: '.ashby-job-posting-heading', seen: '2026-07' }],
    company: [{ css: 'head > title', match: /^.+ @ (.+)$/, seen: '2026-07' }],
    location: [
      { css: LEFT_PANE_SECTION, label: { heading: 'h2', is: /^Location$/i, value: 'p' }, seen: '2026-07' },
    ],
    workplace: [
      {
        css: LEFT_PANE_SECTION,
        label: { heading: 'h2', is: /^Location Type$/i, value: 'p' },
        seen: '2026-07',
      },
    ],
    payText: [
      { css: '[class*="_compensationTierSummary_"]', seen: '2026-07' },
      {
        css: LEFT_PANE_SECTION,
        label: { heading: 'h2', is: /^Compensation$/i, value: 'ul, p' },
        seen: '2026-07',
      },
    ],
    description: [
      { css: '[class*="_descriptionText_"]', seen: '2026-07' },
      { css: '#overview', seen: '2026-07' },
    ],
  },
};
