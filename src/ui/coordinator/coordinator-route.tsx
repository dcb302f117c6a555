// Container for `#/coordinator/…`: the district root on this device (made, restored or the DEMO
// one), unlocked for the session only, and the sub-screens for admitting and revoking offices,
// publishing trust lists, the key's backup and the anonymous numbers. The unlocked key lives in
// the idle lock's memory (session.ts), never in storage, and is forgotten after idle minutes.
import { useEffect, useState } from 'preact/hooks';
import type { DistrictRootRow } from '../../storage/coordinator/coordinator-api';
import { databaseMayExist } from '../kit/database-exists';
import { onActivity } from '../kit/idle-lock';
import { nowSeconds } from '../kit/now';
import { lazyPart } from '../shell/lazy-view';
import { useStaffI18n } from '../i18n';
import { href, useLocation } from '../shell/router';
import { showDemoMode } from '../shell/demo-mode';
import { useStore } from '../kit/store';
import { CoordinatorHome } from './coordinator-home';
import { SetupPanel } from './setup-panel';
import { coordinatorLock, type Session } from './session';
import { UnlockScreen } from './unlock-screen';
import { coordinatorApi } from './coordinator-storage';
import './coordinator.css';

// The tasks load on first visit: opening the area (setup or unlock) then downloads and runs
// only what it draws, not the scanner, the QR codes or the charts.
const AdmitPanel = lazyPart(() => import('./admit-panel').then((m) => m.AdmitPanel));
const RegisterPanel = lazyPart(() => import('./register-panel').then((m) => m.RegisterPanel));
const NumbersPanel = lazyPart(() => import('./numbers-panel').then((m) => m.NumbersPanel));
const WegweiserPanel = lazyPart(() => import('./wegweiser-panel').then((m) => m.WegweiserPanel));
const KeyScreen = lazyPart(() => import('./key-screen').then((m) => m.KeyScreen));
const RecoverySheet = lazyPart(() => import('./recovery-sheet').then((m) => m.RecoverySheet));

/** Container for `#/coordinator`. */
export default function CoordinatorRoute() {
  // The area's language, not the holder's: an English screen under Arabic reads "Oct 31, 2026", not "31،2026/10/".
  const { t, lang } = useStaffI18n();
  const { param = '' } = useLocation();
  const [roots, setRoots] = useState<DistrictRootRow[]>();
  const { keys: session, lockedBy } = useStore(coordinatorLock.store);
  const [demo, setDemo] = useState(false);

  const reload = async () => {
    // Without a database there is no root and no demo mode yet: the setup shows without opening it.
    const api = (await databaseMayExist()) ? await coordinatorApi() : undefined;
    const [list, on] = api ? await Promise.all([api.listRoots(), api.demoMode()]) : [[], false];
    setRoots(list);
    setDemo(on);
    showDemoMode(on);
    // Keep the session's row current (a publish raises its trust list version).
    const s = coordinatorLock.store.get().keys;
    if (s) coordinatorLock.store.set({ keys: { ...s, row: list.find((r) => r.district === s.row.district) ?? s.row } });
  };
  useEffect(() => void reload(), []);
  // Any input counts as activity: the idle lock only runs out when nobody works here.
  useEffect(() => onActivity(coordinatorLock.touch), []);
  const unlocked = async (s: Session) => {
    coordinatorLock.unlock(s, await (await coordinatorApi()).coordinatorLockMinutes());
  };

  if (!roots) return <p class="loading" role="status">{t('common.loading')}</p>;
  const back = (
    <a class="back-link" href={param ? href('coordinator') : href('holder')}>
      {t('common.back')}
    </a>
  );
  // The anonymous numbers need no key: they hold nothing anyone signs.
  if (param === 'numbers') return <NumbersPanel t={t} lang={lang} back={back} />;
  // The Wegweiser is plain content too: editing it needs no key.
  if (param === 'wegweiser') return <WegweiserPanel t={t} back={back} district={roots[0]?.name ?? 'Landkreis Dachau'} />;
  if (roots.length === 0 || param === 'setup') return <SetupPanel t={t} back={back} demo={demo} onDone={reload} />;
  if (!session) return <UnlockScreen t={t} back={back} roots={roots} demo={demo} lockedIdle={lockedBy === 'idle'} onUnlocked={(s) => void unlocked(s)} />;
  switch (param) {
    case 'admit':
      return <AdmitPanel t={t} lang={lang} back={back} session={session} />;
    case 'register':
      return <RegisterPanel t={t} lang={lang} back={back} session={session} onPublished={reload} />;
    case 'key':
      return <KeyScreen t={t} back={back} row={session.row} />;
    case 'key/print':
      return <RecoverySheet t={t} lang={lang} row={session.row} printedAt={nowSeconds()} onPrint={() => print()} />;
    default:
      return <CoordinatorHome t={t} lang={lang} back={back} row={session.row} demo={demo} onLock={() => coordinatorLock.lock('staff')} />;
  }
}
