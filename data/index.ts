// The bundled data, parsed once through its schemas. Everything that reads data/ goes through here.
import payLawsJson from './pay-laws.json';
import ratesJson from './rates.json';
import regionsJson from './regions.json';
import rolesJson from './roles.json';
import salariesJson from './salaries.json';
import {
  type PayLaw,
  PayLawsFile,
  type RatesFile,
  RatesFile as RatesSchema,
  type Region,
  RegionsFile,
  type Role,
  RolesFile,
  SalariesFile,
  type SalaryEntry,
  type Skill,
  SkillsFile,
  type Source,
  SourcesFile,
} from './schema';
import skillsJson from './skills.json';
import sourcesJson from './sources.json';

export interface BundledData {
  sources: Source[];
  regions: Region[];
  roles: Role[];
  salaries: SalaryEntry[];
  skillGroups: { id: Skill['group']; name: string }[];
  skills: Skill[];
  rates: RatesFile;
  payLaws: PayLaw[];
  payLawsCompiled: string;
}

let cached: BundledData | undefined;

/** Parses every bundled file; throws a ZodError naming the file and field if one is malformed. */
export function loadBundledData(): BundledData {
  if (cached) return cached;
  const skills = SkillsFile.parse(skillsJson);
  const laws = PayLawsFile.parse(payLawsJson);
  cached = {
    sources: SourcesFile.parse(sourcesJson).sources,
    regions: RegionsFile.parse(regionsJson).regions,
    roles: RolesFile.parse(rolesJson).roles,
    salaries: SalariesFile.parse(salariesJson).entries,
    skillGroups: skills.groups,
    skills: skills.skills,
    rates: RatesSchema.parse(ratesJson),
    payLaws: laws.laws,
    payLawsCompiled: laws.compiled,
  };
  return cached;
}
