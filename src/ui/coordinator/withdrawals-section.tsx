// The district's stamp withdrawals: an office's signed withdrawal (file or QR code) is checked
// against this district's root and kept; every trust list published from here lists them all.
import { useEffect, useState } from 'preact/hooks';
import type { DistrictRootRow, WithdrawalRow } from '../../storage/coordinator/coordinator-api';
import type { WithdrawalImport } from '../../storage/coordinator/coordinator-withdrawals';
import type { Lang, Translate } from '../i18n';
import { FieldRow } from '../kit/field-row';
import { formatDateTime } from '../kit/format';
import { nowSeconds } from '../kit/now';
import { coordinatorApi } from './coordinator-storage';
import { RequestInput } from './request-input';

/** Props of {@link WithdrawalsSection}. */
export interface WithdrawalsSectionProps {
  t: Translate;
  lang: Lang;
  root: DistrictRootRow;
  /** A withdrawal was kept: the next trust list version is due. */
  onKept(): void;
}

/** Import and list the district's withdrawn stamps; refusals are told by reason code. */
export function WithdrawalsSection({ t, lang, root, onKept }: WithdrawalsSectionProps) {
  const [rows, setRows] = useState<WithdrawalRow[]>();
  const [outcome, setOutcome] = useState<WithdrawalImport>();
  const load = async () => setRows(await (await coordinatorApi()).listWithdrawals(root.district));
  useEffect(() => void load(), [root.district]);
  const onText = async (text: string) => {
    const result = await (await coordinatorApi()).importWithdrawal(root, text, nowSeconds());
    setOutcome(result);
    if (result.status === 'accepted') {
      await load();
      onKept();
    }
  };
  return (
    <div class="stack" data-testid="withdrawals">
      <h2>{t('coordinator.withdrawals.title')}</h2>
      <p>{t('coordinator.withdrawals.intro')}</p>
      <RequestInput t={t} fileLabel={t('coordinator.withdrawals.file')} name="withdrawal-file" onText={(text) => void onText(text)} />
      {outcome?.status === 'accepted' && (
        <p class="outcome is-good" role="status" data-testid="withdrawal-outcome" data-status="accepted">
          {t('coordinator.withdrawals.accepted', { office: outcome.row.officeName })}
        </p>
      )}
      {outcome?.status === 'refused' && (
        <p class="notice is-problem" role="alert" data-testid="withdrawal-outcome" data-status="refused" data-reason={outcome.reason}>
          {t(`coordinator.withdrawals.refused.${outcome.reason}`)}
        </p>
      )}
      {rows?.length === 0 && <p class="muted">{t('coordinator.withdrawals.empty')}</p>}
      <ul class="register-list">
        {rows?.map((r) => (
          <li key={r.id} class="card" data-testid="withdrawal-row">
            <dl class="fields compact">
              <FieldRow label={t('coordinator.withdrawals.office')}>
                <bdi>{r.officeName}</bdi>
              </FieldRow>
              <FieldRow label={t('coordinator.withdrawals.when')}>{formatDateTime(lang, r.withdrawnAt)}</FieldRow>
              <FieldRow label={t('coordinator.withdrawals.reason')}>{t(`coordinator.withdrawals.reason.${r.reason}`)}</FieldRow>
              <FieldRow label={t('coordinator.withdrawals.stamp')} valueClass="mono">{r.id}</FieldRow>
            </dl>
          </li>
        ))}
      </ul>
    </div>
  );
}
