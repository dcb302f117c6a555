// The office screens' one OfficeApi over the page's shared database. Storage (Dexie, core) is a
// dynamic import: a device that was never set up draws the setup without downloading or starting Dexie.
import type { OfficeApi } from '../../storage/office/office-api';
import { loadOnce } from '../kit/load-once';

/** The device's OfficeApi, loaded and created on first use. */
export const officeApi: () => Promise<OfficeApi> = loadOnce(() => import('../../storage/office/create-office-api').then((m) => m.createOfficeApi()));
