import type { Translate } from '../i18n';
import { href } from '../router';
import { ScannerPanel } from '../common/scanner-panel';
import { useScanner } from '../common/use-scanner';

/** Props of {@link ScanScreen}. */
export interface ScanScreenProps {
  t: Translate;
  /** Called for every distinct QR text read, from the camera or from a chosen photo. */
  onText(text: string): void;
}

/** Holder screen that reads a QR code with the camera (or from a photo). */
export function ScanScreen({ t, onText }: ScanScreenProps) {
  const scanner = useScanner(onText);
  return (
    <section class="screen" aria-labelledby="scan-title">
      <a class="back-link" href={href('holder')}>
        {t('common.back')}
      </a>
      <h1 id="scan-title">{t('scan.title')}</h1>
      <ScannerPanel t={t} scanner={scanner} />
    </section>
  );
}
