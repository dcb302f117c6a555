import type { deVerifier } from './de-verifier';

/** English messages of the verifier area. */
export const enVerifier: Record<keyof typeof deVerifier, string> = {
  'verifier.title': 'Verifier: check a pass',
};
