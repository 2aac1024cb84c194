import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { classifyTitle, isAiLeadership } from '../../lib/classify';
import { titleTokens } from '../../lib/title-normalise';
import { bundledRoles, readLabelledTitles } from '../eval-titles';

const roles = bundledRoles();
const roleIds = new Set(roles.map((r) => r.id));
const labelled = readLabelledTitles();
const positives = labelled.filter((row) => row.expected !== 'none');

const anyText = fc.oneof(
  fc.string({ maxLength: 200 }),
  fc.string({ unit: 'grapheme', maxLength: 120 }),
  fc.string({ unit: 'binary', maxLength: 120 }),
  // Real titles with noise spliced in reach the deeper branches.
  fc
    .tuple(fc.constantFrom(...labelled.map((r) => r.title)), fc.string({ unit: 'grapheme', maxLength: 20 }))
    .map(([title, noise]) => `${noise}${title}${noise}`),
);

/** Tails that say where or how, never what: a recruiter ignores them. */
const TAILS = [
  ' - Remote',
  ', London',
  ' (m/w/d)',
  ' (H/F)',
  ' (f/m/x)',
  ' | Series B',
  ' - New York, NY',
  ' (Hybrid)',
  ', EMEA',
  ' – Berlin, Germany',
  ' (Remote, US)',
  ' | Fintech',
];

describe('classifyTitle properties', () => {
  it('never throws; a match has a known role id, a confidence in 0..1 and evidence', () => {
    fc.assert(
      fc.property(anyText, (title) => {
        const match = classifyTitle(title, roles);
        if (match) {
          expect(roleIds.has(match.id)).toBe(true);
          expect(match.confidence).toBeGreaterThanOrEqual(0);
          expect(match.confidence).toBeLessThanOrEqual(1);
          expect(match.evidence).toMatch(/^matched/);
        }
        expect(typeof isAiLeadership(match, title, roles)).toBe('boolean');
        expect(Array.isArray(titleTokens(title))).toBe(true);
      }),
      { numRuns: 600 },
    );
  });

  it('never throws on values that are not strings, from untyped callers', () => {
    for (const junk of [undefined, null, 42, {}, [], Symbol('x')]) {
      expect(() => classifyTitle(junk as unknown as string, roles)).not.toThrow();
    }
  });

  it('keeps a positive title on its role when a location or qualifier tail is added', () => {
    fc.assert(
      fc.property(fc.constantFrom(...positives), fc.constantFrom(...TAILS), (row, tail) => {
        expect(classifyTitle(`${row.title}${tail}`, roles)?.id).toBe(row.expected);
      }),
      { numRuns: 400 },
    );
  });

  it('ignores case and surrounding whitespace', () => {
    fc.assert(
      fc.property(fc.constantFrom(...labelled), (row) => {
        const plain = classifyTitle(row.title, roles)?.id ?? null;
        expect(classifyTitle(`  ${row.title.toUpperCase()}  `, roles)?.id ?? null).toBe(plain);
      }),
      { numRuns: 200 },
    );
  });
});
