import type { HolderApi, PassProfile, PassSummary } from '../../storage/holder/holder-api';
import { LANGS, setLanguage, useI18n, type Lang } from '../i18n';
import { holderApi } from './api';
import { nowSeconds } from '../kit/now';
import { askPersistence, useDeviceState } from './device-state';
import { FirstStart } from './first-start';
import { focusMain } from './focus';
import { Loading, StorageFailed } from './pass-gate';
import { PassHome } from './pass-home';
import { hasPassHint, refreshPasses, startPassState, usePassState } from './pass-state';

/** Container for `#/holder`: the first start without a pass, else the pass home. */
export default function HomeRoute() {
  const { t, lang } = useI18n();
  // A first start shows the language list at once and opens storage when a language is chosen.
  const state = usePassState('likely');
  if (state.status === 'loading' && hasPassHint()) return <Loading t={t} />;
  if (state.status === 'failed') return <StorageFailed t={t} />;
  if (state.status === 'loading' || !state.current) {
    const create = async (profile: PassProfile) => {
      const api = await holderApi();
      const pass = await api.createPass(profile, nowSeconds());
      // Right after a user action is the best moment to ask the browser to keep the data.
      void askPersistence(api);
      await refreshPasses(pass.id);
      focusMain();
    };
    const choose = (l: Lang) => (startPassState(), setLanguage(l));
    return <FirstStart t={t} lang={lang} langs={LANGS} onLanguage={choose} onCreate={create} />;
  }
  return <Home api={state.api} pass={state.current} passes={state.passes} />;
}

function Home({ api, pass, passes }: { api: HolderApi; pass: PassSummary; passes: readonly PassSummary[] }) {
  const { t, lang } = useI18n();
  const device = useDeviceState(api);
  return <PassHome t={t} lang={lang} pass={pass} passes={passes} device={device} onSelect={(id) => void refreshPasses(id)} />;
}
