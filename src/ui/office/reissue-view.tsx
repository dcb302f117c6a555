import { useEffect, useState } from 'preact/hooks';
import type { Holder } from '../../core';
import type { ReissueRefusal, SignRefusal } from '../../storage/office/office-issue';
import type { IssuedRow } from '../../storage/office/office-api';
import { officeApi } from './office-storage';
import { officeStatus } from '../../storage/office/office-status';
import { entryTitle } from '../entry/entry-text';
import { formatDateTime } from '../kit/format';
import { href } from '../shell/router';
import { CardScan } from './card-scan';
import { nowSeconds } from '../kit/now';
import { PersonCard } from './person-card';
import { refusalText } from './refusal-text';
import { ReissueOverride } from './reissue-override';
import type { SectionProps } from './section-props';
import { SignGate } from './sign-gate';
import { StampDone } from './stamp-done';

/** Re-issue of a logged stamp to the same person's new pass key: scan the new card, check, sign again. */
export function ReissueView({ t, lang, office, keys, issuedId }: SectionProps & { issuedId: string }) {
  const [old, setOld] = useState<IssuedRow | null>();
  const [result, setResult] = useState<{ row: IssuedRow } | { refused: SignRefusal | ReissueRefusal; holder: Holder }>();
  useEffect(() => void officeApi().then((api) => api.getIssued(issuedId)).then((r) => setOld(r ?? null)), [issuedId]);
  const onCard = async (holder: Holder, confirmedBy?: string) => {
    const override = confirmedBy === undefined ? undefined : { idChecked: true, confirmedBy };
    const outcome = await (await officeApi()).reissue(office, keys, issuedId, holder, nowSeconds(), override);
    setResult(outcome.status === 'signed' ? { row: outcome.row } : { refused: outcome.reason, holder });
  };
  return (
    <section class="screen" aria-labelledby="reissue-title">
      <a class="back-link" href={href('office', 'log')}>
        {t('common.back')}
      </a>
      <h1 id="reissue-title">{t('office.reissue.title')}</h1>
      {old === null && <p class="notice is-problem">{t('office.reissue.not-found')}</p>}
      {old && (
        <>
          <p class="lead">{t('office.reissue.intro')}</p>
          <p class="notice">
            <strong>
              <bdi>{old.holderName}</bdi>
            </strong>{' '}
            {old.holderNameNative && (
              <>
                <bdi class="native-name" dir="auto">
                  {old.holderNameNative}
                </bdi>{' '}
              </>
            )}
            · {t(`entry.type.${old.type}`)} · <bdi>{entryTitle(t, old.entry)}</bdi> · {formatDateTime(lang, old.issuedAt)}
          </p>
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
    </section>
  );
}
