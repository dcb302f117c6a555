import type { IssuedRow } from '../../storage/office/office-api';
import type { Lang, Translate } from '../i18n';
import { downloadText } from '../kit/download';
import { formatDateTime } from '../kit/format';
import { QrCode } from '../kit/qr-code';

/** Props of {@link WithdrawalCodes}. */
export interface WithdrawalCodesProps {
  t: Translate;
  lang: Lang;
  /** A log row with its withdrawal. */
  row: IssuedRow & { withdrawn: NonNullable<IssuedRow['withdrawn']> };
}

/**
 * A withdrawn stamp's two ways out: the code for the holder's app (the signature without the
 * stamp, about 450 characters: always one QR code) and the file for the coordinator, who needs
 * the stamp inside to check that this office signed it.
 */
export function WithdrawalCodes({ t, lang, row }: WithdrawalCodesProps) {
  const w = row.withdrawn;
  return (
    <div class="stack" data-testid="withdrawal-codes" data-stamp-id={row.id}>
      <p class="notice" role="status">
        {t('office.withdraw.done', { date: formatDateTime(lang, w.at), reason: t(`office.withdraw.reason.${w.reason}`) })}
      </p>
      <h2>{t('office.withdraw.holderTitle')}</h2>
      <p>{t('office.withdraw.holderHint')}</p>
      <div class="code-box">
        <QrCode text={w.holderText} label={t('office.withdraw.qrLabel', { name: row.holderName })} class="qr-large" testId="withdrawal-qr" />
      </div>
      <h2>{t('office.withdraw.coordinatorTitle')}</h2>
      <p>{t('office.withdraw.coordinatorHint')}</p>
      <button type="button" class="button wide" data-testid="withdrawal-download" onClick={() => downloadText(`zurueckgezogen-${row.id.slice(0, 8)}.txt`, `${w.text}\n`, 'text/plain')}>
        {t('office.withdraw.download')}
      </button>
    </div>
  );
}
