import type { VerifierSettings } from '../../storage/verifier/verifier-api';
import { useAsync } from '../kit/use-async';
import { showDemoMode } from '../shell/demo-mode';
import { verifierApi } from './api';

/** The verifier settings (undefined while loading, 'failed' if they cannot be read); reloads on `version` change. */
export function useVerifierSettings(version = 0): VerifierSettings | 'failed' | undefined {
  // The demo band follows the stored setting even when this screen is gone by the time it is read.
  return useAsync(
    () =>
      verifierApi()
        .then((api) => api.settings())
        .then((s) => (showDemoMode(s.demoMode), s)),
    [version],
  );
}
