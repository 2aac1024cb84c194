// LinkedIn: the guest job page, the signed-in classic job view / search detail pane, and the newer SDUI layout.
import { MONEY, type SiteAdapter, WORKPLACE_WORDS } from './adapter';

// SDUI top card: the company link block is the only stable anchor; title, location and pills hang off it.
const SDUI_COMPANY_BLOCK = 'div:has(> div > a[href*="/company/"]):has(> button)';
// The row of pills (pay, workplace, job type) follows the block that holds the company block and title.
const SDUI_PILLS =
  'div:has(> div > div[data-display-contents] > a[href*="/company/"]) + div a[href*="/jobs/"] > span > span';

export const linkedin: SiteAdapter = {
  id: 'linkedin',
  urls: [
    /^https?:\/\/(?:[a-z]{2,3}\.|www\.)?linkedin\.com\/(?:jobs\/(?:view|search|search-results|collections)\b|jobs-guest\/jobs\/api\/jobPosting\/)/,
  ],
  jobIdFromUrl: [
    /[?&]currentJobId=(\d+)/,
    /\/jobs\/view\/(?:[^/?#]*-)?(\d+)/,
    /\/jobs-guest\/jobs\/api\/jobPosting\/(\d+)/,
  ],
  jobIdFromPage: [
    {
      css: '[componentkey^="JobDetails_AboutTheJob_"]',
      attr: 'componentkey',
      match: /_(\d+)$/,
      seen: '2026-07',
    },
    { css: '.jobs-apply-button[data-job-id]', attr: 'data-job-id', seen: '2026-07' },
    {
      css: '[data-semaphore-content-urn^="urn:li:jobPosting:"]',
      attr: 'data-semaphore-content-urn',
      match: /(\d+)$/,
      seen: '2026-06',
    },
  ],
  fields: {
    title: [
      { css: '.job-details-jobs-unified-top-card__job-title h1', seen: '2026-07' },
      { css: '.top-card-layout__title', seen: '2026-06' },
      { css: `${SDUI_COMPANY_BLOCK} + div[data-display-contents] > p`, seen: '2026-07' },
      { css: `${SDUI_COMPANY_BLOCK} + div > div[data-display-contents] > p`, seen: '2026-03' },
      { css: '.topcard__title', seen: '2026-06' },
      { css: 'h1.job-details-jobs-unified-top-card__job-title', seen: '2024-02' },
    ],
    company: [
      { css: '.job-details-jobs-unified-top-card__company-name', seen: '2026-07' },
      { css: '.topcard__org-name-link', seen: '2026-06' },
      { css: '[aria-label^="Company, "]', attr: 'aria-label', match: /^Company, (.+?)\.?$/, seen: '2026-07' },
      { css: '.job-details-jobs-unified-top-card__primary-description-without-tagline > a', seen: '2024-02' },
    ],
    location: [
      // The first of "place · time · applicants": not a separator, a time or a count that moved up.
      {
        css: '.job-details-jobs-unified-top-card__tertiary-description-container span[dir] > span.tvm__text--low-emphasis:first-child:not(:has(.white-space-pre))',
        match: /^(?!.*\b(?:applicants?|ago)\b)/i,
        seen: '2026-07',
      },
      // The applicants count is a bullet too: on a <figure> around its caption, or on the caption itself.
      {
        css: '.topcard__flavor--bullet:not(.num-applicants__figure, .num-applicants__caption)',
        seen: '2026-06',
      },
      { css: `${SDUI_COMPANY_BLOCK} ~ p > span:first-child`, seen: '2026-07' },
      {
        css: '.job-details-jobs-unified-top-card__primary-description-without-tagline',
        match: /^[^·]+·\s*([^·]+?)\s*·/,
        seen: '2024-02',
      },
    ],
    workplace: [
      { css: '.job-details-fit-level-preferences button', match: WORKPLACE_WORDS, seen: '2026-07' },
      { css: SDUI_PILLS, match: WORKPLACE_WORDS, seen: '2026-07' },
      {
        css: '.job-details-jobs-unified-top-card__job-insight .ui-label',
        match: WORKPLACE_WORDS,
        seen: '2024-02',
      },
    ],
    payText: [
      { css: '.compensation__salary', seen: '2026-06' },
      { css: '.job-details-fit-level-preferences button', match: MONEY, seen: '2026-07' },
      { css: '#SALARY', match: MONEY, seen: '2026-07' },
      { css: SDUI_PILLS, match: MONEY, seen: '2026-07' },
    ],
    description: [
      { css: '#job-details', seen: '2026-07' },
      { css: '.show-more-less-html__markup', seen: '2026-06' },
      {
        css: '[componentkey^="JobDetails_AboutTheJob_"] [data-testid="expandable-text-box"]',
        seen: '2026-07',
      },
      { css: '.jobs-description__content', seen: '2026-07' },
      { css: '.description__text', seen: '2026-06' },
    ],
  },
  cards: {
    containers: [
      'li[data-occludable-job-id]',
      '[data-job-id][data-view-name="job-card"]',
      '.job-card-container[data-job-id]',
      '[data-view-name="job-card"]',
      '[componentkey="SearchResultsMainContent"] div[role="button"][componentkey]:has(button[aria-label^="Dismiss"])',
      '.base-search-card',
    ],
    jobIdAttributes: ['data-occludable-job-id', 'data-job-id', 'data-entity-urn'],
    jobIdFromLink: { css: 'a[href*="/jobs/view/"]', pattern: /\/jobs\/view\/(?:[^/?#]*-)?(\d+)/ },
    title: [
      { css: '.job-card-list__title--link', seen: '2026-07' },
      { css: '.artdeco-entity-lockup__title', seen: '2026-07' },
      { css: '.job-card-container__link', seen: '2025-08' },
      { css: '.base-search-card__title', seen: '2026-08' },
      {
        css: 'button[aria-label^="Dismiss"]',
        attr: 'aria-label',
        match: /^Dismiss (.+) job$/,
        seen: '2026-03',
      },
    ],
    company: [
      { css: '.artdeco-entity-lockup__subtitle', seen: '2026-07' },
      { css: '.base-search-card__subtitle', seen: '2026-08' },
      { css: 'p:has(> span[aria-hidden="true"]) + div > p', seen: '2026-03' },
    ],
    location: [
      { css: '.artdeco-entity-lockup__caption li', seen: '2026-07' },
      { css: '.job-search-card__location', seen: '2026-08' },
      { css: 'p:has(> span[aria-hidden="true"]) + div + p', seen: '2026-03' },
    ],
    pay: [
      { css: '.artdeco-entity-lockup__metadata li', match: MONEY, seen: '2026-07' },
      { css: '.job-card-container__metadata-wrapper li', match: MONEY, seen: '2026-07' },
      { css: '.job-search-card__salary-info, .main-job-card__salary-info', seen: '2026-08' },
      { css: 'p', match: MONEY, seen: '2026-03' },
    ],
  },
};
