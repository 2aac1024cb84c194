// Greenhouse: the new job-boards.greenhouse.io pages and the old boards.greenhouse.io / embed markup.
import { MONEY, type SiteAdapter } from './adapter';

export const greenhouse: SiteAdapter = {
  id: 'greenhouse',
  urls: [
    /^https?:\/\/(?:job-boards(?:\.eu)?|boards)\.greenhouse\.io\/[^/]+\/jobs\/\d+/,
    /^https?:\/\/boards\.greenhouse\.io\/embed\/job_app\?.*\btoken=\d+/,
  ],
  jobIdFromUrl: [/\/jobs\/(\d+)/, /[?&](?:gh_jid|token)=(\d+)/],
  fields: {
    title: [
      { css: '.job__title h1', seen: '2026-07' },
      { css: '#header .app-title', seen: '2024-01' },
      { css: 'h1.app-title', seen: '2024-01' },
    ],
    company: [
      { css: '#header .company-name', seen: '2024-01' },
      {
        css: '.job__header-logo img[alt], a.logo img[alt]',
        attr: 'alt',
        match: /^(.+?) Logo$/,
        seen: '2026-07',
      },
      { css: 'head > title', match: /^Job Application for .+ at (.+)$/, seen: '2026-07' },
    ],
    location: [
      { css: '.job__location', seen: '2026-07' },
      { css: '#header .location', seen: '2024-01' },
    ],
    workplace: [
      { css: '.job__location', match: /\b(remote|hybrid|on-?site)\b/i, seen: '2026-07' },
      { css: '#header .location', match: /\b(remote|hybrid|on-?site)\b/i, seen: '2024-01' },
    ],
    payText: [
      { css: '.content-pay-transparency .pay-range', seen: '2026-06' },
      { css: '.job__pay-ranges .pay-range > p:has(> bdi)', seen: '2026-07' },
      { css: '.job__pay-ranges .pay-range', match: MONEY, seen: '2026-07' },
    ],
    description: [
      { css: '.job__description', seen: '2026-07' },
      { css: '#content', seen: '2024-01' },
    ],
  },
};
