// The coordinator screens' one CoordinatorApi over the page's shared database and trust source.
// Storage is a dynamic import: a device without a district root draws the setup without
// downloading Dexie or core.
import type { CoordinatorApi } from '../../storage/coordinator/coordinator-api';
import { loadOnce } from '../kit/load-once';

/** The device's CoordinatorApi, loaded and created on first use. */
export const coordinatorApi: () => Promise<CoordinatorApi> = loadOnce(() => import('../../storage/coordinator/create-coordinator-api').then((m) => m.createCoordinatorApi()));
