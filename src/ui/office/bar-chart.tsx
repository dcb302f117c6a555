// A small stacked bar chart as inline SVG (no chart library), with the same figures as a
// table underneath, so nothing depends on telling colours apart.

/** One stacked series: a label and one value per column. */
export interface Series {
  readonly key: string;
  readonly label: string;
  readonly values: readonly number[];
}

/** Props of {@link BarChart}. */
export interface BarChartProps {
  title: string;
  columns: readonly string[];
  series: readonly Series[];
  /** Header of the first table column (e.g. "Monat"). */
  columnHeader: string;
  testId?: string;
}

const W = 640;
const H = 200;
const PAD = 24;

/** Stacked bars per column with a legend and a data table. */
export function BarChart({ title, columns, series, columnHeader, testId }: BarChartProps) {
  const totals = columns.map((_, i) => series.reduce((s, x) => s + (x.values[i] ?? 0), 0));
  const max = Math.max(1, ...totals);
  const slot = (W - PAD) / Math.max(1, columns.length);
  const bar = Math.min(48, slot * 0.7);
  return (
    <figure class="chart" data-testid={testId}>
      <figcaption>{title}</figcaption>
      <svg viewBox={`0 0 ${W} ${H + 20}`} role="img" aria-label={title} class="chart-svg">
        <line x1={PAD} y1={H} x2={W} y2={H} class="chart-axis" />
        {columns.map((col, i) => {
          let y = H;
          const x = PAD + i * slot + (slot - bar) / 2;
          return (
            <g key={col}>
              {series.map((s, k) => {
                const h = ((s.values[i] ?? 0) / max) * (H - 16);
                y -= h;
                return h > 0 ? <rect key={s.key} x={x} y={y} width={bar} height={h} class={`chart-s${k % 6}`} /> : null;
              })}
              {totals[i]! > 0 && (
                <text x={x + bar / 2} y={y - 3} class="chart-total">
                  {totals[i]}
                </text>
              )}
              <text x={x + bar / 2} y={H + 14} class="chart-label">
                {col.slice(2)}
              </text>
            </g>
          );
        })}
      </svg>
      <ul class="chart-legend" role="list">
        {series.map((s, k) => (
          <li key={s.key}>
            <span class={`chart-swatch chart-s${k % 6}`} aria-hidden="true" />
            {s.label}
          </li>
        ))}
      </ul>
      <table class="chart-table">
        <thead>
          <tr>
            <th scope="col">{columnHeader}</th>
            {series.map((s) => (
              <th key={s.key} scope="col">
                {s.label}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {columns.map((col, i) => (
            <tr key={col}>
              <th scope="row">{col}</th>
              {series.map((s) => (
                <td key={s.key}>{s.values[i] ?? 0}</td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </figure>
  );
}
