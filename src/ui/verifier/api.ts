// The verifier screens' one VerifierApi over the page's shared database and trust source.
// Storage (Dexie, core) is a dynamic import: the check's first screen never waits for it.
import type { VerifierApi } from '../../storage/verifier-api';

let api: Promise<VerifierApi> | undefined;

/** The device's VerifierApi, loaded and created on first use. */
export function verifierApi(): Promise<VerifierApi> {
  api ??= import('../../storage/verifier-api').then((m) => m.createVerifierApi());
  // A failed load (e.g. the chunk could not be fetched) may succeed on the next try.
  api.catch(() => (api = undefined));
  return api;
}
