// Small inline data for the benchmark and flags tests: typed with the schema, independent of data/*.json.
import type { Level, RatesFile, Region, Role, RoleId, SalaryBand, SalaryGap } from '../../data/schema';
import type { Pay, RegionMatch, RoleMatch } from '../../lib/engine/types';

/** ECB euro reference rates of 2026-02-06 (units per 1 EUR). */
export const RATES: RatesFile = {
  base: 'EUR',
  date: '2026-02-06',
  source: 'ecb-eurofxref-2026-02-06',
  rates: { USD: 1.1794, GBP: 0.8679, CAD: 1.6118 },
  derived: {},
};

const region = (
  id: string,
  name: string,
  kind: Region['kind'],
  parent: string | null,
  currency: string,
): Region => ({
  id,
  name,
  kind,
  parent,
  currency,
  aliases: [],
});

export const REGIONS: Region[] = [
  region('US', 'United States', 'country', null, 'USD'),
  region('US-CA', 'California', 'subdivision', 'US', 'USD'),
  region('US-NY', 'New York', 'subdivision', 'US', 'USD'),
  region('US-TX', 'Texas', 'subdivision', 'US', 'USD'),
  region('US-DE', 'Delaware', 'subdivision', 'US', 'USD'),
  region('CA', 'Canada', 'country', null, 'CAD'),
  region('CA-ON', 'Ontario', 'subdivision', 'CA', 'CAD'),
  region('EUROPE', 'Europe', 'aggregate', null, 'EUR'),
  region('DE', 'Germany', 'country', 'EUROPE', 'EUR'),
  region('NL', 'Netherlands', 'country', 'EUROPE', 'EUR'),
  region('IT', 'Italy', 'country', 'EUROPE', 'EUR'),
  region('GB', 'United Kingdom', 'country', 'EUROPE', 'GBP'),
  region('IN', 'India', 'country', null, 'INR'),
  region('REMOTE', 'Remote', 'remote', null, 'USD'),
];

export const regionMatch = (id: string): RegionMatch => {
  const found = REGIONS.find((r) => r.id === id);
  if (!found) throw new Error(`no test region ${id}`);
  return { id, name: found.name, evidence: `test: ${id}` };
};

const fact = { text: 'test', sources: ['seed-card'], confidence: 'low' as const };
const role = (
  id: RoleId,
  name: string,
  level: Level,
  titles: string[],
  abbreviations: string[] = [],
): Role => ({
  id,
  name,
  short: name,
  level,
  aiRole: id !== 'cto' && id !== 'cdo',
  scope: fact,
  reportsTo: fact,
  boardAccountability: fact,
  experience: fact,
  reachedFrom: fact,
  titles: { en: titles, de: [], fr: [], es: [] },
  abbreviations,
});

export const ROLES: Role[] = [
  role(
    'caio',
    'Chief AI Officer',
    'c-suite',
    ['chief ai officer', 'chief artificial intelligence officer'],
    ['caio'],
  ),
  role('cto', 'Chief Technology Officer', 'c-suite', ['chief technology officer'], ['cto']),
  role(
    'cdo',
    'Chief Data Officer',
    'c-suite',
    ['chief data officer', 'chief data and ai officer'],
    ['cdo', 'cdao'],
  ),
  role('vp_ai', 'VP of AI', 'vp', ['vp of ai', 'vice president of ai']),
  role('head_ai', 'Head of AI', 'head', ['head of ai', 'head of machine learning']),
  role('director_ai', 'Director of AI', 'director', ['director of ai']),
  role('ai_research_lead', 'AI Research Lead', 'lead', ['ai research lead']),
];

export const roleMatch = (id: RoleId): RoleMatch => {
  const found = ROLES.find((r) => r.id === id);
  if (!found) throw new Error(`no test role ${id}`);
  return {
    id,
    level: found.level,
    confidence: 0.9,
    evidence: { by: 'phrase', text: found.name.toLowerCase() },
  };
};

let bandCount = 0;
export const band = (
  fields: Partial<SalaryBand> & Pick<SalaryBand, 'role' | 'region' | 'currency'>,
): SalaryBand => ({
  kind: 'band',
  id: `band-${++bandCount}`,
  basis: 'base',
  source: 'seed-card',
  method: 'published',
  year: 2025,
  confidence: 'medium',
  ...fields,
});

export const gap = (role: RoleId, regionId: string, note: string): SalaryGap => ({
  kind: 'gap',
  id: `gap-${role}-${regionId}`,
  role,
  region: regionId,
  rows: { found: 0, needed: 5 },
  note,
  source: 'seed-card',
});

/** An annual pay range as parsePay would give it. */
export const pay = (min: number, max: number, currency = 'USD', extra: Partial<Pay> = {}): Pay => ({
  min,
  max,
  currency,
  period: 'year',
  annualMin: min,
  annualMax: max,
  bound: min === max ? 'single' : 'range',
  equity: false,
  ote: false,
  text: `${currency} ${min}-${max}`,
  ...extra,
});
