// The verifier screens' one VerifierApi over the page's shared database and trust source.
// Storage (Dexie, core) is a dynamic import: the check's first screen never waits for it.
import type { VerifierApi } from '../../storage/verifier/verifier-api';
import { loadOnce } from '../kit/load-once';

/** The device's VerifierApi, loaded and created on first use. */
export const verifierApi: () => Promise<VerifierApi> = loadOnce(() => import('../../storage/verifier/create-verifier-api').then((m) => m.createVerifierApi()));
