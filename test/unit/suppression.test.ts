// Small-cell suppression (docs/suppression.md): no published cell or margin under 3, and no
// way back to a hidden cell from the totals — the attacker below tries every assignment.
import { describe, expect, it } from 'vitest';
import { suppressTable, type SafeTable, type Shown } from '../../src/core';

type Grid = number[][];
const table = (g: Grid) => suppressTable(g.map((_, i) => `r${i}`), g[0]!.map((_, j) => `c${j}`), (r, c) => g[+r.slice(1)]![+c.slice(1)]!);
const shown = (s: SafeTable) => [
  ...s.rows.map((r) => [...s.columns.map((c) => s.cell(r, c)), s.rowTotal(r)].map((x) => (x.kind === 'value' ? x.value : 'x'))),
  [...s.columns.map((c) => s.columnTotal(c)), s.total].map((x) => (x.kind === 'value' ? x.value : 'x')),
];

/**
 * What an attacker can learn: for each hidden cell, whether some assignment of positive whole
 * numbers to the hidden cells (a hidden cell is never 0, since zeros are shown) reproduces
 * every published total with that cell at another value than its true one. Returns the hidden
 * cells the attacker pins down (an empty list is the hoped-for result). Values are tried up to
 * a cap above every true value, and the search gives up loudly after a budget of steps.
 */
function recovered(s: SafeTable, truth: Grid): string[] {
  const value = (x: Shown) => (x.kind === 'value' ? x.value : undefined);
  const hidden = s.rows.flatMap((r, i) => s.columns.flatMap((c, j) => (s.cell(r, c).kind === 'suppressed' ? [[i, j] as const] : [])));
  const cap = 3 + 2 * Math.max(...truth.flat());
  const known = truth.map((line, i) => line.map((v, j) => (s.cell(s.rows[i]!, s.columns[j]!).kind === 'value' ? v : undefined)));
  let budget = 2_000_000;
  const feasible = (first: number): boolean => {
    const order = [hidden[first]!, ...hidden.filter((_, k) => k !== first)];
    const guess = known.map((line) => [...line]);
    const ok = (final: boolean) => {
      const rowSum = (i: number) => guess[i]!.reduce<number>((a, b) => a + (b ?? 0), 0);
      const colSum = (j: number) => guess.reduce<number>((a, line) => a + (line[j] ?? 0), 0);
      const open = (cells: (number | undefined)[]) => cells.some((v) => v === undefined);
      const fits = (sum: number, total: number | undefined, done: boolean) => total === undefined || (done ? sum === total : sum <= total);
      return (
        s.rows.every((r, i) => fits(rowSum(i), value(s.rowTotal(r)), !open(guess[i]!))) &&
        s.columns.every((c, j) => fits(colSum(j), value(s.columnTotal(c)), !open(guess.map((l) => l[j])))) &&
        fits(s.rows.reduce((a, _, i) => a + rowSum(i), 0), value(s.total), final)
      );
    };
    const search = (k: number): boolean => {
      if (--budget < 0) throw new Error('attack undecided within its budget');
      if (k === order.length) return ok(true);
      const [i, j] = order[k]!;
      for (let v = 1; v <= cap; v++) {
        if (k === 0 && v === truth[i]![j]) continue;
        guess[i]![j] = v;
        if (ok(false) && search(k + 1)) return true;
      }
      guess[i]![j] = undefined;
      return false;
    };
    return search(0);
  };
  return hidden.flatMap(([i, j], k) => (feasible(k) ? [] : [`${s.rows[i]}|${s.columns[j]}`]));
}

/** Deterministic small tables with many small cells (a linear congruential generator). */
function* tables(n: number): Generator<Grid> {
  let seed = 17;
  const next = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
  for (let k = 0; k < n; k++) {
    const rows = 2 + Math.floor(next() * 2);
    const cols = 2 + Math.floor(next() * 2);
    yield Array.from({ length: rows }, () => Array.from({ length: cols }, () => [0, 1, 2, 3, 4, 6, 9][Math.floor(next() * 7)]!));
  }
}

describe('small-cell suppression', () => {
  it('hides cells of 1 and 2, keeps 0 and 3 and more', () => {
    const s = table([[0, 1, 3], [5, 4, 6]]);
    expect(s.cell('r0', 'c0')).toEqual({ kind: 'value', value: 0 });
    expect(s.cell('r0', 'c1')).toEqual({ kind: 'suppressed' });
    expect(s.cell('r1', 'c0')).toEqual({ kind: 'value', value: 5 });
  });

  it('hides a second cell in a row with exactly one hidden cell, so the row total does not give it away', () => {
    // Row 0: 1 is hidden; without a second hidden cell, 1 = 14 - 3 - 10.
    const s = table([[1, 3, 10], [7, 8, 9], [6, 5, 4]]);
    expect(shown(s)).toEqual([
      ['x', 'x', 10, 14],
      [7, 8, 9, 24],
      ['x', 'x', 4, 15],
      [14, 16, 23, 53],
    ]);
  });

  it('hides the total of a row whose only other cells are 0', () => {
    const s = table([[2, 0, 0], [4, 5, 6]]);
    expect(s.rowTotal('r0')).toEqual({ kind: 'suppressed' });
    expect(s.cell('r0', 'c0')).toEqual({ kind: 'suppressed' });
  });

  it('hides margins under 3 as well: a row total of 2 is a small cell', () => {
    const s = table([[0, 0, 2], [3, 4, 5]]);
    expect(s.rowTotal('r0')).toEqual({ kind: 'suppressed' });
  });

  it('leaves a table without small cells as it is', () => {
    expect(shown(table([[3, 4], [5, 0]]))).toEqual([[3, 4, 7], [5, 0, 5], [8, 4, 12]]);
  });

  it('the attacker does recover a cell when only the small cell itself is hidden (so the attack is real)', () => {
    const g = [[1, 3, 10], [7, 8, 9]];
    const v = (x: number): Shown => ({ kind: 'value', value: x });
    const naive: SafeTable = {
      rows: ['r0', 'r1'],
      columns: ['c0', 'c1', 'c2'],
      cell: (r, c) => (r === 'r0' && c === 'c0' ? { kind: 'suppressed' } : v(g[+r.slice(1)]![+c.slice(1)]!)),
      rowTotal: (r) => v(g[+r.slice(1)]!.reduce((a, b) => a + b, 0)),
      columnTotal: (c) => v(g.reduce((a, line) => a + line[+c.slice(1)]!, 0)),
      total: v(38),
    };
    expect(recovered(naive, g)).toEqual(['r0|c0']);
  });

  it('an attacker who tries every assignment cannot recover any hidden cell from the totals', () => {
    for (const g of [[[1, 3, 10], [7, 8, 9], [6, 5, 4]], [[1, 1], [1, 1]], [[1, 2, 0], [0, 4, 5]], [[2, 0, 0], [4, 5, 6]], [[1, 0], [0, 1]], ...tables(60)]) {
      const s = table(g);
      expect(recovered(s, g), `${JSON.stringify(g)} published as ${JSON.stringify(shown(s))}`).toEqual([]);
    }
  });
});
