import { useState } from 'preact/hooks';
import { ENTRY_TYPE, type EntryType } from '../../core';
import type { LogFilter } from '../../storage/office/office-log';
import { officeApi } from './office-storage';
import { downloadText } from '../kit/download';
import { entryTitle } from '../entry/entry-text';
import { formatDateTime, formatPartialDate } from '../kit/format';
import { href } from '../shell/router';
import { fileDate } from '../kit/file-name';
import { isolate } from '../kit/isolate';
import { logCsv } from './log-csv';
import { nowSeconds } from '../kit/now';
import { useAsync } from '../kit/use-async';
import { ReissueView } from './reissue-view';
import { WithdrawView } from './withdraw-view';
import { CorrectView } from './correct-view';
import type { SectionProps } from './section-props';
import { useTemplates } from './use-templates';

/** `#/office/log` (and `log/<id>` to re-issue one stamp): the stamps this office issued, searchable, as CSV. */
export function LogRoute(props: SectionProps & { reissueId?: string }) {
  const { t, lang, office, reissueId } = props;
  const { templates } = useTemplates(office.id);
  const [filter, setFilter] = useState<LogFilter>({});
  const listed = useAsync(() => officeApi().then((api) => api.listIssued(office.id, filter)), [office.id, filter, reissueId]);
  // An unreadable log shows no rows (and no CSV) rather than the rows of another filter.
  const rows = listed === 'failed' ? undefined : listed;
  // `log/<id>/withdraw` and `log/<id>/correct` take back one stamp; `log/<id>` re-issues it.
  const [logId = '', action] = (reissueId ?? '').split('/');
  if (action === 'withdraw') return <WithdrawView {...props} issuedId={logId} />;
  if (action === 'correct') return <CorrectView {...props} issuedId={logId} />;
  if (reissueId) return <ReissueView {...props} issuedId={reissueId} />;
  const set = (change: Partial<LogFilter>) => setFilter({ ...filter, ...change });
  const csv = () => rows && downloadText(`ausgestellt-${fileDate(nowSeconds())}.csv`, logCsv(t, lang, rows, templates ?? []), 'text/csv;charset=utf-8');
  return (
    <section class="screen" aria-labelledby="log-title">
      <h1 id="log-title">{t('office.log.title')}</h1>
      <form class="log-filters" role="search" onSubmit={(e) => e.preventDefault()}>
        <div class="field">
          <label for="log-query">{t('office.log.search')}</label>
          <input id="log-query" type="search" value={filter.query ?? ''} onInput={(e) => set({ query: e.currentTarget.value })} />
        </div>
        <div class="field">
          <label for="log-from">{t('office.log.from')}</label>
          <input id="log-from" type="date" value={filter.from ?? ''} onInput={(e) => set({ from: e.currentTarget.value || undefined })} />
        </div>
        <div class="field">
          <label for="log-to">{t('office.log.to')}</label>
          <input id="log-to" type="date" value={filter.to ?? ''} onInput={(e) => set({ to: e.currentTarget.value || undefined })} />
        </div>
        <div class="field">
          <label for="log-type">{t('office.templates.type')}</label>
          <select id="log-type" value={filter.type ?? ''} onChange={(e) => set({ type: (e.currentTarget.value || undefined) as EntryType | undefined })}>
            <option value="">{t('office.log.all')}</option>
            {ENTRY_TYPE.names.map((n) => (
              <option key={n} value={n}>
                {t(`entry.type.${n}`)}
              </option>
            ))}
          </select>
        </div>
        <div class="field">
          <label for="log-template">{t('office.log.template')}</label>
          <select id="log-template" value={filter.templateId ?? ''} onChange={(e) => set({ templateId: e.currentTarget.value || undefined })}>
            <option value="">{t('office.log.all')}</option>
            {templates?.map((x) => (
              <option key={x.id} value={x.id}>
                {x.name}
              </option>
            ))}
          </select>
        </div>
      </form>
      <div class="row-buttons">
        <button type="button" class="button" disabled={!rows?.length} onClick={csv} data-testid="log-csv">
          {t('office.log.csv')}
        </button>
      </div>
      <p role="status" data-testid="log-count">
        {rows && t('office.log.count', { n: rows.length })}
      </p>
      <ul class="log-list" role="list">
        {rows?.map((r) => (
          <li key={r.id} class="log-item" data-testid="log-item">
            <div>
              <strong>
                <bdi>{r.holderName}</bdi>
              </strong>{' '}
              {r.holderNameNative && (
                <>
                  <bdi class="native-name" dir="auto" data-testid="native-name">
                    {r.holderNameNative}
                  </bdi>{' '}
                </>
              )}
              · {formatPartialDate(lang, r.holderBirthDate)}
              <br />
              {t(`entry.type.${r.type}`)} · <bdi>{entryTitle(t, r.entry)}</bdi>
              <br />
              <span class="muted">
                {formatDateTime(lang, r.issuedAt)}
                {r.reissueOf ? ` · ${t('office.log.isReissue')}` : ''}
                {r.replaces ? ` · ${t('office.log.isCorrection')}` : ''}
              </span>
              {r.reissueConfirmedBy && (
                <>
                  <br />
                  <span class="muted" data-testid="reissue-confirmed">
                    {t('office.log.confirmedBy', { before: isolate(r.reissueNameBefore ?? ''), by: isolate(r.reissueConfirmedBy) })}
                  </span>
                </>
              )}
              {r.withdrawn && (
                <>
                  <br />
                  <span class="state-label is-revoked" data-testid="log-withdrawn">
                    {t('office.log.withdrawn', { date: formatDateTime(lang, r.withdrawn.at), reason: t(`office.withdraw.reason.${r.withdrawn.reason}`) })}
                  </span>
                </>
              )}
            </div>
            <a class="button small" href={href('office', `log/${r.id}`)}>
              {t('office.log.reissue')}
            </a>
            <a class="button small" href={href('office', `log/${r.id}/withdraw`)} data-testid="log-withdraw">
              {t(r.withdrawn ? 'office.log.withdrawalCodes' : 'office.log.withdraw')}
            </a>
          </li>
        ))}
      </ul>
    </section>
  );
}
