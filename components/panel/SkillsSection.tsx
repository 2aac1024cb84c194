import { Checklist } from '../shared/Checklist';
import { Section } from './Section';
import type { ChecklistView } from './view-model';

export function SkillsSection({ checklist }: { checklist: ChecklistView }) {
  return (
    <Section id="checklist" title="Skill checklist">
      <p class="ail-match" data-match={checklist.match ? checklist.match.percent : undefined}>
        {checklist.matchText}
      </p>
      {checklist.groups.length > 0 ? (
        <Checklist groups={checklist.groups} checkedText="(mentioned)" uncheckedText="(not mentioned)" />
      ) : (
        <p class="ail-muted">No checklist for this role.</p>
      )}
    </Section>
  );
}
