import { describe, expect, it } from 'vitest';
import type { PayLaw, RoleId, SalaryEntry, Skill } from '../../data/schema';
import { benchmark } from '../../lib/engine/benchmark';
import { type FlagInput, recruiterFlags } from '../../lib/engine/flags';
import { checkSkills } from '../../lib/engine/skills';
import type { Pay, Posting, Workplace } from '../../lib/engine/types';
import { band, pay, RATES, REGIONS, ROLES, regionMatch, roleMatch } from './benchmark-helpers';

const TODAY = '2026-11-26';

const law = (fields: Partial<PayLaw> & Pick<PayLaw, 'id' | 'name' | 'regions' | 'effective'>): PayLaw => ({
  duty: 'posting',
  minEmployees: null,
  remote: 'not-addressed',
  requires: 'a pay range',
  sources: ['seed-card'],
  confidence: 'high',
  ...fields,
});

const LAWS: PayLaw[] = [
  law({
    id: 'us-ca',
    name: 'California pay scale disclosure',
    regions: ['US-CA'],
    effective: '2023-01-01',
    minEmployees: 15,
    remote: 'covered',
  }),
  law({
    id: 'us-ny',
    name: 'New York pay transparency law',
    regions: ['US-NY'],
    effective: '2023-09-17',
    remote: 'covered',
  }),
  law({
    id: 'us-de',
    name: 'Delaware HB 105',
    regions: ['US-DE'],
    effective: '2027-09-26',
    remote: 'partly',
  }),
  law({
    id: 'ca-on',
    name: 'Ontario ESA job-posting rules',
    regions: ['CA-ON'],
    effective: '2026-01-01',
    remote: 'partly',
    exemptAbove: { amount: 200_000, currency: 'CAD' },
  }),
  law({
    id: 'eu',
    name: 'EU Pay Transparency Directive',
    regions: ['DE', 'NL', 'IT'],
    effective: '2026-06-07',
    duty: 'before-interview',
  }),
  law({ id: 'it', name: 'Italian pay transparency decree', regions: ['IT'], effective: '2026-06-01' }),
];

const skill = (id: string, group: Skill['group'], phrases: string[], label = id): Skill => ({
  id,
  group,
  label,
  phrases,
  roles: [],
  sources: ['seed-card'],
});
const SKILLS: Skill[] = [
  skill('eu_ai_act', 'governance', ['eu ai act'], 'EU AI Act'),
  skill('nist', 'governance', ['nist ai rmf'], 'NIST AI RMF'),
  skill('pytorch', 'tools', ['pytorch'], 'PyTorch'),
];

const SALARIES: SalaryEntry[] = [
  band({ role: 'caio', region: 'US', currency: 'USD', low: 280_000, high: 500_000 }),
  band({ role: 'head_ai', region: 'US', currency: 'USD', basis: 'base+bonus', p50: 240_000 }),
  band({ role: 'vp_ai', region: 'GB', currency: 'GBP', low: 150_000, high: 220_000 }),
  band({ role: 'caio', region: 'GB', currency: 'GBP', low: 200_000, high: 350_000 }),
  band({ role: 'director_ai', region: 'US', currency: 'USD', low: 210_000, high: 245_000 }),
];

const DATA = {
  roles: ROLES,
  payLaws: LAWS,
  regions: REGIONS,
  skills: SKILLS,
  salaries: SALARIES,
  rates: RATES,
};

const field = <T>(value: T | null) =>
  value === null ? { value: null, reason: 'not on page' } : { value, source: 'test' };

interface Case {
  role?: RoleId | null;
  region?: string | null;
  pay?: Pay | null;
  payText?: string | null;
  description?: string | null;
  workplace?: Workplace | null;
  aiLeadership?: boolean;
  today?: string;
}

/** Runs the real benchmark and skill check on the case, as analyze does, then the flags. */
function flagsFor(c: Case) {
  const roleId = c.role === undefined ? 'caio' : c.role;
  const role = roleId ? roleMatch(roleId) : null;
  const region = c.region === undefined ? regionMatch('US') : c.region ? regionMatch(c.region) : null;
  const posted = c.pay ?? null;
  const description = c.description === undefined ? 'Lead AI, under the EU AI Act.' : c.description;
  const posting: Posting = {
    site: 'generic',
    url: 'https://example.com/job/1',
    jobId: null,
    title: field('Test title'),
    company: field('Example Co'),
    location: field('Somewhere'),
    workplace: field(c.workplace ?? 'on-site'),
    payText: field(c.payText ?? (posted ? posted.text : null)),
    structuredPay: null,
    description: field(description),
  };
  const bench = benchmark(
    { role, region, pay: posted, displayCurrency: 'USD', basis: 'base' },
    { salaries: SALARIES, regions: REGIONS, rates: RATES, roles: ROLES },
  );
  const input: FlagInput = {
    posting,
    role,
    aiLeadership: c.aiLeadership ?? true,
    pay: posted,
    region,
    benchmark: bench,
    skills: checkSkills(description, roleId, SKILLS),
    today: c.today ?? TODAY,
  };
  return recruiterFlags(input, DATA);
}

const ids = (c: Case) => flagsFor(c).map((flag) => flag.id);
const only = (c: Case, id: string) => {
  const found = flagsFor(c).filter((flag) => flag.id === id);
  expect(found).toHaveLength(1);
  return found[0] as NonNullable<(typeof found)[0]>;
};

describe('recruiterFlags: C-suite pay', () => {
  it('fires when a CAIO posting pays at or below the middle of the Head of AI band', () => {
    const flag = only({ pay: pay(200_000, 240_000) }, 'csuite-vp-pay');
    expect(flag.severity).toBe('high');
    expect(flag.message).toContain(
      'Chief AI Officer title, but the posted top ($240K) is at or below the middle of Head of AI pay in the United States ($240K)',
    );
  });

  it('fires when a C-suite posting is far below its own band, converting currencies first', () => {
    // $190K is £139.8K: far below £200K-£350K, and below the VP of AI middle (£185K).
    const flag = only({ region: 'GB', pay: pay(170_000, 190_000) }, 'csuite-vp-pay');
    expect(flag.message).toBe(
      'Chief AI Officer title, but the posted top ($190K) ' +
        'is at or below the middle of VP of AI pay in the United Kingdom (£185K; the posted top is ≈£140K) ' +
        'and is 30% under the low end of the Chief AI Officer band (£200K; the posted top is ≈£140K): ' +
        'VP or Head pay, not C-suite pay',
    );
    // Posted in pounds, £180K is under the VP middle but only 10% under the CAIO low end.
    const pounds = only({ region: 'GB', pay: pay(160_000, 180_000, 'GBP') }, 'csuite-vp-pay');
    expect(pounds.message).toContain('middle of VP of AI pay');
    expect(pounds.message).not.toContain('under the low end');
    expect(ids({ region: 'GB', pay: pay(170_000, 190_000, 'GBP') })).not.toContain('csuite-vp-pay');
  });

  it('does not fire for C-suite pay above the VP/Head middle and inside its band, nor for non-C-suite roles', () => {
    expect(ids({ pay: pay(300_000, 420_000) })).not.toContain('csuite-vp-pay');
    expect(ids({ role: 'director_ai', pay: pay(200_000, 240_000) })).not.toContain('csuite-vp-pay');
  });
});

describe('recruiterFlags: pay against the band', () => {
  it('pay-far-below-band fires when the posted top is more than 15% under the band low', () => {
    const flag = only({ role: 'director_ai', pay: pay(150_000, 175_000) }, 'pay-far-below-band');
    expect(flag.severity).toBe('medium');
    expect(flag.message).toContain('17% under the low end of the Director of AI band ($210K)');
  });

  it('pay-far-below-band stays quiet just inside the threshold, and within the band', () => {
    // 210K x 0.85 = 178.5K
    expect(ids({ role: 'director_ai', pay: pay(160_000, 179_000) })).not.toContain('pay-far-below-band');
    expect(ids({ role: 'director_ai', pay: pay(215_000, 240_000) })).not.toContain('pay-far-below-band');
  });

  it('pay-above-band is info, and only when the posted range is above the band', () => {
    expect(only({ role: 'director_ai', pay: pay(250_000, 260_000) }, 'pay-above-band').severity).toBe('info');
    expect(ids({ role: 'director_ai', pay: pay(240_000, 260_000) })).not.toContain('pay-above-band');
  });
});

describe('recruiterFlags: reporting line', () => {
  const reports = (description: string, role: RoleId = 'caio') =>
    ids({ description, role }).includes('csuite-reports-to-cxo');

  it('fires when a chief reports to another chief or a VP', () => {
    expect(reports('The Chief AI Officer reports to the CTO and leads a team of 40.')).toBe(true);
    expect(reports('Reporting directly to our Chief Information Officer, you will...')).toBe(true);
    expect(reports('This role reports into the VP of Engineering.')).toBe(true);
    expect(reports('You will report to the Chief Data Officer', 'cto')).toBe(true);
    const flag = only({ description: 'Reports to the CIO.' }, 'csuite-reports-to-cxo');
    expect(flag).toMatchObject({ severity: 'medium' });
    expect(flag.message).toContain('reports to the CIO');
  });

  it('does not fire for the CEO or the board, across a sentence break, or for roles below C-suite', () => {
    expect(reports('Reports to the CEO and works closely with the CTO.')).toBe(false);
    expect(reports('Reporting to the Board of Directors.')).toBe(false);
    expect(reports('Reports to the Chief Executive Officer.')).toBe(false);
    expect(reports('Who you report to. CTO office hours are weekly.')).toBe(false);
    expect(reports('The Head of AI reports to the CTO.', 'head_ai')).toBe(false);
    expect(reports('Our reporter to the CTO')).toBe(false);
  });
});

describe('recruiterFlags: pay-transparency laws', () => {
  const lawFlags = (c: Case) => flagsFor(c).filter((flag) => flag.id === 'pay-range-missing-law');

  it('fires (high) for a region whose parent chain has a posting law in force, naming the law and its date', () => {
    const [flag, ...rest] = lawFlags({ region: 'US-CA' });
    expect(rest).toEqual([]);
    expect(flag?.severity).toBe('high');
    expect(flag?.message).toBe(
      'No pay posted, though California pay scale disclosure requires it in job ads in California since 2023-01-01 (employers with 15+ employees)',
    );
  });

  it('does not fire when pay is posted, even as text the parser could not read, or where no law applies', () => {
    expect(lawFlags({ region: 'US-CA', pay: pay(300_000, 400_000) })).toEqual([]);
    expect(lawFlags({ region: 'US-CA', payText: 'Competitive, DOE' })).toEqual([]);
    expect(lawFlags({ region: 'US-TX' })).toEqual([]);
    expect(lawFlags({ region: null })).toEqual([]);
  });

  it('a law from a future date is info, and judged on the date given', () => {
    expect(lawFlags({ region: 'US-DE' })).toEqual([
      {
        id: 'pay-range-missing-law',
        severity: 'info',
        message: 'No pay posted; Delaware HB 105 requires pay in job ads from 2027-09-26',
      },
    ]);
    expect(lawFlags({ region: 'US-DE', today: '2027-09-26' })[0]?.severity).toBe('high');
    expect(lawFlags({ region: 'US-CA', today: '2022-12-31' })[0]?.severity).toBe('info');
  });

  it('a remote job anywhere in the US names the states whose laws cover remote roles (medium)', () => {
    const flags = lawFlags({ region: 'US', workplace: 'remote' });
    expect(flags).toHaveLength(1);
    expect(flags[0]?.severity).toBe('medium');
    expect(flags[0]?.message).toBe(
      'No pay posted for a remote role in the United States; the laws of California, New York cover remote jobs that could be filled there',
    );
    // On-site with only the country known: the state, and so the law, is unknown.
    expect(lawFlags({ region: 'US', workplace: 'on-site' })).toEqual([]);
  });

  it('Ontario: not required above CAD 200,000, so a senior role may be exempt (low)', () => {
    const [flag] = lawFlags({ region: 'CA-ON' });
    expect(flag?.severity).toBe('low');
    expect(flag?.message).toContain(
      'not when the pay is above CA$200K a year, so a senior role may be exempt',
    );
    expect(lawFlags({ region: 'CA-ON', today: '2025-12-31' })[0]?.severity).toBe('info');
  });

  it('the EU directive adds nothing where a national law already requires pay in the advert', () => {
    const flags = lawFlags({ region: 'IT' });
    expect(flags.map((flag) => flag.severity)).toEqual(['high']);
    expect(flags[0]?.message).toContain(
      'Italian pay transparency decree requires it in job ads in Italy since 2026-06-01',
    );
    // Before either is in force, both are said, as info.
    expect(lawFlags({ region: 'IT', today: '2026-05-15' })).toEqual([
      {
        id: 'pay-range-missing-law',
        severity: 'info',
        message:
          'No pay posted; EU Pay Transparency Directive requires the pay or its range before the interview from 2026-06-07',
      },
      {
        id: 'pay-range-missing-law',
        severity: 'info',
        message: 'No pay posted; Italian pay transparency decree requires pay in job ads from 2026-06-01',
      },
    ]);
  });

  it('the EU directive (disclosure before the interview) is info', () => {
    expect(lawFlags({ region: 'DE' })).toEqual([
      {
        id: 'pay-range-missing-law',
        severity: 'info',
        message:
          'No pay posted; under EU Pay Transparency Directive (from 2026-06-07) the pay or its range must be given before the interview',
      },
    ]);
  });
});

describe('recruiterFlags: governance', () => {
  it('fires for an AI leadership posting that mentions no governance item', () => {
    const flag = only({ description: 'Build models with PyTorch.' }, 'no-governance');
    expect(flag.severity).toBe('low');
    expect(flag.message).toContain('(such as EU AI Act, NIST AI RMF)');
  });

  it('does not fire with a governance mention, outside AI leadership, or without a readable description', () => {
    expect(ids({ description: 'Own our NIST AI RMF programme.' })).not.toContain('no-governance');
    expect(ids({ description: 'Build models.', aiLeadership: false })).not.toContain('no-governance');
    expect(ids({ description: null })).not.toContain('no-governance');
  });
});

describe('recruiterFlags: shape of the posted range', () => {
  it('open-ended-range: a top more than twice the bottom, or only a floor', () => {
    expect(only({ role: 'director_ai', pay: pay(100_000, 250_000) }, 'open-ended-range').message).toContain(
      '2.5x',
    );
    expect(ids({ role: 'director_ai', pay: pay(125_000, 250_000) })).not.toContain('open-ended-range');
    expect(ids({ role: 'director_ai', pay: pay(200_000, 200_000, 'USD', { bound: 'from' }) })).toContain(
      'open-ended-range',
    );
  });

  it('single-figure-or-up-to: one figure, or only a top', () => {
    expect(only({ role: 'director_ai', pay: pay(220_000, 220_000) }, 'single-figure-or-up-to').severity).toBe(
      'info',
    );
    const upTo = only(
      { role: 'director_ai', pay: pay(220_000, 220_000, 'USD', { bound: 'up-to' }) },
      'single-figure-or-up-to',
    );
    expect(upTo.message).toContain('up to $220K');
    expect(ids({ role: 'director_ai', pay: pay(210_000, 240_000) })).not.toContain('single-figure-or-up-to');
  });
});

describe('recruiterFlags: order', () => {
  it('sorts most severe first', () => {
    const flags = flagsFor({ region: 'US-CA', description: 'Reports to the CTO. Build models.' });
    expect(flags.map((flag) => flag.severity)).toEqual(['high', 'medium', 'low']);
    expect(flags.map((flag) => flag.id)).toEqual([
      'pay-range-missing-law',
      'csuite-reports-to-cxo',
      'no-governance',
    ]);
  });
});
