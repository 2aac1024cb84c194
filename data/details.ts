// The data only the skill checklist and the recruiter checks read.
import payLawsJson from './pay-laws.json';
import type { PayLaw, PayLawsFile, Skill, SkillsFile } from './schema';
import skillsJson from './skills.json';

export interface DetailData {
  skillGroups: { id: Skill['group']; name: string }[];
  skills: Skill[];
  payLaws: PayLaw[];
  payLawsCompiled: string;
}

let cached: DetailData | undefined;

export function loadDetailData(): DetailData {
  if (cached) return cached;
  const skills = skillsJson as SkillsFile;
  const laws = payLawsJson as PayLawsFile;
  cached = {
    skillGroups: skills.groups,
    skills: skills.skills,
    payLaws: laws.laws,
    payLawsCompiled: laws.compiled,
  };
  return cached;
}
