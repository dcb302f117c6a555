import { useEffect } from 'preact/hooks';
import { lazyPart } from '../shell/lazy-view';
import { useI18n } from '../i18n';
import { ScanScreen } from './scan-screen';
import { useCheck } from './use-check';

// The result screen is only needed once a check ran: it loads while the check runs.
const ResultScreen = lazyPart(() => import('./result-screen').then((m) => m.ResultScreen));

/** Container for `#/verifier`: scan (camera or file), then the result, held in memory only. */
export function CheckRoute() {
  const { t, lang } = useI18n();
  // The settings are read with each check, not before: storage stays off the first screen.
  const check = useCheck();
  const { phase } = check;
  useEffect(() => {
    if (phase.step === 'checking') ResultScreen.preload();
  }, [phase.step]);
  if (phase.step === 'result') {
    const { settings } = phase;
    return <ResultScreen t={t} lang={lang} result={phase.result} checkedAt={phase.checkedAt} maxAge={settings.maxAge} idleMinutes={Math.round(settings.idleTimeout / 60)} onAgain={check.reset} />;
  }
  return <ScanScreen t={t} lang={lang} phase={phase} idleMinutes={check.idleMinutes} onText={check.onText} onFile={check.readFile} />;
}
