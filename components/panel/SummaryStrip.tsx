// The panel's first answers, before any detail: what the role is, whom it reports to, and where the pay sits
// (a few words with the band's n and year). Every caveat waits in one "Why / how" disclosure under them.
import type { ComponentChildren } from 'preact';
import type { ReportingLine } from '../../lib/engine/types';
import { Fact } from './Fact';
import { References } from './References';
import type { PayGlance, RoleView, SalaryView } from './view-model';
import { usePanelWords } from './words';

export function SummaryStrip({ children }: { children: ComponentChildren }) {
  const w = usePanelWords();
  return (
    <section class="ail-glance" aria-label={w.t('glance.label')} data-glance>
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
  const w = usePanelWords();
  const band = salary?.kind === 'band' ? salary : null;
  const posted = band?.posted;
  return (
    <details class="ail-details" data-why>
      <summary>{w.t('why.summary')}</summary>
      <div class="ail-details__body">
        {role && (
          <p data-confidence={role.confidence}>
            {w.t('why.role', { confidence: role.confidenceText, percent: role.confidencePercent })};{' '}
            <span>{role.evidence}</span>
            {role.aiLeadership ? '' : ` ${w.t('why.notCentred')}`}
          </p>
        )}
        {role && reportingLine && (
          <p data-reporting-quote>{w.t('why.quote', { text: reportingLine.text })}</p>
        )}
        {posted?.verdictText && <p>{posted.verdictText}</p>}
        {posted?.noVerdictText && <p data-no-verdict-why>{posted.noVerdictText}</p>}
        {band?.notes.map((note) => (
          <p key={note}>{note}</p>
        ))}
        {band?.rateNote && <p data-rate>{band.rateNote}</p>}
        {band && (
          <dl class="ail-facts">
            {band.marks.map((row) => (
              <Fact key={row.id} label={row.label} value={row.value} name="mark" />
            ))}
            {band.details.map((row) => (
              <Fact key={row.id} label={row.label} value={row.value} valueLang={row.lang} name="detail" />
            ))}
          </dl>
        )}
        {band && <References references={band.references} />}
        {band?.sourceUrl && (
          <a class="ail-link" href={band.sourceUrl} target="_blank" rel="noopener noreferrer">
            {w.t('why.openSource')}
          </a>
        )}
      </div>
    </details>
  );
}
