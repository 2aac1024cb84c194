import { Icon } from '../shared/icons';
import { Fact } from './Fact';
import { Section } from './Section';
import type { CheckView } from './view-model';

export function ChecksSection({ checks }: { checks: CheckView[] }) {
  return (
    <Section id="checks" title="Checks">
      {checks.length > 0 ? (
        <ul class="ail-checks">
          {checks.map((check) => (
            <li key={check.id} class="ail-check" data-severity={check.severity} data-flag={check.id}>
              <span class="ail-check__severity">
                <Icon name={`severity-${check.severity}`} />
                {check.word}
              </span>
              <span class="ail-check__message">{check.message}</span>
              <dl class="ail-facts">
                <Fact label="Source" value={check.sourceText} name="source" provenance={check.provenance} />
              </dl>
            </li>
          ))}
        </ul>
      ) : (
        <p class="ail-muted">Nothing to flag.</p>
      )}
    </Section>
  );
}
