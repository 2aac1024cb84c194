// Where a pay figure comes from and what it is, in words: the sample it rests on (n, what n counts, whether it is
// the whole survey's), what it measures, and for a published figure that is context only (data/salaries.json
// kind 'reference'), why it is never a band or a verdict.

import type { SalaryBand, SalaryReference } from '../../data/schema';
import type { PanelWords } from '../../lib/extension/i18n/panel';
import { bandText } from './band-figures';
import { basisInSentence, confidenceText } from './format';
import type { RoleAndPayData } from './panel-data';

/** Where a figure or fact comes from, behind a marker beside it: source, year, n, confidence in words. */
export interface ProvenanceView {
  /** The marker's name: "Source of the benchmark". */
  name: string;
  text: string;
}

type PayFigure = SalaryBand | SalaryReference;

export const sourceTitle = (data: RoleAndPayData, id: string) => {
  const source = data.sources.find((candidate) => candidate.id === id);
  return source ? `${source.title} (${source.publisher})` : id;
};

const publisher = (data: RoleAndPayData, id: string) =>
  data.sources.find((source) => source.id === id)?.publisher ?? id;

/** "n = 14 rows", "n = 201 respondents (whole survey)"; null where the source states none. */
export function sampleWords(w: PanelWords, figure: PayFigure): string | null {
  const { n, nKind } = figure;
  if (n === undefined) return null;
  const sample =
    nKind === 'rows'
      ? w.t('sample.rows', { count: n })
      : nKind === 'respondents'
        ? w.t('sample.respondents', { count: n })
        : w.t('salary.sample', { n });
  return figure.nScope ? w.t('sample.wholeSurvey', { sample }) : sample;
}

/** "aijobs.net, 2024, n = 14 rows, medium confidence, computed from the source’s rows; salaries reported and
 *  ranges posted in job ads" */
export function figureProvenance(
  w: PanelWords,
  data: RoleAndPayData,
  figure: PayFigure,
  name: string,
): ProvenanceView {
  const parts = [sourceTitle(data, figure.source), String(figure.year)];
  const sample = sampleWords(w, figure);
  if (sample) parts.push(sample);
  parts.push(confidenceText(w, figure.confidence), w.t(`method.${figure.method}`));
  const text = parts.join(', ');
  return { name, text: figure.measures ? `${text}; ${w.t(`measures.${figure.measures}`)}` : text };
}

/** "base salary", inside a sentence; "basis not stated" where the source does not say which pay it counts. */
export function figureBasis(w: PanelWords, figure: PayFigure): string {
  return figure.basisStated === false ? w.t('reference.basisUnstated') : basisInSentence(w, figure.basis);
}

/** A published figure shown as context: what it says, why it is only context, and whose it is. */
export interface ReferenceView {
  id: string;
  /** "$280K – $500K, base salary" */
  figures: string;
  /** "no source named" */
  why: string;
  /** The source's publisher (data text, English). */
  source: string;
  /** "2026 · low confidence"; "United States · 2023 · medium confidence" for a broader region's figure. */
  meta: string;
  provenance: ProvenanceView;
}

/** `where`: the region's name when it is not the posting's own, else null. */
export function referenceView(
  w: PanelWords,
  data: RoleAndPayData,
  reference: SalaryReference,
  where: string | null,
): ReferenceView {
  const meta = [where, String(reference.year), confidenceText(w, reference.confidence)];
  return {
    id: reference.id,
    figures: w.t('reference.figures', {
      figures: bandText(w, reference, (amount) => w.money(amount, reference.currency)),
      basis: figureBasis(w, reference),
    }),
    why: w.t(`referenceWhy.${reference.why}`),
    source: publisher(data, reference.source),
    meta: meta.filter((part) => part !== null).join(' · '),
    provenance: figureProvenance(w, data, reference, w.t('provenance.reference')),
  };
}
