/** German messages of the verifier area (keys 'verifier.…'); spread into the German catalogue. */
export const deVerifier = {
  'verifier.title': 'Prüfstelle: Pass prüfen',
} as const;
