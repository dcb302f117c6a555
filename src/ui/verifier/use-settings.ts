import { useEffect, useState } from 'preact/hooks';
import type { VerifierSettings } from '../../storage/verifier/verifier-api';
import { showDemoMode } from '../shell/demo-mode';
import { verifierApi } from './api';

/** The verifier settings (undefined while loading, 'failed' if they cannot be read); reloads on `version` change. */
export function useVerifierSettings(version = 0): VerifierSettings | 'failed' | undefined {
  const [settings, setSettings] = useState<VerifierSettings | 'failed'>();
  useEffect(() => {
    let live = true;
    verifierApi()
      .then((api) => api.settings())
      .then(
        (s) => (showDemoMode(s.demoMode), live && setSettings(s)),
        () => live && setSettings('failed'),
      );
    return () => {
      live = false;
    };
  }, [version]);
  return settings;
}
