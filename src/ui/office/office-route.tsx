import { useEffect } from 'preact/hooks';
import { databaseMayExist } from '../kit/database-exists';
import { onActivity } from '../kit/idle-lock';
import { lazyPart } from '../shell/lazy-view';
import { useStaffI18n } from '../i18n';
import { useStore } from '../kit/store';
import { officeStore, refreshOffice, showOffice } from './office-state';
import { officeApi } from './office-storage';
import { nowSeconds } from '../kit/now';
import { touchSession, unlockSession } from './session';
import { SetupScreen } from './setup-screen';
import './office.css';

// A set-up office (its sections, the session bar, its storage) loads only on a device that has
// one: a first start draws the setup without it.
const OfficeArea = lazyPart(() => import('./office-area').then((m) => m.OfficeArea));

/** Container for `#/office/…`: setup on first start, then the session bar and the current section. */
export default function OfficeRoute() {
  const { t } = useStaffI18n();
  const office = useStore(officeStore);
  useEffect(() => {
    // With a database there may well be an office: its area loads while the row is read.
    const exists = databaseMayExist();
    void exists.then((may) => (may ? OfficeArea.preload() : undefined));
    void refreshOffice(exists);
    // Any input counts as activity: the idle lock only runs out when nobody works here.
    return onActivity(touchSession);
  }, []);
  if (office === 'loading') {
    return (
      <p class="loading" role="status">
        {t('common.loading')}
      </p>
    );
  }
  if (!office) {
    return (
      <div class="office-area">
        <SetupScreen
          t={t}
          onSetup={async (profile, passphrase) => {
            const api = await officeApi();
            const { office: row, keys } = await api.setupOffice(profile, passphrase, nowSeconds());
            unlockSession(keys, (await api.officeSettings()).lockMinutes);
            showOffice(row);
          }}
        />
      </div>
    );
  }
  return <OfficeArea office={office} />;
}
