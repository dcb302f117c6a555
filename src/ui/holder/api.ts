// The one place the holder screens get their HolderApi from. Loading storage (Dexie, core,
// keys) is a dynamic import, so it comes with the holder chunks and never sits in the shell.
import type { HolderApi } from '../../storage/holder/holder-api';
import { loadOnce } from '../kit/load-once';

/** The device's HolderApi, created on first use and shared by every holder screen. */
export const holderApi: () => Promise<HolderApi> = loadOnce(() => import('../../storage/holder/create-holder-api').then((m) => m.createHolderApi()));
