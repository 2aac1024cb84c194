// The plain-text summary behind "Copy summary": the same view rows the panel shows, as lines of text, in the
// panel's language.

import type { Analysis, Field } from '../../lib/engine/types';
import { type PanelWords, PRODUCT_NAME } from '../../lib/extension/i18n/panel';
import { reportsToText } from './format';
import type { PanelData } from './panel-data';
import {
  checklistView,
  checksView,
  type PayOptions,
  postedPayText,
  roleView,
  salaryView,
  unreadPayText,
} from './view-model';

const fieldText = (field: Field<string>, missing: string) => field.value ?? missing;

/** The details that say where a band comes from, in the summary's source line. */
const SOURCE_ROWS = new Set(['source', 'year', 'confidence', 'sample']);

export function summaryText(w: PanelWords, analysis: Analysis, data: PanelData, options: PayOptions): string {
  const { posting, region } = analysis;
  const location = fieldText(posting.location, w.t('summary.notFound'));
  const lines = [
    w.t('summary.head', {
      product: PRODUCT_NAME,
      title: fieldText(posting.title, w.t('summary.titleMissing')),
      company: fieldText(posting.company, w.t('summary.companyMissing')),
    }),
    region
      ? w.t('summary.locationIn', { location, region: w.regionName(region.id, region.name) })
      : w.t('summary.location', { location }),
    posting.url,
    '',
  ];

  const role = roleView(w, analysis, data);
  lines.push(
    role
      ? w.t('summary.role', {
          name: role.focus ? `${role.name} · ${role.focus}` : role.name,
          level: role.level,
          confidence: role.confidenceText,
          percent: role.confidencePercent,
          evidence: role.evidence,
        })
      : w.t('summary.noRole'),
  );
  const line = analysis.reportingLine;
  if (line) lines.push(w.t('summary.reporting', { line: reportsToText(w, line), text: line.text }));

  const salary = salaryView(w, analysis, data, options);
  const pay = analysis.pay;
  const unread = unreadPayText(analysis);
  if (pay) lines.push(w.t('summary.posted', { pay: postedPayText(w, pay) }));
  else if (unread !== null) lines.push(w.t('summary.postedNotRead', { text: unread }));
  else lines.push(w.t('summary.posted', { pay: w.t('salary.noPay') }));
  if (salary.kind === 'band') {
    if (salary.posted?.displayText) lines.push(`  ${salary.posted.displayText}`);
    const display = salary.bandDisplayText ? ` (${salary.bandDisplayText}; ${salary.rateNote})` : '';
    lines.push(
      w.t('summary.benchmark', {
        heading: salary.heading,
        band: `${salary.bandText}${display}`,
        basis: salary.basis,
      }),
    );
    if (salary.fallbackLabel) lines.push(`  ${salary.fallbackLabel}`);
    if (salary.posted?.verdictText) lines.push(`  ${salary.posted.verdictText}`);
    if (salary.posted?.noVerdictText) lines.push(`  ${salary.posted.noVerdictText}`);
    for (const note of salary.notes) lines.push(`  ${note}`);
    const source = salary.details
      .filter((row) => SOURCE_ROWS.has(row.id))
      .map((row) => `${row.label}: ${row.value}`);
    lines.push(`  ${source.join('; ')}`);
  } else {
    const why = salary.kind === 'no-band' && salary.gap ? `. ${salary.gap.text}` : '';
    lines.push(w.t('summary.benchmarkNone', { message: `${salary.message}${why}` }));
  }
  const references = salary.kind === 'no-role' ? [] : salary.references;
  if (references.length > 0) {
    lines.push(`  ${w.t('reference.title')}`);
    for (const { figures, why, source, meta } of references)
      lines.push(`  - ${figures} — ${why} (${source} · ${meta})`);
  }

  const skills = checklistView(w, analysis, data, []);
  if (skills.groups.length > 0) {
    const groups = skills.groups
      .map((group) => w.t('summary.skillGroup', { group: group.name, count: group.countText }))
      .join(', ');
    const { mentioned, listed } = skills.totals;
    lines.push(w.t('summary.skills', { mentioned, listed, groups }));
  }

  const checks = checksView(w, analysis.flags, data);
  if (checks.length > 0) {
    lines.push(w.t('summary.checks'));
    for (const check of checks)
      lines.push(`- ${check.word}: ${check.message}`, `  ${check.provenance.name}: ${check.provenance.text}`);
  }

  lines.push('', w.t('summary.footer'));
  return lines.join('\n');
}
