// Everything the panel prints for one posting, worked out in one place: the background builds it beside the
// analysis (lib/extension/analysis-service.ts), so the lens carries the panel's boxes and none of the wording
// of its figures. The comparison is built for every role the chooser offers, so choosing one needs no message.
import type { RoleId } from '../../data/schema';
import type { Analysis, ReportingLine } from '../../lib/engine/types';
import type { UiLocale } from '../../lib/extension/i18n/locale';
import type { PanelWords } from '../../lib/extension/i18n/panel';
import type { PanelData } from './panel-data';
import { summaryText } from './summary';
import {
  type ChecklistView,
  type CheckView,
  COMPARED_ROLES,
  type ComparisonView,
  checklistView,
  checksView,
  comparedWith,
  comparisonView,
  type PayGlance,
  type PayOptions,
  payGlance,
  postedPayText,
  type RoleView,
  roleView,
  type SalaryView,
  salaryView,
} from './view-model';

/** What the panel's words depend on in the user's settings. */
export type PanelViewOptions = PayOptions & { userSkills: string[]; compareWith: RoleId | null };

export interface PanelView {
  /** The language it is worded in: the lens draws it only with that language's words. */
  locale: UiLocale;
  role: RoleView | null;
  salary: SalaryView;
  glance: PayGlance;
  /** The pay as posted, in the posting's currency and period; null when none was read. */
  postedText: string | null;
  /** Whom the posting says the role reports to; null: it does not say. */
  reportingLine: ReportingLine | null;
  /** The comparison with each role the chooser offers, by that role. */
  comparisons: Partial<Record<RoleId, ComparisonView>>;
  /** The role the comparison shows first: the settings' choice, unless it is the posting's own. */
  compareWith: RoleId;
  checklist: ChecklistView;
  checks: CheckView[];
  /** The plain-text summary behind "Copy summary". */
  summary: string;
}

export function panelView(
  w: PanelWords,
  analysis: Analysis,
  data: PanelData,
  options: PanelViewOptions,
): PanelView {
  const salary = salaryView(w, analysis, data, options);
  const detected = analysis.role?.id ?? null;
  const comparisons: PanelView['comparisons'] = {};
  for (const id of COMPARED_ROLES) {
    if (id !== detected) comparisons[id] = comparisonView(w, analysis, data, options, id);
  }
  return {
    locale: w.locale,
    role: roleView(w, analysis, data),
    salary,
    glance: payGlance(w, analysis, salary),
    postedText: analysis.pay ? postedPayText(w, analysis.pay) : null,
    reportingLine: analysis.reportingLine,
    comparisons,
    compareWith: comparedWith(detected, options.compareWith),
    checklist: checklistView(w, analysis, data, options.userSkills),
    checks: checksView(w, analysis.flags, data),
    summary: summaryText(w, analysis, data, options),
  };
}
