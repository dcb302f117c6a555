import type { PublishedList } from '../../storage/coordinator/coordinator-register';
import type { Translate } from '../i18n';
import { downloadText } from '../kit/download';
import { PayloadQr } from './payload-qr';

/** Props of {@link TrustResult}. */
export interface TrustResultProps {
  t: Translate;
  district: string;
  list: PublishedList;
}

/** A published trust list: the file for the web server and other devices, and a QR code (animated when large). */
export function TrustResult({ t, district, list }: TrustResultProps) {
  const file = `${district}.json`;
  return (
    <div class="stack">
      <p class="outcome is-good" role="status" data-testid="published">
        {t('coordinator.trust.done', { version: list.version })}
      </p>
      <p>{t('coordinator.trust.next', { file })}</p>
      <button type="button" class="button primary wide" data-testid="trust-download" onClick={() => downloadText(file, list.fileText, 'application/json')}>
        {t('coordinator.trust.download', { file })}
      </button>
      <PayloadQr t={t} text={list.text} label={t('coordinator.trust.qrLabel', { version: list.version })} testId="trust-qr" />
    </div>
  );
}
