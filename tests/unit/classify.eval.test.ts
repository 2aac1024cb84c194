import { describe, expect, it } from 'vitest';
import { bundledRoles, evaluateTitles, REQUIRED_ACCURACY, readLabelledTitles } from '../eval-titles';

const FAMILIES = [
  'positive',
  'abbreviation',
  'dotted',
  'combined',
  'qualifier',
  'german',
  'french',
  'spanish',
  'ic-trap',
  'around-leader-trap',
  'other-csuite-trap',
  'sales-marketing-trap',
  'ai-substring-trap',
  'cto-cdo',
  'near-miss',
];

describe('labelled titles', () => {
  const rows = readLabelledTitles();

  it('is a set of at least 350 labelled titles covering every family, each with its origin', () => {
    expect(rows.length).toBeGreaterThanOrEqual(350);
    expect(new Set(rows.map((r) => r.family))).toEqual(new Set(FAMILIES));
    for (const row of rows) expect(['onet', 'ats-boards', 'research', 'written']).toContain(row.origin);
    expect(new Set(rows.map((r) => r.title)).size).toBe(rows.length);
  });

  it(`classifies at least ${REQUIRED_ACCURACY * 100}% of them as labelled`, () => {
    const result = evaluateTitles(rows, bundledRoles());
    const misses = result.misses.map((m) => `${m.title}: expected ${m.expected}, got ${m.got}`);
    expect(result.accuracy, misses.join('\n')).toBeGreaterThanOrEqual(REQUIRED_ACCURACY);
  });
});
