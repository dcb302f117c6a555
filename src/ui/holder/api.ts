// The one place the holder screens get their HolderApi from. Loading storage (Dexie, core,
// keys) is a dynamic import, so it comes with the holder chunks and never sits in the shell.
import type { HolderApi } from '../../storage/holder-api';

let api: Promise<HolderApi> | undefined;

/** The device's HolderApi, created on first use and shared by every holder screen. */
export function holderApi(): Promise<HolderApi> {
  api ??= import('../../storage/create-holder-api').then((m) => m.createHolderApi());
  // A failed load (e.g. the chunk could not be fetched) may succeed on the next try.
  api.catch(() => (api = undefined));
  return api;
}

/** The current time in seconds since 1970 UTC, as every HolderApi call takes it. */
export function nowSeconds(): number {
  return Math.floor(Date.now() / 1000);
}
