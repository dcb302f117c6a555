// App-wide state of the holder area: the passes on this device and which one is shown.
// Only the chosen pass id goes to localStorage; everything else lives in IndexedDB.
import { useEffect } from 'preact/hooks';
import type { HolderApi, PassSummary } from '../../storage/holder/holder-api';
import { databaseMayExist } from '../kit/database-exists';
import { createStore, useStore } from '../kit/store';
import { holderApi } from './api';
import { reportError } from '../kit/report';

/** What the holder screens know about the passes on this device. */
export type PassState =
  | { readonly status: 'loading' }
  | { readonly status: 'failed' }
  | { readonly status: 'ready'; readonly api: HolderApi; readonly passes: readonly PassSummary[]; readonly current?: PassSummary };

const CURRENT_KEY = 'bbpass.pass';
const store = createStore<PassState>({ status: 'loading' });
let started = false;

/** Reloads the pass list (after create, receive, backup, restore, delete); `select` picks the pass to show. */
export async function refreshPasses(select?: string): Promise<void> {
  try {
    const api = await holderApi();
    const passes = await api.listPasses();
    const wanted = select ?? readCurrent();
    const current = passes.find((p) => p.id === wanted) ?? passes[0];
    saveCurrent(current?.id);
    store.set({ status: 'ready', api, passes, current });
  } catch (e) {
    reportError('holder: load the passes', e);
    // IndexedDB can be unavailable (some private modes); the screens say so instead of hanging.
    if (store.get().status !== 'ready') store.set({ status: 'failed' });
  }
}

/** Starts loading the pass state once; the shell calls it at boot so storage opens while screens load. */
export function startPassState(): void {
  if (started) return;
  started = true;
  void refreshPasses();
}

/** Whether this device showed a pass before (kept beside the choice of pass), known without opening storage. */
export function hasPassHint(): boolean {
  return readCurrent() !== undefined;
}

/**
 * At boot: opens storage at once on a device that likely has a pass (it showed one before, or
 * the database exists). A first start opens it on first need: storage is most of the holder's
 * code, and a newcomer's first screen (the language list) needs none of it.
 */
export async function startIfPassLikely(): Promise<void> {
  // Boot and the home screen both ask; once storage is started there is nothing to find out.
  if (started) return;
  if (hasPassHint() || (await databaseMayExist())) startPassState();
}

/** The pass state; the first caller starts loading it, with 'likely' only if a pass is likely (see {@link startIfPassLikely}). */
export function usePassState(start: 'now' | 'likely' = 'now'): PassState {
  const state = useStore(store);
  useEffect(() => void (start === 'now' ? startPassState() : startIfPassLikely()), [start]);
  return state;
}

function readCurrent(): string | undefined {
  try {
    return localStorage.getItem(CURRENT_KEY) ?? undefined;
  } catch {
    // Storage can be disabled (private mode): then the first pass is shown, as on a new device.
    return undefined;
  }
}

function saveCurrent(id: string | undefined): void {
  try {
    if (id === undefined) localStorage.removeItem(CURRENT_KEY);
    else localStorage.setItem(CURRENT_KEY, id);
  } catch {
    // Without storage the first pass is shown after a reload; nothing is lost.
  }
}
