// The data the content script needs for a panel's first paint and for list badges: who the role is, where
// the job is, what the band says and who says so. Typed, not parsed: data/validate.ts checks these files
// against their schemas when the extension is built.
import citiesLensJson from './cities-lens.json';
import ratesJson from './rates.json';
import regionsJson from './regions.json';
import rolesJson from './roles.json';
import salariesJson from './salaries.json';
import type {
  CitiesFile,
  City,
  RatesFile,
  Region,
  RegionsFile,
  Role,
  RolesFile,
  SalariesFile,
  SalaryEntry,
  Source,
  SourcesFile,
} from './schema';
import sourcesJson from './sources.json';

export interface CoreData {
  sources: Source[];
  regions: Region[];
  /** The gazetteer's cities that decide a place on the first paint (data/lens-cities.ts says which). */
  cities: City[];
  roles: Role[];
  salaries: SalaryEntry[];
  rates: RatesFile;
}

let cached: CoreData | undefined;

export function loadCoreData(): CoreData {
  cached ??= {
    sources: (sourcesJson as SourcesFile).sources,
    regions: (regionsJson as RegionsFile).regions,
    cities: (citiesLensJson as CitiesFile).cities,
    roles: (rolesJson as RolesFile).roles,
    salaries: (salariesJson as SalariesFile).entries,
    rates: ratesJson as RatesFile,
  };
  return cached;
}
