import { useEffect, useState } from 'preact/hooks';
import type { Entry, Holder } from '../../core';
import type { IssuedRow } from '../../storage/office/office-api';
import type { CorrectOutcome } from '../../storage/office/office-withdraw';
import { officeStatus } from '../../storage/office/office-status';
import { officeApi } from './office-storage';
import { EntryRows } from '../entry/entry-rows';
import { FieldRow } from '../kit/field-row';
import { nowSeconds } from '../kit/now';
import { href } from '../shell/router';
import { CardScan } from './card-scan';
import { EntryChoice } from './entry-choice';
import { PersonCard } from './person-card';
import type { SectionProps } from './section-props';
import { SignGate } from './sign-gate';
import { StampDone } from './stamp-done';
import { WithdrawalCodes } from './withdrawal-codes';

type Refusal = Extract<CorrectOutcome, { status: 'refused' }>['reason'];
type Step =
  | { at: 'scan' }
  | { at: 'pick'; holder: Holder }
  | { at: 'review'; holder: Holder; entry: Entry; refused?: Refusal }
  | { at: 'done'; row: IssuedRow; withdrawn: IssuedRow };

/** `#/office/log/<id>/correct`: scan the same pass again, fix the entry (the form starts from the old one), sign; the old stamp is withdrawn as corrected. */
export function CorrectView({ t, lang, office, keys, issuedId }: SectionProps & { issuedId: string }) {
  const [old, setOld] = useState<IssuedRow | null>();
  const [step, setStep] = useState<Step>({ at: 'scan' });
  const [busy, setBusy] = useState(false);
  useEffect(() => void officeApi().then((api) => api.getIssued(issuedId)).then((r) => setOld(r ?? null)), [issuedId]);
  const status = officeStatus(office, nowSeconds());
  const allowed = status.state === 'ready' ? status.certificate.claims.allowedTypes : [];
  const sign = async () => {
    if (step.at !== 'review' || busy) return;
    setBusy(true);
    const outcome = await (await officeApi()).correctStamp(office, keys, issuedId, step.holder, step.entry, nowSeconds());
    setBusy(false);
    setStep(outcome.status === 'signed' ? { at: 'done', row: outcome.row, withdrawn: outcome.withdrawn } : { ...step, refused: outcome.reason });
  };
  return (
    <section class="screen" aria-labelledby="correct-title">
      <a class="back-link" href={href('office', 'log')}>
        {t('common.back')}
      </a>
      <h1 id="correct-title">{t('office.correct.title')}</h1>
      {old === null && <p class="notice is-problem">{t('office.reissue.not-found')}</p>}
      {old?.withdrawn && step.at !== 'done' && <p class="notice is-problem">{t('office.withdraw.refused.already-withdrawn')}</p>}
      {step.at === 'done' && (
        <>
          <StampDone t={t} lang={lang} row={step.row} officeName={office.name} />
          {step.withdrawn.withdrawn && <WithdrawalCodes t={t} lang={lang} row={{ ...step.withdrawn, withdrawn: step.withdrawn.withdrawn }} />}
        </>
      )}
      {old && !old.withdrawn && step.at !== 'done' && (
        <SignGate t={t} lang={lang} status={status} unlocked={!!keys}>
          {step.at === 'scan' && (
            <>
              <p class="lead">{t('office.correct.intro')}</p>
              <CardScan t={t} onCard={(holder) => setStep({ at: 'pick', holder })} />
            </>
          )}
          {step.at !== 'scan' && <PersonCard t={t} lang={lang} person={step.holder} />}
          {step.at === 'pick' && <EntryChoice t={t} templates={[]} allowed={allowed} initial={old.entry} onEntry={(entry) => setStep({ at: 'review', holder: step.holder, entry })} />}
          {step.at === 'review' && (
            <div class="review" data-testid="review">
              <h2>{t('office.stamp.review')}</h2>
              <dl class="fields">
                <FieldRow label={t('office.templates.type')}>{t(`entry.type.${step.entry.type}`)}</FieldRow>
                <EntryRows t={t} lang={lang} entry={step.entry} />
              </dl>
              {step.refused && (
                <p class="notice is-problem" role="alert" data-testid="sign-refused" data-reason={step.refused}>
                  {t(`office.correct.refused.${step.refused}`)}
                </p>
              )}
              <button type="button" class="button primary" disabled={busy} onClick={sign} data-testid="sign">
                {t('office.correct.sign')}
              </button>
            </div>
          )}
        </SignGate>
      )}
    </section>
  );
}
