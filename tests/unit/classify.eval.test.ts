import { describe, expect, it } from 'vitest';
import {
  bundledRoles,
  evaluateTitles,
  REQUIRED_ACCURACY,
  readLabelledTitles,
  TITLE_FILES,
} from '../eval-titles';

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
  'governance',
];
/** Bulk negatives from the title lists: leaders of other functions, and titles with neither cue. */
const BLIND_ONLY_FAMILIES = ['other-leader', 'unrelated'];
const ROLE_IDS_OR_NONE = new Set([...bundledRoles().map((r) => r.id), 'none']);

const SHAPE: Record<(typeof TITLE_FILES)[number], { min: number; families: string[]; origins: string[] }> = {
  'labelled-titles.tsv': {
    min: 350,
    families: FAMILIES,
    origins: ['onet', 'ats-boards', 'research', 'written', 'issue-11'],
  },
  'blind-titles.tsv': {
    min: 300,
    families: [...FAMILIES, ...BLIND_ONLY_FAMILIES],
    origins: ['onet', 'ats-boards', 'real-pages', 'written'],
  },
  'holdout-titles.tsv': {
    min: 200,
    families: [...FAMILIES, 'italian', 'dutch'],
    origins: ['written-holdout'],
  },
};

describe.each(TITLE_FILES)('%s', (file) => {
  const rows = readLabelledTitles(file);
  const shape = SHAPE[file];

  it(`is a set of at least ${shape.min} distinct titles covering every family, each with a role and an origin`, () => {
    expect(rows.length).toBeGreaterThanOrEqual(shape.min);
    expect(new Set(rows.map((r) => r.family))).toEqual(new Set(shape.families));
    for (const row of rows) {
      expect(shape.origins).toContain(row.origin);
      expect(ROLE_IDS_OR_NONE).toContain(row.expected);
    }
    expect(new Set(rows.map((r) => r.title)).size).toBe(rows.length);
  });

  it(`classifies at least ${REQUIRED_ACCURACY * 100}% of them as labelled`, () => {
    const result = evaluateTitles(rows, bundledRoles());
    const misses = result.misses.map((m) => `${m.title}: expected ${m.expected}, got ${m.got}`);
    expect(result.accuracy, misses.join('\n')).toBeGreaterThanOrEqual(REQUIRED_ACCURACY);
  });
});

describe('blind-titles.tsv', () => {
  it('shares no title with the set the classifier was written alongside', () => {
    const tuned = new Set(readLabelledTitles('labelled-titles.tsv').map((r) => r.title.toLowerCase()));
    const overlap = readLabelledTitles('blind-titles.tsv').filter((r) => tuned.has(r.title.toLowerCase()));
    expect(overlap.map((r) => r.title)).toEqual([]);
  });

  it('holds at least 98% on the AI-leadership titles alone, not only thanks to the many negatives', () => {
    const positives = readLabelledTitles('blind-titles.tsv').filter((r) => r.expected !== 'none');
    expect(positives.length).toBeGreaterThanOrEqual(300);
    const result = evaluateTitles(positives, bundledRoles());
    expect(result.accuracy, result.misses.map((m) => m.title).join('\n')).toBeGreaterThanOrEqual(
      REQUIRED_ACCURACY,
    );
  });
});
