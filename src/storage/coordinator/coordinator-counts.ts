// The network's anonymous numbers on the coordinator's device: office exports are parsed
// strictly (core's parseCounts refuses any unknown field, so nothing personal can come in)
// and merged per office and month, the newer export winning that month.
import { CountsError, monthKey, monthsOf, parseCounts, replaces, type MonthCounts } from '../../core';
import type { BbpassDb } from '../db';

/** What importing one counts file did. */
export type CountsImportOutcome =
  | { readonly status: 'imported'; readonly office: string; readonly months: number; readonly replaced: number; readonly keptNewer: number }
  | { readonly status: 'refused'; readonly detail: string };

/** Imports an office's counts export; months already held from a newer export are kept. */
export async function importCounts(db: BbpassDb, text: string, now: number): Promise<CountsImportOutcome> {
  let months: MonthCounts[];
  try {
    months = monthsOf(parseCounts(text));
  } catch (e) {
    if (e instanceof CountsError) return { status: 'refused', detail: e.message };
    throw e;
  }
  let replaced = 0;
  let keptNewer = 0;
  await db.transaction('rw', db.counts, async () => {
    const old = await db.counts.bulkGet(months.map(monthKey));
    const rows = months.flatMap((m, i) => {
      const current = old[i]?.counts;
      if (!replaces(m, current)) {
        keptNewer++;
        return [];
      }
      if (current) replaced++;
      return [{ id: monthKey(m), office: `${m.district}/${m.office.id}`, month: m.month, importedAt: now, counts: m }];
    });
    await db.counts.bulkPut(rows);
  });
  const office = months[0]?.office.name ?? '';
  return { status: 'imported', office, months: months.length, replaced, keptNewer };
}

/** Every merged office month, in key order. */
export async function mergedCounts(db: BbpassDb): Promise<MonthCounts[]> {
  return (await db.counts.orderBy('id').toArray()).map((r) => r.counts);
}

/** Forgets all imported numbers (e.g. before a new planning year). */
export async function clearCounts(db: BbpassDb): Promise<void> {
  await db.counts.clear();
}
