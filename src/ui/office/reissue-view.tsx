import { useState } from 'preact/hooks';
import type { Holder } from '../../core';
import type { ReissueRefusal, SignRefusal } from '../../storage/office/office-issue';
import type { IssuedRow } from '../../storage/office/office-api';
import { officeApi } from './office-storage';
import { officeStatus } from '../../storage/office/office-status';
import { CardScan } from './card-scan';
import { nowSeconds } from '../kit/now';
import { PersonCard } from './person-card';
import { refusalText } from './refusal-text';
import { ReissueOverride } from './reissue-override';
import type { SectionProps } from './section-props';
import { SignGate } from './sign-gate';
import { StampDone } from './stamp-done';
import { IssuedSummary, LogScreen, useIssued } from './log-screen';

/** Re-issue of a logged stamp to the same person's new pass key: scan the new card, check, sign again. */
export function ReissueView({ t, lang, office, keys, issuedId }: SectionProps & { issuedId: string }) {
  const [old] = useIssued(issuedId);
  const [result, setResult] = useState<{ row: IssuedRow } | { refused: SignRefusal | ReissueRefusal; holder: Holder }>();
  const onCard = async (holder: Holder, confirmedBy?: string) => {
    const override = confirmedBy === undefined ? undefined : { idChecked: true, confirmedBy };
    const outcome = await (await officeApi()).reissue(office, keys, issuedId, holder, nowSeconds(), override);
    setResult(outcome.status === 'signed' ? { row: outcome.row } : { refused: outcome.reason, holder });
  };
  return (
    <LogScreen t={t} titleId="reissue-title" title={t('office.reissue.title')} missing={old === null}>
      {old && (
        <>
          <p class="lead">{t('office.reissue.intro')}</p>
          <IssuedSummary t={t} lang={lang} row={old} />
          {result && 'row' in result ? (
            <StampDone t={t} lang={lang} row={result.row} office={office} />
          ) : (
            <SignGate t={t} lang={lang} status={officeStatus(office, nowSeconds())} unlocked={!!keys}>
              {result && <PersonCard t={t} lang={lang} person={result.holder} />}
              {result && result.refused === 'name-differs' && <ReissueOverride t={t} before={old.holderName} onConfirm={(by) => void onCard(result.holder, by)} />}
              {result && result.refused !== 'name-differs' && (
                <p class="notice is-problem" role="alert" data-testid="reissue-refused" data-reason={result.refused}>
                  {refusalText(t, result.refused)}
                </p>
              )}
              <CardScan t={t} onCard={(h) => void onCard(h)} />
            </SignGate>
          )}
        </>
      )}
    </LogScreen>
  );
}
