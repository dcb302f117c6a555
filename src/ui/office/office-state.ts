// The device's office row as an app-wide store, so every office screen shows the same
// certificate state after an import or a key rotation without reloading.
import type { OfficeRow } from '../../storage/office/office-api';
import { createStore } from '../kit/store';
import { officeApi } from './office-storage';

/** 'loading' until read; null when this device has no office yet. */
export const officeStore = createStore<OfficeRow | null | 'loading'>('loading');

/** Reads the office row from the database; `exists` is databaseMayExist()'s answer (no database: this device was never set up). */
export async function refreshOffice(exists: Promise<boolean>): Promise<OfficeRow | null> {
  let row: OfficeRow | null = null;
  if (await exists) {
    row = (await (await officeApi()).loadOffice()) ?? null;
  }
  officeStore.set(row);
  return row;
}

/** Shows a row the caller has just written (saves a read). */
export function showOffice(row: OfficeRow): void {
  officeStore.set(row);
}
