// On a device that never stored anything there is no database yet. Opening it creates it, and
// Dexie's schema upgrade is the longest piece of work a staff area's first screen would do, so
// the areas ask first and open storage only when there can be something in it.
import { DB_NAME } from '../../storage/db-name';

/** False only when this browser surely has no app database (nothing stored yet); true when unsure. */
export async function databaseMayExist(): Promise<boolean> {
  try {
    return (await indexedDB.databases()).some((d) => d.name === DB_NAME);
  } catch {
    // No databases() (older browsers) or no IndexedDB: open storage and let it answer.
    return true;
  }
}
