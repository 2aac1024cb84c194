// Indeed: viewjob pages and the view pane of search pages share the data-testid hooks.
import { MONEY, type SiteAdapter } from './adapter';

export const indeed: SiteAdapter = {
  id: 'indeed',
  urls: [/^https?:\/\/(?:[a-z]{2,3}\.)?indeed\.com\/(?:viewjob|m\/viewjob|jobs|q-|rc\/clk|cmp\/[^/]+\/jobs)/],
  jobIdFromUrl: [/[?&](?:jk|vjk)=([0-9a-f]+)/],
  fields: {
    title: [
      // The search page's view pane nests the screen-reader suffix " - job post" inside this span.
      {
        css: '[data-testid="jobsearch-JobInfoHeader-title"] > span:first-child',
        match: /^(.+?)(?:\s*-\s*job post)?$/,
        seen: '2026-08',
      },
      { css: '[data-testid="jobsearch-JobInfoHeader-title"]', seen: '2026-08' },
      { css: '.jobsearch-JobInfoHeader-title', seen: '2026-02' },
    ],
    company: [
      { css: '[data-testid="inlineHeader-companyName"] a', seen: '2026-08' },
      { css: '[data-testid="inlineHeader-companyName"]', seen: '2026-08' },
      { css: '[data-company-name="true"]', seen: '2026-02' },
    ],
    location: [
      { css: '[data-testid="inlineHeader-companyLocation"] > div:first-child', seen: '2026-08' },
      { css: '[data-testid="inlineHeader-companyLocation"]', seen: '2026-08' },
      { css: '[data-testid="job-location"]', seen: '2025-06' },
    ],
    workplace: [
      {
        css: '[data-testid="inlineHeader-companyLocation"] + div',
        match: /^(remote|hybrid|in-person|on-site)(?: work)?$/i,
        seen: '2026-08',
      },
      {
        css: '[data-testid="inlineHeader-companyLocation"]',
        match: /\b(remote|hybrid)(?: work)?\b/i,
        seen: '2026-08',
      },
    ],
    payText: [
      { css: '#salaryInfoAndJobType > span:first-child', match: MONEY, seen: '2026-08' },
      { css: '#salaryInfoAndJobType', match: MONEY, seen: '2026-02' },
      { css: '[data-testid="jobsearch-OtherJobDetailsContainer"]', match: MONEY, seen: '2026-02' },
    ],
    description: [
      { css: '#jobDescriptionText', seen: '2026-08' },
      // The inner of two nested elements with this class: the outer also holds the "Job details" block.
      { css: '.jobsearch-JobComponent-description .jobsearch-JobComponent-description', seen: '2026-08' },
    ],
  },
  cards: {
    containers: ['.job_seen_beacon', '[data-testid="slider_item"]', 'a[data-jk]'],
    jobIdAttributes: ['data-jk'],
    title: [
      { css: '[id^="jobTitle-"]', seen: '2026-02' },
      { css: 'h2.jobTitle', seen: '2026-02' },
    ],
    company: [{ css: '[data-testid="company-name"]', seen: '2026-02' }],
    location: [{ css: '[data-testid="text-location"]', seen: '2026-02' }],
    pay: [
      { css: '.salary-snippet-container', seen: '2026-02' },
      { css: '[data-testid^="attribute_snippet_testid"]', match: MONEY, seen: '2026-02' },
    ],
  },
};
