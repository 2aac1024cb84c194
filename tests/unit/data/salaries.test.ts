// data/salaries.json and data/coverage.json are outputs of `npm run data:build` (data/build-bands.ts) from the
// files in data/sources/: these tests run the same build in memory and hold the committed files to it.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadBundledData } from '../../../data';
import {
  BAND_SPECS,
  buildSalaries,
  cellRows,
  computedBand,
  coverage,
  differences,
  GAP_REGIONS,
  MINIMUM_N,
  readSources,
  TITLE_GROUPS,
} from '../../../data/build-bands';
import { type PublishedFigure, referenceReason } from '../../../data/published-figures';
import {
  ROLE_IDS,
  type SalariesFile,
  type SalaryBand,
  SalaryBand as SalaryBandSchema,
  type SalaryGap,
  type SalaryReference,
} from '../../../data/schema';

const sources = readSources();
const built = buildSalaries(sources);
const committed = JSON.parse(readFileSync('data/salaries.json', 'utf8')) as SalariesFile;
const data = loadBundledData();
const bands = data.salaries.filter((entry): entry is SalaryBand => entry.kind === 'band');
const references = data.salaries.filter((entry): entry is SalaryReference => entry.kind === 'reference');
const gaps = data.salaries.filter((entry): entry is SalaryGap => entry.kind === 'gap');
const sourceIds = new Set(data.sources.map((source) => source.id));
const transcribed = new Map(sources.published.figures.map((figure) => [figure.id, figure]));

describe('data/salaries.json is built, never typed', () => {
  it('is exactly what `npm run data:build` writes from data/sources/, entry for entry and in order', () => {
    expect(committed).toEqual(built);
    expect(differences(committed, built)).toEqual([]);
  });

  it('traces every band to its rows or to a publication that states its sample', () => {
    for (const band of bands) {
      if (band.method === 'computed') {
        const spec = BAND_SPECS[band.id];
        expect(spec, band.id).toBeDefined();
        if (!spec) continue;
        expect(computedBand(band.id, spec, cellRows(sources.rows, spec.titles, spec.cell)), band.id).toEqual(
          band,
        );
      } else {
        const figure = transcribed.get(band.id);
        expect(figure?.where, band.id).toBeTruthy();
        expect(figure?.n ?? 0, band.id).toBeGreaterThanOrEqual(MINIMUM_N);
      }
    }
    expect(bands.filter((b) => b.method === 'computed').map((b) => b.id)).toEqual(Object.keys(BAND_SPECS));
  });

  it('gives every band its n (at least the minimum), what n counts, what it measures and a listed source', () => {
    expect(bands.length).toBeGreaterThan(0);
    for (const band of bands) {
      expect(band.n ?? 0, band.id).toBeGreaterThanOrEqual(MINIMUM_N);
      expect(band.nKind, band.id).toBeDefined();
      expect(band.measures, band.id).toBeDefined();
      expect(sourceIds.has(band.source), band.id).toBe(true);
      expect(['computed', 'published'], band.id).toContain(band.method);
    }
  });

  it('reports a committed figure that differs, and an entry no source gives', () => {
    const edited = committed.entries.map((entry) =>
      entry.id === 'director-ml-us-aijobs' && entry.kind === 'band' ? { ...entry, p50: 1 } : entry,
    );
    const recomputed = built.entries.find((entry) => entry.id === 'director-ml-us-aijobs') as SalaryBand;
    expect(differences({ entries: edited }, built)).toEqual([
      `director-ml-us-aijobs.p50: committed 1, built ${recomputed.p50}`,
    ]);
    const typed = { ...recomputed, id: 'typed-by-hand' };
    expect(differences({ entries: [...committed.entries, typed] }, built)).toEqual([
      'typed-by-hand: in data/salaries.json, but no source gives it',
    ]);
  });

  it('writes the transcription of each published figure with where it was read and a listed source', () => {
    for (const figure of sources.published.figures) {
      expect(figure.where, figure.id).not.toBe('');
      expect(sourceIds.has(figure.source), figure.id).toBe(true);
    }
  });
});

describe('bands and references', () => {
  const figure = (fields: Partial<PublishedFigure>): PublishedFigure => ({
    id: 'f',
    source: 's',
    where: 'w',
    method: 'published',
    measures: 'executive-survey',
    role: 'caio',
    region: 'US',
    currency: 'USD',
    basis: 'total',
    mean: 1,
    n: 201,
    year: 2023,
    confidence: 'medium',
    ...fields,
  });

  it('makes a band only of a published aggregate with a stated sample of at least the minimum', () => {
    expect(referenceReason(figure({}), MINIMUM_N)).toBeNull();
    expect(referenceReason(figure({ n: null }), MINIMUM_N)).toBe('no-sample-stated');
    expect(referenceReason(figure({ n: MINIMUM_N - 1 }), MINIMUM_N)).toBe('sample-below-minimum');
    expect(referenceReason(figure({ method: 'posting', n: 1 }), MINIMUM_N)).toBe('single-posting');
    expect(referenceReason(figure({ method: 'uncited' }), MINIMUM_N)).toBe('uncited');
    // BLS OEWS: an employment estimate of all IT managers is no sample of CTOs.
    expect(referenceReason(figure({ measures: 'occupation-wages', n: 500_000 }), MINIMUM_N)).toBe(
      'occupation-wages',
    );
  });

  it('keeps postings, uncited figures and occupation wages out of the bands', () => {
    const contextOnly = data.salaries.filter(
      (entry) =>
        entry.kind !== 'gap' &&
        (entry.method === 'posting' || entry.method === 'uncited' || entry.measures === 'occupation-wages'),
    );
    expect(contextOnly.length).toBeGreaterThan(0);
    expect(contextOnly.filter((entry) => entry.kind !== 'reference').map((entry) => entry.id)).toEqual([]);
    expect(references.find((r) => r.id === 'director-ml-us-metropolis-2025')).toMatchObject({
      why: 'single-posting',
      n: 1,
    });
    expect(
      references.filter((r) => r.source.startsWith('bls-')).every((r) => r.why === 'occupation-wages'),
    ).toBe(true);
  });

  it('keeps the seed card as low-confidence context, the uncorroborated UK figure with its basis unstated', () => {
    const seed = data.salaries.filter((entry) => entry.kind !== 'gap' && entry.source === 'seed-card');
    expect(seed.length).toBe(3);
    expect(seed.every((entry) => entry.kind === 'reference' && entry.confidence === 'low')).toBe(true);
    expect(references.find((r) => r.id === 'caio-gb-base-seed-card')).toMatchObject({
      low: 200_000,
      high: 350_000,
      currency: 'GBP',
      basisStated: false,
      why: 'uncited',
    });
  });

  it('names the population a whole-survey n counts, and stand-ins as stand-ins', () => {
    for (const band of bands.filter((b) => b.nKind === 'respondents'))
      expect(band.nScope, band.id).toBeTruthy();
    const heidrickCaio = bands.filter((b) => b.role === 'caio' && b.source.startsWith('heidrick-'));
    expect(heidrickCaio.length).toBeGreaterThan(0);
    expect(heidrickCaio.filter((b) => !b.proxy).map((b) => b.id)).toEqual([]);
    expect(bands.filter((b) => b.role === 'ai_product_lead' && !b.proxy).map((b) => b.id)).toEqual([]);
  });

  it('refuses a band without its n, from one posting, or with figures out of order', () => {
    const valid = bands.find((band) => band.p25 !== undefined && band.p50 !== undefined) as SalaryBand;
    expect(SalaryBandSchema.safeParse(valid).success).toBe(true);
    expect(SalaryBandSchema.safeParse({ ...valid, n: undefined }).success).toBe(false);
    expect(SalaryBandSchema.safeParse({ ...valid, method: 'posting' }).success).toBe(false);
    expect(SalaryBandSchema.safeParse({ ...valid, measures: undefined }).success).toBe(false);
    expect(SalaryBandSchema.safeParse({ ...valid, p25: (valid.p50 as number) + 1 }).success).toBe(false);
    expect(SalaryBandSchema.safeParse({ ...valid, low: 1, high: undefined }).success).toBe(false);
  });

  it('uses currencies the rates file can convert', () => {
    const convertible = new Set(['EUR', ...Object.keys(data.rates.rates)]);
    const figures = [...bands, ...references];
    expect(figures.filter((f) => !convertible.has(f.currency)).map((f) => f.id)).toEqual([]);
  });
});

describe('gaps and coverage', () => {
  it("gives every role a band or a gap in each of the issue's regions, never both", () => {
    for (const role of ROLE_IDS)
      for (const region of GAP_REGIONS) {
        const here = data.salaries.filter((e) => e.role === role && e.region === region);
        const banded = here.some((e) => e.kind === 'band');
        expect(banded !== here.some((e) => e.kind === 'gap'), `${role} ${region}`).toBe(true);
      }
  });

  it('has a VP of AI band exactly when a shippable source reaches the minimum; else the gap names each source tried', () => {
    const table = coverage(sources.rows, built);
    const vpRows = table.groups.find((g) => g.group === 'vp-ai')?.n.US ?? 0;
    const shippable = table.otherSources.some(
      (other) => other.shippable && other.gave.some((g) => g.role === 'vp_ai' && (g.n ?? 0) >= MINIMUM_N),
    );
    const vpBand = bands.some((b) => b.role === 'vp_ai' && b.region === 'US');
    expect(vpBand).toBe(vpRows >= MINIMUM_N || shippable);
    if (vpBand) return;
    const note = gaps.find((g) => g.role === 'vp_ai' && g.region === 'US')?.note ?? '';
    expect(note).toContain(`${vpRows === 0 ? 'No' : vpRows} aijobs.net rows`);
    for (const other of table.otherSources)
      for (const gave of other.gave.filter((g) => g.role === 'vp_ai' && g.region === 'US'))
        expect(note).toContain(`${other.short}: ${gave.n ?? 'not read'}`);
  });

  it('keeps bank "VP" grades apart from VP of AI', () => {
    expect(TITLE_GROUPS['vp-other'].role).toBeNull();
    expect(TITLE_GROUPS['vp-other'].matches('Vice President, Data Science')).toBe(true);
    expect(TITLE_GROUPS['vp-ai'].matches('Vice President, Data Science')).toBe(false);
    expect(TITLE_GROUPS['vp-ai'].matches('VP of Machine Learning')).toBe(true);
  });

  it('keeps the committed coverage table in step with the sources', () => {
    expect(JSON.parse(readFileSync('data/coverage.json', 'utf8'))).toEqual(coverage(sources.rows, built));
  });

  it("covers every role in the issue's regions, naming the band and its n or a gap", () => {
    const table = coverage(sources.rows, built);
    expect(table.roles.regions).toEqual(expect.arrayContaining([...GAP_REGIONS, 'EUROPE']));
    expect(table.roles.rows.map((row) => row.role)).toEqual([...ROLE_IDS]);
    for (const row of table.roles.rows)
      for (const region of table.roles.regions) {
        const cell = row.cells[region];
        const band = bands.find((b) => b.id === cell?.band);
        if (cell?.band === null) expect(band, `${row.role} ${region}`).toBeUndefined();
        else
          expect(band && [band.role, band.region, band.n], `${row.role} ${region}`).toEqual([
            row.role,
            region,
            cell?.n,
          ]);
      }
    // The benchmark's choice: the role's own band over a stand-in with more rows.
    const managerUs = table.roles.rows.find((row) => row.role === 'ai_manager')?.cells.US;
    expect(managerUs).toMatchObject({ band: 'ai-manager-us-ml-manager-aijobs', standIn: false });
  });

  it('keeps the source files out of the shipped code: only the built JSON ships', () => {
    const read = (file: string) => readFileSync(`data/${file}`, 'utf8');
    const shipped = ['core.ts', 'details.ts', 'index.ts'].map(read);
    expect(shipped.filter((code) => /sources\/|build-bands|published-figures/.test(code))).toEqual([]);
    // The coverage table is for the options page (data/index.ts): the content script's data never carries it.
    expect(['core.ts', 'details.ts'].map(read).filter((code) => code.includes('coverage.json'))).toEqual([]);
  });
});
