// The plain-text summary behind "Copy summary": the same view rows the panel shows, as lines of text.
import type { CoreData, DetailData } from '../../data';
import type { CoreAnalysis, Field } from '../../lib/engine/types';
import { reportsToText } from './format';
import { checklistView, checksView, completedView, postedPayText, roleView, salaryView } from './view-model';

const fieldText = (field: Field<string>, missing: string) => field.value ?? missing;

/** Skills and checks are in it once the analysis is completed (the panel shows them from then on too). */
export function summaryText(analysis: CoreAnalysis, data: CoreData & Partial<DetailData>): string {
  const { posting } = analysis;
  const lines = [
    `AI Leadership Lens: ${fieldText(posting.title, 'title not found')} at ${fieldText(posting.company, 'company not found')}`,
    `Location: ${fieldText(posting.location, 'not found')}${analysis.region ? ` (${analysis.region.name})` : ''}`,
    posting.url,
    '',
  ];

  const role = roleView(analysis, data);
  lines.push(
    role
      ? `Role: ${role.name} (${role.level}), ${role.confidenceText.toLowerCase()}; ${role.evidence}`
      : 'Role: not detected',
  );
  const completed = completedView(analysis, data);
  const line = completed?.analysis.reportingLine;
  if (line) lines.push(`${reportsToText(line)} (the posting: "${line.text}")`);

  const salary = salaryView(analysis, data);
  const pay = analysis.pay;
  lines.push(`Posted pay: ${pay ? postedPayText(pay) : 'No pay range posted'}`);
  if (salary.kind === 'band') {
    if (salary.posted?.displayText) lines.push(`  ${salary.posted.displayText}`);
    const display = salary.bandDisplayText ? ` (${salary.bandDisplayText}; ${salary.rateNote})` : '';
    lines.push(`Benchmark, ${salary.heading}: ${salary.bandText}${display}, ${salary.basis.toLowerCase()}`);
    if (salary.fallbackLabel) lines.push(`  ${salary.fallbackLabel}`);
    if (salary.posted?.verdictText) lines.push(`  ${salary.posted.verdictText}`);
    if (salary.posted?.noVerdictText) lines.push(`  ${salary.posted.noVerdictText}`);
    for (const note of salary.notes) lines.push(`  ${note}`);
    const source = salary.details
      .filter((row) => ['Source', 'Year', 'Confidence', 'Sample size'].includes(row.label))
      .map((row) => `${row.label.toLowerCase()}: ${row.value}`);
    lines.push(`  ${source.join('; ')}`);
  } else {
    lines.push(
      `Benchmark: ${salary.message}${salary.kind === 'no-band' && salary.gapText ? `. ${salary.gapText}` : ''}`,
    );
  }

  const skills = completed && checklistView(completed.analysis, completed.data, []);
  if (skills && skills.groups.length > 0) {
    const perGroup = skills.groups.map((group) => `${group.name} ${group.countText}`).join(', ');
    lines.push(`Skills mentioned: ${skills.totals.mentioned} of ${skills.totals.listed} (${perGroup})`);
  }

  const checks = completed ? checksView(completed.analysis.flags, completed.data) : [];
  if (checks.length > 0) {
    lines.push('Checks:');
    for (const check of checks) lines.push(`- ${check.word}: ${check.message}`);
  }

  lines.push('', 'Figures from bundled reference data; estimates, not offers.');
  return lines.join('\n');
}
