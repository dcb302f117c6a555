import { useState } from 'preact/hooks';
import type { Entry, Holder } from '../../core';
import type { IssuedRow } from '../../storage/office/office-api';
import type { CorrectOutcome } from '../../storage/office/office-withdraw';
import { officeStatus } from '../../storage/office/office-status';
import { officeApi } from './office-storage';
import { EntryReview } from './entry-review';
import { LogScreen, useIssued } from './log-screen';
import { nowSeconds } from '../kit/now';
import { CardStep } from './card-scan';
import { EntryChoice } from './entry-choice';
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
  const [old] = useIssued(issuedId);
  const [step, setStep] = useState<Step>({ at: 'scan' });
  const [busy, setBusy] = useState(false);
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
    <LogScreen t={t} titleId="correct-title" title={t('office.correct.title')} missing={old === null}>
      {old?.withdrawn && step.at !== 'done' && <p class="notice is-problem">{t('office.withdraw.refused.already-withdrawn')}</p>}
      {step.at === 'done' && (
        <>
          <StampDone t={t} lang={lang} row={step.row} office={office} />
          {step.withdrawn.withdrawn && <WithdrawalCodes t={t} lang={lang} row={{ ...step.withdrawn, withdrawn: step.withdrawn.withdrawn }} />}
        </>
      )}
      {old && !old.withdrawn && step.at !== 'done' && (
        <SignGate t={t} lang={lang} status={status} unlocked={!!keys}>
          <CardStep t={t} lang={lang} intro={t('office.correct.intro')} holder={step.at === 'scan' ? undefined : step.holder} onCard={(holder) => setStep({ at: 'pick', holder })} />
          {step.at === 'pick' && <EntryChoice t={t} templates={[]} allowed={allowed} initial={old.entry} onEntry={(entry) => setStep({ at: 'review', holder: step.holder, entry })} />}
          {step.at === 'review' && (
            <EntryReview t={t} lang={lang} entry={step.entry} refused={step.refused && { code: step.refused, text: t(`office.correct.refused.${step.refused}`) }}>
              <button type="button" class="button primary" disabled={busy} onClick={sign} data-testid="sign">
                {t('office.correct.sign')}
              </button>
            </EntryReview>
          )}
        </SignGate>
      )}
    </LogScreen>
  );
}
