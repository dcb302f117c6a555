import type { IssuedRow } from '../../storage/office/office-api';
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
  officeName: string;
  /** The holder has scanned the stamp: on to the next person (absent in class mode, where the next card does it). */
  onNext?: () => void;
}

/** The signed stamp as a large QR code for the holder's phone, with a print sheet for those without it. */
export function StampDone({ t, lang, row, officeName, onNext }: StampDoneProps) {
  return (
    <div class="stamp-done print-sheet" data-testid="stamp-done" data-stamp-id={row.id}>
      <p class="notice no-print" role="status">
        {t('office.stamp.signed', { name: isolate(row.holderName) })}
      </p>
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
      <p class="print-only">{t('office.stamp.printNote', { office: isolate(officeName), date: formatDateTime(lang, row.issuedAt) })}</p>
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
