import { BandBar } from '../shared/BandBar';
import { Section } from './Section';
import { NO_PAY_TEXT, type SalaryView } from './view-model';

/** `postedText`: the posted pay as posted, shown on its own when there is no band to place it on. */
export function SalarySection({ salary, postedText }: { salary: SalaryView; postedText: string | null }) {
  return (
    <Section id="salary" title="Salary benchmark">
      {salary.kind === 'band' ? (
        <>
          <p class="ail-muted" data-band-heading>
            {salary.heading}
          </p>
          {salary.fallbackLabel && (
            <p class="ail-notice" data-fallback>
              {salary.fallbackLabel}
            </p>
          )}
          <BandBar model={salary.bar} />
          {salary.posted?.verdictText && (
            <p class="ail-verdict" data-verdict={salary.posted.verdict}>
              {salary.posted.verdictText}
            </p>
          )}
          {salary.posted?.noVerdictText && (
            <p class="ail-notice" data-no-verdict>
              {salary.posted.noVerdictText}
            </p>
          )}
          {salary.noPayNote && (
            <p class="ail-notice" data-no-pay>
              {salary.noPayNote}
            </p>
          )}
          <dl class="ail-facts">
            <Fact label="Benchmark" value={salary.bandText} extra={salary.bandDisplayText} name="band" />
            {salary.posted && (
              <Fact
                label="Posted"
                value={salary.posted.text}
                extra={salary.posted.displayText}
                name="posted"
              />
            )}
            <Fact label="Basis" value={salary.basis} name="basis" />
            {salary.marks.map((row) => (
              <Fact key={row.label} label={row.label} value={row.value} name="mark" />
            ))}
          </dl>
          {salary.notes.map((note) => (
            <p key={note} class="ail-muted">
              {note}
            </p>
          ))}
          {salary.rateNote && (
            <p class="ail-muted" data-rate>
              {salary.rateNote}
            </p>
          )}
          <details class="ail-details">
            <summary>About this figure</summary>
            <dl class="ail-facts">
              {salary.details.map((row) => (
                <Fact key={row.label} label={row.label} value={row.value} name="detail" />
              ))}
            </dl>
            {salary.sourceUrl && (
              <a class="ail-link" href={salary.sourceUrl} target="_blank" rel="noopener noreferrer">
                Open the source
              </a>
            )}
          </details>
        </>
      ) : (
        <>
          <p class="ail-notice" data-no-band>
            {salary.message}
          </p>
          {salary.kind === 'no-band' && salary.gapText && <p class="ail-muted">{salary.gapText}</p>}
          {postedText ? (
            <dl class="ail-facts">
              <Fact label="Posted" value={postedText} name="posted" />
            </dl>
          ) : (
            <p class="ail-notice" data-no-pay>
              {NO_PAY_TEXT}
            </p>
          )}
        </>
      )}
    </Section>
  );
}

function Fact({
  label,
  value,
  extra,
  name,
}: {
  label: string;
  value: string;
  extra?: string | null;
  name: string;
}) {
  return (
    <div class="ail-fact" data-fact={name}>
      <dt>{label}</dt>
      <dd>
        {value}
        {extra && <span class="ail-fact__extra">{extra}</span>}
      </dd>
    </div>
  );
}
