import type { ReportingLine } from '../../lib/engine/types';
import { reportsToText } from './format';
import type { RoleView } from './view-model';
import { DATA_LANG, usePanelWords } from './words';

/** The top strip's answer to "what is this role?": the role and its level, and whom it reports to (or that the
 *  posting does not say). How it was read is in the strip's "Why / how". */
export function RoleSection({
  role,
  reportingLine: line,
}: {
  role: RoleView | null;
  reportingLine: ReportingLine | null;
}) {
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
      {line ? (
        <p data-reporting-line={line.to}>{reportsToText(w, line)}</p>
      ) : (
        <p class="ail-muted" data-reporting-line="not-stated">
          {w.t('role.reportingNotStated')}
        </p>
      )}
    </div>
  );
}
