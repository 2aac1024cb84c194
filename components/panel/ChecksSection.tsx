import { Icon } from '../shared/icons';
import { Fact } from './Fact';
import { Section } from './Section';
import type { CheckView } from './view-model';
import { usePanelWords } from './words';

export function ChecksSection({ checks }: { checks: CheckView[] }) {
  const w = usePanelWords();
  return (
    <Section id="checks" title={w.t('checks.title')}>
      {checks.length > 0 ? (
        <ul class="ail-checks">
          {checks.map((check, index) => (
            // A posting can carry two checks of one kind (a law's, and the remote-work laws').
            <li
              key={`${check.id}:${index}`}
              class="ail-check"
              data-severity={check.severity}
              data-flag={check.id}
            >
              <span class="ail-check__severity">
                <Icon name={`severity-${check.severity}`} />
                {check.word}
              </span>
              <span class="ail-check__message">{check.message}</span>
              <dl class="ail-facts">
                <Fact
                  label={w.t('checks.source')}
                  value={check.sourceText}
                  name="source"
                  provenance={check.provenance}
                />
              </dl>
            </li>
          ))}
        </ul>
      ) : (
        <p class="ail-muted">{w.t('checks.none')}</p>
      )}
    </Section>
  );
}
