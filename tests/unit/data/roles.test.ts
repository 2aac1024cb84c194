// The role comparison's cells (data/roles.json): each a short fact with its sources, year and confidence, or
// an explicit gap; no research-note prose.
import { describe, expect, it } from 'vitest';
import { loadBundledData } from '../../../data';
import { RoleFact } from '../../../data/schema';

const data = loadBundledData();
const FACTS = ['scope', 'reportsTo', 'boardAccountability', 'experience', 'reachedFrom'] as const;
const facts = data.roles.flatMap((role) =>
  FACTS.map((key) => ({ where: `${role.id}.${key}`, fact: role[key] })),
);
const sourceIds = new Set(data.sources.map((source) => source.id));
/** A cell is read at a glance beside another role's: one clause, not a paragraph. */
const MAX_FACT_LENGTH = 90;

describe('data/roles.json: the comparison cells', () => {
  it('states each fact in one short clause with listed sources, a year and a confidence', () => {
    const found = facts.filter(({ fact }) => !('gap' in fact));
    expect(found.length).toBeGreaterThan(0);
    for (const { where, fact } of found) {
      expect(fact.text.length, where).toBeLessThanOrEqual(MAX_FACT_LENGTH);
      expect(fact.text, where).not.toMatch(/[.;]$/);
      expect(fact.sources.length, where).toBeGreaterThan(0);
      expect(
        fact.sources.filter((id) => !sourceIds.has(id)),
        where,
      ).toEqual([]);
      expect('year' in fact && typeof fact.year === 'number', where).toBe(true);
    }
  });

  it('marks what the sources do not say as an explicit gap, never as prose in a fact', () => {
    const gaps = facts.filter(({ fact }) => 'gap' in fact);
    expect(gaps.length).toBeGreaterThan(0);
    for (const { where, fact } of gaps) expect(fact, where).toEqual(RoleFact.parse(fact));
    const prose = facts.filter(
      ({ fact }) => !('gap' in fact) && /not found|the research|infers|not stated in/i.test(fact.text),
    );
    expect(prose.map(({ where }) => where)).toEqual([]);
  });

  it('refuses a gap that carries a source or prose, and a fact without its year', () => {
    const gap = { gap: true, text: 'Not found in sources', sources: [], confidence: 'low' };
    expect(RoleFact.safeParse(gap).success).toBe(true);
    expect(
      RoleFact.safeParse({ ...gap, text: 'Not found in sources; the research infers none' }).success,
    ).toBe(false);
    expect(RoleFact.safeParse({ ...gap, sources: ['seed-card'] }).success).toBe(false);
    expect(RoleFact.safeParse({ text: 'CEO', sources: ['techtarget-cto'], confidence: 'low' }).success).toBe(
      false,
    );
  });

  it('keeps the CAIO reporting line as the unverified claim it is', () => {
    const caio = data.roles.find((role) => role.id === 'caio');
    expect(caio?.reportsTo).toMatchObject({ confidence: 'low' });
    expect(caio?.reportsTo.text).toMatch(/unverified/);
  });
});
