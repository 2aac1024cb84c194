import type { ReportingLine } from '../../lib/engine/types';
import { reportsToText } from './format';
import type { RoleView } from './view-model';
import { DATA_LANG, usePanelWords } from './words';

/** What the reporting line is known to be: read (stated or not), on its way with the details, or never read
 *  (the details are not loaded when the checklist and checks are both off). */
export type ReportingState = { read: true; line: ReportingLine | null } | { read: false; coming: boolean };

/** The top strip's answer to "what is this role?": the role and its level, and whom it reports to. The line
 *  is held open while the details load, so the answer arriving moves nothing under it. How it was read is
 *  in the strip's "Why / how". */
export function RoleSection({ role, reporting }: { role: RoleView | null; reporting: ReportingState }) {
  const w = usePanelWords();
  if (!role)
    return (
      <p class="ail-glance__role ail-muted" data-section="role">
        {w.t('role.none')}
      </p>
    );
  return (
    <div class="ail-glance__role" data-section="role">
      <p class="ail-role">
        <span class="ail-role__name" data-role-name>
          <span lang={DATA_LANG}>{role.name}</span>
          {role.focus ? ` · ${role.focus}` : ''}
        </span>
        <span class="ail-chip" data-level>
          {role.level}
        </span>
      </p>
      {reporting.read && reporting.line && (
        <p data-reporting-line={reporting.line.to}>{reportsToText(w, reporting.line)}</p>
      )}
      {reporting.read && !reporting.line && (
        <p class="ail-muted" data-reporting-line="not-stated">
          {w.t('role.reportingNotStated')}
        </p>
      )}
      {!reporting.read && reporting.coming && (
        <p class="ail-muted" data-reporting-line="reading">
          {w.t('role.reportingReading')}
        </p>
      )}
    </div>
  );
}
