// Everything the panel prints for one posting, worked out in one place: the background builds it beside the
// analysis (lib/extension/analysis-service.ts), so the lens carries the panel's boxes and none of the wording
// of its figures. The comparison is built for every role the chooser offers, so choosing one needs no message.
import type { RoleId } from '../../data/schema';
import type { CoreAnalysis, ReportingLine } from '../../lib/engine/types';
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
  completedView,
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
  role: RoleView | null;
  salary: SalaryView;
  glance: PayGlance;
  /** The pay as posted, in the posting's currency and period; null when none was read. */
  postedText: string | null;
  /** The checklist, the checks and the reporting line are read (the completed analysis); the first paint's
   *  view has them null. */
  completed: boolean;
  reportingLine: ReportingLine | null;
  /** The comparison with each role the chooser offers, by that role. */
  comparisons: Partial<Record<RoleId, ComparisonView>>;
  /** The role the comparison shows first: the settings' choice, unless it is the posting's own. */
  compareWith: RoleId;
  checklist: ChecklistView | null;
  checks: CheckView[] | null;
  /** The plain-text summary behind "Copy summary". */
  summary: string;
}

export function panelView(
  w: PanelWords,
  analysis: CoreAnalysis,
  data: PanelData,
  options: PanelViewOptions,
): PanelView {
  const completed = completedView(analysis, data);
  const salary = salaryView(w, analysis, data, options);
  const detected = analysis.role?.id ?? null;
  const comparisons: PanelView['comparisons'] = {};
  for (const id of COMPARED_ROLES) {
    if (id !== detected) comparisons[id] = comparisonView(w, analysis, data, options, id);
  }
  return {
    role: roleView(w, analysis, data),
    salary,
    glance: payGlance(w, analysis, salary),
    postedText: analysis.pay ? postedPayText(w, analysis.pay) : null,
    completed: completed !== null,
    reportingLine: completed?.analysis.reportingLine ?? null,
    comparisons,
    compareWith: comparedWith(detected, options.compareWith),
    checklist: completed ? checklistView(w, completed.analysis, completed.data, options.userSkills) : null,
    checks: completed ? checksView(w, completed.analysis.flags, completed.data) : null,
    summary: summaryText(w, analysis, data, options),
  };
}
