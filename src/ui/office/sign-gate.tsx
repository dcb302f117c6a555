import type { ComponentChildren } from 'preact';
import type { OfficeStatus } from '../../storage/office/office-status';
import type { Lang, Translate } from '../i18n';
import { CertificateNote } from './certificate-note';

/** Shows its children only when the office can sign now; otherwise says why (locked, no or no valid certificate). */
export function SignGate({ t, lang, status, unlocked, children }: { t: Translate; lang: Lang; status: OfficeStatus; unlocked: boolean; children: ComponentChildren }) {
  if (status.state !== 'ready') {
    return (
      <div data-testid="cannot-sign" data-reason={status.state}>
        <CertificateNote t={t} lang={lang} status={status} />
      </div>
    );
  }
  if (!unlocked) {
    return (
      <p class="notice is-problem" role="alert" data-testid="cannot-sign" data-reason="locked">
        {t('office.stamp.locked')}
      </p>
    );
  }
  return <>{children}</>;
}
