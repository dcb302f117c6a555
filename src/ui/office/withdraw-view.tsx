import { useState } from 'preact/hooks';
import type { WithdrawRefusal } from '../../storage/office/office-withdraw';
import { officeApi } from './office-storage';
import { nowSeconds } from '../kit/now';
import { href } from '../shell/router';
import type { SectionProps } from './section-props';
import { WithdrawalCodes } from './withdrawal-codes';
import { IssuedSummary, LogScreen, useIssued } from './log-screen';

const REASONS = ['issued-in-error', 'wrong-person'] as const;

/** `#/office/log/<id>/withdraw`: take back one logged stamp with a reason, or go on to correct it; then its codes. */
export function WithdrawView({ t, lang, office, keys, issuedId }: SectionProps & { issuedId: string }) {
  const [row, setRow] = useIssued(issuedId);
  const [reason, setReason] = useState<(typeof REASONS)[number]>('issued-in-error');
  const [refused, setRefused] = useState<WithdrawRefusal>();
  const [busy, setBusy] = useState(false);
  const submit = async (e: Event) => {
    e.preventDefault();
    if (busy) return;
    setBusy(true);
    const outcome = await (await officeApi()).withdrawStamp(office, keys, issuedId, reason, nowSeconds());
    setBusy(false);
    if (outcome.status === 'withdrawn') setRow(outcome.row);
    else setRefused(outcome.reason);
  };
  return (
    <LogScreen t={t} titleId="withdraw-title" title={t('office.withdraw.title')} missing={row === null}>
      {row && <IssuedSummary t={t} lang={lang} row={row} />}
      {row?.withdrawn && <WithdrawalCodes t={t} lang={lang} row={{ ...row, withdrawn: row.withdrawn }} />}
      {row && !row.withdrawn && (
        <>
          <p class="lead">{t('office.withdraw.intro')}</p>
          <form class="form" noValidate onSubmit={submit}>
            <fieldset class="field">
              <legend>{t('office.withdraw.reasonLabel')}</legend>
              {REASONS.map((r) => (
                <label key={r} class="choice">
                  <input type="radio" name="withdraw-reason" value={r} checked={reason === r} onChange={() => setReason(r)} /> {t(`office.withdraw.reason.${r}`)}
                </label>
              ))}
            </fieldset>
            {refused && (
              <p class="notice is-problem" role="alert" data-testid="withdraw-refused" data-reason={refused}>
                {t(`office.withdraw.refused.${refused}`)}
              </p>
            )}
            <button type="submit" class="button danger wide" disabled={busy} data-testid="withdraw-submit">
              {t('office.withdraw.submit')}
            </button>
          </form>
          <p class="alt-action">
            {t('office.withdraw.orCorrect')}{' '}
            <a class="button" href={href('office', `log/${row.id}/correct`)} data-testid="correct-link">
              {t('office.correct.title')}
            </a>
          </p>
        </>
      )}
    </LogScreen>
  );
}
