// The title classifier under any text: it never throws, answers the same twice, keeps a title's role under
// changes a recruiter would not notice, and noise never turns a non-AI title into AI leadership.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { classifyTitle, isAiLeadership } from '../../../lib/engine/classify';
import { titleTokens } from '../../../lib/engine/title-normalise';
import { bundledRoles, readLabelledTitles, TITLE_FILES } from '../../eval-titles';
import { fuzzRuns, fuzzTimeout } from './runs';

const roles = bundledRoles();
const roleIds = new Set(roles.map((r) => r.id));
const labelled = TITLE_FILES.flatMap((file) => readLabelledTitles(file));
const titles = labelled.map((row) => row.title);
const roleOf = (title: string) => classifyTitle(title, roles)?.id ?? null;

/** Characters copied text carries that a reader does not see: zero-width, joiners, soft hyphen, BOM, marks. */
const INVISIBLE = ['\u200b', '\u200c', '\u200d', '\u2060', '\ufeff', '\u00ad', '\u200e', '\u200f'];

const anyText = fc.oneof(
  fc.string({ maxLength: 200 }),
  fc.string({ unit: 'grapheme', maxLength: 120 }),
  fc.string({ unit: 'binary', maxLength: 120 }),
  // Real titles with noise spliced in reach the deeper branches.
  fc
    .tuple(fc.constantFrom(...titles), fc.string({ unit: 'grapheme', maxLength: 20 }))
    .map(([title, noise]) => `${noise}${title}${noise}`),
);

/** Tails that say where or how, never what: a recruiter ignores them. */
const TAILS = [
  ' - Remote',
  ' (Remote)',
  ' - London',
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
  ' - San Francisco, CA',
  ' (London, UK)',
];

/** Noise with no letters or digits, so it cannot spell a role or the AI field: symbols, emoji, marks. */
const noise = fc
  .array(
    fc.oneof(
      fc.constantFrom(
        ' ',
        '-',
        '|',
        '/',
        '#',
        '*',
        '(',
        ')',
        '[',
        ']',
        '🚀',
        '✨',
        '•',
        '–',
        ':',
        '!',
        '?',
        '&',
      ),
      fc.constantFrom(...INVISIBLE, '\u00a0', '\t'),
    ),
    { maxLength: 8 },
  )
  .map((parts) => parts.join(''));
/** A requisition number or a year around the title, apart from its words: "40213 - ", " (2026)". */
const numberAround = fc.integer({ min: 0, max: 99_999 }).map((n) => ` ${n} `);

/** Titles the classifier itself does not call AI leadership (no description to lift a CTO or CDO). */
const nonAiTitles = titles.filter((title) => !isAiLeadership(classifyTitle(title, roles), null, roles));

/** AI-role titles that write the field as "AI" and name no governance yet: "Head of AI Product". */
const aiRoleTitles = titles.filter((title) => {
  const match = classifyTitle(title, roles);
  return (
    /\bAI\b/.test(title) && match !== null && !match.focus && roles.some((r) => r.id === match.id && r.aiRole)
  );
});
const GOVERNANCE_WORDS = ['Governance', 'Ethics', 'Risk', 'Policy', 'Safety', 'Assurance', 'Compliance'];

/** The title with invisible characters put at random places, inside words too. */
const withInvisibles = fc
  .tuple(
    fc.constantFrom(...titles),
    fc.array(fc.tuple(fc.nat(), fc.constantFrom(...INVISIBLE)), { minLength: 1, maxLength: 4 }),
  )
  .map(([title, inserts]) => {
    let out = title;
    for (const [at, ch] of inserts) {
      const k = at % (out.length + 1);
      out = `${out.slice(0, k)}${ch}${out.slice(k)}`;
    }
    return { title, noisy: out };
  });

describe('classifyTitle properties', () => {
  it(
    'never throws; a match has a known role id, a confidence in 0..1 and evidence',
    () => {
      fc.assert(
        fc.property(anyText, (title) => {
          const match = classifyTitle(title, roles);
          if (match) {
            expect(roleIds.has(match.id)).toBe(true);
            expect(match.confidence).toBeGreaterThanOrEqual(0);
            expect(match.confidence).toBeLessThanOrEqual(1);
            expect(['phrase', 'abbreviation']).toContain(match.evidence.by);
            expect(match.evidence.text).not.toBe('');
          }
          expect(typeof isAiLeadership(match, title, roles)).toBe('boolean');
          expect(Array.isArray(titleTokens(title))).toBe(true);
        }),
        { numRuns: fuzzRuns() },
      );
    },
    fuzzTimeout(),
  );

  it('never throws on values that are not strings, from untyped callers', () => {
    for (const junk of [undefined, null, 42, {}, [], Symbol('x')]) {
      expect(() => classifyTitle(junk as unknown as string, roles)).not.toThrow();
    }
  });

  it(
    'is deterministic: the same title gives the same match, again and from a fresh copy of the roles',
    () => {
      const freshRoles = structuredClone(roles);
      fc.assert(
        fc.property(anyText, fc.option(anyText), (title, description) => {
          const hints = description === null ? undefined : { description };
          const first = classifyTitle(title, roles, hints);
          expect(classifyTitle(title, roles, hints)).toEqual(first);
          expect(classifyTitle(title, freshRoles, hints)).toEqual(first);
        }),
        { numRuns: fuzzRuns() },
      );
    },
    fuzzTimeout(),
  );

  it(
    'keeps a title on its role when a location or qualifier tail is added',
    () => {
      fc.assert(
        fc.property(fc.constantFrom(...titles), fc.constantFrom(...TAILS), (title, tail) => {
          expect(roleOf(`${title}${tail}`), `${title}${tail}`).toBe(roleOf(title));
        }),
        { numRuns: fuzzRuns() },
      );
    },
    fuzzTimeout(),
  );

  it(
    'keeps an AI title on its role and gives it the governance focus when a governance word follows "AI"',
    () => {
      fc.assert(
        fc.property(fc.constantFrom(...aiRoleTitles), fc.constantFrom(...GOVERNANCE_WORDS), (title, word) => {
          const governed = title.replace(/\bAI\b/, `AI ${word}`);
          const match = classifyTitle(governed, roles);
          expect(match?.id, governed).toBe(roleOf(title));
          expect(match?.focus, governed).toBe('governance');
        }),
        { numRuns: fuzzRuns() },
      );
    },
    fuzzTimeout(),
  );

  it(
    'ignores case and surrounding whitespace',
    () => {
      const space = fc
        .array(fc.constantFrom(' ', '\t', '\n', '\u00a0', '\u2009'), { maxLength: 4 })
        .map((s) => s.join(''));
      fc.assert(
        fc.property(
          fc.constantFrom(...titles),
          fc.constantFrom('upper', 'lower', 'random'),
          fc.array(fc.boolean(), { minLength: 1, maxLength: 64 }),
          space,
          space,
          (title, mode, flips, before, after) => {
            const cased =
              mode === 'upper'
                ? title.toUpperCase()
                : mode === 'lower'
                  ? title.toLowerCase()
                  : [...title]
                      .map((ch, i) => (flips[i % flips.length] ? ch.toUpperCase() : ch.toLowerCase()))
                      .join('');
            expect(roleOf(`${before}${cased}${after}`), cased).toBe(roleOf(title));
          },
        ),
        { numRuns: fuzzRuns() },
      );
    },
    fuzzTimeout(),
  );

  it(
    'ignores zero-width characters, soft hyphens and direction marks, wherever they sit',
    () => {
      fc.assert(
        fc.property(withInvisibles, ({ title, noisy }) => {
          expect(roleOf(noisy), JSON.stringify(noisy)).toBe(roleOf(title));
        }),
        { numRuns: fuzzRuns() },
      );
    },
    fuzzTimeout(),
  );

  it(
    'a non-AI title with noise around and between its words never becomes AI leadership',
    () => {
      fc.assert(
        fc.property(
          fc.constantFrom(...nonAiTitles),
          fc.array(noise, { minLength: 1, maxLength: 6 }),
          numberAround,
          numberAround,
          (title, bits, before, after) => {
            const words = title.split(' ').map((word, i) => `${bits[i % bits.length]}${word}`);
            const noisy = `${before}${words.join(' ')}${bits[0]}${after}`;
            expect(isAiLeadership(classifyTitle(noisy, roles), null, roles), noisy).toBe(false);
          },
        ),
        { numRuns: fuzzRuns() },
      );
    },
    fuzzTimeout(),
  );
});
