// Glassdoor: job-listing pages and the detail pane of search / "for you" pages (CSS-module classes with
// hashed suffixes, so [class*="Name_part__"] plus data-test hooks).
import type { SiteAdapter } from './adapter';

export const glassdoor: SiteAdapter = {
  id: 'glassdoor',
  urls: [/^https?:\/\/(?:www\.)?glassdoor\.(?:com|co\.uk|ca|co\.in|com\.au|de|fr)\/(?:job-listing\/|Job\/)/],
  jobIdFromUrl: [/[?&]jl=(\d+)/, /_JV_[^?]*?(\d{6,})/],
  jobIdFromPage: [{ css: 'h1[id^="jd-job-title-"]', attr: 'id', match: /(\d+)$/, seen: '2026-07' }],
  fields: {
    title: [
      { css: 'h1[id^="jd-job-title-"]', seen: '2026-07' },
      { css: '[class*="JobDetails_employerAndJobTitle"] h1', seen: '2026-07' },
    ],
    company: [
      {
        css: '[class*="JobDetails_employerAndJobTitle"] [class*="EmployerProfile_employerNameHeading"] h4',
        seen: '2026-07',
      },
      { css: '[class*="JobDetails_employerAndJobTitle"] h4', seen: '2026-07' },
    ],
    location: [
      { css: '[class*="JobDetails_locationAndPay"] [data-test="location"]', seen: '2026-07' },
      { css: '[data-test="location"]', seen: '2025-06' },
    ],
    workplace: [
      {
        css: '[class*="JobDetails_locationAndPay"] [data-test="location"]',
        match: /^(remote)$/i,
        seen: '2026-07',
      },
    ],
    payText: [
      { css: '[data-test="detailSalary"][id^="jd-salary-"]', seen: '2026-07' },
      { css: '[class*="JobDetails_locationAndPay"] [data-test="detailSalary"]', seen: '2026-07' },
    ],
    description: [
      { css: '[class*="JobDetails_jobDescription__"]', seen: '2026-07' },
      { css: '[data-test="jobDescriptionContent"]', seen: '2025-06' },
    ],
  },
  cards: {
    containers: ['li[data-jobid]', '[class*="JobCard_jobCardContainer"]'],
    jobIdAttributes: ['data-jobid'],
    title: [{ css: '[data-test="job-title"]', seen: '2026-07' }],
    company: [{ css: '[class*="EmployerProfile_compactEmployerName"]', seen: '2026-07' }],
    location: [{ css: '[data-test="emp-location"]', seen: '2026-07' }],
    pay: [{ css: '[data-test="detailSalary"]', seen: '2026-07' }],
  },
};
