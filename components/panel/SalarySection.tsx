import { BandBar } from '../shared/BandBar';
import { Fact } from './Fact';
import { References } from './References';
import { Section } from './Section';
import type { SalaryView } from './view-model';
import { usePanelWords } from './words';

/** The pay bar and the two figures on it; the verdict is in the top strip, the caveats in its "Why / how".
 *  Without a band: the posted pay as posted (`postedText`), the reason, and what is published as context. */
export function SalarySection({ salary, postedText }: { salary: SalaryView; postedText: string | null }) {
  const w = usePanelWords();
  if (salary.kind !== 'band')
    return (
      <Section id="salary" title={w.t('salary.title')}>
        {postedText && (
          <dl class="ail-facts">
            <Fact label={w.t('salary.posted')} value={postedText} name="posted" />
          </dl>
        )}
        {salary.kind === 'no-band' && salary.gap && (
          <p class="ail-muted" lang={salary.gap.lang} data-gap>
            {salary.gap.text}
          </p>
        )}
        {salary.kind === 'no-band' && <References references={salary.references} />}
        {salary.kind === 'no-role' && <p class="ail-muted">{salary.message}</p>}
      </Section>
    );
  return (
    <Section id="salary" title={w.t('salary.title')}>
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
          {salary.noPayNote}
        </p>
      )}
      <BandBar model={salary.bar} />
      <p class="ail-muted ail-small" data-basis-line>
        {salary.basisLine}
      </p>
      <dl class="ail-facts">
        {salary.posted && (
          <Fact
            label={w.t('salary.posted')}
            value={salary.posted.text}
            extra={salary.posted.displayText}
            name="posted"
            provenance={salary.posted.provenance}
          />
        )}
        <Fact
          label={w.t('salary.benchmark')}
          value={salary.bandText}
          extra={salary.bandDisplayText}
          name="band"
          provenance={salary.provenance}
        />
      </dl>
    </Section>
  );
}
