import { SmallTable } from '../shared/SmallTable';
import { Section } from './Section';
import type { ComparisonView } from './view-model';

export function ComparisonSection({ comparison }: { comparison: ComparisonView }) {
  return (
    <Section id="comparison" title="Role comparison">
      {comparison.columns.length > 0 ? (
        <SmallTable
          caption={comparison.caption}
          cornerLabel="Aspect"
          columns={comparison.columns}
          rows={comparison.rows}
        />
      ) : (
        <p class="ail-muted">No role descriptions in the bundled data.</p>
      )}
    </Section>
  );
}
