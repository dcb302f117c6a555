import { useState } from 'preact/hooks';
import type { PublishedTrust } from '../../core';
import type { DistrictRootRow } from '../../storage/coordinator/coordinator-api';
import type { Lang, Translate } from '../i18n';
import { formatBerlin } from '../kit/berlin-time';
import { FieldRow } from '../kit/field-row';
import { formatNumber } from '../kit/format';
import { Icon, type IconName } from '../kit/icons';
import { nowSeconds } from '../kit/now';
import { useAsync } from '../kit/use-async';
import { coordinatorApi } from './coordinator-storage';

/** Props of {@link PublishedSection}. */
export interface PublishedSectionProps {
  t: Translate;
  lang: Lang;
  row: DistrictRootRow;
}

type Tone = 'good' | 'info' | 'problem';
const TONE: Record<PublishedTrust['status'], Tone> = { current: 'good', offline: 'info', newer: 'problem', older: 'problem', 'not-published': 'problem', tampered: 'problem' };
const ICON: Record<Tone, IconName> = { good: 'check', info: 'info', problem: 'warning' };

/** Which trust list the district's site publishes, beside the newest one signed on this device; asks the site on opening and on request. */
export function PublishedSection({ t, lang, row }: PublishedSectionProps) {
  const [asked, setAsked] = useState(0);
  const published = useAsync(() => coordinatorApi().then((api) => api.publishedTrust(row, nowSeconds())), [row.district, row.trustVersion, asked]);
  const stamp = (version: number, issuedAt: number) => t('coordinator.published.stamp', { version: formatNumber(lang, version), date: formatBerlin(lang, issuedAt) });
  const p = typeof published === 'object' ? published : undefined;
  return (
    <section class="published" aria-labelledby="coordinator-published-title" data-testid="site-published" data-status={p?.status ?? published ?? 'loading'}>
      <h2 id="coordinator-published-title">{t('coordinator.published.title')}</h2>
      <dl class="fields">
        <FieldRow label={t('coordinator.published.signedHere')} valueTestId="published-signed">
          {p?.signed ? stamp(p.signed.version, p.signed.issuedAt) : t('coordinator.trustNone')}
        </FieldRow>
        <FieldRow label={t('coordinator.published.onSite', { file: `trust/${row.district}.json` })} valueTestId="published-site">
          {p && 'version' in p ? stamp(p.version, p.issuedAt) : p ? t(`coordinator.published.short.${p.status}`) : published === 'failed' ? t('coordinator.published.short.offline') : t('common.loading')}
        </FieldRow>
      </dl>
      {p && (
        <p class={`notice with-icon${TONE[p.status] === 'problem' ? ' is-problem' : ''}`} data-testid="published-notice">
          <Icon name={ICON[TONE[p.status]]} />
          <span>{p.status === 'tampered' ? `${t('coordinator.published.tampered')} ${t(`coordinator.published.reason.${p.reason}`)}` : t(`coordinator.published.${p.status}`, { file: `trust/${row.district}.json` })}</span>
        </p>
      )}
      <button type="button" class="button" onClick={() => setAsked((n) => n + 1)} data-testid="published-recheck">
        {t('coordinator.published.recheck')}
      </button>
    </section>
  );
}
