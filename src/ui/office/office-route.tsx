import { useEffect } from 'preact/hooks';
import { appDb } from '../../storage/app-db';
import { setupOffice, unlockOffice } from '../../storage/office-keys';
import { officeSettings } from '../../storage/office-log';
import type { OfficeRow } from '../../storage/office-rows';
import { officeStatus } from '../../storage/office-status';
import { useI18n } from '../i18n';
import { useLocation } from '../router';
import { useStore } from '../store';
import { ClassRoute } from './class-route';
import { KeysRoute } from './keys-route';
import { LogRoute } from './log-route';
import { OfficeNav, SECTIONS, type OfficeSection } from './office-nav';
import { nowSeconds, officeStore, refreshOffice, showOffice } from './office-state';
import { RegisterRoute } from './register-route';
import { lockSession, sessionStore, touchSession, unlockSession } from './session';
import { SessionBar } from './session-bar';
import { DEMO_OFFICE_ID, DEMO_PASSPHRASE } from '../../storage/demo-seed';
import { SetupScreen } from './setup-screen';
import { StampRoute } from './stamp-route';
import { StatsRoute } from './stats-route';
import { StatusScreen } from './status-screen';
import { TemplatesRoute } from './templates-route';
import './office.css';

/** Container for `#/office/…`: setup on first start, then the session bar and the current section. */
export default function OfficeRoute() {
  const { t } = useI18n();
  const office = useStore(officeStore);
  useEffect(() => {
    void refreshOffice();
    // Any input counts as activity: the idle lock only runs out when nobody works here.
    const touch = () => touchSession();
    document.addEventListener('pointerdown', touch);
    document.addEventListener('keydown', touch);
    return () => {
      document.removeEventListener('pointerdown', touch);
      document.removeEventListener('keydown', touch);
    };
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
            const db = appDb();
            const { office: row, keys } = await setupOffice(db, profile, passphrase, nowSeconds());
            unlockSession(keys, (await officeSettings(db)).lockMinutes);
            showOffice(row);
          }}
        />
      </div>
    );
  }
  return <OfficeArea office={office} />;
}

function OfficeArea({ office }: { office: OfficeRow }) {
  const { t, lang } = useI18n();
  const { param = '' } = useLocation();
  const session = useStore(sessionStore);
  const [head = '', ...rest] = param.split('/');
  const section: OfficeSection = (SECTIONS as readonly string[]).includes(head) ? (head as OfficeSection) : '';
  const props = { t, lang, office, keys: session.keys };
  const onUnlock = async (passphrase: string) => {
    const opened = await unlockOffice(office, passphrase);
    if (opened.ok) unlockSession(opened.keys, (await officeSettings(appDb())).lockMinutes);
    return opened.ok;
  };
  return (
    <div class="office-area">
      <OfficeNav t={t} current={section} />
      <SessionBar t={t} session={session} onUnlock={onUnlock} onLock={() => lockSession('staff')} {...(office.id === DEMO_OFFICE_ID ? { demoPassphrase: DEMO_PASSPHRASE } : {})} />
      {section === 'stamp' ? (
        <StampRoute {...props} />
      ) : section === 'class' ? (
        <ClassRoute {...props} />
      ) : section === 'templates' ? (
        <TemplatesRoute {...props} />
      ) : section === 'log' ? (
        <LogRoute {...props} reissueId={rest.join('/') || undefined} />
      ) : section === 'stats' ? (
        <StatsRoute {...props} />
      ) : section === 'register' ? (
        <RegisterRoute {...props} />
      ) : section === 'keys' ? (
        <KeysRoute {...props} />
      ) : (
        <StatusScreen t={t} lang={lang} office={office} status={officeStatus(office, nowSeconds())} />
      )}
    </div>
  );
}
