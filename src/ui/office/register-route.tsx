import { useState } from 'preact/hooks';
import { ENTRY_TYPE, type EntryType } from '../../core';
import { registrationText, type CertificateImport } from '../../storage/office/office-keys';
import { officeStatus } from '../../storage/office/office-status';
import { downloadText } from '../kit/download';
import { QrCode } from '../kit/qr-code';
import { CertificateNote } from './certificate-note';
import { fileSlug } from '../kit/file-name';
import { showOffice } from './office-state';
import { officeApi } from './office-storage';
import { nowSeconds } from '../kit/now';
import type { SectionProps } from './section-props';
import { TextImport } from './text-import';

/** `#/office/register`: the registration request for the coordinator, and import of the certificate it returns. */
export function RegisterRoute({ t, lang, office, keys }: SectionProps) {
  const [types, setTypes] = useState<EntryType[]>(['sprachkurs']);
  const [request, setRequest] = useState<string>();
  const [imported, setImported] = useState<CertificateImport>();
  const status = officeStatus(office, nowSeconds());
  const make = () => keys && types.length > 0 && setRequest(registrationText(office, keys, types, nowSeconds()));
  const onCertificate = async (text: string) => {
    const outcome = await (await officeApi()).importCertificate(office, text);
    setImported(outcome);
    if (outcome.status === 'imported') showOffice(outcome.office);
  };
  return (
    <section class="screen" aria-labelledby="register-title">
      <h1 id="register-title">{t('office.register.title')}</h1>
      <CertificateNote t={t} lang={lang} status={status} link={false} />
      <h2>{t('office.register.requestTitle')}</h2>
      <p>{t('office.register.requestIntro', { district: office.district ?? status.certificate?.claims.district ?? '' })}</p>
      <fieldset class="field">
        <legend>{t('office.register.types')}</legend>
        {ENTRY_TYPE.names.map((n) => (
          <label key={n} class="check">
            <input type="checkbox" checked={types.includes(n)} onChange={(e) => setTypes(e.currentTarget.checked ? [...types, n] : types.filter((x) => x !== n))} />
            <span>{t(`entry.type.${n}`)}</span>
          </label>
        ))}
      </fieldset>
      {!keys && <p class="notice is-warning">{t('office.register.unlockFirst')}</p>}
      <button type="button" class="button primary" disabled={!keys || types.length === 0} onClick={make} data-testid="make-request">
        {t('office.register.make')}
      </button>
      {request && (
        <div class="request" data-testid="request">
          <div class="code-box">
            <QrCode text={request} label={t('office.register.qrLabel', { name: office.name })} class="qr-large" testId="request-qr" />
          </div>
          <button type="button" class="button" data-testid="request-download" onClick={() => downloadText(`registrierung-${fileSlug(office.name, 'stelle')}.qr`, `${request}\n`, 'text/plain')}>
            {t('office.register.download')}
          </button>
        </div>
      )}
      <h2>{t('office.register.importTitle')}</h2>
      <p>{t('office.register.importIntro')}</p>
      <TextImport t={t} id="cert" label={t('office.register.paste')} onText={(text) => void onCertificate(text)} />
      {imported && (
        <p class={`notice${imported.status === 'imported' ? '' : ' is-problem'}`} role="status" data-testid="cert-import" data-status={imported.status}>
          {imported.status === 'imported' ? t('office.register.imported') : t(`office.register.refused.${imported.reason}`)}
        </p>
      )}
    </section>
  );
}
