// How the engine matched a title to its role (lib/engine/classify.ts), in the panel's language: each part a
// clause of its own, the title's words quoted as read.
import type { TitleEvidence } from '../../lib/engine/types';
import type { PanelWords } from '../../lib/extension/i18n/panel';

export function titleEvidenceText(w: PanelWords, evidence: TitleEvidence): string {
  const clauses = [
    evidence.by === 'phrase'
      ? w.t('match.phrase', { text: evidence.text })
      : w.t('match.abbreviation', { text: evidence.text }),
  ];
  if (evidence.adjusted === 'deputy') clauses.push(w.t('match.deputy'));
  if (evidence.adjusted === 'vp-rank') clauses.push(w.t('match.vpRank'));
  if (evidence.governance) clauses.push(w.t('match.governance', { words: evidence.governance.join(' ') }));
  return clauses.join('; ');
}
