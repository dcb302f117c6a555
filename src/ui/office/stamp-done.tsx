import type { IssuedRow, OfficeRow } from '../../storage/office/office-api';
import { entryTitle } from '../entry/entry-text';
import { formatDateTime } from '../kit/format';
import { QrCode } from '../kit/qr-code';
import type { Lang, Translate } from '../i18n';
import { isolate } from '../kit/isolate';

/** Props of {@link StampDone}. */
export interface StampDoneProps {
  t: Translate;
  lang: Lang;
  row: IssuedRow;
  /** Who stamped: its name and address head the paper receipt. */
  office: Pick<OfficeRow, 'name' | 'address'>;
  /** The holder has scanned the stamp: on to the next person (absent in class mode, where the next card does it). */
  onNext?: () => void;
}

/** The signed stamp as a large QR code for the holder's phone, with a print sheet (receipt) for those without it. */
export function StampDone({ t, lang, row, office, onNext }: StampDoneProps) {
  return (
    <div class="stamp-done print-sheet" data-testid="stamp-done" data-stamp-id={row.id}>
      <p class="notice no-print" role="status">
        {t('office.stamp.signed', { name: isolate(row.holderName) })}
      </p>
      <header class="print-only stamp-receipt" data-testid="stamp-receipt">
        <p class="receipt-office">
          <bdi>{office.name}</bdi>
        </p>
        {office.address && (
          <p>
            <bdi>{office.address}</bdi>
          </p>
        )}
        <p>{t('office.stamp.receiptDate', { date: formatDateTime(lang, row.issuedAt) })}</p>
      </header>
      <div class="code-box">
        <QrCode text={row.text} label={t('office.stamp.qrLabel', { name: row.holderName })} class="qr-large stamp-qr" testId="stamp-qr" />
      </div>
      <p class="card-name">
        <bdi>{row.holderName}</bdi>
        {row.holderNameNative && (
          <>
            {' '}
            <bdi class="native-name" dir="auto">
              {row.holderNameNative}
            </bdi>
          </>
        )}
      </p>
      <p class="card-born">
        {t(`entry.type.${row.type}`)} · <bdi>{entryTitle(t, row.entry)}</bdi>
      </p>
      <p class="print-only">{t('office.stamp.printNote')}</p>
      <div class="row-buttons no-print">
        <button type="button" class="button" onClick={() => window.print()}>
          {t('office.stamp.print')}
        </button>
        {onNext && (
          <button type="button" class="button primary" onClick={onNext} data-testid="stamp-next">
            {t('office.stamp.next')}
          </button>
        )}
      </div>
    </div>
  );
}
