import { Checklist } from '../shared/Checklist';
import { Section } from './Section';
import type { ChecklistView } from './view-model';
import { DATA_LANG, usePanelWords } from './words';

export function SkillsSection({ checklist }: { checklist: ChecklistView }) {
  const w = usePanelWords();
  return (
    <Section id="checklist" title={w.t('skills.title')}>
      <p class="ail-match" data-match={checklist.match ? checklist.match.percent : undefined}>
        {checklist.matchText}
      </p>
      {checklist.groups.length > 0 ? (
        <Checklist
          groups={checklist.groups}
          checkedText={w.t('skills.mentioned')}
          uncheckedText={w.t('skills.notMentioned')}
          dataLang={DATA_LANG}
        />
      ) : (
        <p class="ail-muted">{w.t('skills.none')}</p>
      )}
    </Section>
  );
}
