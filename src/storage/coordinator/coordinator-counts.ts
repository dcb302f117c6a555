// The network's anonymous numbers on the coordinator's device: office exports are parsed
// strictly (core's parseCounts refuses any unknown field, so nothing personal can come in)
// and merged per office, device and month: an office's devices add up, and the newer export of
// the same device wins that month. The outcome names every month added, replaced or kept, so
// nothing is dropped without the screen saying so.
import { CountsError, deviceIdOf, monthKey, monthsOf, parseCounts, replaces, type MonthCounts } from '../../core';
import type { BbpassDb } from '../db';

/** What importing one counts file did. */
export type CountsImportOutcome =
  | {
      readonly status: 'imported';
      readonly office: string;
      /** The device's label, or its id when it has none. */
      readonly device: string;
      readonly months: number;
      readonly replaced: number;
      readonly keptNewer: number;
      /** Months of this device held for the first time. */
      readonly addedMonths: readonly string[];
      /** Months whose older counts of this device were replaced, with the time of the export they came from. */
      readonly replacedMonths: ReadonlyArray<{ readonly month: string; readonly previousAt: number }>;
      /** Months kept from an export of this device at least as new as this one (this file's counts for them are not used). */
      readonly keptMonths: readonly string[];
    }
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
  const addedMonths: string[] = [];
  const replacedMonths: Array<{ month: string; previousAt: number }> = [];
  const keptMonths: string[] = [];
  await db.transaction('rw', db.counts, async () => {
    const old = await db.counts.bulkGet(months.map(monthKey));
    const rows = months.flatMap((m, i) => {
      const current = old[i]?.counts;
      if (!replaces(m, current)) {
        keptMonths.push(m.month);
        return [];
      }
      if (current) replacedMonths.push({ month: m.month, previousAt: current.generatedAt });
      else addedMonths.push(m.month);
      return [{ id: monthKey(m), office: `${m.district}/${m.office.id}`, month: m.month, importedAt: now, counts: m }];
    });
    await db.counts.bulkPut(rows);
  });
  const first = months[0];
  return {
    status: 'imported', office: first?.office.name ?? '', device: first ? (first.device?.label ?? deviceIdOf(first)) : '', months: months.length,
    replaced: replacedMonths.length, keptNewer: keptMonths.length, addedMonths, replacedMonths, keptMonths,
  };
}

/** Every merged office month, in key order. */
export async function mergedCounts(db: BbpassDb): Promise<MonthCounts[]> {
  return (await db.counts.orderBy('id').toArray()).map((r) => r.counts);
}

/** Forgets all imported numbers (e.g. before a new planning year). */
export async function clearCounts(db: BbpassDb): Promise<void> {
  await db.counts.clear();
}
