// Settings of this device that several holder screens show: demo mode and whether the
// browser promised to keep the data. Read once per session, updated when changed.
import { useEffect } from 'preact/hooks';
import type { HolderApi, PersistenceState } from '../../storage/holder/holder-api';
import { showDemoMode } from '../shell/demo-mode';
import { createStore, useStore } from '../kit/store';

/** Demo mode and storage persistence; undefined until known. */
export interface DeviceState {
  readonly demo?: boolean;
  readonly persistence?: PersistenceState;
}

const store = createStore<DeviceState>({});
let started = false;

/** Asks the browser again to keep the data (best after a user action, e.g. creating a pass). */
export async function askPersistence(api: HolderApi): Promise<void> {
  const persistence = await api.requestPersistence().catch((): PersistenceState => 'unsupported');
  store.set({ ...store.get(), persistence });
}

/** Switches demo mode and remembers the new value. */
export async function setDemoMode(api: HolderApi, on: boolean): Promise<void> {
  await api.setDemoMode(on);
  store.set({ ...store.get(), demo: on });
  showDemoMode(on);
}

/** The device state; the first caller loads it. */
export function useDeviceState(api: HolderApi): DeviceState {
  const state = useStore(store);
  useEffect(() => {
    if (started) return;
    started = true;
    void api.demoMode().then(
      (demo) => (store.set({ ...store.get(), demo }), showDemoMode(demo)),
      () => undefined,
    );
    void askPersistence(api);
  }, [api]);
  return state;
}
