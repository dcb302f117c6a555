// Merging the offices' anonymous counts (issue 6): every export is split into one record per
// office, device (issue 17) and month; the devices of an office add up, and for the same device
// and month the newer export wins, so re-importing a file, or importing an updated one, never
// counts a period twice. The dashboard tallies and the CSV are computed from the merged records
// only (planning.ts, suppressed before they are shown).
import type { CountCell, CountsDevice, CountsExport } from './counts-format';

/** One device's counts for one month, the unit that is merged. */
export interface MonthCounts {
  readonly district: string;
  readonly office: CountsExport['office'];
  /** The device; an export from before issue 17 is the device whose id is the office id. Absent in records stored before issue 17 (read the same way). */
  readonly device?: CountsDevice;
  readonly month: string;
  /** When the export the counts come from was made; the newer one wins. */
  readonly generatedAt: number;
  readonly cells: readonly CountCell[];
}

/** The device id of a record: its own, or the office id for an export without one. */
export const deviceIdOf = (m: Pick<MonthCounts, 'office' | 'device'>): string => m.device?.id ?? m.office.id;

/**
 * The merge key: the same device of the same office (and district) and month is counted once.
 * The office's first device (device id = office id) keeps the key of issue 6, so its records
 * stored before devices existed are replaced by its newer exports, not added to them.
 */
export function monthKey(m: Pick<MonthCounts, 'district' | 'office' | 'device' | 'month'>): string {
  const device = deviceIdOf(m);
  return device === m.office.id ? `${m.district}/${m.office.id}|${m.month}` : `${m.district}/${m.office.id}#${device}|${m.month}`;
}

/** Splits an export into its months; a listed month with no cells is a record too (it says "none"). */
export function monthsOf(e: CountsExport): MonthCounts[] {
  const device = e.device ?? { id: e.office.id };
  return e.months.map((month) => ({ district: e.district, office: e.office, device, month, generatedAt: e.generatedAt, cells: e.cells.filter((c) => c.month === month) }));
}

/** Whether `next` replaces `current` for its office and month (newer wins; equal time keeps what is there). */
export function replaces(next: MonthCounts, current: MonthCounts | undefined): boolean {
  return current === undefined || next.generatedAt > current.generatedAt;
}

/** Merges any number of exports: one record per office and month, from the newest export. */
export function mergeCounts(exports: Iterable<CountsExport>): MonthCounts[] {
  const merged = new Map<string, MonthCounts>();
  for (const e of exports) {
    for (const m of monthsOf(e)) if (replaces(m, merged.get(monthKey(m)))) merged.set(monthKey(m), m);
  }
  return [...merged.values()].sort((a, b) => monthKey(a).localeCompare(monthKey(b)));
}

/** A two-way table of counts: rows (e.g. months) by columns (e.g. levels). */
export interface Tally {
  readonly rows: string[];
  readonly columns: string[];
  /** Count at row and column (0 if none). */
  readonly at: (row: string, column: string) => number;
  readonly total: number;
}

/** Sums cell counts by the row and column a selector picks; cells it maps to undefined are left out. */
export function tally(records: Iterable<MonthCounts>, pick: (c: CountCell) => readonly [string, string] | undefined): Tally {
  const sums = new Map<string, number>();
  const rows = new Set<string>();
  const columns = new Set<string>();
  let total = 0;
  for (const r of records) {
    for (const c of r.cells) {
      const key = pick(c);
      if (!key) continue;
      rows.add(key[0]);
      columns.add(key[1]);
      sums.set(key.join('\u0000'), (sums.get(key.join('\u0000')) ?? 0) + c.count);
      total += c.count;
    }
  }
  return { rows: [...rows].sort(), columns: [...columns].sort(), at: (row, column) => sums.get(`${row}\u0000${column}`) ?? 0, total };
}

/** Sprachkurs modules completed (completed or exam passed) per month and CEFR level ('–' without a level). */
export const languageByMonthAndLevel = (r: Iterable<MonthCounts>): Tally =>
  tally(r, (c) => (c.type === 'sprachkurs' && (c.status === 'completed' || c.status === 'exam-passed') ? [c.month, c.level ?? '–'] : undefined));
