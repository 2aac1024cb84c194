// The part of the gazetteer the lens carries (all of data/cities.json is 7 KB gzip, more than the lens has room
// for): cities of the countries whose ISO code is also a US state's or Canadian province's code, where the city
// decides between the two readings ("Dortmund, DE", "Toronto, CA"), and the cities that are regions of their
// own (New York City, Cleveland). data/build-cities.ts writes it to data/cities-lens.json; a data test
// recomputes it.
import type { City, Region } from './schema';

export function lensCities(cities: readonly City[], regions: readonly Region[]): City[] {
  const clashing = new Set(regions.filter((r) => /^(US|CA)-[A-Z]{2}$/.test(r.id)).map((r) => r.id.slice(3)));
  const ownRegionNames = new Set(
    regions
      .filter((r) => r.id.split('-').length === 3)
      .flatMap((r) => [r.name, ...r.aliases])
      .map((name) => name.toLowerCase()),
  );
  return cities.filter(
    ([name, alternates, country]) =>
      clashing.has(country) || [name, ...alternates].some((n) => ownRegionNames.has(n.toLowerCase())),
  );
}
