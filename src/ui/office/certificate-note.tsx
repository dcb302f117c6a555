import type { OfficeStatus } from '../../storage/office/office-status';
import { formatDateTime } from '../kit/format';
import type { Lang, Translate } from '../i18n';
import { href } from '../shell/router';

/** Whether the office can stamp now, and if not, why and (unless `link` is false, on the registration screen itself) where to fix it. */
export function CertificateNote({ t, lang, status, link = true }: { t: Translate; lang: Lang; status: OfficeStatus; link?: boolean }) {
  if (status.state === 'ready') {
    return (
      <p class="notice" data-testid="cert-state" data-state="ready">
        {t('office.cert.ready', { until: formatDateTime(lang, status.certificate.claims.validUntil) })}
      </p>
    );
  }
  return (
    <div class="notice is-problem" role="alert" data-testid="cert-state" data-state={status.state}>
      <p>{t(`office.cert.${status.state}`)}</p>
      {link && (
        <p>
          <a href={href('office', 'register')}>{t('office.cert.fix')}</a>
        </p>
      )}
    </div>
  );
}
