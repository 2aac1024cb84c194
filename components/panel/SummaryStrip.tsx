// The panel's first answers, before any detail: what the role is, whom it reports to, and where the pay sits
// (a few words with the band's n and year). Every caveat waits in one "Why / how" disclosure under them.
import type { ComponentChildren } from 'preact';
import type { ReportingLine } from '../../lib/engine/types';
import { Fact } from './Fact';
import type { PayGlance, RoleView, SalaryView } from './view-model';

export function SummaryStrip({ children }: { children: ComponentChildren }) {
  return (
    <section class="ail-glance" aria-label="At a glance" data-glance>
      {children}
    </section>
  );
}

export function PayGlanceLine({ glance }: { glance: PayGlance }) {
  switch (glance.kind) {
    case 'verdict':
      return (
        <p class="ail-glance__pay" data-glance-pay="verdict">
          <span class="ail-verdict" data-verdict={glance.verdict}>
            {glance.text}
          </span>
          <span class="ail-glance__sample"> · {glance.sample}</span>
        </p>
      );
    case 'no-pay':
      return (
        <p class="ail-glance__pay" data-glance-pay="no-pay">
          <span data-no-pay>{glance.text}</span>
          {glance.sample && <span class="ail-glance__sample"> · {glance.sample}</span>}
        </p>
      );
    case 'no-verdict':
      return (
        <p class="ail-glance__pay" data-glance-pay="no-verdict" data-no-verdict>
          {glance.text}
        </p>
      );
    case 'no-band':
      return (
        <p class="ail-glance__pay" data-glance-pay="no-band" data-no-band>
          {glance.text}
        </p>
      );
    case 'no-role':
      return (
        <p class="ail-glance__pay ail-muted" data-glance-pay="no-role">
          {glance.text}
        </p>
      );
  }
}

/** Every caveat and where each figure comes from, closed until asked for. */
export function WhyHow({
  role,
  reportingLine,
  salary,
}: {
  role: RoleView | null;
  reportingLine: ReportingLine | null;
  salary: SalaryView | null;
}) {
  const band = salary?.kind === 'band' ? salary : null;
  const posted = band?.posted;
  return (
    <details class="ail-details" data-why>
      <summary>Why / how</summary>
      <div class="ail-details__body">
        {role && (
          <p data-confidence={role.confidence}>
            Role: {role.confidenceText.toLowerCase()}; {role.evidence}
            {role.aiLeadership ? '' : '. Shown for comparison: this posting does not centre on AI leadership'}
          </p>
        )}
        {role && reportingLine && <p data-reporting-quote>The posting: “{reportingLine.text}”</p>}
        {posted?.verdictText && <p>{posted.verdictText}</p>}
        {posted?.noVerdictText && <p data-no-verdict-why>{posted.noVerdictText}</p>}
        {band?.notes.map((note) => (
          <p key={note}>{note}</p>
        ))}
        {band?.rateNote && <p data-rate>{band.rateNote}</p>}
        {band && (
          <dl class="ail-facts">
            {band.marks.map((row) => (
              <Fact key={row.label} label={row.label} value={row.value} name="mark" />
            ))}
            {band.details.map((row) => (
              <Fact key={row.label} label={row.label} value={row.value} name="detail" />
            ))}
          </dl>
        )}
        {band?.sourceUrl && (
          <a class="ail-link" href={band.sourceUrl} target="_blank" rel="noopener noreferrer">
            Open the source
          </a>
        )}
      </div>
    </details>
  );
}
