// A made-up posting that takes every step of the analysis: the background analyses it when it starts, and the
// lens draws its panel off the page, so the first real posting meets compiled code on both sides.
import type { Posting, Workplace } from './types';

const WARM_UP = <T>(value: T) => ({ value, source: 'warm-up' });
export const WARM_UP_POSTING: Posting = {
  site: 'generic',
  url: 'https://example.com/jobs/1',
  jobId: null,
  title: WARM_UP('Chief AI Officer'),
  company: WARM_UP('Example'),
  location: WARM_UP('San Francisco, CA'),
  workplace: WARM_UP<Workplace>('hybrid'),
  payText: WARM_UP('$300,000 - $400,000 a year'),
  structuredPay: null,
  description: WARM_UP(
    'We are hiring a Chief AI Officer to lead AI strategy and responsible AI. The base salary is $300,000 - $400,000 per year plus equity.',
  ),
};
