// Postings for the ledger tests: one AI-leadership sighting, and ways to vary it.
import type { CardStar, PostingSighting } from '../../lib/extension/ledger-schema';

export const DESCRIPTION =
  'Acme is hiring a Head of AI to lead our applied machine learning group. You will own the model roadmap, ' +
  'build evaluation for foundation models, set up responsible AI governance under the EU AI Act and NIST AI ' +
  'RMF, grow a team of twelve engineers and researchers, and report to the chief technology officer. You have ' +
  'shipped machine learning products at scale, managed managers, and explained model risk to a board.';

export function sighting(overrides: Partial<PostingSighting> = {}): PostingSighting {
  return {
    site: 'greenhouse',
    jobId: '1001',
    url: 'https://boards.greenhouse.io/acme/jobs/1001',
    title: 'Head of AI',
    company: 'Acme',
    location: 'London, UK',
    roleId: 'head_ai',
    level: 'head',
    pay: {
      min: 150_000,
      max: 190_000,
      currency: 'GBP',
      period: 'year',
      annualMin: 150_000,
      annualMax: 190_000,
    },
    datePosted: '2026-03-01',
    validThrough: null,
    description: DESCRIPTION,
    ...overrides,
  };
}

export const DAY = 86_400_000;
export const T0 = Date.UTC(2026, 2, 10, 9, 0, 0);

/** The fixture's posting as its list card shows it: no description, no dates, its pay as the card words it. */
export function cardStar(overrides: Partial<CardStar> = {}): CardStar {
  const { description: _d, datePosted: _p, validThrough: _v, pay: _pay, ...shown } = sighting();
  return { ...shown, jobId: '1001', payText: '£150,000 - £190,000 a year', ...overrides };
}
