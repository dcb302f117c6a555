// Container of admitting an office: read the request (file, camera or photo), let the
// coordinator choose types and validity, sign, and hand the certificate back.
import type { ComponentChildren } from 'preact';
import { useState } from 'preact/hooks';
import type { Registration } from '../../core';
import type { AdmissionRow } from '../../storage/coordinator/coordinator-api';
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

  const onText = async (text: string) => {
    const r = await (await coordinatorApi()).readRequest(text, session.row.district);
    setRefused(r.status === 'refused' ? r.reason : undefined);
    setRequest(r.status === 'ok' ? r.request : undefined);
  };
  const onAdmit = async (choice: AdmitChoice) => {
    setAdmitted(await (await coordinatorApi()).admit(session.keys, session.row, request!, choice, nowSeconds()));
  };
  const restart = () => {
    setRequest(undefined);
    setAdmitted(undefined);
    setRefused(undefined);
  };

  return (
    <section class="screen coordinator" aria-labelledby="admit-title">
      {back}
      <h1 id="admit-title">{t('coordinator.admit.title')}</h1>
      {admitted ? (
        <CertificateResult t={t} lang={lang} row={admitted} onNext={restart} />
      ) : request ? (
        <AdmitForm t={t} request={request} now={nowSeconds()} onAdmit={onAdmit} onCancel={restart} />
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
