import { Section } from './Section';
import type { RoleView } from './view-model';

export function RoleSection({ role }: { role: RoleView | null }) {
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
