import { useState } from 'preact/hooks';
import type { HolderApi, PassSummary } from '../../storage/holder/holder-api';
import { LANGS, setLanguage, useI18n } from '../i18n';
import { askPersistence, setDemoMode, useDeviceState } from './device-state';
import { PassGate } from './pass-gate';
import { SettingsScreen } from './settings-screen';

/** Container for `#/holder/settings`. */
export default function SettingsRoute() {
  return <PassGate>{(pass, api) => <Settings pass={pass} api={api} />}</PassGate>;
}

function Settings({ pass, api }: { pass: PassSummary; api: HolderApi }) {
  const { t, lang } = useI18n();
  const device = useDeviceState(api);
  const [demoFailed, setDemoFailed] = useState(false);
  return (
    <SettingsScreen
      t={t}
      lang={lang}
      langs={LANGS}
      pass={pass}
      device={device}
      demoFailed={demoFailed}
      onLanguage={(l) => void setLanguage(l)}
      onDemo={(on) => setDemoMode(api, on).then(() => setDemoFailed(false), () => setDemoFailed(true))}
      onPersist={() => void askPersistence(api)}
    />
  );
}
