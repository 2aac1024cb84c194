import type { ReportingLine, ReportingTo } from '../../lib/engine/types';
import { Section } from './Section';
import type { RoleView } from './view-model';

/** The engine's codes in words; a VP, Head, Director or other chief is named by the title the posting gives. */
const REPORTS_TO: Partial<Record<ReportingTo, string>> = {
  ceo: 'the chief executive',
  board: 'the board',
  founders: 'the founders',
  'executive-committee': 'the executive committee',
  cto: 'the CTO',
  cio: 'the CIO',
  coo: 'the COO',
  cfo: 'the CFO',
  cdo: 'the Chief Data Officer',
  caio: 'the Chief AI Officer',
};

export function RoleSection({
  role,
  reportingLine = null,
}: {
  role: RoleView | null;
  /** What the posting says the role reports to; known once the details have loaded. */
  reportingLine?: ReportingLine | null;
}) {
  return (
    <Section id="role" title="Detected role">
      {role ? (
        <>
          <p class="ail-role">
            <span class="ail-role__name" data-role-name>
              {role.name}
            </span>
            <span class="ail-chip" data-level>
              {role.level}
            </span>
          </p>
          <p class="ail-meta" data-confidence={role.confidence}>
            <span class="ail-meter" data-level={role.confidence} aria-hidden="true">
              <span />
              <span />
              <span />
            </span>
            {role.confidenceText}
          </p>
          <p class="ail-muted" data-evidence>
            {role.evidence}
          </p>
          {reportingLine && (
            <p class="ail-meta" data-reporting-line={reportingLine.to}>
              Reports to {REPORTS_TO[reportingLine.to] ?? `the ${reportingLine.superior}`}{' '}
              <span class="ail-muted">(the posting: “{reportingLine.text}”)</span>
            </p>
          )}
          {!role.aiLeadership && (
            <p class="ail-muted">Shown for comparison: this posting does not centre on AI leadership.</p>
          )}
        </>
      ) : (
        <p class="ail-muted">No AI-leadership role detected in this posting.</p>
      )}
    </Section>
  );
}
