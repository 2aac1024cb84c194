import { Provenance } from './Provenance';
import type { ProvenanceView } from './view-model';

/** One row of a definition list: label, value, an optional second line (a conversion) and its source marker.
 *  `valueLang`: set on a value that is data text, English whatever the panel's language. */
export function Fact({
  label,
  value,
  valueLang,
  extra,
  name,
  provenance,
}: {
  label: string;
  value: string;
  valueLang?: string;
  extra?: string | null;
  name: string;
  provenance?: ProvenanceView;
}) {
  return (
    <div class="ail-fact" data-fact={name} data-figure={provenance ? '' : undefined}>
      <dt>{label}</dt>
      <dd>
        {valueLang ? <span lang={valueLang}>{value}</span> : value}
        {provenance && <Provenance provenance={provenance} />}
        {extra && <span class="ail-fact__extra">{extra}</span>}
      </dd>
    </div>
  );
}
