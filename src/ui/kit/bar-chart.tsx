// Small horizontal bar charts drawn as inline SVG (no chart library). Every bar carries its
// label and its number as text, so nothing is told by colour or length alone; with a table
// header the same figures follow as a table (rows: the groups, columns: the bar labels).
import './bar-chart.css';

/** One bar. */
export interface Bar {
  readonly label: string;
  readonly value: number;
  /** Shown instead of the number, with no bar drawn: a figure hidden for publication (its value is then 0). */
  readonly mark?: string;
}

/** Bars under a common heading (e.g. one month). */
export interface BarGroup {
  readonly label?: string;
  readonly bars: readonly Bar[];
}

/** Props of {@link BarChart}. */
export interface BarChartProps {
  title: string;
  groups: readonly BarGroup[];
  /** Shown instead of the chart when there is nothing to draw. */
  empty: string;
  /** Header of the table's first column (e.g. "Monat"); without it there is no table. */
  tableHeader?: string;
  testId?: string;
}

// Each bar has its label on a line above it, so long labels (Beratung topics) never collide
// with the bar and the chart stays legible when a phone scales it down.
const WIDTH = 360;
const ROW = 40;
const HEAD = 28;

/** A captioned chart; screen readers get every label and number in the image's text alternative. */
export function BarChart({ title, groups, empty, tableHeader, testId }: BarChartProps) {
  // A bar of 0 has no length to draw (its 0 stays in the table); a group without bars is left out.
  const drawn = groups.map((g) => ({ label: g.label, bars: g.bars.filter((b) => b.value > 0 || b.mark) })).filter((g) => g.bars.length > 0);
  const max = Math.max(0, ...drawn.flatMap((g) => g.bars.map((b) => b.value)));
  const total = drawn.reduce((s, g) => s + g.bars.reduce((x, b) => x + b.value, 0), 0);
  const anything = drawn.length > 0;
  let y = 0;
  const rows = drawn.flatMap((g, gi) => {
    const out = [];
    if (g.label) {
      out.push(
        <text key={`g${gi}`} x={0} y={y + 20} class="hbars-group">
          {g.label}
        </text>,
      );
      y += HEAD;
    }
    for (const [bi, b] of g.bars.entries()) {
      const w = b.mark ? 0 : Math.max(2, Math.round(((WIDTH - 48) * b.value) / max));
      out.push(
        <g key={`b${gi}-${bi}`}>
          <text x={0} y={y + 14} class="hbars-label">
            {b.label}
          </text>
          {w > 0 && <rect x={0} y={y + 19} width={w} height={14} class="hbars-bar" />}
          <text x={w + 6} y={y + 31} class="hbars-value">
            {b.mark ?? b.value}
          </text>
        </g>,
      );
      y += ROW;
    }
    return out;
  });
  const summary = drawn.map((g) => `${g.label ? `${g.label}: ` : ''}${g.bars.map((b) => `${b.label} ${b.mark ?? b.value}`).join(', ')}`).join('; ');
  return (
    <figure class="hbars" data-testid={testId} data-total={total}>
      <figcaption>{title}</figcaption>
      {!anything ? (
        <p class="muted">{empty}</p>
      ) : (
        <svg viewBox={`0 0 ${WIDTH} ${y}`} role="img" aria-label={`${title}: ${summary}`}>
          {rows}
        </svg>
      )}
      {tableHeader && anything && <BarTable header={tableHeader} groups={groups} />}
    </figure>
  );
}

/** The chart's figures as a table: a row per group, a column per bar label (in order of first appearance), 0 where a group lacks one. */
function BarTable({ header, groups }: { header: string; groups: readonly BarGroup[] }) {
  const columns = [...new Set(groups.flatMap((g) => g.bars.map((b) => b.label)))];
  return (
    <table class="hbars-table">
      <thead>
        <tr>
          <th scope="col">{header}</th>
          {columns.map((c) => (
            <th key={c} scope="col">
              {c}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {groups.map((g, gi) => (
          <tr key={gi}>
            <th scope="row">{g.label}</th>
            {columns.map((c) => (
              <td key={c}>{barText(g.bars.find((b) => b.label === c))}</td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
}

const barText = (b: Bar | undefined): string | number => b?.mark ?? b?.value ?? 0;
