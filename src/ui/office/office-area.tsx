import { DEMO_OFFICE_ID, DEMO_PASSPHRASE, type OfficeRow } from '../../storage/office/office-api';
import { officeStatus } from '../../storage/office/office-status';
import { lazyPart } from '../shell/lazy-view';
import { useStaffI18n } from '../i18n';
import { useLocation } from '../shell/router';
import { useTrustChanges } from '../kit/use-trust-changes';
import { useStore } from '../kit/store';
import { useAsync } from '../kit/use-async';
import { OfficeNav, SECTIONS, type OfficeSection } from './office-nav';
import { nowSeconds } from '../kit/now';
import { lockSession, sessionStore, unlockSession } from './session';
import { SessionBar } from './session-bar';
import { StatusScreen } from './status-screen';
import { officeApi } from './office-storage';
import { loadOfficeTrustAge } from './trust-note';

// The sections load on first visit: the area opens with the status and the session bar and
// downloads and runs only those, not the scanner, the QR code or the charts.
const StampRoute = lazyPart(() => import('./stamp-route').then((m) => m.StampRoute));
const ClassRoute = lazyPart(() => import('./class-route').then((m) => m.ClassRoute));
const TemplatesRoute = lazyPart(() => import('./templates-route').then((m) => m.TemplatesRoute));
const LogRoute = lazyPart(() => import('./log-route').then((m) => m.LogRoute));
const StatsRoute = lazyPart(() => import('./stats-route').then((m) => m.StatsRoute));
const RegisterRoute = lazyPart(() => import('./register-route').then((m) => m.RegisterRoute));
const KeysRoute = lazyPart(() => import('./keys-route').then((m) => m.KeysRoute));

/** The office of this device: navigation, the session bar and the current section (`#/office/<section>/…`). */
export function OfficeArea({ office }: { office: OfficeRow }) {
  // The area's language, not the holder's: an English screen under Arabic reads "Oct 31, 2026", not "31،2026/10/".
  const { t, lang } = useStaffI18n();
  const { param = '' } = useLocation();
  const session = useStore(sessionStore);
  const [head = '', ...rest] = param.split('/');
  const section: OfficeSection = (SECTIONS as readonly string[]).includes(head) ? (head as OfficeSection) : '';
  const props = { t, lang, office, keys: session.keys };
  // Read again whenever the office row or the trust lists in force change (a newer list fetched or imported).
  const changes = useTrustChanges();
  const revocations = useAsync(async () => (await officeApi()).revocations(office), [office, changes]);
  const trustAge = useAsync(() => loadOfficeTrustAge(office, nowSeconds()), [office, changes]);
  const onUnlock = async (passphrase: string) => {
    const api = await officeApi();
    const opened = await api.unlockOffice(office, passphrase);
    if (opened.ok) unlockSession(opened.keys, (await api.officeSettings()).lockMinutes);
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
        <StatusScreen t={t} lang={lang} office={office} status={officeStatus(office, nowSeconds())} revocations={revocations} trustAge={trustAge} now={nowSeconds()} />
      )}
    </div>
  );
}
