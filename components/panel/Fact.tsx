import { Provenance } from './Provenance';
import type { ProvenanceView } from './view-model';

/** One row of a definition list: label, value, an optional second line (a conversion) and its source marker. */
export function Fact({
  label,
  value,
  extra,
  name,
  provenance,
}: {
  label: string;
  value: string;
  extra?: string | null;
  name: string;
  provenance?: ProvenanceView;
}) {
  return (
    <div class="ail-fact" data-fact={name} data-figure={provenance ? '' : undefined}>
      <dt>{label}</dt>
      <dd>
        {value}
        {provenance && <Provenance provenance={provenance} />}
        {extra && <span class="ail-fact__extra">{extra}</span>}
      </dd>
    </div>
  );
}
