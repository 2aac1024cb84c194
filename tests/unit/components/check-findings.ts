// One finding per recruiter check code (lib/engine/types.ts FlagFinding), with made-up figures: for the tests
// that word every check (checks-section.test.tsx) and that look for words outside the catalogue.
import type { FlagCode, FlagFinding, LawRef } from '../../../lib/engine/types';

const usd = (amount: number) => ({ amount, currency: 'USD' });
const eur = (amount: number) => ({ amount, currency: 'EUR' });
const ca: LawRef = { id: 'us-ca', name: 'California pay scale disclosure', effective: '2023-01-01' };
const eu: LawRef = { id: 'eu', name: 'EU Pay Transparency Directive', effective: '2026-06-07' };
const noConditions = { minEmployees: null, appliesIf: null };

/** Keyed by code, so a new code without a finding here does not compile. */
export const CHECK_FINDINGS: { [Code in FlagCode]: Extract<FlagFinding, { code: Code }> } = {
  'pay-above-band': { code: 'pay-above-band', params: { bandTop: usd(340_000) } },
  'pay-far-below-band': {
    code: 'pay-far-below-band',
    params: {
      postedTop: usd(175_000),
      short: {
        kind: 'under-band-low',
        role: 'director_ai',
        percentUnder: 17,
        bandLow: usd(210_000),
        postedInBand: null,
      },
    },
  },
  'csuite-vp-pay': {
    code: 'csuite-vp-pay',
    params: {
      role: 'caio',
      postedTop: usd(190_000),
      short: [
        {
          kind: 'at-or-below-middle',
          role: 'head_ai',
          region: 'US',
          middle: eur(185_000),
          postedInBand: eur(161_100),
        },
        {
          kind: 'under-band-low',
          role: 'caio',
          percentUnder: 30,
          bandLow: eur(230_000),
          postedInBand: eur(161_100),
        },
      ],
    },
  },
  'csuite-reports-below-chief': {
    code: 'csuite-reports-below-chief',
    params: { role: 'caio', to: 'vp', quote: 'reports into the VP of Engineering' },
  },
  'law-requires-pay': {
    code: 'law-requires-pay',
    params: {
      law: ca,
      region: 'US-CA',
      conditions: { minEmployees: 15, appliesIf: 'the role has a binding minimum pay' },
      alsoRequiring: [{ id: 'us', name: 'A federal rule', effective: '2024-06-30' }],
    },
  },
  'law-enforced-later': {
    code: 'law-enforced-later',
    params: {
      law: ca,
      region: 'US-CA',
      conditions: noConditions,
      enforcedFrom: '2027-01-01',
      alsoRequiring: [],
    },
  },
  'law-exempt-above': {
    code: 'law-exempt-above',
    params: { law: ca, region: 'US', conditions: noConditions, threshold: usd(200_000), alsoRequiring: [] },
  },
  'law-later-duty': { code: 'law-later-duty', params: { law: ca, region: 'DE', duty: 'before-contract' } },
  'law-uncertain': {
    code: 'law-uncertain',
    params: { law: ca, region: 'US-CA', duty: 'posting', doubt: 'its commencement date was not seen' },
  },
  'law-not-yet': { code: 'law-not-yet', params: { law: eu, duty: 'before-interview' } },
  'law-exempt-level': {
    code: 'law-exempt-level',
    params: { law: ca, reason: 'executives have no binding minimum pay' },
  },
  'directive-pending': { code: 'directive-pending', params: { law: eu } },
  'directive-not-transposed': {
    code: 'directive-not-transposed',
    params: { law: eu, region: 'DE', compiled: '2026-11-26' },
  },
  'remote-laws': { code: 'remote-laws', params: { country: 'US', regions: ['US-CA'] } },
  'no-governance': { code: 'no-governance', params: { examples: ['eu_ai_act', 'nist_ai_rmf'] } },
  'wide-range': { code: 'wide-range', params: { low: usd(100_000), high: usd(250_000), ratio: 2.5 } },
  'floor-only': { code: 'floor-only', params: { low: usd(200_000) } },
  'top-only': { code: 'top-only', params: { high: usd(220_000) } },
  'single-figure': { code: 'single-figure', params: { amount: usd(220_000) } },
};
