// A table of published counts (core's SafeTable, small cells already suppressed): a row per
// label, a column per month, the margins as "Summe"; a hidden figure shows the one mark.
import { SUPPRESSED_MARK, type SafeTable, type Shown } from '../../core';
import './bar-chart.css';

/** Props of {@link SafeTableView}. */
export interface SafeTableViewProps {
  caption: string;
  /** Header of the first column. */
  header: string;
  /** Word for the margins ("Summe"). */
  totalLabel: string;
  table: SafeTable;
  rowLabel(row: string): string;
  columnLabel(column: string): string;
  testId?: string;
}

const figure = (s: Shown) => (s.kind === 'value' ? s.value : SUPPRESSED_MARK);

/** The table with its row and column totals; wide tables scroll inside their box. */
export function SafeTableView({ caption, header, totalLabel, table, rowLabel, columnLabel, testId }: SafeTableViewProps) {
  return (
    <div class="table-scroll" data-testid={testId}>
      <table class="hbars-table">
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{header}</th>
            {table.columns.map((c) => (
              <th key={c} scope="col">
                {columnLabel(c)}
              </th>
            ))}
            <th scope="col">{totalLabel}</th>
          </tr>
        </thead>
        <tbody>
          {table.rows.map((r) => (
            <tr key={r}>
              <th scope="row">{rowLabel(r)}</th>
              {table.columns.map((c) => (
                <td key={c}>{figure(table.cell(r, c))}</td>
              ))}
              <td>{figure(table.rowTotal(r))}</td>
            </tr>
          ))}
          <tr>
            <th scope="row">{totalLabel}</th>
            {table.columns.map((c) => (
              <td key={c}>{figure(table.columnTotal(c))}</td>
            ))}
            <td>{figure(table.total)}</td>
          </tr>
        </tbody>
      </table>
    </div>
  );
}
