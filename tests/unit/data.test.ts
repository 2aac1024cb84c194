// The bundled data checked as a whole: every file parses, every cross-reference resolves (sources, regions,
// roles), every band is ordered and attributed, and the skill phrases behave in the real matcher.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadBundledData, loadSourceNotes } from '../../data';
import {
  BAND_SPECS,
  bandDifferences,
  computeBands,
  coverage,
  MINIMUM_N,
  readSourceRows,
} from '../../data/build-bands';
import {
  RatesFile,
  RoleFact,
  type SalaryBand,
  SalaryBand as SalaryBandSchema,
  SkillGroupId,
} from '../../data/schema';
import { checkDataFile, validateBundledData } from '../../data/validate';
import { checkSkills } from '../../lib/engine/skills';
import { words } from '../../lib/engine/text-match';

const data = loadBundledData();
const bands = data.salaries.filter((entry): entry is SalaryBand => entry.kind === 'band');
const gaps = data.salaries.filter((entry) => entry.kind === 'gap');
const sourceIds = new Set(data.sources.map((source) => source.id));
const regionIds = new Set(data.regions.map((region) => region.id));
const roleIds = new Set(data.roles.map((role) => role.id));

/** Source ids named in prose, as the rates file does for a derived rate: "(source aed-usd-peg)". */
function sourcesNamedIn(text: string): string[] {
  return [...text.matchAll(/\bsource ([a-z0-9][a-z0-9-]*)/g)].map((match) => match[1] as string);
}

function roleFactSources(): string[] {
  return data.roles.flatMap((role) =>
    Object.values(role).flatMap((value) => {
      const fact = RoleFact.safeParse(value);
      return fact.success ? fact.data.sources : [];
    }),
  );
}

/** Every source id any bundled file cites, with where it was cited. */
function citations(): { id: string; where: string }[] {
  return [
    ...roleFactSources().map((id) => ({ id, where: 'roles' })),
    ...data.salaries.map((entry) => ({ id: entry.source, where: `salaries ${entry.id}` })),
    ...data.skills.flatMap((skill) => skill.sources.map((id) => ({ id, where: `skills ${skill.id}` }))),
    { id: data.rates.source, where: 'rates' },
    ...Object.values(data.rates.derived).flatMap((how) =>
      sourcesNamedIn(how).map((id) => ({ id, where: 'rates derived' })),
    ),
    ...data.payLaws.flatMap((law) => law.sources.map((id) => ({ id, where: `pay-laws ${law.id}` }))),
  ];
}

function duplicates(values: readonly string[]): string[] {
  return values.filter((value, i) => values.indexOf(value) !== i);
}

describe('bundled data: parsing and ids', () => {
  it('parses every file through its schema, unchanged', () => {
    expect(() => validateBundledData()).not.toThrow();
    expect(data.sources.length).toBeGreaterThan(0);
    expect(bands.length).toBeGreaterThan(0);
    expect(gaps.length).toBeGreaterThan(0);
    expect(data.skills.length).toBeGreaterThan(0);
    expect(data.payLaws.length).toBeGreaterThan(0);
    expect(Object.keys(data.rates.rates).length).toBeGreaterThan(0);
  });

  it('fails with the file and field named, and on a schema that would change the data', () => {
    expect(() => checkDataFile('rates.json', RatesFile, { ...data.rates, base: 42 })).toThrow(
      /data\/rates\.json does not match its schema:\n {2}base:/,
    );
    expect(() => checkDataFile('rates.json', RatesFile, { ...data.rates, extra: true })).toThrow(
      /changes the data it parses/,
    );
  });

  it('has unique ids in every file', () => {
    expect(duplicates(data.sources.map((s) => s.id))).toEqual([]);
    expect(duplicates(data.salaries.map((e) => e.id))).toEqual([]);
    expect(duplicates(data.skills.map((s) => s.id))).toEqual([]);
    expect(duplicates(data.skillGroups.map((g) => g.id))).toEqual([]);
    expect(duplicates(data.payLaws.map((l) => l.id))).toEqual([]);
    expect(duplicates(data.roles.map((r) => r.id))).toEqual([]);
    expect(duplicates(data.regions.map((r) => r.id))).toEqual([]);
  });
});

describe('bundled data: sources', () => {
  it('notes only sources that exist', () => {
    expect(Object.keys(loadSourceNotes()).filter((id) => !sourceIds.has(id))).toEqual([]);
  });

  it('resolves every cited source id', () => {
    const unknown = citations().filter((citation) => !sourceIds.has(citation.id));
    expect(unknown).toEqual([]);
  });

  it('cites every listed source somewhere', () => {
    const cited = new Set(citations().map((citation) => citation.id));
    expect(data.sources.map((s) => s.id).filter((id) => !cited.has(id))).toEqual([]);
  });

  it('has the source ids the shared conventions promise', () => {
    const promised = [
      'seed-card',
      'ibm-ibv-caio-2025',
      'omb-m-24-10',
      'bls-ooh-11-3021',
      'orise-cto',
      'techtarget-cto',
      'cio-com-cdo-2024',
      'alexanderthamm-cdao',
      'jobdescription-org',
      'thenewbuilder-glossary',
      'metropolis-director-ml-2025',
      'aijobs-net-2025',
      'heidrick-2023-forbes',
      'heidrick-2023-europe',
    ];
    expect(promised.filter((id) => !sourceIds.has(id))).toEqual([]);
  });
});

describe('bundled data: regions and roles referenced', () => {
  it('knows every region a salary entry or a pay law names', () => {
    const named = [...data.salaries.map((e) => e.region), ...data.payLaws.flatMap((l) => l.regions)];
    expect([...new Set(named)].filter((id) => !regionIds.has(id))).toEqual([]);
  });

  it('knows every role a salary entry or a skill names', () => {
    const named = [...data.salaries.map((e) => e.role), ...data.skills.flatMap((s) => s.roles)];
    expect([...new Set(named)].filter((id) => !roleIds.has(id))).toEqual([]);
  });
});

describe('bundled data: salary bands', () => {
  it('attributes every band: source, year, basis, confidence', () => {
    for (const band of bands) {
      expect(band.source, band.id).not.toBe('');
      expect(Number.isInteger(band.year), band.id).toBe(true);
      expect(['base', 'base+bonus', 'total'], band.id).toContain(band.basis);
      expect(['high', 'medium', 'low'], band.id).toContain(band.confidence);
    }
  });

  it('keeps every band in order: low <= p25 <= p50 <= p75 <= high', () => {
    for (const band of bands) {
      const present = [band.low, band.p25, band.p50, band.p75, band.high].filter((v) => v !== undefined);
      expect(present, band.id).toEqual([...present].sort((a, b) => a - b));
      expect(band.low === undefined, band.id).toBe(band.high === undefined);
      expect(present.length > 0 || band.mean !== undefined, band.id).toBe(true);
    }
  });

  it('rejects a band out of order, half-bounded or without figures', () => {
    const valid = bands.find((band) => band.p25 !== undefined && band.p50 !== undefined);
    expect(valid).toBeDefined();
    const base = { ...(valid as SalaryBand) };
    expect(SalaryBandSchema.safeParse(base).success).toBe(true);
    expect(SalaryBandSchema.safeParse({ ...base, p25: (base.p50 as number) + 1 }).success).toBe(false);
    expect(SalaryBandSchema.safeParse({ ...base, low: 1, high: undefined }).success).toBe(false);
    const noFigures = {
      ...base,
      low: undefined,
      high: undefined,
      p25: undefined,
      p50: undefined,
      p75: undefined,
    };
    expect(SalaryBandSchema.safeParse({ ...noFigures, mean: undefined }).success).toBe(false);
  });

  it('uses currencies the rates file can convert', () => {
    const convertible = new Set(['EUR', ...Object.keys(data.rates.rates)]);
    expect(bands.filter((band) => !convertible.has(band.currency)).map((band) => band.id)).toEqual([]);
  });

  it('carries the seed card CAIO figures exactly', () => {
    const seed = bands.filter((band) => band.source === 'seed-card' && band.role === 'caio');
    const pick = (region: string, basis: string) =>
      seed.find((b) => b.region === region && b.basis === basis);
    expect(pick('US', 'base')).toMatchObject({ currency: 'USD', low: 280000, high: 500000 });
    expect(pick('US', 'total')).toMatchObject({
      currency: 'USD',
      low: 500000,
      high: 1000000,
      highOpen: true,
    });
    const uk = pick('GB', 'base');
    expect(uk).toMatchObject({ currency: 'GBP', low: 200000, high: 350000, confidence: 'low' });
    expect(uk?.note).toMatch(/corroborat/i);
  });

  it('labels stand-in populations as proxies', () => {
    const heidrickCaio = bands.filter((b) => b.role === 'caio' && b.source.startsWith('heidrick-'));
    expect(heidrickCaio.length).toBeGreaterThan(0);
    expect(heidrickCaio.filter((b) => !b.proxy).map((b) => b.id)).toEqual([]);
    const productLead = bands.filter((b) => b.role === 'ai_product_lead');
    expect(productLead.filter((b) => !b.proxy).map((b) => b.id)).toEqual([]);
  });

  it('has no band where the research found no figure (VP of AI, the Netherlands)', () => {
    expect(bands.filter((b) => b.role === 'vp_ai' || b.region === 'NL').map((b) => b.id)).toEqual([]);
    expect(gaps.some((g) => g.role === 'vp_ai')).toBe(true);
    expect(gaps.some((g) => g.region === 'NL')).toBe(true);
  });

  it('recomputes every computed band from the rows in data/sources/, figure for figure', () => {
    const computed = computeBands(readSourceRows());
    expect(bandDifferences({ entries: data.salaries }, computed)).toEqual([]);
    expect(bands.filter((b) => b.method === 'computed').map((b) => b.id)).toEqual(
      expect.arrayContaining(Object.keys(BAND_SPECS)),
    );
    expect(bands.filter((b) => b.method === 'computed').length).toBe(Object.keys(BAND_SPECS).length);
  });

  it('reports a committed figure that differs from the recomputation', () => {
    const computed = computeBands(readSourceRows());
    const edited = data.salaries.map((entry) =>
      entry.id === 'director-ml-us-aijobs' && entry.kind === 'band' ? { ...entry, p50: 1 } : entry,
    );
    expect(bandDifferences({ entries: edited }, computed)).toEqual([
      `director-ml-us-aijobs.p50: committed 1, recomputed ${computed['director-ml-us-aijobs']?.p50}`,
    ]);
  });

  it('states on every band how its figures came to be', () => {
    const raw = JSON.parse(readFileSync('data/salaries.json', 'utf8')) as {
      entries: Record<string, unknown>[];
    };
    const bandsWithout = raw.entries.filter((entry) => entry.kind === 'band' && !('method' in entry));
    expect(bandsWithout.map((entry) => entry.id)).toEqual([]);
  });

  it('gives every computed band its n (at least the minimum) and a cited source', () => {
    for (const band of bands.filter((b) => b.method === 'computed')) {
      expect(band.n ?? 0, band.id).toBeGreaterThanOrEqual(MINIMUM_N);
      expect(sourceIds.has(band.source), band.id).toBe(true);
    }
    expect(bands.filter((b) => b.method === 'uncited').every((b) => b.source === 'seed-card')).toBe(true);
  });

  it('keeps the row data out of the shipped code: only the computed figures ship', () => {
    const read = (file: string) => readFileSync(`data/${file}`, 'utf8');
    const shipped = ['core.ts', 'details.ts', 'index.ts'].map(read);
    expect(shipped.filter((code) => /sources\/|build-bands/.test(code))).toEqual([]);
    // The coverage table is for the options page (data/index.ts): the content script's data never carries it.
    expect(['core.ts', 'details.ts'].map(read).filter((code) => code.includes('coverage.json'))).toEqual([]);
  });

  it('keeps the committed coverage table in step with the rows', () => {
    const committed = JSON.parse(readFileSync('data/coverage.json', 'utf8'));
    expect(committed).toEqual(coverage(readSourceRows()));
  });

  it('marks the uncorroborated UK seed band: uncited, low confidence, basis not stated', () => {
    expect(bands.find((b) => b.id === 'caio-gb-base-seed-card')).toMatchObject({
      method: 'uncited',
      confidence: 'low',
      basisStated: false,
    });
  });

  it('never states a gap where a band exists for the same role and region', () => {
    const banded = new Set(bands.map((b) => `${b.role}@${b.region}`));
    expect(gaps.filter((g) => banded.has(`${g.role}@${g.region}`)).map((g) => g.id)).toEqual([]);
  });
});

describe('bundled data: currency rates', () => {
  it('holds the ECB table of 2026-02-06 with sterling and the dollar', () => {
    expect(data.rates.date).toBe('2026-02-06');
    expect(data.rates.rates.USD).toBe(1.1794);
    expect(data.rates.rates.GBP).toBe(0.8679);
  });

  it('keeps the unpublished AED rate out of the published table, with a derivation that adds up', () => {
    expect(data.rates.rates.AED).toBeUndefined();
    const how = data.rates.derived.AED ?? '';
    const stated = Number(/([\d.]+) AED per EUR/.exec(how)?.[1]);
    const usd = data.rates.rates.USD as number;
    expect(stated).toBeCloseTo(usd * 3.6725, 3);
    expect(how).toContain('3.6725');
  });
});

describe('bundled data: pay-transparency laws', () => {
  it('covers every jurisdiction the research lists with a posting duty', () => {
    const covered = new Set(data.payLaws.flatMap((law) => law.regions));
    const expected = [
      'US-CA',
      'US-CO',
      'US-WA',
      'US-NY',
      'US-IL',
      'US-MD',
      'US-HI',
      'US-MN',
      'US-VT',
      'US-MA',
      'US-NJ',
    ].concat(['US-DC', 'US-ME', 'US-VA', 'US-DE', 'CA-BC', 'CA-ON', 'CA-PE', 'LT', 'AT', 'IT']);
    expect(expected.filter((id) => !covered.has(id))).toEqual([]);
  });

  it('applies the EU directive to the 27 member states, before the interview', () => {
    const directive = data.payLaws.find((law) => law.sources.includes('eu-directive-2023-970'));
    expect(directive?.duty).toBe('before-interview');
    expect(directive?.effective).toBe('2026-06-07');
    expect(new Set(directive?.regions).size).toBe(27);
    expect(directive?.regions).not.toContain('GB');
  });

  it('exempts Ontario postings above CAD 200,000', () => {
    const ontario = data.payLaws.find((law) => law.regions.includes('CA-ON'));
    expect(ontario?.exemptAbove).toEqual({ amount: 200000, currency: 'CAD' });
  });
});

describe('bundled data: skills', () => {
  it('uses exactly the four shared groups', () => {
    expect(data.skillGroups.map((g) => g.id).sort()).toEqual([...SkillGroupId.options].sort());
    const groups = new Set(data.skillGroups.map((g) => g.id));
    expect(data.skills.filter((s) => !groups.has(s.group)).map((s) => s.id)).toEqual([]);
  });

  it('writes phrases in lower case, trimmed', () => {
    const phrases = data.skills.flatMap((s) => s.phrases);
    expect(phrases.filter((p) => p !== p.toLowerCase().trim())).toEqual([]);
  });

  it('gives no two phrases the same words once the matcher normalises them', () => {
    const normalised = data.skills.flatMap((s) => s.phrases.map((p) => words(p).join(' ')));
    expect(duplicates(normalised)).toEqual([]);
  });

  it('finds every phrase for its own skill when it appears in a sentence', () => {
    const missed = data.skills.flatMap((skill) =>
      skill.phrases.filter((phrase) => {
        const report = checkSkills(`You bring ${phrase} to the team.`, null, data.skills);
        return !report.mentioned.some((m) => m.id === skill.id);
      }),
    );
    expect(missed).toEqual([]);
  });

  it('finds nothing in everyday text that only looks like a skill', () => {
    const innocent = [
      'Ray Smith will sign the lease; x-ray data is stored on site.',
      'Spark joy across the board and report RAG status to the steering group.',
      'Paid action plans, an array of options, a raisin and a fine aircraft.',
      'Use the sign-in form. Act now: our office is in zip code 42001.',
    ];
    for (const text of innocent) {
      expect(checkSkills(text, null, data.skills).mentioned, text).toEqual([]);
    }
  });

  it('expects a checklist for every AI-leadership role but no particular product', () => {
    for (const role of ['caio', 'vp_ai', 'head_ai', 'director_ai', 'ai_manager'] as const) {
      expect(
        data.skills.some((s) => s.roles.includes(role)),
        role,
      ).toBe(true);
    }
    expect(data.skills.filter((s) => s.group === 'tools' && s.roles.length > 0).map((s) => s.id)).toEqual([]);
  });
});
