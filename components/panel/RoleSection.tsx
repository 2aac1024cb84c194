import type { ReportingLine } from '../../lib/engine/types';
import { reportsToText } from './format';
import type { RoleView } from './view-model';

/** The top strip's answer to "what is this role?": the role and its level, and whom it reports to when the
 *  posting says (known once the details have loaded). How it was read is in the strip's "Why / how". */
export function RoleSection({
  role,
  reportingLine = null,
}: {
  role: RoleView | null;
  reportingLine?: ReportingLine | null;
}) {
  if (!role)
    return (
      <p class="ail-glance__role ail-muted" data-section="role">
        No AI-leadership role detected in this posting.
      </p>
    );
  return (
    <div class="ail-glance__role" data-section="role">
      <p class="ail-role">
        <span class="ail-role__name" data-role-name>
          {role.name}
        </span>
        <span class="ail-chip" data-level>
          {role.level}
        </span>
      </p>
      {reportingLine && (
        <p data-reporting-line={reportingLine.to}>
          {reportsToText(reportingLine)}
        </p>
      )}
    </div>
  );
}
