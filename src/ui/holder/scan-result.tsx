import type { Translate } from '../i18n';
import { href } from '../router';

/** Props of {@link ScanResult}. */
export interface ScanResultProps {
  t: Translate;
  text: string;
  onAgain(): void;
}

/** Shows the raw text of a QR code just read; verification will replace this later. */
export function ScanResult({ t, text, onAgain }: ScanResultProps) {
  return (
    <section class="screen" aria-labelledby="scan-result-title">
      <a class="back-link" href={href('holder')}>
        {t('common.back')}
      </a>
      <h1 id="scan-result-title">{t('scan.result.title')}</h1>
      <pre class="payload" data-testid="scan-result">
        {text}
      </pre>
      <button type="button" class="button primary" onClick={onAgain}>
        {t('scan.again')}
      </button>
    </section>
  );
}
