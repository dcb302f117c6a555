// Small-cell suppression for everything the coordinator shows or exports district-wide
// (docs/suppression.md): a count of 1 or 2 people is hidden (primary), and further cells or
// margins are hidden (secondary) until no published total can give a hidden cell away.

/** Counts under this are never published. */
export const SMALL_CELL = 3;

/** A published figure: its value, or hidden (shown as one mark, whatever the reason, so the mark tells nothing). */
export type Shown = { readonly kind: 'value'; readonly value: number } | { readonly kind: 'suppressed' };

/** A two-way table safe to publish: cells, row and column totals and the grand total. */
export interface SafeTable {
  readonly rows: readonly string[];
  readonly columns: readonly string[];
  cell(row: string, column: string): Shown;
  rowTotal(row: string): Shown;
  columnTotal(column: string): Shown;
  readonly total: Shown;
}

interface Slot {
  readonly value: number;
  hidden: boolean;
  /** For a margin: the slots it adds up. */
  members?: readonly Slot[];
}
/** Members that add up to a total: a row, a column, or the row or column totals (adding up to the grand total). */
interface Line {
  readonly members: readonly Slot[];
  readonly total: Slot;
}

// The least a hidden slot can be in the eyes of someone who knows the rule: a hidden cell is
// at least 1 (zeros are shown), a hidden margin at least what its members must hold.
function floor(s: Slot): number {
  return s.members ? Math.max(1, s.members.reduce((sum, m) => sum + (m.hidden ? floor(m) : m.value), 0)) : 1;
}

// One pass over the lines hides at most one slot per line; the caller repeats until a pass
// hides nothing. A line is safe when its total is hidden, or it hides no member, or it hides
// at least two members that together hold at least SMALL_CELL people and more than their
// floors (two hidden 1s in a row of total 2 + the rest would each be exactly 1).
function protect(line: Line): boolean {
  if (line.total.hidden) return false;
  const hidden = line.members.filter((m) => m.hidden);
  const sum = hidden.reduce((s, m) => s + m.value, 0);
  if (hidden.length === 0 || (hidden.length >= 2 && sum >= SMALL_CELL && sum > hidden.reduce((s, m) => s + floor(m), 0))) return false;
  // The next smallest member that is not 0: a hidden 0 would protect nothing.
  const next = line.members.filter((m) => !m.hidden && m.value > 0).sort((a, b) => a.value - b.value)[0];
  (next ?? line.total).hidden = true;
  return true;
}

const slot = (value: number, members?: readonly Slot[]): Slot => ({ value, hidden: value > 0 && value < SMALL_CELL, ...(members ? { members } : {}) });
const sumOf = (slots: readonly Slot[]) => slots.reduce((s, x) => s + x.value, 0);

/** Suppresses a table of counts (cells, both margins, the grand total) for publication. */
export function suppressTable(rows: readonly string[], columns: readonly string[], at: (row: string, column: string) => number): SafeTable {
  const grid = rows.map((r) => columns.map((c) => slot(at(r, c))));
  const columnOf = (j: number) => grid.map((line) => line[j]!);
  const rowTotals = grid.map((line) => slot(sumOf(line), line));
  const columnTotals = columns.map((_, j) => slot(sumOf(columnOf(j)), columnOf(j)));
  const grand = slot(sumOf(rowTotals), grid.flat());
  const lines: Line[] = [
    ...grid.map((members, i) => ({ members, total: rowTotals[i]! })),
    ...columns.map((_, j) => ({ members: columnOf(j), total: columnTotals[j]! })),
    { members: rowTotals, total: grand },
    { members: columnTotals, total: grand },
  ];
  // Every round hides one more slot or ends, so this stops after at most all slots.
  while (lines.map(protect).some(Boolean));
  const out = (s: Slot): Shown => (s.hidden ? { kind: 'suppressed' } : { kind: 'value', value: s.value });
  const index = (list: readonly string[], key: string) => {
    const i = list.indexOf(key);
    if (i < 0) throw new RangeError(`not in the table: ${key}`);
    return i;
  };
  return {
    rows,
    columns,
    cell: (r, c) => out(grid[index(rows, r)]![index(columns, c)]!),
    rowTotal: (r) => out(rowTotals[index(rows, r)]!),
    columnTotal: (c) => out(columnTotals[index(columns, c)]!),
    total: out(grand),
  };
}
