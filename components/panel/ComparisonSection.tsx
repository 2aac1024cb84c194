import { useId, useState } from 'preact/hooks';
import { SmallTable } from '../shared/SmallTable';
import { Section } from './Section';
import type { ComparisonView } from './view-model';

/** The descriptions run long; the table opens cut to a few lines per cell, in full on request. */
export function ComparisonSection({ comparison }: { comparison: ComparisonView }) {
  const [full, setFull] = useState(false);
  const tableId = useId();
  return (
    <Section id="comparison" title="Role comparison">
      {comparison.columns.length > 0 ? (
        <>
          <div id={tableId}>
            <SmallTable
              caption={comparison.caption}
              cornerLabel="Aspect"
              columns={comparison.columns}
              rows={comparison.rows}
              clamped={!full}
            />
          </div>
          <button
            type="button"
            class="ail-link-button"
            aria-expanded={full}
            aria-controls={tableId}
            onClick={() => setFull(!full)}
          >
            {full ? 'Show shorter descriptions' : 'Show full descriptions'}
          </button>
        </>
      ) : (
        <p class="ail-muted">No role descriptions in the bundled data.</p>
      )}
    </Section>
  );
}
