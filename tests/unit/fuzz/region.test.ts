// The region mapper under any location text: it never throws, answers a region of the bundled data whose
// parent chain ends, and the region does not depend on how names are cased or spaced.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import citiesJson from '../../../data/cities.json';
import regionsJson from '../../../data/regions.json';
import { CitiesFile, RegionsFile } from '../../../data/schema';
import { regionChain, regionFor } from '../../../lib/engine/region';
import { fuzzRuns, fuzzTimeout } from './runs';

const regions = RegionsFile.parse(regionsJson).regions;
const cities = CitiesFile.parse(citiesJson).cities;
const gazetteer = fc.constantFrom(undefined, cities);
const ids = new Set(regions.map((r) => r.id));
const placeWords = regions.flatMap((r) => [r.name, ...r.aliases.slice(0, 3)]);
/** Names longer than a code: their case never matters. Two-letter codes count only in capitals, by design. */
const names = regions
  .flatMap((r) => [r.name, ...r.aliases])
  .filter((name) => name.replace(/\W/g, '').length > 2);
const codes = regions.flatMap((r) => r.aliases).filter((alias) => /^[a-z]{2}$/.test(alias));

const location = fc.oneof(
  fc.string({ maxLength: 120 }),
  fc.string({ unit: 'binary', maxLength: 120 }),
  fc
    .array(
      fc.oneof(
        fc.constantFrom(...placeWords, ', ', '; ', ' (Remote)', 'CA', 'NY', ' 97239', ' - ', ' / ', '|', '•'),
        fc.string(),
      ),
      { maxLength: 8 },
    )
    .map((parts) => parts.join('')),
);
const workplace = fc.constantFrom(null, 'remote' as const, 'hybrid' as const, 'on-site' as const);

/** "City, ST, Country"-like text from the data's own names and codes. */
const placeParts = fc.array(
  fc.oneof(
    { arbitrary: fc.constantFrom(...names), weight: 3 },
    { arbitrary: fc.constantFrom(...codes).map((code) => code.toUpperCase()), weight: 1 },
  ),
  { minLength: 1, maxLength: 3 },
);
const space = fc.array(fc.constantFrom(' ', '  ', '\t', '\u00a0'), { maxLength: 3 }).map((s) => s.join(''));

describe('region properties', () => {
  it(
    'never throws and answers null or a region from the data with evidence and a chain that ends',
    () => {
      fc.assert(
        fc.property(fc.option(location), workplace, gazetteer, (loc, wp, known) => {
          const match = regionFor(loc, wp, regions, known);
          if (match === null) return;
          expect(ids.has(match.id)).toBe(true);
          expect(match.evidence.length).toBeGreaterThan(0);
          const chain = regionChain(match.id, regions);
          expect(chain[0]?.id).toBe(match.id);
          // The walk ended at a region with no parent, not at a cap or a missing id.
          expect(chain[chain.length - 1]?.parent).toBeNull();
        }),
        { numRuns: fuzzRuns() },
      );
    },
    fuzzTimeout(),
  );

  it(
    'gives the same region whatever the case of the names and the spacing around them',
    () => {
      fc.assert(
        fc.property(
          placeParts,
          fc.array(fc.boolean(), { minLength: 1, maxLength: 32 }),
          fc.array(fc.tuple(space, space), { minLength: 3, maxLength: 3 }),
          workplace,
          gazetteer,
          (parts, flips, spaces, wp, known) => {
            const isCode = (part: string) => /^[A-Z]{2}$/.test(part);
            const recase = (part: string) =>
              [...part]
                .map((ch, i) => (flips[i % flips.length] ? ch.toUpperCase() : ch.toLowerCase()))
                .join('');
            const plain = parts.join(', ');
            const varied = parts
              .map((part, i) => {
                const [before, after] = spaces[i] ?? ['', ''];
                return `${before}${isCode(part) ? part : recase(part)}${after}`;
              })
              .join(',');
            expect(regionFor(varied, wp, regions, known)?.id ?? null, JSON.stringify(varied)).toBe(
              regionFor(plain, wp, regions, known)?.id ?? null,
            );
          },
        ),
        { numRuns: fuzzRuns() },
      );
    },
    fuzzTimeout(),
  );

  it(
    'places a gazetteer city written with its country or state code in that country, never a state elsewhere',
    () => {
      const ids = new Set(regions.map((r) => r.id));
      fc.assert(
        fc.property(fc.constantFrom(...cities), fc.boolean(), (city, alternate) => {
          const [name, alternates, country, subdivision] = city;
          const written = alternate ? (alternates[0] ?? name) : name;
          const location = `${written}, ${subdivision ?? country}`;
          const chain = regionChain(regionFor(location, null, regions, cities)?.id ?? '', regions).map(
            (r) => r.id,
          );
          // A country with no region of its own: no answer, rather than a state that shares its code.
          if (!ids.has(country)) expect(chain, location).toEqual([]);
          else expect(chain, location).toContain(subdivision ? `${country}-${subdivision}` : country);
        }),
        { numRuns: fuzzRuns() },
      );
    },
    fuzzTimeout(),
  );
});
