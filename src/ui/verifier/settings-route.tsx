import { useState } from 'preact/hooks';
import { useStaffI18n } from '../i18n';
import { verifierApi } from './api';
import { SettingsScreen } from './settings-screen';
import { useVerifierSettings } from './use-settings';

/** Container for `#/verifier/settings`. */
export default function SettingsRoute() {
  const { t } = useStaffI18n();
  const [version, setVersion] = useState(0);
  const [saved, setSaved] = useState<'saved' | 'failed'>();
  const settings = useVerifierSettings(version);
  if (settings === undefined) return <p class="loading">{t('common.loading')}</p>;
  if (settings === 'failed') return <p class="notice is-problem">{t('common.loadFailed')}</p>;
  return (
    <SettingsScreen
      key={version}
      t={t}
      settings={settings}
      saved={saved}
      onSave={(change) =>
        verifierApi()
          .then((api) => api.saveSettings(change))
          .then(
            () => (setSaved('saved'), setVersion((v) => v + 1)),
            () => setSaved('failed'),
          )
      }
    />
  );
}
