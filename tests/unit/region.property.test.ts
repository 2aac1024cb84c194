import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import regionsJson from '../../data/regions.json';
import { RegionsFile } from '../../data/schema';
import { regionChain, regionFor } from '../../lib/region';

const regions = RegionsFile.parse(regionsJson).regions;
const ids = new Set(regions.map((r) => r.id));
const placeWords = regions.flatMap((r) => [r.name, ...r.aliases.slice(0, 3)]);

const location = fc.oneof(
  fc.string({ maxLength: 120 }),
  fc.string({ unit: 'binary', maxLength: 120 }),
  fc
    .array(
      fc.oneof(
        fc.constantFrom(...placeWords, ', ', '; ', ' (Remote)', 'CA', 'NY', ' 97239', ' - '),
        fc.string(),
      ),
      {
        maxLength: 8,
      },
    )
    .map((parts) => parts.join('')),
);
const workplace = fc.constantFrom(null, 'remote' as const, 'hybrid' as const, 'on-site' as const);

describe('region properties', () => {
  it('never throws and answers a region from the data with evidence', () => {
    fc.assert(
      fc.property(fc.option(location), workplace, (loc, wp) => {
        const match = regionFor(loc, wp, regions);
        if (match === null) return;
        expect(ids.has(match.id)).toBe(true);
        expect(match.evidence.length).toBeGreaterThan(0);
        expect(regionChain(match.id, regions)[0]?.id).toBe(match.id);
      }),
      { numRuns: 3000 },
    );
  });

  it('finds every region by its own name', () => {
    for (const region of regions) {
      expect(regionFor(region.name, null, regions)?.id, region.name).toBe(region.id);
    }
  });
});
