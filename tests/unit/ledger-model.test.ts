import { describe, expect, it } from 'vitest';
import { ledgerKey } from '../../lib/extension/ledger-key';
import {
  daysBetween,
  FINGERPRINT_SIZE,
  findRepostOf,
  fingerprint,
  matchKeyOf,
  memoryFacts,
  mergeEntries,
  recordSighting,
  similarity,
} from '../../lib/extension/ledger-model';
import { DAY, DESCRIPTION, sighting, T0 } from './ledger-fixtures';

describe('fingerprint and similarity', () => {
  it('ignores case, punctuation and spacing', () => {
    const a = fingerprint(DESCRIPTION);
    const b = fingerprint(`  ${DESCRIPTION.toUpperCase().replaceAll(',', ' ;')}  `);
    expect(a.length).toBeGreaterThan(0);
    expect(similarity(a, b)).toBe(1);
  });

  it('keeps a near-identical description above the repost threshold and a different one far below', () => {
    const edited = DESCRIPTION.replace('twelve', 'fifteen');
    const other =
      'Globex seeks a VP of Data to run analytics engineering, the warehouse and reporting for finance, with ' +
      'a focus on dashboards, data quality and stakeholder management across the retail business.';
    const base = fingerprint(DESCRIPTION);
    expect(similarity(base, fingerprint(edited))).toBeGreaterThanOrEqual(0.85);
    expect(similarity(base, fingerprint(`${DESCRIPTION} Apply by Friday.`))).toBeGreaterThanOrEqual(0.9);
    expect(similarity(base, fingerprint(other))).toBeLessThan(0.1);
  });

  it('is bounded and treats no text as no evidence', () => {
    const long = Array.from({ length: 3000 }, (_, i) => `word${i}`).join(' ');
    expect(fingerprint(long)).toHaveLength(FINGERPRINT_SIZE);
    expect(fingerprint('')).toEqual([]);
    expect(similarity([], [])).toBe(0);
    expect(similarity(fingerprint('short text'), fingerprint('short text'))).toBe(1);
  });

  it('estimates Jaccard of long texts within a few points', () => {
    const shared = Array.from({ length: 2000 }, (_, i) => `s${i}`);
    const a = [...shared, ...Array.from({ length: 400 }, (_, i) => `a${i}`)].join(' ');
    const b = [...shared, ...Array.from({ length: 400 }, (_, i) => `b${i}`)].join(' ');
    // Exact shingle Jaccard: about 2000 / 2800.
    expect(similarity(fingerprint(a), fingerprint(b))).toBeCloseTo(2000 / 2800, 1);
  });
});

describe('identity and age', () => {
  it('keys by job id, else by address without query or fragment', () => {
    expect(ledgerKey('linkedin', '42', 'https://www.linkedin.com/jobs/view/42/?x=1')).toBe('linkedin:42');
    expect(ledgerKey('generic', null, 'https://jobs.example.com/ai-lead?utm=x#top')).toBe(
      'generic:https://jobs.example.com/ai-lead',
    );
  });

  it('groups by site, company and title, normalised', () => {
    expect(matchKeyOf(sighting({ title: 'Head of AI!', company: ' ACME ' }))).toBe(
      matchKeyOf(sighting({ title: 'head of  ai', company: 'Acme' })),
    );
    expect(matchKeyOf(sighting({ company: null }))).toBeNull();
    expect(matchKeyOf(sighting({ site: 'lever' }))).not.toBe(matchKeyOf(sighting()));
  });

  it('counts whole days and never goes below zero', () => {
    expect(daysBetween(T0, T0)).toBe(0);
    expect(daysBetween(T0, T0 + DAY - 1)).toBe(0);
    expect(daysBetween(T0, T0 + 3 * DAY)).toBe(3);
    expect(daysBetween(T0, T0 - DAY)).toBe(0);
  });
});

describe('sightings, reposts and merging', () => {
  const first = recordSighting(undefined, 'greenhouse:1001', sighting(), T0);

  it('keeps the first sighting and the star when a posting is seen again', () => {
    const starred = { ...first, saved: { status: 'applied' as const, note: 'Called Ann', savedAt: T0 } };
    const again = recordSighting(
      starred,
      'greenhouse:1001',
      sighting({ title: 'Head of AI (new)' }),
      T0 + DAY,
    );
    expect(again).toMatchObject({ firstSeen: T0, lastSeen: T0 + DAY, title: 'Head of AI (new)' });
    expect(again.saved?.note).toBe('Called Ann');
    expect(memoryFacts(again, null, T0 + 2 * DAY)).toMatchObject({
      daysSinceFirstSeen: 2,
      datePosted: '2026-03-01',
    });
  });

  it('finds the earliest posting a new job id repeats, and nothing for a different description', () => {
    const repost = recordSighting(undefined, 'greenhouse:2002', sighting({ jobId: '2002' }), T0 + 5 * DAY);
    const withPrint = (entry: typeof first) => ({ entry, fingerprint: fingerprint(entry.description) });
    expect(findRepostOf(withPrint(repost), [withPrint(first), withPrint(repost)])?.key).toBe(
      'greenhouse:1001',
    );
    // The original is not a repost of the later one.
    expect(findRepostOf(withPrint(first), [withPrint(first), withPrint(repost)])).toBeNull();
    const rewritten = {
      ...repost,
      description: 'An entirely new text about a different job with other duties.',
    };
    expect(findRepostOf(withPrint(rewritten), [withPrint(first)])).toBeNull();
    const otherCompany = { ...repost, company: 'Initech' };
    expect(findRepostOf(withPrint(otherCompany), [withPrint(first)])).toBeNull();
  });

  it('merges two records of one posting the same whichever comes first', () => {
    const later = { ...first, lastSeen: T0 + 4 * DAY, title: 'Head of AI, EMEA', saved: null };
    const earlier = {
      ...first,
      firstSeen: T0 - DAY,
      saved: { status: 'interested' as const, note: '', savedAt: T0 },
    };
    const ab = mergeEntries(later, earlier);
    expect(ab).toEqual(mergeEntries(earlier, later));
    expect(ab).toMatchObject({ firstSeen: T0 - DAY, lastSeen: T0 + 4 * DAY, title: 'Head of AI, EMEA' });
    expect(ab.saved?.status).toBe('interested');
    expect(mergeEntries(ab, ab)).toEqual(ab);
  });
});
