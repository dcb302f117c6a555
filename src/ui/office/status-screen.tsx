import { ENTRY_TYPE, type OfficeKind } from '../../core';
import type { OfficeRevocation, OfficeRow } from '../../storage/office/office-api';
import type { OfficeStatus } from '../../storage/office/office-status';
import { FieldRow } from '../kit/field-row';
import { formatDateTime } from '../kit/format';
import type { Loaded } from '../kit/loaded';
import { formatBerlin } from '../kit/berlin-time';
import type { Lang, Translate } from '../i18n';
import { href } from '../shell/router';
import { CertificateNote } from './certificate-note';
import { TrustNote } from './trust-note';
import type { TrustAge } from '../../core';

/** Props of {@link StatusScreen}. */
export interface StatusScreenProps {
  t: Translate;
  lang: Lang;
  office: OfficeRow;
  status: OfficeStatus;
  /** Revocations of the office's keys in the trust lists this device holds. */
  revocations: Loaded<readonly OfficeRevocation[]>;
  /** Age of the trust list of the office's district on this device (how current "not revoked" is). */
  trustAge: Loaded<TrustAge | undefined>;
  now: number;
}

/** The office at a glance: who it is, whether it can stamp and why not, and its keys. */
export function StatusScreen({ t, lang, office, status, revocations, trustAge, now }: StatusScreenProps) {
  const cert = status.certificate?.claims;
  // The earliest one: from then on nothing this office signs is accepted anywhere.
  const revoked = typeof revocations === 'object' ? revocations[0] : undefined;
  return (
    <section class="screen" aria-labelledby="office-title">
      <h1 id="office-title">
        <bdi>{office.name}</bdi>
      </h1>
      <p class="lead">{t(`office.kind.${office.kind as OfficeKind}`)}</p>
      {revoked && (
        <p class="notice is-problem" role="alert" data-testid="revoked-note">
          {t('office.revoked.notice', { district: revoked.district, moment: formatBerlin(lang, revoked.since) })}
        </p>
      )}
      {!revoked && typeof trustAge === 'object' && <TrustNote t={t} lang={lang} age={trustAge} />}
      {/* "The office can stamp" would contradict a revocation in force. */}
      {!(revoked && now >= revoked.since && status.state === 'ready') && <CertificateNote t={t} lang={lang} status={status} />}
      <dl class="fields">
        {cert && <FieldRow label={t('office.cert.district')}>{cert.district}</FieldRow>}
        {cert && <FieldRow label={t('office.cert.validity')}>{t('office.cert.period', { from: formatDateTime(lang, cert.validFrom), until: formatDateTime(lang, cert.validUntil) })}</FieldRow>}
        {cert && (
          <FieldRow label={t('office.cert.types')}>
            <span data-testid="allowed-types">{ENTRY_TYPE.names.filter((n) => cert.allowedTypes.includes(n)).map((n) => t(`entry.type.${n}`)).join(', ')}</span>
          </FieldRow>
        )}
        {office.address && (
          <FieldRow label={t('office.setup.address')}>
            <bdi>{office.address}</bdi>
          </FieldRow>
        )}
        {office.contact && (
          <FieldRow label={t('office.setup.contact')}>
            <bdi>{office.contact}</bdi>
          </FieldRow>
        )}
        <FieldRow label={t('office.status.keys')}>{office.keys.map((k) => `${k.keyId}${k.certificate ? '' : ` (${t('office.status.noCert')})`}`).join(', ')}</FieldRow>
      </dl>
      <div class="row-buttons">
        <a class="button primary" href={href('office', 'stamp')}>
          {t('office.nav.stamp')}
        </a>
        <a class="button" href={href('office', 'class')}>
          {t('office.nav.class')}
        </a>
      </div>
    </section>
  );
}
