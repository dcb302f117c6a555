import type { CheckedEntry, HolderApi } from '../../storage/holder/holder-api';
import { nowSeconds } from '../kit/now';
import type { Loaded } from '../kit/loaded';
import { useAsync } from '../kit/use-async';

/** A pass's entries, re-verified as of now; loads again when `reloadKey` changes (e.g. the entry count). */
export function useEntries(api: HolderApi, passId: string, reloadKey?: unknown): Loaded<CheckedEntry[]> {
  // A late answer for a pass no longer shown must not overwrite the current one: useAsync drops it.
  return useAsync(() => api.entries(passId, nowSeconds()), [api, passId, reloadKey]);
}
