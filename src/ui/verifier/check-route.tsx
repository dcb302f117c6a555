import { useI18n } from '../i18n';
import { ResultScreen } from './result-screen';
import { ScanScreen } from './scan-screen';
import { useCheck } from './use-check';
import { useVerifierSettings } from './use-settings';
import { DEFAULT_VERIFIER_SETTINGS } from '../../storage/verifier-api';

/** Container for `#/verifier`: scan (camera or file), then the result, held in memory only. */
export function CheckRoute() {
  const { t, lang } = useI18n();
  const loaded = useVerifierSettings();
  // Until the settings load (or if they cannot), the defaults apply: the check never waits on them.
  const settings = loaded && loaded !== 'failed' ? loaded : DEFAULT_VERIFIER_SETTINGS;
  const check = useCheck(settings.idleTimeout);
  const idleMinutes = Math.round(settings.idleTimeout / 60);
  const { phase } = check;
  if (phase.step === 'result') {
    return <ResultScreen t={t} lang={lang} result={phase.result} checkedAt={phase.checkedAt} maxAge={settings.maxAge} idleMinutes={idleMinutes} onAgain={check.reset} />;
  }
  return <ScanScreen t={t} lang={lang} phase={phase} idleMinutes={idleMinutes} onText={check.onText} onFile={check.readFile} />;
}
