// The verifier screens' one VerifierApi over the page's shared database and trust source.
import { createVerifierApi, type VerifierApi } from '../../storage/verifier-api';

let api: VerifierApi | undefined;

/** The device's VerifierApi, created on first use. */
export function verifierApi(): VerifierApi {
  api ??= createVerifierApi();
  return api;
}
