import { useEffect, useState } from 'preact/hooks';
import { CEFR_LEVEL, ENTRY_TYPE } from '../../core';
import { appDb } from '../../storage/app-db';
import { exportCounts, lastMonths, officeStats, type MonthlyStats } from '../../storage/office-log';
import { downloadText } from '../kit/download';
import { BarChart, type Series } from './bar-chart';
import { fileDate, fileSlug } from '../kit/file-name';
import { nowSeconds } from '../kit/now';
import type { SectionProps } from './section-props';

const MONTHS = 12;

const series = (data: MonthlyStats['byType'], keys: readonly string[], label: (k: string) => string): Series[] =>
  keys.filter((k) => data[k]).map((key) => ({ key, label: label(key), values: data[key]! }));

/** `#/office/stats`: stamps per month by type and by level, and the anonymous counts export for the coordinator. */
export function StatsRoute({ t, office }: SectionProps) {
  const [stats, setStats] = useState<MonthlyStats>();
  useEffect(() => void officeStats(appDb(), office.id, lastMonths(nowSeconds(), MONTHS)).then(setStats), [office.id]);
  if (!stats) return <p class="loading">{t('common.loading')}</p>;
  const perType = series(stats.byType, ENTRY_TYPE.names, (k) => t(`holder.type.${k as (typeof ENTRY_TYPE.names)[number]}`));
  const perLevel = series(stats.byLevel, CEFR_LEVEL.names, (k) => k);
  const download = async () => {
    const now = nowSeconds();
    const counts = await exportCounts(appDb(), office, lastMonths(now, MONTHS), now);
    downloadText(`zahlen-${fileSlug(office.name, 'stelle')}-${fileDate(now)}.json`, JSON.stringify(counts, null, 2), 'application/json');
  };
  return (
    <section class="screen" aria-labelledby="stats-title">
      <h1 id="stats-title">{t('office.stats.title')}</h1>
      <p class="lead">{t('office.stats.intro')}</p>
      {perType.length === 0 ? <p class="muted">{t('office.stats.none')}</p> : <BarChart title={t('office.stats.byType')} columns={stats.months} series={perType} columnHeader={t('office.stats.month')} testId="chart-type" />}
      {perLevel.length > 0 && <BarChart title={t('office.stats.byLevel')} columns={stats.months} series={perLevel} columnHeader={t('office.stats.month')} testId="chart-level" />}
      <h2>{t('office.stats.exportTitle')}</h2>
      <p>{t('office.stats.exportIntro')}</p>
      <button type="button" class="button primary" onClick={() => void download()} data-testid="counts-export">
        {t('office.stats.export')}
      </button>
    </section>
  );
}
