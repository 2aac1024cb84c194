import { BandBar } from '../shared/BandBar';
import { Fact } from './Fact';
import { Section } from './Section';
import { HIDDEN_PAY_TEXT, type SalaryView } from './view-model';

/** The pay bar and the two figures on it; the verdict is in the top strip, the caveats in its "Why / how".
 *  `postedText`: the posted pay as posted, shown on its own when there is no band to place it on. */
export function SalarySection({ salary, postedText }: { salary: SalaryView; postedText: string | null }) {
  if (salary.kind !== 'band')
    return (
      <Section id="salary" title="Pay">
        {salary.kind === 'no-band' && salary.gapText && <p class="ail-muted">{salary.gapText}</p>}
        {salary.kind === 'no-role' && <p class="ail-muted">{salary.message}</p>}
        {postedText && (
          <dl class="ail-facts">
            <Fact label="Posted" value={postedText} name="posted" />
          </dl>
        )}
      </Section>
    );
  return (
    <Section id="salary" title="Pay">
      <p class="ail-muted" data-band-heading>
        {salary.heading}
      </p>
      {salary.fallbackLabel && (
        <p class="ail-notice" data-fallback>
          {salary.fallbackLabel}
        </p>
      )}
      {salary.noPayNote && (
        <p class="ail-notice" data-hidden-pay>
          {HIDDEN_PAY_TEXT}
        </p>
      )}
      <BandBar model={salary.bar} />
      <p class="ail-muted ail-small" data-basis-line>
        {salary.basisLine}
      </p>
      <dl class="ail-facts">
        {salary.posted && (
          <Fact
            label="Posted"
            value={salary.posted.text}
            extra={salary.posted.displayText}
            name="posted"
            provenance={salary.posted.provenance}
          />
        )}
        <Fact
          label="Benchmark"
          value={salary.bandText}
          extra={salary.bandDisplayText}
          name="band"
          provenance={salary.provenance}
        />
      </dl>
    </Section>
  );
}
