// A compact comparison table: one header row, one header cell per row, optional highlighted column.
// It scrolls sideways inside its own focusable box so a narrow panel never squeezes the text.

export interface SmallTableColumn {
  id: string;
  label: string;
  /** The column to draw attention to; the note says why in words, not only in colour. */
  highlight?: string;
}

export interface SmallTableRow {
  id: string;
  label: string;
  cells: string[];
}

export interface SmallTableProps {
  caption: string;
  /** Header of the row-label column, read by screen readers only. */
  cornerLabel: string;
  columns: SmallTableColumn[];
  rows: SmallTableRow[];
  /** Cells cut to a few lines (the full text stays in the DOM for screen readers and the title tooltip). */
  clamped?: boolean;
}

export function SmallTable({ caption, cornerLabel, columns, rows, clamped = false }: SmallTableProps) {
  return (
    // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrolling box must be focusable to scroll by keyboard.
    <section class="ail-table-scroll" aria-label={caption} tabIndex={0}>
      <table class={clamped ? 'ail-table ail-table--clamped' : 'ail-table'}>
        <caption class="ail-sr-only">{caption}</caption>
        <thead>
          <tr>
            <th scope="col" class="ail-table__corner">
              <span class="ail-sr-only">{cornerLabel}</span>
            </th>
            {columns.map((column) => (
              <th
                key={column.id}
                scope="col"
                data-column={column.id}
                class={column.highlight ? 'ail-table__highlight' : undefined}
              >
                {column.label}
                {column.highlight && <span class="ail-table__note">{column.highlight}</span>}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.id} data-row={row.id}>
              <th scope="row">{row.label}</th>
              {row.cells.map((cell, index) => {
                const column = columns[index];
                return (
                  <td
                    key={column?.id ?? index}
                    data-column={column?.id}
                    class={column?.highlight ? 'ail-table__highlight' : undefined}
                    title={clamped ? cell : undefined}
                  >
                    <div class="ail-table__cell">{cell}</div>
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
