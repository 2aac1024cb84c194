// Words for the engine's codes. Shared by the view model and the plain-text summary so both say the same thing.
import type { Confidence, Level, PayBasis } from '../../data/schema';
import type { FlagSeverity, Pay, PayPeriod, ReportingLine, ReportingTo } from '../../lib/engine/types';

const LEVEL_LABELS: Record<Level, string> = {
  'c-suite': 'C-suite',
  vp: 'VP',
  head: 'Head',
  director: 'Director',
  manager: 'Manager',
  lead: 'Lead',
};

export function levelLabel(level: Level): string {
  return LEVEL_LABELS[level];
}

/** The classifier's 0..1 score in words; the thresholds are where the panel stops sounding sure. */
export function confidenceWord(score: number): Confidence {
  if (score >= 0.8) return 'high';
  if (score >= 0.5) return 'medium';
  return 'low';
}

const CONFIDENCE_LABELS: Record<Confidence, string> = { high: 'High', medium: 'Medium', low: 'Low' };

export function confidenceLabel(confidence: Confidence): string {
  return CONFIDENCE_LABELS[confidence];
}

export function percent(fraction: number): string {
  return `${Math.round(fraction * 100)}%`;
}

const BASIS_LABELS: Record<PayBasis, string> = {
  base: 'Base salary',
  'base+bonus': 'Base + bonus',
  total: 'Total pay incl. equity',
};

export function basisLabel(basis: PayBasis): string {
  return BASIS_LABELS[basis];
}

export type Verdict = 'below' | 'within' | 'above' | 'overlaps';

const VERDICT_TEXT: Record<Verdict, string> = {
  below: 'Posted pay is below',
  within: 'Posted pay is within',
  above: 'Posted pay is above',
  overlaps: 'Posted pay overlaps',
};

const AGAINST_TEXT = { band: 'the band', 'middle-half': 'the middle half (25th–75th percentile)' } as const;

export function verdictText(verdict: Verdict, against: keyof typeof AGAINST_TEXT = 'band'): string {
  return `${VERDICT_TEXT[verdict]} ${AGAINST_TEXT[against]}`;
}

/** The verdict in the panel's top strip, where the bar under it says what the middle half is. */
export function verdictShort(verdict: Verdict, against: keyof typeof AGAINST_TEXT): string {
  return `${VERDICT_TEXT[verdict]} ${against === 'band' ? 'the band' : 'the middle half'}`;
}

/** The engine's codes in words; a VP, Head, Director or other chief is named by the title the posting gives. */
const REPORTS_TO: Partial<Record<ReportingTo, string>> = {
  ceo: 'the chief executive',
  board: 'the board',
  founders: 'the founders',
  'executive-committee': 'the executive committee',
  cto: 'the CTO',
  cio: 'the CIO',
  coo: 'the COO',
  cfo: 'the CFO',
  cdo: 'the Chief Data Officer',
  caio: 'the Chief AI Officer',
};

/** "Reports to the chief executive" */
export function reportsToText(line: ReportingLine): string {
  return `Reports to ${REPORTS_TO[line.to] ?? `the ${line.superior}`}`;
}

const SEVERITY_WORDS: Record<FlagSeverity, string> = {
  high: 'High',
  medium: 'Medium',
  low: 'Low',
  info: 'Info',
};

export function severityWord(severity: FlagSeverity): string {
  return SEVERITY_WORDS[severity];
}

const PERIOD_WORDS: Record<PayPeriod, string> = {
  hour: 'an hour',
  day: 'a day',
  week: 'a week',
  month: 'a month',
  year: 'a year',
};

export function periodWord(period: PayPeriod): string {
  return PERIOD_WORDS[period];
}

/** "$280,000 – $500,000", "$500,000+", "up to $450,000"; `money` is the caller's formatter. */
export function rangeText(
  low: number,
  high: number,
  money: (amount: number) => string,
  shape: { bound?: Pay['bound']; highOpen?: boolean } = {},
): string {
  switch (shape.bound) {
    case 'up-to':
      return `up to ${money(high)}`;
    case 'from':
      return `from ${money(low)}`;
    case 'single':
      return money(low);
  }
  if (low === high) return `${money(low)}${shape.highOpen ? '+' : ''}`;
  return `${money(low)} – ${money(high)}${shape.highOpen ? '+' : ''}`;
}
