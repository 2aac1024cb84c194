import { describe, expect, it } from 'vitest';
import type { PayLaw, Region, RoleId, SalaryEntry, Skill } from '../../data/schema';
import { benchmark } from '../../lib/engine/benchmark';
import { type FlagInput, recruiterFlags } from '../../lib/engine/flags';
import { readReportingLine } from '../../lib/engine/reporting-line';
import { checkSkills } from '../../lib/engine/skills';
import type { Pay, Posting, RegionMatch, Workplace } from '../../lib/engine/types';
import { REGIONS as BENCH_REGIONS, band, pay, RATES, ROLES, roleMatch } from './benchmark-helpers';

const TODAY = '2026-11-26';

const place = (id: string, name: string, parent: string): Region => ({
  id,
  name,
  kind: parent.includes('-') ? 'metro' : 'subdivision',
  parent,
  currency: 'USD',
  aliases: [],
});
// Cities sit under their state, so their laws and the state's are found through one region chain.
const REGIONS: Region[] = [
  ...BENCH_REGIONS,
  place('US-NY-NYC', 'New York City', 'US-NY'),
  place('US-OH', 'Ohio', 'US'),
  place('US-OH-CLE', 'Cleveland', 'US-OH'),
  place('US-OH-CMH', 'Columbus', 'US-OH'),
  ...(['AT', 'MT', 'PL', 'SK'] as const).map((id) => ({
    ...place(id, { AT: 'Austria', MT: 'Malta', PL: 'Poland', SK: 'Slovakia' }[id], 'EUROPE'),
    kind: 'country' as const,
    currency: 'EUR',
  })),
];
const regionMatch = (id: string): RegionMatch => {
  const found = REGIONS.find((r) => r.id === id);
  if (!found) throw new Error(`no test region ${id}`);
  return { id, name: found.name, evidence: `test: ${id}` };
};

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
    sources: ['ny-lab-law-194-b', 'rangewise-design'],
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
    id: 'us-ny-nyc',
    name: 'NYC Local Law 32',
    regions: ['US-NY-NYC'],
    effective: '2022-11-01',
    minEmployees: 4,
    remote: 'covered',
    sources: ['nyc-local-law-32-2022', 'rangewise-design'],
  }),
  law({
    id: 'us-oh-cle',
    name: 'Cleveland Ord. 104-2025',
    regions: ['US-OH-CLE'],
    effective: '2025-10-27',
    minEmployees: 15,
    remote: 'not-covered',
  }),
  law({
    id: 'us-oh-cmh',
    name: 'Columbus Ord. 2898-2025',
    regions: ['US-OH-CMH'],
    effective: '2025-12-03',
    enforcedFrom: '2027-01-01',
    minEmployees: 15,
    remote: 'not-covered',
  }),
  law({
    id: 'eu',
    name: 'EU Pay Transparency Directive',
    regions: ['DE', 'NL', 'IT', 'AT', 'MT', 'PL', 'SK'],
    effective: '2026-06-07',
    duty: 'before-interview',
    directive: true,
  }),
  law({
    id: 'it',
    name: 'Italian pay transparency decree',
    regions: ['IT'],
    effective: '2026-06-01',
    transposes: 'eu',
    confidence: 'low',
    uncertain: 'its commencement date was not seen',
  }),
  law({ id: 'it-certain', name: 'a certain Italian law', regions: ['IT'], effective: '2027-03-01' }),
  law({
    id: 'pl',
    name: 'Polish Labour Code',
    regions: ['PL'],
    effective: '2025-12-24',
    duty: 'before-contract',
    transposes: 'eu',
  }),
  law({
    id: 'at',
    name: 'Austrian GlBG § 9(2)',
    regions: ['AT'],
    effective: '2011-03-01',
    exemptLevels: { levels: ['c-suite', 'vp'], reason: 'executives have no binding minimum pay' },
    appliesIf: 'the role has a binding minimum pay',
  }),
];

const skill = (
  id: string,
  group: Skill['group'],
  phrases: string[],
  label: string,
  sources: string[],
): Skill => ({
  id,
  group,
  label,
  phrases,
  roles: [],
  sources,
});
const SKILLS: Skill[] = [
  skill('eu_ai_act', 'governance', ['eu ai act'], 'EU AI Act', ['eu-ai-act-2024-1689', 'jobdescription-org']),
  skill('nist', 'governance', ['nist ai rmf'], 'NIST AI RMF', ['nist-ai-rmf-1-0', 'jobdescription-org']),
  skill('data_privacy', 'governance', ['gdpr', 'data protection'], 'Data protection & privacy (GDPR)', [
    'gdpr',
  ]),
  skill('pytorch', 'tools', ['pytorch'], 'PyTorch', ['pytorch-docs']),
];

const SALARIES: SalaryEntry[] = [
  band({ role: 'caio', region: 'US', currency: 'USD', low: 280_000, high: 500_000 }),
  band({
    role: 'head_ai',
    region: 'US',
    currency: 'USD',
    basis: 'base+bonus',
    p50: 240_000,
    source: 'head-survey',
  }),
  band({ role: 'vp_ai', region: 'GB', currency: 'GBP', low: 150_000, high: 220_000, source: 'vp-survey' }),
  band({ role: 'caio', region: 'GB', currency: 'GBP', low: 200_000, high: 350_000, source: 'caio-survey' }),
  band({
    role: 'director_ai',
    region: 'US',
    currency: 'USD',
    low: 210_000,
    high: 245_000,
    source: 'director-survey',
  }),
];

const DATA = {
  roles: ROLES,
  payLaws: LAWS,
  regions: REGIONS,
  payLawsCompiled: '2026-11-26',
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
    { salaries: SALARIES, regions: BENCH_REGIONS, rates: RATES, roles: ROLES },
  );
  const input: FlagInput = {
    posting,
    role,
    aiLeadership: c.aiLeadership ?? true,
    pay: posted,
    region,
    benchmark: bench,
    skills: checkSkills(description, roleId, SKILLS),
    reportingLine: readReportingLine(description),
    today: c.today ?? TODAY,
  };
  return recruiterFlags(input, DATA);
}

const ids = (c: Case) => flagsFor(c).map((flag) => flag.id);
const usd = (amount: number) => ({ amount, currency: 'USD' });
const gbp = (amount: number) => ({ amount, currency: 'GBP' });
/** A law as a check names it. */
const ref = (id: string) => {
  const found = LAWS.find((candidate) => candidate.id === id);
  if (!found) throw new Error(`no test law ${id}`);
  return { id, name: found.name, effective: found.effective };
};
const only = (c: Case, id: string) => {
  const found = flagsFor(c).filter((flag) => flag.id === id);
  expect(found).toHaveLength(1);
  return found[0] as NonNullable<(typeof found)[0]>;
};

describe('recruiterFlags: C-suite pay', () => {
  it('fires when a CAIO posting pays at or below the middle of the Head of AI band', () => {
    const flag = only({ pay: pay(200_000, 240_000) }, 'csuite-vp-pay');
    expect(flag).toEqual({
      id: 'csuite-vp-pay',
      severity: 'high',
      code: 'csuite-vp-pay',
      params: {
        role: 'caio',
        postedTop: usd(240_000),
        // $240K is not 15% under the CAIO band's $280K low: only the Head of AI middle.
        short: [
          {
            kind: 'at-or-below-middle',
            role: 'head_ai',
            region: 'US',
            middle: usd(240_000),
            postedInBand: null,
          },
        ],
      },
      sources: ['head-survey'],
    });
  });

  it('fires when a C-suite posting is far below its own band, converting currencies first', () => {
    // $190K is £139.8K: far below £200K-£350K, and below the VP of AI middle (£185K).
    const flag = only({ region: 'GB', pay: pay(170_000, 190_000) }, 'csuite-vp-pay');
    const inPounds = { amount: expect.closeTo(139_800, -2), currency: 'GBP' };
    expect(flag.code === 'csuite-vp-pay' && flag.params).toEqual({
      role: 'caio',
      postedTop: usd(190_000),
      short: [
        {
          kind: 'at-or-below-middle',
          role: 'vp_ai',
          region: 'GB',
          middle: gbp(185_000),
          postedInBand: inPounds,
        },
        {
          kind: 'under-band-low',
          role: 'caio',
          percentUnder: 30,
          bandLow: gbp(200_000),
          postedInBand: inPounds,
        },
      ],
    });
    // Both bands the check names, each cited.
    expect(flag.sources).toEqual(['vp-survey', 'caio-survey']);
    // Posted in pounds, £180K is under the VP middle but only 10% under the CAIO low end.
    const pounds = only({ region: 'GB', pay: pay(160_000, 180_000, 'GBP') }, 'csuite-vp-pay');
    expect(pounds.code === 'csuite-vp-pay' && pounds.params.short).toEqual([
      { kind: 'at-or-below-middle', role: 'vp_ai', region: 'GB', middle: gbp(185_000), postedInBand: null },
    ]);
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
    expect(flag).toEqual({
      id: 'pay-far-below-band',
      severity: 'medium',
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
      sources: ['director-survey'],
    });
  });

  it('pay-far-below-band stays quiet just inside the threshold, and within the band', () => {
    // 210K x 0.85 = 178.5K
    expect(ids({ role: 'director_ai', pay: pay(160_000, 179_000) })).not.toContain('pay-far-below-band');
    expect(ids({ role: 'director_ai', pay: pay(215_000, 240_000) })).not.toContain('pay-far-below-band');
  });

  it('pay-above-band is info, and only when the posted range is above the band', () => {
    expect(only({ role: 'director_ai', pay: pay(250_000, 260_000) }, 'pay-above-band')).toEqual({
      id: 'pay-above-band',
      severity: 'info',
      code: 'pay-above-band',
      params: { bandTop: usd(245_000) },
      sources: ['director-survey'],
    });
    expect(ids({ role: 'director_ai', pay: pay(240_000, 260_000) })).not.toContain('pay-above-band');
  });
});

describe('recruiterFlags: reporting line', () => {
  const below = (description: string, role: RoleId = 'caio') =>
    flagsFor({ description, role }).find((flag) => flag.id === 'csuite-reports-below-chief');

  it('fires when the posting itself puts a chief under a VP, Head or Director, quoting it', () => {
    const flag = below('This role reports into the VP of Engineering.');
    expect(flag?.severity).toBe('medium');
    // The posting's own words: no other source.
    expect(flag?.sources).toEqual([]);
    expect(flag).toMatchObject({
      code: 'csuite-reports-below-chief',
      params: { role: 'caio', to: 'vp', quote: 'reports into the VP of Engineering' },
    });
    expect(below('Reporting to the Head of Data, you will...')).toBeDefined();
    expect(below('You will report to the Director of Technology.', 'cto')).toBeDefined();
  });

  it('claims nothing when the chief reports to another chief, the CEO or the board, or the posting is silent', () => {
    expect(below('The Chief AI Officer reports to the CTO and leads a team of 40.')).toBeUndefined();
    expect(below('Reporting directly to our Chief Information Officer, you will...')).toBeUndefined();
    expect(below('Reports to the CEO and works closely with the VP of Sales.')).toBeUndefined();
    expect(below('Reporting to the Board of Directors.')).toBeUndefined();
    expect(below('Lead AI across the company.')).toBeUndefined();
  });

  it("does not fire for roles below C-suite, or for someone else's line", () => {
    expect(below('The Head of AI reports to the VP of Engineering.', 'head_ai')).toBeUndefined();
    expect(below('Partner with our CTO, who reports to the VP of Product.')).toBeUndefined();
  });
});

describe('recruiterFlags: pay-transparency laws', () => {
  const lawFlags = (c: Case) => flagsFor(c).filter((flag) => flag.id === 'pay-range-missing-law');

  it('fires (high) for a region whose parent chain has a posting law in force, naming the law, its date and its size threshold', () => {
    const [flag, ...rest] = lawFlags({ region: 'US-CA' });
    expect(rest).toEqual([]);
    expect(flag).toEqual({
      id: 'pay-range-missing-law',
      severity: 'high',
      code: 'law-requires-pay',
      params: {
        law: { id: 'us-ca', name: 'California pay scale disclosure', effective: '2023-01-01' },
        region: 'US-CA',
        conditions: { minEmployees: 15, appliesIf: null },
        alsoRequiring: [],
      },
      sources: ['seed-card'],
    });
    // A law for any employer names no threshold.
    expect(lawFlags({ region: 'US-NY' })[0]).toMatchObject({
      code: 'law-requires-pay',
      params: { law: ref('us-ny'), region: 'US-NY', conditions: { minEmployees: null, appliesIf: null } },
    });
  });

  it('does not fire when pay is posted, even as text the parser could not read, or where no law applies', () => {
    expect(lawFlags({ region: 'US-CA', pay: pay(300_000, 400_000) })).toEqual([]);
    expect(lawFlags({ region: 'US-CA', payText: 'Competitive, DOE' })).toEqual([]);
    expect(lawFlags({ region: 'US-TX' })).toEqual([]);
    expect(lawFlags({ region: 'US-OH' })).toEqual([]);
    expect(lawFlags({ region: null })).toEqual([]);
  });

  it('a law from a future date is info, and judged on the date given', () => {
    expect(lawFlags({ region: 'US-DE' })).toEqual([
      {
        id: 'pay-range-missing-law',
        severity: 'info',
        code: 'law-not-yet',
        params: { law: ref('us-de'), duty: 'posting' },
        sources: ['seed-card'],
      },
    ]);
    expect(lawFlags({ region: 'US-DE', today: '2027-09-26' })[0]?.severity).toBe('high');
    expect(lawFlags({ region: 'US-CA', today: '2022-12-31' })[0]?.severity).toBe('info');
  });

  it('New York City: one check, the city law first and the state law named in it', () => {
    const flags = lawFlags({ region: 'US-NY-NYC' });
    expect(flags).toEqual([
      {
        id: 'pay-range-missing-law',
        severity: 'high',
        code: 'law-requires-pay',
        params: {
          law: ref('us-ny-nyc'),
          region: 'US-NY-NYC',
          conditions: { minEmployees: 4, appliesIf: null },
          alsoRequiring: [ref('us-ny')],
        },
        // Both laws it names, each source once.
        sources: ['nyc-local-law-32-2022', 'rangewise-design', 'ny-lab-law-194-b'],
      },
    ]);
    // Before the state law, the city law alone; before both, the nearer date, as info.
    expect(lawFlags({ region: 'US-NY-NYC', today: '2023-01-01' })[0]).toMatchObject({
      code: 'law-requires-pay',
      params: { law: ref('us-ny-nyc'), alsoRequiring: [] },
    });
    expect(lawFlags({ region: 'US-NY-NYC', today: '2022-06-01' })).toEqual([
      {
        id: 'pay-range-missing-law',
        severity: 'info',
        code: 'law-not-yet',
        params: { law: ref('us-ny-nyc'), duty: 'posting' },
        sources: ['nyc-local-law-32-2022', 'rangewise-design'],
      },
    ]);
  });

  it('Ohio cities: Cleveland in force (high); Columbus in effect but enforced from 2027 (medium)', () => {
    expect(lawFlags({ region: 'US-OH-CLE' })[0]).toMatchObject({
      severity: 'high',
      code: 'law-requires-pay',
      params: { law: ref('us-oh-cle'), region: 'US-OH-CLE' },
    });
    expect(lawFlags({ region: 'US-OH-CMH' })).toEqual([
      {
        id: 'pay-range-missing-law',
        severity: 'medium',
        code: 'law-enforced-later',
        params: {
          law: ref('us-oh-cmh'),
          region: 'US-OH-CMH',
          conditions: { minEmployees: 15, appliesIf: null },
          enforcedFrom: '2027-01-01',
          alsoRequiring: [],
        },
        sources: ['seed-card'],
      },
    ]);
    expect(lawFlags({ region: 'US-OH-CMH', today: '2027-01-01' })[0]?.severity).toBe('high');
  });

  it('a remote job anywhere in the US names the states and cities whose laws cover remote roles (medium)', () => {
    const flags = lawFlags({ region: 'US', workplace: 'remote' });
    expect(flags).toHaveLength(1);
    expect(flags[0]?.severity).toBe('medium');
    expect(flags[0]).toMatchObject({
      code: 'remote-laws',
      params: { country: 'US', regions: ['US-CA', 'US-NY', 'US-NY-NYC'] },
    });
    expect(flags[0]?.sources).toEqual([
      'seed-card',
      'ny-lab-law-194-b',
      'rangewise-design',
      'nyc-local-law-32-2022',
    ]);
    // On-site with only the country known: the state, and so the law, is unknown.
    expect(lawFlags({ region: 'US', workplace: 'on-site' })).toEqual([]);
  });

  it('Ontario: not required above CAD 200,000, so a senior role may be exempt (low)', () => {
    const [flag] = lawFlags({ region: 'CA-ON' });
    expect(flag?.severity).toBe('low');
    expect(flag).toMatchObject({
      code: 'law-exempt-above',
      params: { law: ref('ca-on'), region: 'CA-ON', threshold: { amount: 200_000, currency: 'CAD' } },
    });
    expect(lawFlags({ region: 'CA-ON', today: '2025-12-31' })[0]?.severity).toBe('info');
  });

  it('the EU directive is not yet binding where no national law in force is on record', () => {
    expect(lawFlags({ region: 'DE' })).toEqual([
      {
        id: 'pay-range-missing-law',
        severity: 'info',
        code: 'directive-not-transposed',
        params: { law: ref('eu'), region: 'DE', compiled: '2026-11-26' },
        sources: ['seed-card'],
      },
    ]);
    expect(lawFlags({ region: 'DE', today: '2026-05-01' })[0]).toMatchObject({
      code: 'directive-pending',
      params: { law: ref('eu') },
    });
  });

  it('a transposition in force speaks instead of the directive, and an uncertain one claims no duty (info)', () => {
    expect(lawFlags({ region: 'PL' })).toEqual([
      {
        id: 'pay-range-missing-law',
        severity: 'info',
        code: 'law-later-duty',
        params: { law: ref('pl'), region: 'PL', duty: 'before-contract' },
        sources: ['seed-card'],
      },
    ]);
    expect(lawFlags({ region: 'IT' })).toEqual([
      {
        id: 'pay-range-missing-law',
        severity: 'info',
        code: 'law-uncertain',
        params: {
          law: ref('it'),
          region: 'IT',
          duty: 'posting',
          doubt: 'its commencement date was not seen',
        },
        sources: ['seed-card'],
      },
    ]);
    // A certain posting duty in force outranks the uncertain one.
    expect(lawFlags({ region: 'IT', today: '2027-03-01' })[0]?.severity).toBe('high');
  });

  it('Austria: the job-ad rule does not reach executive roles (info); for others it states its condition', () => {
    expect(lawFlags({ region: 'AT' })).toEqual([
      {
        id: 'pay-range-missing-law',
        severity: 'info',
        code: 'law-exempt-level',
        params: { law: ref('at'), reason: 'executives have no binding minimum pay' },
        sources: ['seed-card'],
      },
    ]);
    expect(lawFlags({ region: 'AT', role: 'director_ai' })[0]).toEqual({
      id: 'pay-range-missing-law',
      severity: 'high',
      code: 'law-requires-pay',
      params: {
        law: ref('at'),
        region: 'AT',
        conditions: { minEmployees: null, appliesIf: 'the role has a binding minimum pay' },
        alsoRequiring: [],
      },
      sources: ['seed-card'],
    });
  });
});

describe('recruiterFlags: governance', () => {
  it('fires for an AI leadership posting that mentions no governance item', () => {
    const flag = only({ description: 'Build models with PyTorch.' }, 'no-governance');
    expect(flag.severity).toBe('low');
    expect(flag).toMatchObject({ code: 'no-governance', params: { examples: ['eu_ai_act', 'nist'] } });
    // The governance skills' sources, each once; the privacy item it does not count is not cited.
    expect(flag.sources).toEqual(['eu-ai-act-2024-1689', 'jobdescription-org', 'nist-ai-rmf-1-0']);
  });

  it('does not fire with a governance mention, outside AI leadership, or without a readable description', () => {
    expect(ids({ description: 'Own our NIST AI RMF programme.' })).not.toContain('no-governance');
    expect(ids({ description: 'Build models.', aiLeadership: false })).not.toContain('no-governance');
    expect(ids({ description: null })).not.toContain('no-governance');
  });

  it('does not take a privacy notice for AI governance work', () => {
    const notice =
      'Build models. We process your personal data under the GDPR; see our data protection notice.';
    expect(ids({ description: notice })).toContain('no-governance');
    expect(ids({ description: `${notice} Own our EU AI Act programme.` })).not.toContain('no-governance');
  });
});

describe('recruiterFlags: shape of the posted range', () => {
  it('open-ended-range: a top more than twice the bottom, or only a floor', () => {
    expect(only({ role: 'director_ai', pay: pay(100_000, 250_000) }, 'open-ended-range')).toMatchObject({
      code: 'wide-range',
      params: { low: usd(100_000), high: usd(250_000), ratio: 2.5 },
    });
    expect(ids({ role: 'director_ai', pay: pay(125_000, 250_000) })).not.toContain('open-ended-range');
    expect(
      only({ role: 'director_ai', pay: pay(200_000, 200_000, 'USD', { bound: 'from' }) }, 'open-ended-range'),
    ).toMatchObject({ code: 'floor-only', params: { low: usd(200_000) } });
  });

  it('single-figure-or-up-to: one figure, or only a top', () => {
    expect(only({ role: 'director_ai', pay: pay(220_000, 220_000) }, 'single-figure-or-up-to')).toEqual({
      id: 'single-figure-or-up-to',
      severity: 'info',
      code: 'single-figure',
      params: { amount: usd(220_000) },
      sources: [],
    });
    const upTo = only(
      { role: 'director_ai', pay: pay(220_000, 220_000, 'USD', { bound: 'up-to' }) },
      'single-figure-or-up-to',
    );
    expect(upTo).toMatchObject({ code: 'top-only', params: { high: usd(220_000) } });
    expect(ids({ role: 'director_ai', pay: pay(210_000, 240_000) })).not.toContain('single-figure-or-up-to');
  });
});

describe('recruiterFlags: order', () => {
  it('sorts most severe first', () => {
    const flags = flagsFor({
      region: 'US-CA',
      description: 'Reports to the VP of Engineering. Build models.',
    });
    expect(flags.map((flag) => flag.severity)).toEqual(['high', 'medium', 'low']);
    expect(flags.map((flag) => flag.id)).toEqual([
      'pay-range-missing-law',
      'csuite-reports-below-chief',
      'no-governance',
    ]);
  });
});
