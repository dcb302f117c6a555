// Read-side queries of a pass, each one indexed lookup: the summary the home screen shows and
// the timeline (newest first) that is re-verified on display.
import Dexie from 'dexie';
import type { BbpassDb } from '../db';
import type { EntryRow, PassRow } from '../rows';
import type { PassSummary } from './holder-api';
import { passCode } from '../../core';

/** The summary of a stored pass. */
export async function summarize(db: BbpassDb, row: PassRow): Promise<PassSummary> {
  const entryCount = await db.entries.where('passId').equals(row.id).count();
  const since =
    row.lastBackupAt === undefined
      ? entryCount
      : await db.entries.where('[passId+receivedAt]').between([row.id, row.lastBackupAt], [row.id, Dexie.maxKey], false, true).count();
  return {
    id: row.id,
    passCode: passCode(row.id),
    profile: row.profile,
    createdAt: row.createdAt,
    entryCount,
    ...(row.lastBackupAt === undefined ? {} : { lastBackupAt: row.lastBackupAt }),
    entriesSinceBackup: since,
  };
}

/** A pass's entries, newest issue first (ties in stamp id order, so the list is stable). */
export function timeline(db: BbpassDb, passId: string): Promise<EntryRow[]> {
  return db.entries.where('[passId+issuedAt]').between([passId, Dexie.minKey], [passId, Dexie.maxKey]).reverse().toArray();
}

/** The stored pass, or an Error naming it (an unknown id is a bug in the caller, not user input). */
export async function mustGetPass(db: BbpassDb, id: string): Promise<PassRow> {
  const row = await db.passes.get(id);
  if (!row) throw new Error(`no pass ${id} on this device`);
  return row;
}
