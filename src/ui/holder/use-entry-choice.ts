import { useMemo, useState } from 'preact/hooks';
import type { CheckedEntry } from '../../storage/holder/holder-api';
import { isLoaded, type Loaded } from '../kit/loaded';
import { presentable } from './entry-pick-list';

/** The entries the holder chose (for showing or printing) and how to change the choice; everything a verifier can accept at first. */
export function useEntryChoice(entries: Loaded<readonly CheckedEntry[]>): [ReadonlySet<string>, (ids: ReadonlySet<string>) => void] {
  // A choice belongs to the list it was made in: a newly loaded list starts again from everything
  // a verifier can accept.
  const [picked, setPicked] = useState<{ from: readonly CheckedEntry[]; ids: ReadonlySet<string> }>();
  const everything = useMemo<ReadonlySet<string>>(() => new Set(isLoaded(entries) ? presentable(entries) : []), [entries]);
  const chosen = picked && isLoaded(entries) && picked.from === entries ? picked.ids : everything;
  return [chosen, (ids) => isLoaded(entries) && setPicked({ from: entries, ids })];
}
