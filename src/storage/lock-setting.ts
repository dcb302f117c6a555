// The idle-lock minutes of a staff area (office, coordinator), one row each in `settings`.
import type { BbpassDb } from './db';

/** Allowed range of a lock timeout in minutes. */
export const LOCK_MINUTES_RANGE = [1, 240] as const;

/** A stored number of minutes, rounded and clamped; `fallback` when absent or not a number. */
export function clampLockMinutes(v: unknown, fallback: number): number {
  const n = typeof v === 'number' && Number.isFinite(v) ? Math.round(v) : fallback;
  return Math.min(LOCK_MINUTES_RANGE[1], Math.max(LOCK_MINUTES_RANGE[0], n));
}

/** Reads the lock minutes stored under `key`. */
export async function readLockMinutes(db: BbpassDb, key: string, fallback: number): Promise<number> {
  return clampLockMinutes((await db.settings.get(key))?.value, fallback);
}

/** Saves lock minutes under `key` (clamped); returns what was saved. */
export async function saveLockMinutes(db: BbpassDb, key: string, minutes: number, fallback: number): Promise<number> {
  const m = clampLockMinutes(minutes, fallback);
  await db.settings.put({ key, value: m });
  return m;
}
