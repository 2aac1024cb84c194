// Writes data/salaries.json and data/coverage.json from the source files in data/sources/ (README there):
// bands computed from the aijobs.net rows, bands and references from the published figures transcribed one
// row per statistic, and a gap for every role and region no source reaches. Every entry is an output: the
// JSON is never edited by hand. `npm run data:build` exits 1, listing the differences, when a committed file
// differs from what the sources give; `npm run data:build -- --write` rewrites them; `-- --markdown` prints
// the coverage table for the README. The source files never ship: only data/salaries.json reaches the
// extension (data/coverage.json reaches the options page).
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { PublishedFiguresFile, publishedEntry } from './published-figures';
import {
  type CoverageFile,
  type PayBasis,
  ROLE_IDS,
  type RoleId,
  type SalariesFile,
  SalaryBand,
  type SalaryEntry,
  SalaryGap,
  SalaryReference,
} from './schema';

export const ROWS_FILE = 'aijobs-net-9c22587-leadership.csv';
export const PUBLISHED_FILE = 'published-figures.json';
/** Bands and coverage count only full-time rows from these work years (the snapshot is dated 2025-01-19). */
export const FIRST_WORK_YEAR = 2023;
/** Below this many rows (or stated respondents) a cell is a gap, never a band. */
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
  SG: { company: 'SG', remote: false, currency: 'SGD' },
  REMOTE: { company: null, remote: true, currency: 'USD' },
  'REMOTE-US': { company: 'US', remote: true, currency: 'USD' },
} satisfies Record<string, RegionCell>;
export type RegionCellId = keyof typeof REGION_CELLS;

/** Where the coverage table looks for a band, and where a role without one gets a gap: the regions
 *  that data/regions.json has (a remote US posting is benchmarked as US; no row source gives a US state). */
export const GAP_REGIONS = ['US', 'GB', 'CA', 'DE', 'FR', 'NL', 'IN', 'SG', 'REMOTE'] as const;
/** US states get a column of their own in the coverage table from this n. */
const STATE_MINIMUM_N = 10;

/** Each computed band: which titles and which cell its rows are, and the region it benchmarks. */
interface BandSpec {
  titles: TitleGroupId;
  cell: RegionCellId;
  region: string;
  /** Low confidence whatever the n, and why: the stand-in is a different population. */
  weakStandIn?: true;
}
export const BAND_SPECS: Record<string, BandSpec> = {
  'head-ai-us-aijobs': { titles: 'head-of-ai', cell: 'US', region: 'US' },
  'head-ml-us-aijobs': { titles: 'head-of-ml', cell: 'US', region: 'US' },
  'head-data-gb-aijobs': { titles: 'head-of-data', cell: 'GB', region: 'GB' },
  'head-data-remote-aijobs': { titles: 'head-of-data', cell: 'REMOTE', region: 'REMOTE' },
  'director-ml-us-aijobs': { titles: 'director-ai-ml', cell: 'US', region: 'US' },
  'ai-manager-us-ml-manager-aijobs': { titles: 'ai-ml-manager', cell: 'US', region: 'US' },
  'ai-manager-us-em-aijobs': { titles: 'engineering-manager', cell: 'US', region: 'US' },
  'ai-manager-gb-em-aijobs': { titles: 'engineering-manager', cell: 'GB', region: 'GB' },
  'ai-manager-ca-em-aijobs': { titles: 'engineering-manager', cell: 'CA', region: 'CA' },
  'ai-manager-remote-em-aijobs': { titles: 'engineering-manager', cell: 'REMOTE', region: 'REMOTE' },
  'ai-research-lead-us-principal-researcher-aijobs': {
    titles: 'principal-researcher',
    cell: 'US',
    region: 'US',
  },
  'ai-product-lead-us-ai-pm-aijobs': {
    titles: 'ai-product-manager',
    cell: 'US',
    region: 'US',
    weakStandIn: true,
  },
};
/** Fewer rows than this: low confidence. */
const MEDIUM_CONFIDENCE_N = 10;
const ROWS_NOTE =
  "aijobs.net `salary` is 'the total gross salary amount paid', taken as base salary; the rows are survey answers and the ends of posted ranges.";

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

/** A band computed from its rows: every figure and every word of it comes from the rows and the spec. */
export function computedBand(id: string, spec: BandSpec, rows: PayRow[]): SalaryBand {
  const group: TitleGroup = TITLE_GROUPS[spec.titles];
  if (group.role === null) throw new Error(`${id}: title group ${spec.titles} benchmarks no role`);
  const local = REGION_CELLS[spec.cell].currency;
  const inLocal = rows.every((row) => row.salaryCurrency === local);
  const sorted = rows.map((row) => (inLocal ? row.salary : row.salaryInUsd)).sort((a, b) => a - b);
  const perYear = new Map<number, number>();
  for (const row of rows) perYear.set(row.workYear, (perYear.get(row.workYear) ?? 0) + 1);
  // The year most rows describe; a tie goes to the later year.
  const [year = 0] = [...perYear].sort(([ya, a], [yb, b]) => b - a || yb - ya)[0] ?? [];
  const years = [...perYear.keys()].sort();
  const span =
    years.length > 1 ? `Work years ${years[0]}-${years.at(-1)}, mostly ${year}.` : `Work year ${year}.`;
  const titles = [...new Set(rows.map((row) => row.jobTitle))].sort().join(' / ');
  const currency = inLocal ? local : 'USD';
  const inUsd = currency === local ? '' : ` Figures in USD, as reported: not every row was paid in ${local}.`;
  return {
    kind: 'band',
    id,
    role: group.role,
    region: spec.region,
    currency,
    basis: ROWS_BASIS,
    p25: quantile(sorted, 0.25),
    p50: quantile(sorted, 0.5),
    p75: quantile(sorted, 0.75),
    n: rows.length,
    nKind: 'rows',
    measures: 'salaries-and-posted-ranges',
    source: 'aijobs-net-2025',
    method: 'computed',
    year,
    confidence: rows.length < MEDIUM_CONFIDENCE_N || spec.weakStandIn ? 'low' : 'medium',
    ...(group.proxy ? { proxy: group.proxy } : {}),
    note: `Job title ${titles}. ${span}${inUsd} ${ROWS_NOTE}`,
  };
}

// ---------- other sources tried ----------
/** Every other source tried for the gaps: what it gave, and the count for the role and region it was tried
 *  for (null: could not be read here). */
const OTHER_SOURCES: CoverageFile['otherSources'] = [
  {
    source:
      'Kaggle "Data Science Salaries 2023" (ds_salaries.csv, CC0, from ai-jobs.net), copy at EstefaniaRestrepo127/data_science_salaries_2023@8e405cd',
    short: 'Kaggle Data Science Salaries 2023 (CC0)',
    what: 'An older cut of the same aijobs.net data (3,755 rows, 2020-2023): no VP or Chief AI titles, Head of Machine Learning 1 row, Machine Learning Manager 3. Adds nothing the 2025 snapshot lacks.',
    shippable: true,
    gave: [
      { role: 'vp_ai', region: 'US', n: 0 },
      { role: 'caio', region: 'US', n: 0 },
    ],
  },
  {
    source: 'Indeed postings compiled by romelikethecity/aimarketpulse@bc5f4aa7e498',
    short: 'Indeed postings compiled by aimarketpulse (not shippable)',
    what: 'VP of AI / ML, US: 5 postings (posted base range floor median $300,000, top median $340,000, Oct 2025 - Jan 2026). No licence and the site forbids reproduction: cross-check only.',
    shippable: false,
    gave: [{ role: 'vp_ai', region: 'US', n: 5 }],
  },
  {
    source: 'DOL OFLC H-1B LCA disclosure files',
    short: 'DOL H-1B LCA files (not reachable here)',
    what: 'Row-level offered wages by job title, public domain, but the yearly files are beyond what these machines can fetch; no public repository keeps readable rows.',
    shippable: true,
    gave: [{ role: 'vp_ai', region: 'US', n: null }],
  },
  {
    source: 'Public GitHub repositories searched for VP of AI / ML titles with pay (December 2026)',
    short: 'public repositories searched for VP of AI titles',
    what: "Exact-title searches ('VP of Machine Learning', 'Vice President of AI', 'VP, Machine Learning', upper-case LCA forms): only speaker lists, résumés and demo job boards with made-up pay; no row-level data under an open licence.",
    shippable: false,
    gave: [{ role: 'vp_ai', region: 'US', n: 0 }],
  },
];

// ---------- gaps ----------
const REASON_WORDS: Record<SalaryReference['why'], string> = {
  uncited: 'an uncited figure',
  'single-posting': 'one posting',
  'occupation-wages': "a wider occupation's wages",
  'no-sample-stated': 'no stated sample',
  'sample-below-minimum': `a sample under ${MINIMUM_N}`,
};

/** The most rows any title group of the role has in a cell; null when no title rule reads the role. */
function rowsFor(rows: PayRow[], role: RoleId, cell: RegionCellId): number | null {
  const groups = (Object.keys(TITLE_GROUPS) as TitleGroupId[]).filter((id) => TITLE_GROUPS[id].role === role);
  return groups.length === 0 ? null : Math.max(...groups.map((id) => cellRows(rows, id, cell).length));
}

/** What the row-level source holds for a gap's role and region (null: no title rule reads the role). */
function gapRows(rows: PayRow[], role: RoleId, region: (typeof GAP_REGIONS)[number]): SalaryGap['rows'] {
  const found = rowsFor(rows, role, region);
  return found === null ? null : { found, needed: MINIMUM_N };
}

/** Why there is no band, in full, from what each source gave: for the CLI, the options page and the README. */
function gapNote(
  found: SalaryGap['rows'],
  role: RoleId,
  region: (typeof GAP_REGIONS)[number],
  entries: SalaryEntry[],
) {
  const parts = [
    found === null
      ? 'no title rule reads this role from the aijobs.net rows'
      : found.found === 0
        ? 'no aijobs.net rows for this title here'
        : `${found.found} aijobs.net rows for this title here, ${found.needed} needed`,
  ];
  const references = entries.filter(
    (entry): entry is SalaryReference =>
      entry.kind === 'reference' && entry.role === role && entry.region === region,
  );
  const reasons = [...new Set(references.map((reference) => REASON_WORDS[reference.why]))];
  parts.push(
    reasons.length > 0
      ? `the published figures here are context only (${reasons.join(', ')})`
      : 'no published figure in the data',
  );
  const tried = OTHER_SOURCES.flatMap((other) =>
    other.gave
      .filter((gave) => gave.role === role && gave.region === region)
      .map((gave) => `${other.short}: ${gave.n ?? 'not read'}`),
  );
  if (tried.length > 0) parts.push(`also tried ${tried.join(', ')}`);
  const text = parts.join('; ');
  return `${text.charAt(0).toUpperCase()}${text.slice(1)}`;
}

function gaps(rows: PayRow[], entries: SalaryEntry[]): SalaryGap[] {
  return ROLE_IDS.flatMap((role) =>
    GAP_REGIONS.filter(
      (region) => !entries.some((e) => e.kind === 'band' && e.role === role && e.region === region),
    ).map((region): SalaryGap => {
      const found = gapRows(rows, role, region);
      return {
        kind: 'gap',
        id: `${role.replaceAll('_', '-')}-${region.toLowerCase()}-gap`,
        role,
        region,
        rows: found,
        note: gapNote(found, role, region, entries),
        source: 'research-compensation-2026',
      };
    }),
  );
}

// ---------- salaries.json ----------
export interface Sources {
  rows: PayRow[];
  published: PublishedFiguresFile;
}

/** Keys in the schema's order: data/validate.ts checks the file is exactly what its schema gives back. */
const KEY_ORDER = {
  band: Object.keys(SalaryBand.shape),
  reference: Object.keys(SalaryReference.shape),
  gap: Object.keys(SalaryGap.shape),
};
function inSchemaOrder<T extends SalaryEntry>(entry: T): T {
  const order = KEY_ORDER[entry.kind];
  const keys = Object.keys(entry).sort((a, b) => order.indexOf(a) - order.indexOf(b));
  return Object.fromEntries(keys.map((key) => [key, entry[key as keyof T]])) as unknown as T;
}

/** data/salaries.json as the sources give it: computed bands, then published figures, then gaps. */
export function buildSalaries({ rows, published }: Sources): SalariesFile {
  const figures: SalaryEntry[] = [
    ...Object.entries(BAND_SPECS).map(([id, spec]) =>
      computedBand(id, spec, cellRows(rows, spec.titles, spec.cell)),
    ),
    ...published.figures.map((figure) => publishedEntry(figure, MINIMUM_N)),
  ];
  return { entries: [...figures, ...gaps(rows, figures)].map(inSchemaOrder) };
}

/** Each difference between a committed file and the build's output, in words; empty when they agree. */
export function differences(committed: SalariesFile, built: SalariesFile): string[] {
  const problems: string[] = [];
  const byId = new Map(committed.entries.map((entry) => [entry.id, entry]));
  for (const entry of built.entries) {
    const old = byId.get(entry.id) as Record<string, unknown> | undefined;
    if (!old) {
      problems.push(`${entry.id}: given by the sources, missing from data/salaries.json`);
      continue;
    }
    const fresh = entry as Record<string, unknown>;
    for (const key of new Set([...Object.keys(old), ...Object.keys(fresh)]))
      if (JSON.stringify(old[key]) !== JSON.stringify(fresh[key]))
        problems.push(
          `${entry.id}.${key}: committed ${JSON.stringify(old[key])}, built ${JSON.stringify(fresh[key])}`,
        );
  }
  const builtIds = new Set(built.entries.map((entry) => entry.id));
  for (const entry of committed.entries)
    if (!builtIds.has(entry.id)) problems.push(`${entry.id}: in data/salaries.json, but no source gives it`);
  if (problems.length === 0 && JSON.stringify(committed) !== JSON.stringify(built))
    problems.push(
      'data/salaries.json: the entries or their fields are in another order than the build writes them',
    );
  return problems;
}

// ---------- coverage ----------
/** The regions of the role table: the list, Europe (where the surveys report), and each US state
 *  with a band of n >= 10. */
function tableRegions(entries: SalaryEntry[]): string[] {
  const states = entries.flatMap((entry) =>
    entry.kind === 'band' && entry.region.startsWith('US-') && (entry.n ?? 0) >= STATE_MINIMUM_N
      ? [entry.region]
      : [],
  );
  return ['US', ...[...new Set(states)].sort(), ...GAP_REGIONS.slice(1), 'EUROPE'];
}

/** The band the table names: the role's own over a stand-in, as the benchmark ranks them, then the largest
 *  sample of its own (a whole-survey n counts after any cell's). */
function strongestBand(bands: SalaryBand[]): SalaryBand | undefined {
  const own = (band: SalaryBand) => (band.nScope ? 0 : (band.n ?? 0));
  return [...bands].sort(
    (a, b) =>
      Number(a.proxy !== undefined) - Number(b.proxy !== undefined) ||
      own(b) - own(a) ||
      (b.n ?? 0) - (a.n ?? 0),
  )[0];
}

export function coverage(rows: PayRow[], salaries: SalariesFile): CoverageFile {
  const cells = Object.keys(REGION_CELLS) as RegionCellId[];
  const regions = tableRegions(salaries.entries);
  const bands = salaries.entries.filter((entry): entry is SalaryBand => entry.kind === 'band');
  return {
    source: `data/sources/${ROWS_FILE}`,
    published: `data/sources/${PUBLISHED_FILE}`,
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
    roles: {
      regions,
      rows: ROLE_IDS.map((role) => ({
        role,
        cells: Object.fromEntries(
          regions.map((region) => {
            const band = strongestBand(bands.filter((b) => b.role === role && b.region === region));
            if (band)
              return [
                region,
                {
                  band: band.id,
                  n: band.n ?? 0,
                  nKind: band.nKind ?? null,
                  wholeSurvey: band.nScope !== undefined,
                  standIn: band.proxy !== undefined,
                },
              ];
            const cell = region in REGION_CELLS ? rowsFor(rows, role, region as RegionCellId) : null;
            return [
              region,
              {
                band: null,
                n: cell ?? 0,
                nKind: cell === null ? null : 'rows',
                wholeSurvey: false,
                standIn: false,
              },
            ];
          }),
        ),
      })),
    },
    otherSources: OTHER_SOURCES,
  };
}

/** The title-group table as the build prints it. */
export function coverageTable(table: CoverageFile): string {
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

/** The role x region table in Markdown, for the README's data section. */
export function coverageMarkdown(table: CoverageFile, roleNames: Record<string, string>): string {
  const { regions, rows } = table.roles;
  const cell = (c: CoverageFile['roles']['rows'][number]['cells'][string] | undefined) => {
    if (!c) return '';
    if (c.band === null) return c.n > 0 ? `gap (${c.n})` : 'gap';
    return `${c.n}${c.wholeSurvey ? '†' : ''}${c.standIn ? '*' : ''}`;
  };
  return [
    `| role | ${regions.join(' | ')} |`,
    `| --- | ${regions.map(() => '---').join(' | ')} |`,
    ...rows.map(
      (row) =>
        `| ${roleNames[row.role] ?? row.role} | ${regions.map((r) => cell(row.cells[r])).join(' | ')} |`,
    ),
  ].join('\n');
}

// ---------- command line ----------
/** Paths from the repository root, where npm and vitest run. */
const here = (path: string) => resolve(process.cwd(), 'data', path);
const readJson = (path: string): unknown => JSON.parse(readFileSync(here(path), 'utf8'));
export const readSourceRows = () => parseRows(readFileSync(here(`sources/${ROWS_FILE}`), 'utf8'));
export function readSources(): Sources {
  return {
    rows: readSourceRows(),
    published: PublishedFiguresFile.parse(readJson(`sources/${PUBLISHED_FILE}`)),
  };
}

function main(args: string[]): number {
  const sources = readSources();
  const salaries = buildSalaries(sources);
  const table = coverage(sources.rows, salaries);
  if (args.includes('--markdown')) {
    const roles = readJson('roles.json') as { roles: { id: string; name: string }[] };
    console.log(coverageMarkdown(table, Object.fromEntries(roles.roles.map((r) => [r.id, r.name]))));
    return 0;
  }
  console.log(`Rows per title group (${table.filters}; gap below ${MINIMUM_N}):\n${coverageTable(table)}\n`);
  const kinds = ['band', 'reference', 'gap'].map(
    (kind) => `${salaries.entries.filter((entry) => entry.kind === kind).length} ${kind}s`,
  );
  console.log(`data/salaries.json from the sources: ${kinds.join(', ')}.`);

  const committed = readJson('salaries.json') as SalariesFile;
  const problems = differences(committed, salaries);
  const coverageStale = JSON.stringify(readJson('coverage.json')) !== JSON.stringify(table);
  if (coverageStale) problems.push('data/coverage.json differs from the rows');
  if (problems.length === 0) {
    console.log('The committed data/salaries.json and data/coverage.json match the sources.');
    return 0;
  }
  if (!args.includes('--write')) {
    console.error(`\nThe committed data differ from the sources:\n  ${problems.join('\n  ')}`);
    console.error('Run `npm run data:build -- --write` to rewrite them.');
    return 1;
  }
  writeFileSync(here('salaries.json'), `${JSON.stringify(salaries, null, 2)}\n`);
  writeFileSync(here('coverage.json'), `${JSON.stringify(table, null, 2)}\n`);
  // The repository's formatter owns the JSON layout (`npm run lint` checks it).
  execFileSync(resolve(process.cwd(), 'node_modules/.bin/biome'), [
    'format',
    '--write',
    here('salaries.json'),
    here('coverage.json'),
  ]);
  console.log(`\nRewrote data/salaries.json and data/coverage.json:\n  ${problems.join('\n  ')}`);
  return 0;
}

if (process.argv[1]?.endsWith('build-bands.ts')) {
  process.exitCode = main(process.argv.slice(2));
}
