// The bundled data's boundary is the build: every file is parsed through its schema when the extension is
// built (wxt.config.ts) and in the unit tests, so the shipped scripts read the JSON as is and spend no
// page time re-validating it. A malformed file fails the build with the file and field named.
import type * as z from 'zod/mini';
import citiesJson from './cities.json';
import citiesLensJson from './cities-lens.json';
import coverageJson from './coverage.json';
import payLawsJson from './pay-laws.json';
import ratesJson from './rates.json';
import regionsJson from './regions.json';
import rolesJson from './roles.json';
import salariesJson from './salaries.json';
import {
  CitiesFile,
  CoverageFile,
  PayLawsFile,
  RatesFile,
  RegionsFile,
  RolesFile,
  SalariesFile,
  SkillsFile,
  SourceNotesFile,
  SourcesFile,
} from './schema';
import skillsJson from './skills.json';
import sourceNotesJson from './source-notes.json';
import sourcesJson from './sources.json';

const FILES = [
  ['sources.json', SourcesFile, sourcesJson],
  ['source-notes.json', SourceNotesFile, sourceNotesJson],
  ['regions.json', RegionsFile, regionsJson],
  ['cities.json', CitiesFile, citiesJson],
  ['cities-lens.json', CitiesFile, citiesLensJson],
  ['roles.json', RolesFile, rolesJson],
  ['salaries.json', SalariesFile, salariesJson],
  ['skills.json', SkillsFile, skillsJson],
  ['rates.json', RatesFile, ratesJson],
  ['pay-laws.json', PayLawsFile, payLawsJson],
  ['coverage.json', CoverageFile, coverageJson],
] as const;

/** Throws naming the file and the field when `json` does not match `schema` exactly. */
export function checkDataFile(file: string, schema: z.ZodMiniType, json: unknown): void {
  const result = schema.safeParse(json);
  if (!result.success) {
    const issues = result.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);
    throw new Error(`data/${file} does not match its schema:\n  ${issues.join('\n  ')}`);
  }
  // The scripts ship the JSON, not the parse result: a schema that added or dropped a field would split them.
  if (JSON.stringify(result.data) !== JSON.stringify(json))
    throw new Error(`data/${file}: its schema changes the data it parses (defaults or stripped keys)`);
}

export function validateBundledData(): void {
  for (const [file, schema, json] of FILES) checkDataFile(file, schema, json);
}
