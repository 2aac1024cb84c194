import { useId, useState } from 'preact/hooks';
import type { ProvenanceView } from './view-model';
import { usePanelWords } from './words';

/**
 * The marker beside a figure or fact: a button named "Source of …" whose description is the source, year,
 * n and confidence. Hover or focus shows it; a click pins it open for a pointer that cannot hover.
 */
export function Provenance({ provenance }: { provenance: ProvenanceView }) {
  const w = usePanelWords();
  const [pinned, setPinned] = useState(false);
  const tipId = useId();
  return (
    <span class="ail-prov">
      <button
        type="button"
        class="ail-prov__mark"
        aria-label={provenance.name}
        aria-describedby={tipId}
        aria-expanded={pinned}
        data-provenance
        onClick={() => setPinned(!pinned)}
      >
        {w.t('provenance.mark')}
      </button>
      <span class="ail-prov__tip" id={tipId} role="tooltip">
        {provenance.text}
      </span>
    </span>
  );
}
