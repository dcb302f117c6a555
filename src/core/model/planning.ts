// The coordinator's planning tables: demand (needs recorded in Beratung entries) beside supply
// (Sprachkurs modules completed, exams passed) per course kind and level by month, and the
// numbers screen's other tables, every one suppressed for publication (suppression.ts).
import { CEFR_LEVEL, COURSE_KIND, NEED_KIND, otherLast } from './codes';
import type { CountCell } from './counts-format';
import { tally, type MonthCounts } from './counts-merge';
import { suppressTable, type SafeTable } from './suppression';

/** A planning row: a course kind or other need kind and a target level ('' when none), e.g. 'integrationskurs|B1'. */
export const planningRow = (kind: string, level?: string): string => `${kind}|${level ?? ''}`;

/** The kind and level of a planning row. */
export function splitPlanningRow(row: string): { readonly kind: string; readonly level: string } {
  const [kind = '', level = ''] = row.split('|');
  return { kind, level };
}

// Course kinds first (as the format lists them), then the other needs, "Sonstiges" last; within
// a kind the levels from A1 up, no level last.
const KIND_ORDER = otherLast([...new Set([...COURSE_KIND.names, ...NEED_KIND.names])]);
const rank = (row: string): number => {
  const { kind, level } = splitPlanningRow(row);
  const l = level === '' ? CEFR_LEVEL.names.length : CEFR_LEVEL.names.indexOf(level as never);
  return KIND_ORDER.indexOf(kind as never) * 10 + l;
};
/** Planning rows in the order every view and file shows them. */
export const byPlanningOrder = (rows: Iterable<string>): string[] => [...rows].sort((a, b) => rank(a) - rank(b));

/** What a planning table counts. */
export type PlanningMeasure = 'demand' | 'completed' | 'exam-passed';

const pick: Record<PlanningMeasure, (c: CountCell) => string | undefined> = {
  demand: (c) => (c.need ? planningRow(c.need, c.level) : undefined),
  completed: (c) => (c.type === 'sprachkurs' && c.status === 'completed' ? planningRow(c.course ?? 'other', c.level) : undefined),
  'exam-passed': (c) => (c.type === 'sprachkurs' && c.status === 'exam-passed' ? planningRow(c.course ?? 'other', c.level) : undefined),
};

/** Every month of the merged records, oldest first. */
export const monthsOfRecords = (records: readonly MonthCounts[]): string[] => [...new Set(records.map((r) => r.month))].sort();

/** One measure per planning row and month, suppressed for publication (rows: planning rows; columns: every month held). */
export function planningTable(records: readonly MonthCounts[], measure: PlanningMeasure): SafeTable {
  const t = tally(records, (c) => {
    const row = pick[measure](c);
    return row === undefined ? undefined : [row, c.month];
  });
  return suppressTable(byPlanningOrder(t.rows), monthsOfRecords(records), t.at);
}

/** Beratung contacts per topic ("Sonstiges" last), one column, suppressed. */
export function topicTable(records: readonly MonthCounts[]): SafeTable {
  const t = tally(records, (c) => (c.type === 'beratung' && c.topic ? [c.topic, c.month] : undefined));
  return suppressTable(otherLast(t.rows), monthsOfRecords(records), t.at);
}

/** Praktika per month (one row), suppressed. */
export function internshipTable(records: readonly MonthCounts[]): SafeTable {
  const t = tally(records, (c) => (c.type === 'praktikum' ? ['praktikum', c.month] : undefined));
  return suppressTable(t.rows, monthsOfRecords(records), t.at);
}
