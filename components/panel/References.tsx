import { Provenance } from './Provenance';
import type { ReferenceView } from './pay-figures';
import { DATA_LANG, usePanelWords } from './words';

/**
 * Published figures that are context only: each with why it is not a band, whose it is, its year and
 * confidence. Set apart as text under their own heading; never drawn on the bar, never given a verdict.
 */
export function References({ references }: { references: ReferenceView[] }) {
  const w = usePanelWords();
  if (references.length === 0) return null;
  return (
    <div class="ail-refs" data-references>
      <p class="ail-refs__title">{w.t('reference.title')}</p>
      <ul class="ail-refs__list">
        {references.map((reference) => (
          <li key={reference.id} class="ail-refs__item" data-reference={reference.id}>
            <span class="ail-refs__figures">{reference.figures}</span>
            <span class="ail-refs__why"> — {reference.why}</span>
            <span class="ail-refs__source">
              <span lang={DATA_LANG}>{reference.source}</span> · {reference.meta}
              <Provenance provenance={reference.provenance} />
            </span>
          </li>
        ))}
      </ul>
    </div>
  );
}
