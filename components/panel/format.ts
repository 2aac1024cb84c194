// Words for the engine's codes, in the panel's language. Shared by the view model, the plain-text summary and
// the list chips so all say the same thing.
import type { Confidence, Level, PayBasis, Region } from '../../data/schema';
import { regionName as withArticle } from '../../lib/engine/region-name';
import type { FlagSeverity, Pay, PayPeriod, ReportingLine } from '../../lib/engine/types';
import type { PanelWords } from '../../lib/extension/i18n/panel';

/** A region's name in the language: a country by Intl, other regions by the catalogue or the data. */
export const regionName = (w: PanelWords, data: { regions: Region[] }, id: string) =>
  w.regionName(id, data.regions.find((region) => region.id === id)?.name ?? id);
/** A region inside a sentence: English says "the United States"; the other catalogues set it apart. */
export const regionInSentence = (w: PanelWords, data: { regions: Region[] }, id: string) => {
  const name = regionName(w, data, id);
  return w.locale === 'en' ? withArticle({ name }) : name;
};

/** Every region searched, as one phrase: "California or the United States" (the language's own "or"). */
export const regionsInSentence = (w: PanelWords, data: { regions: Region[] }, ids: readonly string[]) =>
  new Intl.ListFormat(w.locale, { type: 'disjunction' }).format(
    ids.map((id) => regionInSentence(w, data, id)),
  );

export function levelLabel(w: PanelWords, level: Level): string {
  return w.t(`level.${level}`);
}

/** The classifier's 0..1 score in words; the thresholds are where the panel stops sounding sure. */
export function confidenceWord(score: number): Confidence {
  if (score >= 0.8) return 'high';
  if (score >= 0.5) return 'medium';
  return 'low';
}

/** "medium confidence", as said in a sentence. */
export function confidenceText(w: PanelWords, confidence: Confidence): string {
  return w.t(`confidence.${confidence}`);
}

export function percent(w: PanelWords, fraction: number): string {
  return w.number(fraction, { style: 'percent', maximumFractionDigits: 0 });
}

/** "Base salary", as a label. */
export function basisLabel(w: PanelWords, basis: PayBasis): string {
  return w.t(`basis.${basis}`);
}

/** "base salary", inside a sentence. */
export function basisInSentence(w: PanelWords, basis: PayBasis): string {
  return w.t(`basisInSentence.${basis}`);
}

export type Verdict = 'below' | 'within' | 'above' | 'overlaps';
export type Against = 'band' | 'middle-half';

/** "Posted pay is below the band", "… the middle half (25th–75th percentile)". */
export function verdictText(w: PanelWords, verdict: Verdict, against: Against = 'band'): string {
  return against === 'band' ? w.t(`verdict.${verdict}`) : w.t(`verdictMiddle.${verdict}`);
}

/** The verdict in the panel's top strip, where the bar under it says what the middle half is. */
export function verdictShort(w: PanelWords, verdict: Verdict, against: Against): string {
  return against === 'band' ? w.t(`verdict.${verdict}`) : w.t(`verdictMiddleShort.${verdict}`);
}

/** "Reports to the chief executive"; a VP, Head, Director or other chief by the title the posting gives. */
export function reportsToText(w: PanelWords, line: ReportingLine): string {
  switch (line.to) {
    case 'other-chief':
    case 'vp':
    case 'head':
    case 'director':
      return w.t('reportsTo.named', { superior: line.superior });
    default:
      return w.t(`reportsTo.${line.to}`);
  }
}

export function severityWord(w: PanelWords, severity: FlagSeverity): string {
  return w.t(`severity.${severity}`);
}

/** "$280K – $450K a year": a range (or figure) with its period. */
export function perPeriod(w: PanelWords, range: string, period: PayPeriod): string {
  return w.t(`pay.${period}`, { range });
}

/** "$280,000 – $500,000", "$500,000+", "up to $450,000"; `money` is the caller's formatter. */
export function rangeText(
  w: PanelWords,
  low: number,
  high: number,
  money: (amount: number) => string,
  shape: { bound?: Pay['bound']; highOpen?: boolean } = {},
): string {
  switch (shape.bound) {
    case 'up-to':
      return w.t('pay.upTo', { amount: money(high) });
    case 'from':
      return w.t('pay.from', { amount: money(low) });
    case 'single':
      return money(low);
  }
  if (low === high) return `${money(low)}${shape.highOpen ? '+' : ''}`;
  return `${money(low)} – ${money(high)}${shape.highOpen ? '+' : ''}`;
}
