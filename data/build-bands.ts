// Recomputes every band marked `method: "computed"` in data/salaries.json from the rows kept in data/sources/
// (see data/sources/README.md for where they come from and the title rules), writes the coverage table to
// data/coverage.json and prints it. Exits 1, listing the differences, when a committed figure differs from
// the recomputation; `npm run data:build -- --write` rewrites the figures instead. The rows never ship: only
// the computed figures in data/salaries.json reach the extension.
import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { PayBasis, SalariesFile, SalaryBand } from './schema';

export const ROWS_FILE = 'aijobs-net-9c22587-leadership.csv';
/** Bands and coverage count only full-time rows from these work years (the snapshot is dated 2025-01-19). */
export const FIRST_WORK_YEAR = 2023;
/** Below this many rows a cell is a gap, never a band. */
export const MINIMUM_N = 5;
/** aijobs.net's `salary` is "the total gross salary amount paid": pay before tax, with no mention of bonus
 *  or equity, and many rows are the two ends of a posted range. Taken as base salary (README explains). */
const ROWS_BASIS: PayBasis = 'base';

export interface PayRow {
  workYear: number;
  employmentType: string;
  jobTitle: string;
  salary: number;
  salaryCurrency: string;
  salaryInUsd: number;
  remoteRatio: number;
  companyLocation: string;
}

const COLUMNS = [
  'work_year',
  'employment_type',
  'job_title',
  'salary',
  'salary_currency',
  'salary_in_usd',
  'remote_ratio',
  'company_location',
] as const;

/** The CSV as aijobs.net publishes it (no quoted fields; checked on parse). */
export function parseRows(csv: string): PayRow[] {
  const [header = '', ...lines] = csv.trim().split(/\r?\n/);
  const names = header.split(',');
  const at = Object.fromEntries(COLUMNS.map((name) => [name, names.indexOf(name)])) as Record<
    (typeof COLUMNS)[number],
    number
  >;
  const missing = COLUMNS.filter((name) => at[name] < 0);
  if (missing.length > 0) throw new Error(`${ROWS_FILE}: missing columns ${missing.join(', ')}`);
  return lines.map((line, i) => {
    if (line.includes('"')) throw new Error(`${ROWS_FILE} line ${i + 2}: quoted fields are not expected`);
    const cells = line.split(',');
    const text = (name: (typeof COLUMNS)[number]) => cells[at[name]] ?? '';
    const number = (name: (typeof COLUMNS)[number]) => {
      const value = Number(text(name));
      if (!Number.isFinite(value)) throw new Error(`${ROWS_FILE} line ${i + 2}: ${name} is not a number`);
      return value;
    };
    return {
      workYear: number('work_year'),
      employmentType: text('employment_type'),
      jobTitle: text('job_title'),
      salary: number('salary'),
      salaryCurrency: text('salary_currency'),
      salaryInUsd: number('salary_in_usd'),
      remoteRatio: number('remote_ratio'),
      companyLocation: text('company_location'),
    };
  });
}

// ---------- title rules (data/sources/README.md repeats them) ----------
const AI_WORDS = /\b(ai|ml|machine learning|artificial intelligence)\b/i;

export interface TitleGroup {
  /** The role the group measures, or null for a population kept apart (bank "VP" grades). */
  role: SalaryBand['role'] | null;
  /** What the group stands in for when it is not the role itself. */
  proxy: string | null;
  matches: (title: string) => boolean;
}

export const TITLE_GROUPS = {
  'chief-ai-officer': {
    role: 'caio',
    proxy: null,
    matches: (t) => /\bchief\b/i.test(t) && /\b(ai|artificial intelligence)\b/i.test(t),
  },
  'vp-ai': {
    role: 'vp_ai',
    proxy: null,
    matches: (t) => /\b(vp|svp|evp|vice president)\b/i.test(t) && AI_WORDS.test(t),
  },
  /** "VP" without AI words: in banks an individual-contributor grade, not an AI executive. */
  'vp-other': {
    role: null,
    proxy: null,
    matches: (t) => /\b(vp|svp|evp|vice president)\b/i.test(t) && !AI_WORDS.test(t),
  },
  'head-of-ai': {
    role: 'head_ai',
    proxy: null,
    matches: (t) => /^head of (ai|artificial intelligence)$/i.test(t),
  },
  'head-of-ml': { role: 'head_ai', proxy: null, matches: (t) => /^head of (ml|machine learning)$/i.test(t) },
  'head-of-data': {
    role: 'head_ai',
    proxy: 'Head of Data (aijobs.net job title)',
    matches: (t) => /^head of data$/i.test(t),
  },
  'director-ai-ml': {
    role: 'director_ai',
    proxy: null,
    matches: (t) =>
      /^(director of|director,) (ai|ml|machine learning|artificial intelligence)$|^(ai|ml|machine learning) director$/i.test(
        t,
      ),
  },
  'ai-ml-manager': {
    role: 'ai_manager',
    proxy: null,
    matches: (t) => /^(machine learning|ml|ai)( engineering)? manager$/i.test(t),
  },
  'engineering-manager': {
    role: 'ai_manager',
    proxy: "Engineering Managers across all AI and data roles (aijobs.net title 'Engineering Manager')",
    matches: (t) => /^engineering manager$/i.test(t),
  },
  'principal-researcher': {
    role: 'ai_research_lead',
    proxy: 'Principal Researcher (aijobs.net job title; may be an individual contributor)',
    matches: (t) => /^principal researcher$/i.test(t),
  },
  'ai-product-manager': {
    role: 'ai_product_lead',
    proxy: 'AI Product Manager (an individual contributor, not a Head of AI Product)',
    matches: (t) => /^ai product manager$/i.test(t),
  },
} satisfies Record<string, TitleGroup>;
export type TitleGroupId = keyof typeof TITLE_GROUPS;

// ---------- region cells ----------
interface RegionCell {
  /** company_location, or null for any. */
  company: string | null;
  /** Only 100%-remote rows. */
  remote: boolean;
  /** The cell's own currency: its figures are in it when every row was paid in it, else in USD. */
  currency: string;
}

export const REGION_CELLS = {
  US: { company: 'US', remote: false, currency: 'USD' },
  GB: { company: 'GB', remote: false, currency: 'GBP' },
  CA: { company: 'CA', remote: false, currency: 'CAD' },
  DE: { company: 'DE', remote: false, currency: 'EUR' },
  FR: { company: 'FR', remote: false, currency: 'EUR' },
  NL: { company: 'NL', remote: false, currency: 'EUR' },
  IN: { company: 'IN', remote: false, currency: 'INR' },
  REMOTE: { company: null, remote: true, currency: 'USD' },
  'REMOTE-US': { company: 'US', remote: true, currency: 'USD' },
} satisfies Record<string, RegionCell>;
export type RegionCellId = keyof typeof REGION_CELLS;

/** Each computed band in data/salaries.json: which titles and which cell its rows are. */
export const BAND_SPECS: Record<string, { titles: TitleGroupId; cell: RegionCellId }> = {
  'head-ai-us-aijobs': { titles: 'head-of-ai', cell: 'US' },
  'head-ml-us-aijobs': { titles: 'head-of-ml', cell: 'US' },
  'head-data-gb-aijobs': { titles: 'head-of-data', cell: 'GB' },
  'head-data-remote-aijobs': { titles: 'head-of-data', cell: 'REMOTE' },
  'director-ml-us-aijobs': { titles: 'director-ai-ml', cell: 'US' },
  'ai-manager-us-ml-manager-aijobs': { titles: 'ai-ml-manager', cell: 'US' },
  'ai-manager-us-em-aijobs': { titles: 'engineering-manager', cell: 'US' },
  'ai-manager-gb-em-aijobs': { titles: 'engineering-manager', cell: 'GB' },
  'ai-manager-ca-em-aijobs': { titles: 'engineering-manager', cell: 'CA' },
  'ai-manager-remote-em-aijobs': { titles: 'engineering-manager', cell: 'REMOTE' },
  'ai-research-lead-us-principal-researcher-aijobs': { titles: 'principal-researcher', cell: 'US' },
  'ai-product-lead-us-ai-pm-aijobs': { titles: 'ai-product-manager', cell: 'US' },
};

export function cellRows(rows: PayRow[], titles: TitleGroupId, cellId: RegionCellId): PayRow[] {
  const cell: RegionCell = REGION_CELLS[cellId];
  const group: TitleGroup = TITLE_GROUPS[titles];
  return rows.filter(
    (row) =>
      row.employmentType === 'FT' &&
      row.workYear >= FIRST_WORK_YEAR &&
      group.matches(row.jobTitle) &&
      (cell.company === null || row.companyLocation === cell.company) &&
      (!cell.remote || row.remoteRatio === 100),
  );
}

/** The inclusive quantile (linear interpolation between closest ranks, as numpy's default and Excel's
 *  QUARTILE.INC), rounded to a whole unit. */
export function quantile(sorted: number[], p: number): number {
  const h = (sorted.length - 1) * p;
  const below = sorted[Math.floor(h)] ?? Number.NaN;
  const above = sorted[Math.ceil(h)] ?? below;
  return Math.round(below + (above - below) * (h - Math.floor(h)));
}

/** The figures the build owns in a computed band. */
export type ComputedFigures = Pick<
  SalaryBand,
  'n' | 'p25' | 'p50' | 'p75' | 'currency' | 'basis' | 'year' | 'method'
>;
export const COMPUTED_FIELDS = ['n', 'p25', 'p50', 'p75', 'currency', 'basis', 'year', 'method'] as const;

export function computeFigures(rows: PayRow[], cellId: RegionCellId): ComputedFigures {
  const local = REGION_CELLS[cellId].currency;
  const inLocal = rows.every((row) => row.salaryCurrency === local);
  const sorted = rows.map((row) => (inLocal ? row.salary : row.salaryInUsd)).sort((a, b) => a - b);
  const perYear = new Map<number, number>();
  for (const row of rows) perYear.set(row.workYear, (perYear.get(row.workYear) ?? 0) + 1);
  // The year most rows describe; a tie goes to the later year.
  const [year = 0] = [...perYear].sort(([ya, a], [yb, b]) => b - a || yb - ya)[0] ?? [];
  return {
    n: rows.length,
    p25: quantile(sorted, 0.25),
    p50: quantile(sorted, 0.5),
    p75: quantile(sorted, 0.75),
    currency: inLocal ? local : 'USD',
    basis: ROWS_BASIS,
    year,
    method: 'computed',
  };
}

export function computeBands(rows: PayRow[]): Record<string, ComputedFigures> {
  return Object.fromEntries(
    Object.entries(BAND_SPECS).map(([id, spec]) => [
      id,
      computeFigures(cellRows(rows, spec.titles, spec.cell), spec.cell),
    ]),
  );
}

/** Each difference between the committed bands and the recomputation, in words; empty when they agree. */
export function bandDifferences(file: SalariesFile, computed: Record<string, ComputedFigures>): string[] {
  const bands = file.entries.filter((entry): entry is SalaryBand => entry.kind === 'band');
  const problems: string[] = [];
  for (const band of bands.filter((b) => b.method === 'computed' && !(b.id in computed)))
    problems.push(`${band.id}: marked computed, but no rule in data/build-bands.ts computes it`);
  for (const [id, figures] of Object.entries(computed)) {
    const band = bands.find((b) => b.id === id);
    if (!band) {
      problems.push(`${id}: computed (n=${figures.n}) but missing from data/salaries.json`);
      continue;
    }
    if ((figures.n ?? 0) < MINIMUM_N)
      problems.push(`${id}: n=${figures.n} is below ${MINIMUM_N}; make it a gap`);
    for (const field of COMPUTED_FIELDS)
      if (band[field] !== figures[field])
        problems.push(`${id}.${field}: committed ${band[field]}, recomputed ${figures[field]}`);
  }
  return problems;
}

// ---------- coverage ----------
export interface Coverage {
  source: string;
  filters: string;
  minimumN: number;
  /** Rows per title group and cell: a count of MINIMUM_N or more can carry a band, fewer is a gap. */
  groups: {
    group: TitleGroupId;
    role: string | null;
    proxy: string | null;
    n: Record<RegionCellId, number>;
  }[];
  /** Every other source tried for the roles the aijobs.net rows leave as gaps, with what it gave. */
  otherSources: { source: string; what: string; shippable: boolean }[];
}

const OTHER_SOURCES: Coverage['otherSources'] = [
  {
    source:
      'Kaggle "Data Science Salaries 2023" (ds_salaries.csv, CC0, from ai-jobs.net), copy at EstefaniaRestrepo127/data_science_salaries_2023@8e405cd',
    what: 'An older cut of the same aijobs.net data (3,755 rows, 2020-2023): no VP or Chief AI titles, Head of Machine Learning 1 row, Machine Learning Manager 3. Adds nothing the 2025 snapshot lacks.',
    shippable: true,
  },
  {
    source: 'Indeed postings compiled by romelikethecity/aimarketpulse@bc5f4aa7e498',
    what: 'VP of AI / ML, US: 5 postings (posted base range floor median $300,000, top median $340,000, Oct 2025 - Jan 2026). No licence and the site forbids reproduction: cross-check only.',
    shippable: false,
  },
  {
    source: 'DOL OFLC H-1B LCA disclosure files',
    what: 'Row-level offered wages by job title, public domain, but the yearly files are beyond what these machines can fetch; no public repository keeps readable rows.',
    shippable: true,
  },
];

export function coverage(rows: PayRow[]): Coverage {
  const cells = Object.keys(REGION_CELLS) as RegionCellId[];
  return {
    source: `data/sources/${ROWS_FILE}`,
    filters: `full-time rows, work years ${FIRST_WORK_YEAR} and later, title rules in data/sources/README.md`,
    minimumN: MINIMUM_N,
    groups: (Object.entries(TITLE_GROUPS) as [TitleGroupId, TitleGroup][]).map(([group, rule]) => ({
      group,
      role: rule.role,
      proxy: rule.proxy,
      n: Object.fromEntries(cells.map((cell) => [cell, cellRows(rows, group, cell).length])) as Record<
        RegionCellId,
        number
      >,
    })),
    otherSources: OTHER_SOURCES,
  };
}

export function coverageTable(table: Coverage): string {
  const cell = (n: number) => (n >= table.minimumN ? String(n) : n === 0 ? 'gap' : `gap (${n})`);
  const cells = Object.keys(REGION_CELLS) as RegionCellId[];
  const head = ['title group', ...cells];
  const body = table.groups.map((g) => [
    `${g.group}${g.proxy ? ' (proxy)' : ''}`,
    ...cells.map((c) => cell(g.n[c])),
  ]);
  const widths = head.map((_, i) => Math.max(...[head, ...body].map((row) => (row[i] ?? '').length)));
  const line = (row: string[]) => row.map((text, i) => text.padEnd(widths[i] ?? 0)).join('  ');
  return [line(head), ...body.map(line)].join('\n');
}

// ---------- command line ----------
/** Paths from the repository root, where npm and vitest run. */
const here = (path: string) => resolve(process.cwd(), 'data', path);
export const readSourceRows = () => parseRows(readFileSync(here(`sources/${ROWS_FILE}`), 'utf8'));

function main(write: boolean): number {
  const rows = readSourceRows();
  const salariesPath = here('salaries.json');
  const file = JSON.parse(readFileSync(salariesPath, 'utf8')) as SalariesFile;
  const computed = computeBands(rows);
  const table = coverage(rows);
  writeFileSync(here('coverage.json'), `${JSON.stringify(table, null, 2)}\n`);
  console.log(`Coverage (${table.filters}; n = rows, gap below ${MINIMUM_N}):\n${coverageTable(table)}\n`);
  for (const other of table.otherSources)
    console.log(`Also tried: ${other.source}${other.shippable ? '' : ' (not shippable)'}: ${other.what}`);

  const problems = bandDifferences(file, computed);
  if (problems.length === 0) {
    console.log(`\n${Object.keys(computed).length} computed bands match data/salaries.json.`);
    return 0;
  }
  if (!write) {
    console.error(`\ndata/salaries.json differs from the rows:\n  ${problems.join('\n  ')}`);
    console.error('Run `npm run data:build -- --write` to rewrite the computed figures.');
    return 1;
  }
  for (const entry of file.entries) {
    const figures = entry.kind === 'band' ? computed[entry.id] : undefined;
    if (figures) Object.assign(entry, figures);
  }
  const unwritable = bandDifferences(file, computed);
  writeFileSync(salariesPath, `${JSON.stringify(file, null, 2)}\n`);
  console.log(`\nRewrote data/salaries.json:\n  ${problems.join('\n  ')}`);
  if (unwritable.length > 0) console.error(`Still to fix by hand:\n  ${unwritable.join('\n  ')}`);
  return unwritable.length > 0 ? 1 : 0;
}

if (process.argv[1]?.endsWith('build-bands.ts')) {
  process.exitCode = main(process.argv.includes('--write'));
}
