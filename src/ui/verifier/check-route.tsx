import { useEffect } from 'preact/hooks';
import { lazyPart } from '../shell/lazy-view';
import { useStaffI18n } from '../i18n';
import { ScanScreen } from './scan-screen';
import { useCheck } from './use-check';
import { nowSeconds } from '../kit/now';
import { useTrustStand } from './trust-stand';

/** How long after the check screen appears its trust Stand loads. */
const STAND_AFTER_MS = 1000;

// The result screen is only needed once a check ran: it loads while the check runs.
const ResultScreen = lazyPart(() => import('./result-screen').then((m) => m.ResultScreen));

/** Container for `#/verifier`: scan (camera or file), then the result, held in memory only. */
export function CheckRoute() {
  // Dates and numbers in the staff language, as the texts beside them (English under Arabic, not Arabic digits in an English sentence).
  const { t, lang } = useStaffI18n();
  // The settings are read with each check, not before: storage stays off the first screen.
  const check = useCheck();
  const { phase } = check;
  // Storage loads a moment after the screen is there (it draws and starts the camera without
  // it): storage and the lists' check cost a phone ~400 ms of main thread, and on a slow link
  // their 35 KB shared it with the screen's own files. Judged again with each result, as an
  // import or a fetch in between may have brought a newer list.
  const stand = useTrustStand(nowSeconds, [phase.step === 'result'], STAND_AFTER_MS);
  useEffect(() => {
    if (phase.step === 'checking') void ResultScreen.preload();
  }, [phase.step]);
  if (phase.step === 'result') {
    const { settings } = phase;
    return <ResultScreen t={t} lang={lang} result={phase.result} checkedAt={phase.checkedAt} maxAge={settings.maxAge} idleMinutes={Math.round(settings.idleTimeout / 60)} stand={stand} onAgain={check.reset} />;
  }
  return <ScanScreen t={t} lang={lang} phase={phase} idleMinutes={check.idleMinutes} stand={stand} onText={check.onText} onFile={check.readFile} />;
}
