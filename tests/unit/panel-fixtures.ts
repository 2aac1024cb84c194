// A small, fixed world for the panel tests: a few roles, regions, bands and skills, parsed through the real
// schemas so the fixture cannot drift from the data's shape. As in data/salaries.json, the Chief AI Officer in
// the US has no band, only context (the seed card's uncited figures, Heidrick & Struggles' average with no
// stated sample) and the CTO only the wages of all IT managers (BLS); the bands the verdicts are tested against
// (California's Chief AI Officer, the Director of AI) come from a survey made up for the tests and named so.
// The sample posting is made up and names no person.
import type { BundledData } from '../../data';
import { RatesFile, RegionsFile, RolesFile, SalariesFile, SkillsFile, SourcesFile } from '../../data/schema';
import { chooseReferences } from '../../lib/engine/benchmark';
import type { Analysis, BenchmarkResult, Pay } from '../../lib/engine/types';

const fact = (text: string) => ({ text, sources: ['seed-card'], year: 2026, confidence: 'medium' as const });
/** The research looked and found nothing (data/schema.ts RoleFactGap). */
const GAP = { gap: true, text: 'Not found in sources', sources: [], confidence: 'low' } as const;
const titles = (en: string) => ({ en: [en], de: [], fr: [], es: [] });

function role(
  id: string,
  name: string,
  short: string,
  level: string,
  aiRole: boolean,
  facts: [string, string, string, string | null],
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
    experience: experience === null ? GAP : fact(experience),
    reachedFrom: GAP,
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
          id: 'test-survey',
          title: 'Pay survey made up for the panel tests',
          publisher: 'Test fixture',
          url: null,
          date: '2026',
          confidence: 'low',
        },
        {
          id: 'heidrick-2023-forbes',
          title: 'The rise of the chief AI officer (Forbes, Jack Kelly), reprint',
          publisher: 'Forbes, reprinted by wecruitr.io',
          url: 'https://wecruitr.io/the-rise-of-the-chief-ai-officer/150769/forbes-articles-by-jack-kelly',
          date: '2023',
          confidence: 'medium',
        },
        {
          id: 'bls-oews-2023-beckers',
          title: 'BLS OEWS May 2023 pay for computer and information systems managers',
          publisher: "Becker's Hospital Review",
          url: null,
          date: '2024-06-07',
          confidence: 'high',
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
          null,
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
          null,
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
          id: 'caio-us-ca-base',
          role: 'caio',
          region: 'US-CA',
          currency: 'USD',
          basis: 'base',
          low: 280000,
          high: 500000,
          n: 40,
          nKind: 'respondents',
          measures: 'executive-survey',
          source: 'test-survey',
          year: 2026,
          confidence: 'low',
        },
        {
          kind: 'band',
          id: 'caio-us-ca-total',
          role: 'caio',
          region: 'US-CA',
          currency: 'USD',
          basis: 'total',
          low: 500000,
          high: 1000000,
          highOpen: true,
          n: 40,
          nKind: 'respondents',
          measures: 'executive-survey',
          source: 'test-survey',
          year: 2026,
          confidence: 'medium',
        },
        {
          kind: 'reference',
          id: 'caio-us-base-seed-card',
          role: 'caio',
          region: 'US',
          currency: 'USD',
          basis: 'base',
          low: 280000,
          high: 500000,
          measures: 'unsourced',
          method: 'uncited',
          source: 'seed-card',
          year: 2026,
          confidence: 'low',
          why: 'uncited',
        },
        {
          kind: 'reference',
          id: 'caio-us-total-heidrick-2023',
          role: 'caio',
          region: 'US',
          currency: 'USD',
          basis: 'total',
          mean: 1134000,
          measures: 'executive-survey',
          source: 'heidrick-2023-forbes',
          year: 2023,
          confidence: 'medium',
          proxy: 'US data, analytics and AI executives (Heidrick & Struggles survey)',
          why: 'no-sample-stated',
        },
        {
          kind: 'gap',
          id: 'caio-us-gap',
          role: 'caio',
          region: 'US',
          rows: { found: 0, needed: 5 },
          note: 'No aijobs.net rows for this title here; the published figures here are context only',
          source: 'seed-card',
        },
        {
          kind: 'reference',
          id: 'cto-us-base-bls-2023',
          role: 'cto',
          region: 'US',
          currency: 'USD',
          basis: 'base',
          p50: 169510,
          measures: 'occupation-wages',
          source: 'bls-oews-2023-beckers',
          year: 2023,
          confidence: 'high',
          proxy: 'Computer and information systems managers (BLS SOC 11-3021)',
          why: 'occupation-wages',
        },
        {
          kind: 'band',
          id: 'caio-europe-base',
          role: 'caio',
          region: 'EUROPE',
          currency: 'USD',
          basis: 'base',
          p50: 261000,
          n: 201,
          nKind: 'respondents',
          nScope: 'the whole survey: data and AI executives in the US and Europe together, summer 2023',
          measures: 'executive-survey',
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
          nKind: 'rows',
          measures: 'salaries-and-posted-ranges',
          method: 'computed',
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
          nKind: 'respondents',
          measures: 'salary-survey',
          source: 'test-survey',
          year: 2025,
          confidence: 'medium',
        },
        {
          kind: 'gap',
          id: 'vp-ai-us-gap',
          role: 'vp_ai',
          region: 'US',
          rows: null,
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

const usd = (amount: number) => ({ amount, currency: 'USD' });

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

/** A Chief AI Officer posting in California with a posted base range inside the band, the US figures beside
 *  it as context. */
export function sampleAnalysis(data: BundledData = sampleData()): Analysis {
  const band = bandById(data, 'caio-us-ca-base');
  const benchmark: BenchmarkResult = {
    band,
    references: chooseReferences('caio', 'US-CA', data),
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
      location: { value: 'San Francisco, CA', source: 'json-ld' },
      workplace: { value: 'hybrid', source: 'text' },
      payText: { value: '$300,000 - $450,000 a year', source: 'pay block' },
      structuredPay: null,
      description: {
        value: 'Own the AI strategy. <b>LLM</b> experience, evals, NIST AI RMF.',
        source: 'json-ld',
      },
    },
    pay: samplePay(),
    role: {
      id: 'caio',
      level: 'c-suite',
      confidence: 0.92,
      evidence: { by: 'phrase', text: 'chief ai officer' },
    },
    aiLeadership: true,
    region: { id: 'US-CA', name: 'California', evidence: 'location: San Francisco, CA' },
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
      {
        id: 'no-governance',
        severity: 'low',
        code: 'no-governance',
        params: { examples: ['eu_ai_act', 'nist_ai_rmf'] },
        sources: [],
      },
      {
        id: 'open-ended-range',
        severity: 'info',
        code: 'wide-range',
        params: { low: usd(300000), high: usd(450000), ratio: 1.5 },
        sources: [],
      },
      {
        id: 'pay-range-missing-law',
        severity: 'high',
        code: 'law-requires-pay',
        params: {
          law: { id: 'ca-sb-1162', name: 'California SB 1162', effective: '2023-01-01' },
          region: 'US-CA',
          conditions: { minEmployees: 15, appliesIf: null },
          alsoRequiring: [],
        },
        sources: ['seed-card', 'aijobs-net-2025'],
      },
      {
        id: 'csuite-reports-below-chief',
        severity: 'medium',
        code: 'csuite-reports-below-chief',
        params: { role: 'caio', to: 'vp', quote: 'reports to the VP of Engineering' },
        sources: ['heidrick-2023-europe'],
      },
      {
        id: 'single-figure-or-up-to',
        severity: 'low',
        code: 'floor-only',
        params: { low: usd(300000) },
        sources: [],
      },
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

const NEW_YORK = {
  location: { value: 'New York, NY', source: 'json-ld' },
  region: { id: 'US', name: 'United States', evidence: 'location: New York, NY' },
} as const;

/** A VP of AI posting in New York: the research found no figure at all, so a gap with no context. */
export function noBandAnalysis(data: BundledData = sampleData()): Analysis {
  const analysis = sampleAnalysis(data);
  return {
    ...analysis,
    posting: { ...analysis.posting, title: { value: 'VP of AI', source: 'h1' }, location: NEW_YORK.location },
    role: { id: 'vp_ai', level: 'vp', confidence: 0.55, evidence: { by: 'phrase', text: 'vp of ai' } },
    region: NEW_YORK.region,
    benchmark: {
      band: null,
      references: chooseReferences('vp_ai', 'US', data),
      fallback: null,
      gap: 'No benchmark for VP of AI in the United States: no citable figure found for VP of AI',
      posted: null,
      position: null,
      display: null,
      notes: [],
    },
  };
}

/** A Chief AI Officer posting in New York: no band in the US, its published figures shown as context only. */
export function referencesAnalysis(data: BundledData = sampleData()): Analysis {
  const analysis = sampleAnalysis(data);
  return {
    ...analysis,
    posting: { ...analysis.posting, location: NEW_YORK.location },
    region: NEW_YORK.region,
    benchmark: {
      band: null,
      references: chooseReferences('caio', 'US', data),
      fallback: null,
      gap: 'No benchmark for Chief AI Officer in the United States: the published figures here are context only',
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
      references: chooseReferences('caio', 'DE', data),
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
      band: bandById(data, 'caio-us-ca-total'),
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
    posting: {
      ...analysis.posting,
      title: { value: 'Director of AI', source: 'h1' },
      location: NEW_YORK.location,
    },
    pay: samplePay({ min: 270000, max: 300000, annualMin: 270000, annualMax: 300000 }),
    role: {
      id: 'director_ai',
      level: 'director',
      confidence: 0.9,
      evidence: { by: 'phrase', text: 'director of ai' },
    },
    region: NEW_YORK.region,
    benchmark: {
      ...benchmark,
      band: bandById(data, 'director-ai-us'),
      references: chooseReferences('director_ai', 'US', data),
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
