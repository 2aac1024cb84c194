// Wellfound (ex AngelList Talent): wellfound.com/jobs/<id>-<slug>. Classes are hashed CSS modules, so
// data-test hooks come first; JSON-LD, where a page carries it, is read before any of these.
import { MONEY, type SiteAdapter } from './adapter';

export const wellfound: SiteAdapter = {
  id: 'wellfound',
  urls: [/^https?:\/\/(?:www\.)?wellfound\.com\/(?:jobs\/\d+|company\/[^/]+\/jobs\/\d+)/],
  jobIdFromUrl: [/\/jobs\/(\d+)/],
  fields: {
    title: [{ css: 'h1', seen: '2026-06' }],
    company: [
      { css: '[data-test="StartupLink"]', seen: '2026-06' },
      { css: 'a[href*="wellfound.com/company/"], a[href^="/company/"]', seen: '2026-06' },
    ],
    location: [{ css: '[data-test="JobLocation"]', seen: '2026-06' }],
    workplace: [{ css: '[data-test="JobRemotePolicy"]', seen: '2026-06' }],
    payText: [
      { css: '[data-test="JobCompensation"]', seen: '2026-06' },
      { css: '[class*="styles_compensation__"]', match: MONEY, seen: '2026-06' },
    ],
    description: [
      { css: '[data-test="JobDescription"]', seen: '2026-06' },
      { css: '[class*="styles_description__"]', seen: '2026-06' },
    ],
  },
};
