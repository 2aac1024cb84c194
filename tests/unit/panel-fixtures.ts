// A small, fixed world for the panel tests: a few roles, regions, bands and skills, parsed through the real
// schemas so the fixture cannot drift from the data's shape. Figures are the seed card's and aijobs.net's
// (the research notes' section 1); the sample posting is made up and names no person.
import type { BundledData } from '../../data';
import { RatesFile, RegionsFile, RolesFile, SalariesFile, SkillsFile, SourcesFile } from '../../data/schema';
import type { Analysis, BenchmarkResult, Pay } from '../../lib/engine/types';

const fact = (text: string) => ({ text, sources: ['seed-card'], confidence: 'medium' as const });
const titles = (en: string) => ({ en: [en], de: [], fr: [], es: [] });

function role(
  id: string,
  name: string,
  short: string,
  level: string,
  aiRole: boolean,
  facts: [string, string, string, string],
) {
  const [scope, reportsTo, board, experience] = facts;
  return {
    id,
    name,
    short,
    level,
    aiRole,
    scope: fact(scope),
    reportsTo: fact(reportsTo),
    boardAccountability: fact(board),
    experience: fact(experience),
    reachedFrom: fact('Not found in sources.'),
    titles: titles(name.toLowerCase()),
    abbreviations: [short.toLowerCase()],
  };
}

export function sampleData(): BundledData {
  const skills = SkillsFile.parse({
    groups: [
      { id: 'technical', name: 'Technical' },
      { id: 'governance', name: 'Responsible AI & governance' },
      { id: 'business', name: 'Business & executive' },
      { id: 'tools', name: 'Tool stack' },
    ],
    skills: [
      {
        id: 'foundation_models',
        group: 'technical',
        label: 'Foundation models & LLMs',
        phrases: ['llm'],
        roles: ['caio'],
        sources: ['seed-card'],
      },
      {
        id: 'model_lifecycle',
        group: 'technical',
        label: 'Model lifecycle / MLOps',
        phrases: ['mlops'],
        roles: ['caio'],
        sources: ['seed-card'],
      },
      {
        id: 'evaluation',
        group: 'technical',
        label: 'Evaluation pipelines',
        phrases: ['evals'],
        roles: ['caio'],
        sources: ['seed-card'],
      },
      {
        id: 'nist_ai_rmf',
        group: 'governance',
        label: 'NIST AI RMF',
        phrases: ['nist ai rmf'],
        roles: ['caio'],
        sources: ['seed-card'],
      },
      {
        id: 'eu_ai_act',
        group: 'governance',
        label: 'EU AI Act',
        phrases: ['eu ai act'],
        roles: ['caio'],
        sources: ['seed-card'],
      },
      {
        id: 'ai_strategy',
        group: 'business',
        label: 'AI strategy',
        phrases: ['ai strategy'],
        roles: ['caio'],
        sources: ['seed-card'],
      },
      {
        id: 'board_comms',
        group: 'business',
        label: 'Board communication',
        phrases: ['board'],
        roles: ['caio'],
        sources: ['seed-card'],
      },
      {
        id: 'pytorch',
        group: 'tools',
        label: 'PyTorch',
        phrases: ['pytorch'],
        roles: ['director_ai'],
        sources: ['seed-card'],
      },
    ],
  });
  return {
    sources: SourcesFile.parse({
      sources: [
        {
          id: 'seed-card',
          title: 'Project seed card',
          publisher: 'AI Leadership Lens',
          url: null,
          date: '2026',
          confidence: 'low',
        },
        {
          id: 'aijobs-net-2025',
          title: 'AI, ML, data science salaries',
          publisher: 'aijobs.net',
          url: 'https://aijobs.net/salaries/',
          date: '2025-01-19',
          confidence: 'medium',
        },
        {
          id: 'heidrick-2023-europe',
          title: 'Data and AI executive survey',
          publisher: 'Heidrick & Struggles',
          url: null,
          date: '2024-01-31',
          confidence: 'medium',
        },
      ],
    }).sources,
    cities: [],
    regions: RegionsFile.parse({
      regions: [
        { id: 'US', name: 'United States', kind: 'country', parent: null, currency: 'USD', aliases: ['usa'] },
        {
          id: 'US-CA',
          name: 'California',
          kind: 'subdivision',
          parent: 'US',
          currency: 'USD',
          aliases: ['california'],
        },
        {
          id: 'EUROPE',
          name: 'Europe',
          kind: 'aggregate',
          parent: null,
          currency: 'EUR',
          aliases: ['europe'],
        },
        {
          id: 'DE',
          name: 'Germany',
          kind: 'country',
          parent: 'EUROPE',
          currency: 'EUR',
          aliases: ['germany'],
        },
      ],
    }).regions,
    roles: RolesFile.parse({
      roles: [
        role('caio', 'Chief AI Officer', 'CAIO', 'c-suite', true, [
          'AI strategy and budgets',
          'CEO or board',
          'Yes',
          'Not found',
        ]),
        role('cto', 'Chief Technology Officer', 'CTO', 'c-suite', false, [
          'Technology strategy',
          'CEO',
          'Executive team',
          '15+ years',
        ]),
        role('cdo', 'Chief Data Officer', 'CDO', 'c-suite', false, [
          'Data strategy and governance',
          'C-suite or one below',
          'Sometimes',
          'Not found',
        ]),
        role('vp_ai', 'VP of AI', 'VP AI', 'vp', true, [
          'Company-wide AI strategy',
          'CTO, CPO or CEO',
          'No',
          '12-18 years',
        ]),
        role('head_ai', 'Head of AI', 'Head of AI', 'head', true, [
          'Senior-most AI role without a CAIO',
          'Not stated',
          'No',
          '10-15 years',
        ]),
        role('director_ai', 'Director of AI', 'Dir. AI', 'director', true, [
          'Leads several ML teams',
          'Not stated',
          'No',
          '10+ years',
        ]),
      ],
    }).roles,
    salaries: SalariesFile.parse({
      entries: [
        {
          kind: 'band',
          id: 'caio-us-base',
          role: 'caio',
          region: 'US',
          currency: 'USD',
          basis: 'base',
          low: 280000,
          high: 500000,
          source: 'seed-card',
          year: 2026,
          confidence: 'low',
        },
        {
          kind: 'band',
          id: 'caio-us-total',
          role: 'caio',
          region: 'US',
          currency: 'USD',
          basis: 'total',
          low: 500000,
          high: 1000000,
          highOpen: true,
          source: 'seed-card',
          year: 2026,
          confidence: 'medium',
        },
        {
          kind: 'band',
          id: 'caio-europe-base',
          role: 'caio',
          region: 'EUROPE',
          currency: 'USD',
          basis: 'base',
          p50: 261000,
          source: 'heidrick-2023-europe',
          year: 2023,
          confidence: 'medium',
          proxy: 'European data and AI executives',
        },
        {
          kind: 'band',
          id: 'head-ai-us',
          role: 'head_ai',
          region: 'US',
          currency: 'USD',
          basis: 'base+bonus',
          p25: 201750,
          p50: 239750,
          p75: 288450,
          n: 14,
          source: 'aijobs-net-2025',
          year: 2024,
          confidence: 'medium',
        },
        {
          kind: 'band',
          id: 'director-ai-us',
          role: 'director_ai',
          region: 'US',
          currency: 'USD',
          basis: 'base',
          low: 150000,
          p25: 200000,
          p50: 230000,
          p75: 260000,
          high: 340000,
          n: 212,
          method: 'computed',
          source: 'aijobs-net-2025',
          year: 2025,
          confidence: 'medium',
        },
        {
          kind: 'gap',
          id: 'vp-ai-us-gap',
          role: 'vp_ai',
          region: 'US',
          note: 'No citable figure found for VP of AI',
          source: 'seed-card',
        },
      ],
    }).entries,
    skillGroups: skills.groups,
    skills: skills.skills,
    rates: RatesFile.parse({
      base: 'EUR',
      date: '2026-02-06',
      source: 'seed-card',
      rates: { USD: 1.1794, GBP: 0.8679 },
      derived: {},
    }),
    payLaws: [],
    payLawsCompiled: '2026-01-01',
  };
}

const EUR_TO_USD = 1.1794;
const USD_TO_GBP = 0.8679 / EUR_TO_USD;

function bandById(data: BundledData, id: string) {
  const entry = data.salaries.find((e) => e.id === id);
  if (entry?.kind !== 'band') throw new Error(`fixture band ${id} missing`);
  return entry;
}

export function samplePay(overrides: Partial<Pay> = {}): Pay {
  return {
    min: 300000,
    max: 450000,
    currency: 'USD',
    period: 'year',
    annualMin: 300000,
    annualMax: 450000,
    bound: 'range',
    equity: false,
    ote: false,
    text: '$300,000 - $450,000 a year',
    ...overrides,
  };
}

/** A Chief AI Officer posting in the US with a posted base range inside the seed card's band. */
export function sampleAnalysis(data: BundledData = sampleData()): Analysis {
  const band = bandById(data, 'caio-us-base');
  const benchmark: BenchmarkResult = {
    band,
    fallback: null,
    gap: null,
    posted: { low: 300000, high: 450000, currency: 'USD', converted: false },
    position: {
      verdict: 'within',
      against: 'band',
      at: (375000 - 280000) / (500000 - 280000),
      comparedBasis: 'base',
    },
    display: { currency: 'GBP', rate: USD_TO_GBP, rateDate: '2026-02-06' },
    notes: [],
  };
  return {
    site: 'greenhouse',
    posting: {
      site: 'greenhouse',
      url: 'https://boards.greenhouse.io/example/jobs/123',
      jobId: '123',
      title: { value: 'Chief AI Officer', source: 'h1' },
      company: { value: 'Example Corp', source: 'json-ld' },
      location: { value: 'New York, NY', source: 'json-ld' },
      workplace: { value: 'hybrid', source: 'text' },
      payText: { value: '$300,000 - $450,000 a year', source: 'pay block' },
      structuredPay: null,
      description: {
        value: 'Own the AI strategy. <b>LLM</b> experience, evals, NIST AI RMF.',
        source: 'json-ld',
      },
    },
    pay: samplePay(),
    role: { id: 'caio', level: 'c-suite', confidence: 0.92, evidence: 'matched: chief ai officer' },
    aiLeadership: true,
    region: { id: 'US', name: 'United States', evidence: 'location: New York, NY' },
    benchmark,
    skills: {
      mentioned: [
        { id: 'foundation_models', group: 'technical', phrase: 'llm' },
        { id: 'evaluation', group: 'technical', phrase: 'evals' },
        { id: 'nist_ai_rmf', group: 'governance', phrase: 'nist ai rmf' },
        { id: 'ai_strategy', group: 'business', phrase: 'ai strategy' },
      ],
      expectedMissing: ['model_lifecycle', 'eu_ai_act', 'board_comms'],
    },
    reportingLine: null,
    flags: [
      { id: 'equity-unclear', severity: 'low', message: 'Equity is not mentioned.', sources: [] },
      { id: 'info-remote', severity: 'info', message: 'Hybrid: three days on site.', sources: [] },
      {
        id: 'pay-missing-law',
        severity: 'high',
        message: 'New York requires a pay range in the posting.',
        sources: ['seed-card', 'aijobs-net-2025'],
      },
      {
        id: 'title-inflation',
        severity: 'medium',
        message: 'C-suite title with a director-level scope.',
        sources: ['heidrick-2023-europe'],
      },
      { id: 'second-low', severity: 'low', message: 'No reporting line stated.', sources: [] },
    ],
  };
}

/** The same posting with no pay anywhere on the page. */
export function noPayAnalysis(data: BundledData = sampleData()): Analysis {
  const analysis = sampleAnalysis(data);
  const benchmark = analysis.benchmark as BenchmarkResult;
  return {
    ...analysis,
    posting: { ...analysis.posting, payText: { value: null, reason: 'no pay block' } },
    pay: null,
    benchmark: { ...benchmark, posted: null, position: null },
  };
}

/** A VP of AI posting: the research found no figure, so the engine reports a gap. */
export function noBandAnalysis(data: BundledData = sampleData()): Analysis {
  const analysis = sampleAnalysis(data);
  return {
    ...analysis,
    posting: { ...analysis.posting, title: { value: 'VP of AI', source: 'h1' } },
    role: { id: 'vp_ai', level: 'vp', confidence: 0.55, evidence: 'matched: vp of ai' },
    benchmark: {
      band: null,
      fallback: null,
      gap: 'No benchmark for VP of AI in the United States: no citable figure found for VP of AI',
      posted: null,
      position: null,
      display: null,
      notes: [],
    },
  };
}

/**
 * A Chief AI Officer in Germany, paid in EUR: no German band, so the engine falls back to Europe's lone median
 * (in USD), converts the posted pay into USD and, with no range to judge against, gives no verdict.
 */
export function fallbackAnalysis(data: BundledData = sampleData()): Analysis {
  const analysis = sampleAnalysis(data);
  return {
    ...analysis,
    posting: { ...analysis.posting, location: { value: 'Berlin, Germany', source: 'json-ld' } },
    pay: samplePay({
      min: 240000,
      max: 260000,
      currency: 'EUR',
      annualMin: 240000,
      annualMax: 260000,
      text: '€240,000 - €260,000',
    }),
    region: { id: 'DE', name: 'Germany', evidence: 'location: Berlin, Germany' },
    benchmark: {
      band: bandById(data, 'caio-europe-base'),
      fallback: { from: 'DE', reason: 'No band for Chief AI Officer in Germany; showing Europe' },
      gap: null,
      posted: { low: 240000 * EUR_TO_USD, high: 260000 * EUR_TO_USD, currency: 'USD', converted: true },
      position: null,
      display: { currency: 'EUR', rate: 1 / EUR_TO_USD, rateDate: '2026-02-06' },
      notes: [
        'Posted pay converted from EUR at the reference rate of 2026-02-06',
        'The source gives only a median ($261K), no range: the posted midpoint is 13% above it',
      ],
    },
  };
}

/** The CAIO posting held to the total-pay band: base against total, so both are shown and no verdict given. */
export function noVerdictAnalysis(data: BundledData = sampleData()): Analysis {
  const analysis = sampleAnalysis(data);
  const benchmark = analysis.benchmark as BenchmarkResult;
  return {
    ...analysis,
    benchmark: {
      ...benchmark,
      band: bandById(data, 'caio-us-total'),
      position: null,
      noVerdict: 'basis-differs',
    },
  };
}

/** A Director of AI posting against a band with whiskers and a middle half, its posted range above the middle. */
export function directorAnalysis(data: BundledData = sampleData()): Analysis {
  const analysis = sampleAnalysis(data);
  const benchmark = analysis.benchmark as BenchmarkResult;
  return {
    ...analysis,
    posting: { ...analysis.posting, title: { value: 'Director of AI', source: 'h1' } },
    pay: samplePay({ min: 270000, max: 300000, annualMin: 270000, annualMax: 300000 }),
    role: { id: 'director_ai', level: 'director', confidence: 0.9, evidence: 'matched: director of ai' },
    benchmark: {
      ...benchmark,
      band: bandById(data, 'director-ai-us'),
      posted: { low: 270000, high: 300000, currency: 'USD', converted: false },
      position: { verdict: 'above', against: 'middle-half', at: 1.3, comparedBasis: 'base' },
      display: null,
    },
  };
}

/** A posting whose title names no AI-leadership role. */
export function noRoleAnalysis(data: BundledData = sampleData()): Analysis {
  const analysis = sampleAnalysis(data);
  return { ...analysis, role: null, aiLeadership: false, benchmark: null };
}
