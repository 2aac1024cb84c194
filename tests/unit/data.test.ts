// The bundled data checked as a whole: every file parses, every cross-reference resolves (sources, regions,
// roles), and the skill phrases behave in the real matcher. The salary entries: tests/unit/data/.
import { describe, expect, it } from 'vitest';
import { loadBundledData, loadSourceNotes } from '../../data';
import { RatesFile, RoleFact, type SalaryBand, SkillGroupId } from '../../data/schema';
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

// The salary entries, their build from data/sources/ and the coverage table: tests/unit/data/salaries.test.ts.

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
