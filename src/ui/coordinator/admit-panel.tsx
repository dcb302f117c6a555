// Container of admitting an office: read the request (file, camera or photo), let the
// coordinator choose types and validity, sign, and hand the certificate back.
import type { ComponentChildren } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import type { Registration } from '../../core';
import type { AdmissionRow, AdmitRefusal } from '../../storage/coordinator/coordinator-api';
import type { AdmitChoice, RequestOutcome } from '../../storage/coordinator/coordinator-register';
import type { Lang, Translate } from '../i18n';
import { nowSeconds } from '../kit/now';
import type { Session } from './session';
import { AdmitForm } from './admit-form';
import { CertificateResult } from './certificate-result';
import { RequestInput } from './request-input';
import { coordinatorApi } from './coordinator-storage';

/** Props of {@link AdmitPanel}. */
export interface AdmitPanelProps {
  t: Translate;
  lang: Lang;
  back: ComponentChildren;
  session: Session;
}

type Refusal = Extract<RequestOutcome, { status: 'refused' }>['reason'];

/** Container for `#/coordinator/admit`. */
export function AdmitPanel({ t, lang, back, session }: AdmitPanelProps) {
  const [request, setRequest] = useState<Registration>();
  const [refused, setRefused] = useState<Refusal>();
  const [admitted, setAdmitted] = useState<AdmissionRow>();
  const [offices, setOffices] = useState<AdmissionRow[]>([]);
  const [deviceRefused, setDeviceRefused] = useState<AdmitRefusal>();
  // First devices not revoked: the offices a further device can join.
  useEffect(() => {
    void (async () => setOffices((await (await coordinatorApi()).listAdmissions(session.row.district)).filter((a) => a.officeId === undefined && a.revokedSince === undefined)))();
  }, [session.row.district, admitted]);

  const onText = async (text: string) => {
    const r = await (await coordinatorApi()).readRequest(text, session.row.district);
    setRefused(r.status === 'refused' ? r.reason : undefined);
    setRequest(r.status === 'ok' ? r.request : undefined);
  };
  const onAdmit = async (choice: AdmitChoice, officeId: string | undefined) => {
    const api = await coordinatorApi();
    if (officeId === undefined) return setAdmitted(await api.admit(session.keys, session.row, request!, choice, nowSeconds()));
    const out = await api.admitDevice(session.keys, session.row, request!, officeId, choice, nowSeconds());
    setDeviceRefused(out.status === 'refused' ? out.reason : undefined);
    if (out.status === 'admitted') setAdmitted(out.row);
  };
  const restart = () => {
    setRequest(undefined);
    setAdmitted(undefined);
    setRefused(undefined);
    setDeviceRefused(undefined);
  };

  return (
    <section class="screen coordinator" aria-labelledby="admit-title">
      {back}
      <h1 id="admit-title">{t('coordinator.admit.title')}</h1>
      {admitted ? (
        <CertificateResult t={t} lang={lang} row={admitted} onNext={restart} />
      ) : request ? (
        <>
          {deviceRefused && (
            <p class="notice is-problem" role="alert">
              {t(`coordinator.admit.refused.${deviceRefused}`)}
            </p>
          )}
          <AdmitForm t={t} request={request} now={nowSeconds()} offices={offices} onAdmit={onAdmit} onCancel={restart} />
        </>
      ) : (
        <>
          <p class="lead">{t('coordinator.admit.intro')}</p>
          {refused && (
            <p class="notice is-problem" role="alert">
              {t(`coordinator.request.${refused}`)}
            </p>
          )}
          <RequestInput t={t} onText={(text) => void onText(text)} />
        </>
      )}
    </section>
  );
}
