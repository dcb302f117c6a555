import { useEffect, useState } from 'preact/hooks';
import type { CheckedEntry, HolderApi } from '../../storage/holder/holder-api';
import { nowSeconds } from '../kit/now';
import type { Loaded } from './loaded';

/** A pass's entries, re-verified as of now; loads again when `reloadKey` changes (e.g. the entry count). */
export function useEntries(api: HolderApi, passId: string, reloadKey?: unknown): Loaded<CheckedEntry[]> {
  const [entries, setEntries] = useState<CheckedEntry[] | 'failed'>();
  useEffect(() => {
    // A late answer for a pass no longer shown must not overwrite the current one.
    let live = true;
    api.entries(passId, nowSeconds()).then(
      (list) => live && setEntries(list),
      () => live && setEntries('failed'),
    );
    return () => {
      live = false;
    };
  }, [api, passId, reloadKey]);
  return entries;
}
