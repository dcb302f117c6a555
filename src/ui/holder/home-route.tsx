import type { HolderApi, PassProfile, PassSummary } from '../../storage/holder-api';
import { LANGS, setLanguage, useI18n } from '../i18n';
import { nowSeconds } from './api';
import { askPersistence, useDeviceState } from './device-state';
import { FirstStart } from './first-start';
import { focusMain } from './focus';
import { Loading, StorageFailed } from './pass-gate';
import { PassHome } from './pass-home';
import { refreshPasses, usePassState } from './pass-state';

/** Container for `#/holder`: the first start without a pass, else the pass home. */
export default function HomeRoute() {
  const { t, lang } = useI18n();
  const state = usePassState();
  if (state.status === 'loading') return <Loading t={t} />;
  if (state.status === 'failed') return <StorageFailed t={t} />;
  const { api } = state;
  if (!state.current) {
    const create = async (profile: PassProfile) => {
      const pass = await api.createPass(profile, nowSeconds());
      // Right after a user action is the best moment to ask the browser to keep the data.
      void askPersistence(api);
      await refreshPasses(pass.id);
      focusMain();
    };
    return <FirstStart t={t} lang={lang} langs={LANGS} onLanguage={setLanguage} onCreate={create} />;
  }
  return <Home api={api} pass={state.current} passes={state.passes} />;
}

function Home({ api, pass, passes }: { api: HolderApi; pass: PassSummary; passes: readonly PassSummary[] }) {
  const { t, lang } = useI18n();
  const device = useDeviceState(api);
  return <PassHome t={t} lang={lang} pass={pass} passes={passes} device={device} onSelect={(id) => void refreshPasses(id)} />;
}
