import { keyId, toBase64Url, toHex } from '../../core';
import type { DistrictRootRow } from '../../storage/coordinator/coordinator-api';
import { rootBackupText } from '../../storage/coordinator/coordinator-roots';
import type { Lang, Translate } from '../i18n';
import { formatDateTime } from '../kit/format';
import { QrCode } from '../kit/qr-code';
import { href } from '../shell/router';
import { FieldRow } from '../kit/field-row';

/** Props of {@link RecoverySheet}. */
export interface RecoverySheetProps {
  t: Translate;
  lang: Lang;
  row: DistrictRootRow;
  printedAt: number;
  onPrint(): void;
}

/**
 * The printed recovery sheet: the sealed root (still encrypted, useless without the passphrase)
 * as QR code and text, with the public key to check it against. Kept in a safe, it survives the
 * loss of the device and of every backup file.
 */
export function RecoverySheet({ t, lang, row, printedAt, onPrint }: RecoverySheetProps) {
  // The sheet carries the key only; the last trust list is on the web server anyway.
  const backup = rootBackupText({ ...row, trustText: undefined });
  return (
    <section class="screen recovery-sheet" aria-labelledby="sheet-title">
      <div class="no-print stack">
        <a class="back-link" href={href('coordinator', 'key')}>
          {t('common.back')}
        </a>
        <p class="lead">{t('coordinator.sheet.intro')}</p>
        <button type="button" class="button primary wide" onClick={onPrint}>
          {t('coordinator.sheet.print')}
        </button>
      </div>
      <h1 id="sheet-title">{t('coordinator.sheet.title')}</h1>
      <dl class="fields">
        <FieldRow label={t('coordinator.district')}>
          <bdi>{row.name}</bdi> ({row.district})
        </FieldRow>
        <FieldRow label={t('coordinator.keyId')} valueClass="mono">{toHex(keyId(row.publicKey))}</FieldRow>
        <FieldRow label={t('coordinator.sheet.publicKey')} valueClass="mono">{toBase64Url(row.publicKey)}</FieldRow>
        <FieldRow label={t('coordinator.sheet.printed')}>{formatDateTime(lang, printedAt)}</FieldRow>
        <FieldRow label={t('coordinator.sheet.passphraseAt')} valueClass="write-in">&nbsp;</FieldRow>
      </dl>
      <QrCode text={backup} label={t('coordinator.sheet.qrLabel')} class="qr-large" testId="sheet-qr" />
      <ol class="sheet-steps">
        <li>{t('coordinator.sheet.step1')}</li>
        <li>{t('coordinator.sheet.step2')}</li>
        <li>{t('coordinator.sheet.step3')}</li>
      </ol>
      <pre class="payload sheet-text">{backup}</pre>
    </section>
  );
}
