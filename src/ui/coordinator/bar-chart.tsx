// Small horizontal bar charts drawn as inline SVG (no chart library). Every bar carries its
// label and its number as text, so nothing is told by colour or length alone.

/** One bar. */
export interface Bar {
  readonly label: string;
  readonly value: number;
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
  testId?: string;
}

// Each bar has its label on a line above it, so long labels (Beratung topics) never collide
// with the bar and the chart stays legible when a phone scales it down.
const WIDTH = 360;
const ROW = 40;
const HEAD = 28;

/** A captioned chart; screen readers get every label and number in the image's text alternative. */
export function BarChart({ title, groups, empty, testId }: BarChartProps) {
  const max = Math.max(0, ...groups.flatMap((g) => g.bars.map((b) => b.value)));
  const total = groups.reduce((s, g) => s + g.bars.reduce((x, b) => x + b.value, 0), 0);
  let y = 0;
  const rows = groups.flatMap((g, gi) => {
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
      const w = max ? Math.max(b.value ? 2 : 0, Math.round(((WIDTH - 48) * b.value) / max)) : 0;
      out.push(
        <g key={`b${gi}-${bi}`}>
          <text x={0} y={y + 14} class="hbars-label">
            {b.label}
          </text>
          <rect x={0} y={y + 19} width={w} height={14} class="hbars-bar" />
          <text x={w + 6} y={y + 31} class="hbars-value">
            {b.value}
          </text>
        </g>,
      );
      y += ROW;
    }
    return out;
  });
  const summary = groups.map((g) => `${g.label ? `${g.label}: ` : ''}${g.bars.map((b) => `${b.label} ${b.value}`).join(', ')}`).join('; ');
  return (
    <figure class="hbars" data-testid={testId} data-total={total}>
      <figcaption>{title}</figcaption>
      {total === 0 ? (
        <p class="muted">{empty}</p>
      ) : (
        <svg viewBox={`0 0 ${WIDTH} ${y}`} role="img" aria-label={`${title}: ${summary}`}>
          {rows}
        </svg>
      )}
    </figure>
  );
}
