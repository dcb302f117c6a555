import type { AdmissionRow } from '../../storage/coordinator/coordinator-api';
import type { Lang, Translate } from '../i18n';
import { downloadText } from '../kit/download';
import { formatMomentDay } from '../kit/format';
import { QrCode } from '../kit/qr-code';
import { fileSlug } from '../kit/file-name';
import { isolate } from '../kit/isolate';

/** Props of {@link CertificateResult}. */
export interface CertificateResultProps {
  t: Translate;
  lang: Lang;
  row: AdmissionRow;
  onNext(): void;
}

/** The signed certificate handed back to the office: as a QR code to scan and as a file. */
export function CertificateResult({ t, lang, row, onNext }: CertificateResultProps) {
  const file = `${fileSlug(row.officeName)}.cert.txt`;
  return (
    <div class="stack">
      <p class="outcome is-good" role="status" data-testid="admit-done">
        {t('coordinator.admit.done', { office: isolate(row.officeName), until: formatMomentDay(lang, row.notAfter) })}
      </p>
      <p>{t('coordinator.admit.handBack')}</p>
      <QrCode text={row.certificate} label={t('coordinator.admit.qrLabel', { office: row.officeName })} class="qr-large" testId="certificate-qr" />
      <button type="button" class="button primary wide" data-testid="certificate-download" onClick={() => downloadText(file, `${row.certificate}\n`, 'text/plain')}>
        {t('coordinator.admit.download', { file })}
      </button>
      <details class="choice-list">
        <summary>{t('coordinator.admit.showText')}</summary>
        <p class="payload" data-testid="certificate-text">
          {row.certificate}
        </p>
      </details>
      <button type="button" class="button wide" onClick={onNext}>
        {t('coordinator.admit.next')}
      </button>
    </div>
  );
}
