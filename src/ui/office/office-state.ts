// The device's office row as an app-wide store, so every office screen shows the same
// certificate state after an import or a key rotation without reloading.
import type { OfficeRow } from '../../storage/rows';
import { createStore } from '../kit/store';

/** 'loading' until read; null when this device has no office yet. */
export const officeStore = createStore<OfficeRow | null | 'loading'>('loading');

/** The storage functions of the office's first screen, loaded on first use. */
export const officeStorage = () => import('./office-storage');

/** Reads the office row from the database; `exists` is databaseMayExist()'s answer (no database: this device was never set up). */
export async function refreshOffice(exists: Promise<boolean>): Promise<OfficeRow | null> {
  let row: OfficeRow | null = null;
  if (await exists) {
    const { appDb, loadOffice } = await officeStorage();
    row = (await loadOffice(appDb())) ?? null;
  }
  officeStore.set(row);
  return row;
}

/** Shows a row the caller has just written (saves a read). */
export function showOffice(row: OfficeRow): void {
  officeStore.set(row);
}
