import { useState } from 'preact/hooks';
import { ScannerPanel } from '../kit/scanner-panel';
import { useScanner } from '../kit/use-scanner';
import { formatNumber } from '../kit/format';
import { Icon } from '../kit/icons';
import type { Lang, Translate } from '../i18n';
import type { CheckPhase, ScanProblem } from './check-reducer';
import { FileInput } from '../kit/file-input';
import type { Loaded } from '../kit/loaded';
import type { TrustStand } from './trust-stand';
import { TrustStandNotice } from './trust-stand-notice';
import { useFrameRate } from './frame-rate';

/** Props of {@link ScanScreen}. */
export interface ScanScreenProps {
  t: Translate;
  lang: Lang;
  phase: Exclude<CheckPhase, { step: 'result' }>;
  /** Minutes of the idle timeout of the last result (named when it was cleared). */
  idleMinutes: number | undefined;
  /** Age of the trust lists in force (warned about when old). */
  stand: Loaded<TrustStand>;
  onText(text: string): void;
  onFile(file: File): void;
}

const PROBLEM_KEYS = {
  malformed: 'verifier.refused.malformed',
  'unsupported-version': 'verifier.refused.unsupported-version',
  'not-for-verifier': 'verifier.refused.not-for-verifier',
  'not-a-payload': 'verifier.scan.notPayload',
  'too-large': 'verifier.refused.too-large',
  'several-payloads': 'verifier.scan.severalPayloads',
  'file-incomplete': 'verifier.scan.fileIncomplete',
  'file-unreadable': 'verifier.scan.fileUnreadable',
  'check-failed': 'verifier.scan.checkFailed',
} as const satisfies Record<Exclude<ScanProblem, 'cleared'>, string>;

/** Camera with progress (frames received, estimated share), and a presentation file by choice or drop. */
export function ScanScreen({ t, lang, phase, idleMinutes, stand, onText, onFile }: ScanScreenProps) {
  const scanner = useScanner(onText);
  const [over, setOver] = useState(false);
  const progress = phase.step === 'scanning' ? phase.progress : undefined;
  const fraction = phase.step === 'checking' ? 1 : (progress?.estimatedFraction ?? 0);
  const problem = phase.step === 'scanning' ? phase.problem : undefined;
  // Only frames from the camera have a rate; a file is read at once.
  const fps = useFrameRate(phase.step === 'scanning' && !phase.fileAt ? (progress?.received ?? 0) : 0);
  return (
    <section class="screen" aria-labelledby="verifier-scan-title">
      <h1 id="verifier-scan-title">{t('verifier.title')}</h1>
      <p class="lead">{t('verifier.scan.intro')}</p>
      <TrustStandNotice t={t} lang={lang} stand={stand} />
      {problem && (
        <p class={`notice with-icon ${problem === 'cleared' ? '' : 'is-problem'}`} data-testid="scan-problem" data-problem={problem}>
          <Icon name={problem === 'cleared' ? 'info' : 'warning'} />
          {problem === 'cleared' ? t('verifier.scan.cleared', { minutes: idleMinutes ?? 0 }) : t(PROBLEM_KEYS[problem])}
        </p>
      )}
      <div class="scan-progress" data-testid="scan-progress" data-fraction={fraction.toFixed(2)} data-received={progress?.received ?? 0}>
        <label for="verifier-progress">{t('verifier.scan.progressLabel')}</label>
        <progress id="verifier-progress" max={1} value={fraction} />
        <p aria-live="polite" class={phase.step === 'checking' ? 'scan-done with-icon' : 'hint'}>
          {phase.step === 'checking' && <Icon name="check" />}
          {phase.step === 'checking'
            ? t('verifier.scan.done', { received: phase.received })
            : progress
              ? t('verifier.scan.progress', { received: formatNumber(lang, progress.received), percent: formatNumber(lang, Math.floor(fraction * 100)) })
              : t('verifier.scan.waiting')}
          {phase.step === 'scanning' && fps !== undefined && (
            <span class="scan-rate" data-testid="scan-rate" data-fps={fps}>
              {' · '}
              {t('verifier.scan.rate', { fps })}
            </span>
          )}
        </p>
      </div>
      <div class="scan-layout">
        <ScannerPanel t={t} scanner={scanner} />
        <div
          class={`drop-zone${over ? ' is-over' : ''}`}
          onDragOver={(e) => (e.preventDefault(), setOver(true))}
          onDragLeave={() => setOver(false)}
          onDrop={(e) => {
            e.preventDefault();
            setOver(false);
            const file = e.dataTransfer?.files[0];
            if (file) onFile(file);
          }}
        >
          <h2>{t('verifier.scan.fileTitle')}</h2>
          <p class="hint">{t('verifier.scan.fileHint')}</p>
          <FileInput t={t} look="field" label={t('verifier.scan.fileLabel')} name="presentation-file" accept=".txt,.json,text/plain,image/*" testId="presentation-file" onFiles={([file]) => onFile(file)} />
          <p class="hint drop-hint" aria-hidden="true">
            <Icon name="upload" /> {t('verifier.scan.dropHere')}
          </p>
        </div>
      </div>
    </section>
  );
}
