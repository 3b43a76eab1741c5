// One insights table, drawn from the same model the CSV export writes.
import type { TableModel } from '@/utils/insights/tables';
import { formatNumber } from '@/utils/insights/format';

export interface DataTableProps {
  table: TableModel;
  locale: string;
  /** Shown when the table has no rows. */
  empty: string;
}

export function DataTable({ table, locale, empty }: DataTableProps) {
  return (
    <div class="table-wrap">
      <table class="data-table" data-testid="ackly-table" data-table={table.id}>
        <caption>{table.title}</caption>
        <thead>
          <tr>
            {table.columns.map((c) => (
              <th key={c} scope="col">
                {c}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {table.rows.length === 0 && (
            <tr>
              <td colSpan={table.columns.length} class="data-table__empty">
                {empty}
              </td>
            </tr>
          )}
          {table.rows.map((row, i) => (
            <tr key={i}>
              {row.map((cell, k) =>
                k === 0 ? (
                  <th key={k} scope="row">
                    {cell ?? '–'}
                  </th>
                ) : (
                  <td key={k} class={typeof cell === 'number' || cell === null ? 'num' : undefined}>
                    {cell === null ? '–' : typeof cell === 'number' ? formatNumber(cell, locale) : cell}
                  </td>
                ),
              )}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
