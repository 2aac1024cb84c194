// Which checklist items a posting mentions, and which ones the role's checklist expects but the posting leaves out.
import type { RoleId, Skill } from '../../data/schema';
import { compilePhrases, type PhraseMatcher } from './text-match';
import type { SkillReport } from './types';

// Compiled once per skills array: the bundled array lives for the whole session.
const matchers = new WeakMap<readonly Skill[], PhraseMatcher<Skill>>();

function matcherFor(skills: readonly Skill[]): PhraseMatcher<Skill> {
  let matcher = matchers.get(skills);
  if (!matcher) {
    matcher = compilePhrases(skills.map((skill) => ({ key: skill, phrases: skill.phrases })));
    matchers.set(skills, matcher);
  }
  return matcher;
}

/**
 * Without a description nothing is reported missing: an unread description is not a description that
 * leaves the item out.
 */
export function checkSkills(
  description: string | null,
  roleId: RoleId | null,
  skills: readonly Skill[],
): SkillReport {
  if (description === null) return { mentioned: [], expectedMissing: [] };
  const matcher = matcherFor(skills);
  const hits = matcher.firstHits(matcher.scan(description));
  const mentioned: SkillReport['mentioned'] = [];
  const expectedMissing: string[] = [];
  for (const skill of skills) {
    const hit = hits.get(skill);
    if (hit) mentioned.push({ id: skill.id, group: skill.group, phrase: hit.phrase });
    else if (roleId !== null && skill.roles.includes(roleId)) expectedMissing.push(skill.id);
  }
  return { mentioned, expectedMissing };
}
