import type { RestoreOutcome } from '../../storage/holder/holder-api';
import { useI18n } from '../i18n';
import { nowSeconds } from '../kit/now';
import { Loading, StorageFailed } from './pass-gate';
import { refreshPasses, usePassState } from './pass-state';
import { RestoreScreen } from './restore-screen';

/** Container for `#/holder/restore`; works with or without a pass on this device. */
export default function RestoreRoute() {
  const { t, lang } = useI18n();
  const state = usePassState();
  if (state.status === 'loading') return <Loading t={t} />;
  if (state.status === 'failed') return <StorageFailed t={t} />;
  const restore = async (file: File, passphrase: string): Promise<RestoreOutcome> => {
    const outcome = await state.api.restore(await file.text(), passphrase, nowSeconds());
    if (outcome.status === 'restored') await refreshPasses(outcome.pass.id);
    return outcome;
  };
  return <RestoreScreen t={t} lang={lang} hasPass={state.current !== undefined} onRestore={restore} />;
}
