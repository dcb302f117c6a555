import { CEFR_LEVEL, ENTRY_TYPE } from '../../core';
import { lastMonths, type MonthlyStats } from '../../storage/office/office-log';
import { officeApi } from './office-storage';
import { downloadText } from '../kit/download';
import { BarChart, type BarGroup } from '../kit/bar-chart';
import { fileDate, fileSlug } from '../kit/file-name';
import { nowSeconds } from '../kit/now';
import { useAsync } from '../kit/use-async';
import type { SectionProps } from './section-props';

const MONTHS = 12;

/** A group per month with a bar per key that has stamps at all (in the order of `keys`); empty when no key has any. */
function perMonth(months: readonly string[], data: MonthlyStats['byType'], keys: readonly string[], label: (k: string) => string): BarGroup[] {
  const used = keys.filter((k) => data[k]);
  return used.length === 0 ? [] : months.map((month, i) => ({ label: month, bars: used.map((k) => ({ label: label(k), value: data[k]![i] ?? 0 })) }));
}

/** `#/office/stats`: stamps per month by type and by level, and the anonymous counts export for the coordinator. */
export function StatsRoute({ t, office }: SectionProps) {
  const stats = useAsync(() => officeApi().then((api) => api.officeStats(office.id, lastMonths(nowSeconds(), MONTHS))), [office.id]);
  // As before, an unreadable log leaves the screen at "loading"; the next visit reads it again.
  if (!stats || stats === 'failed') return <p class="loading">{t('common.loading')}</p>;
  const perType = perMonth(stats.months, stats.byType, ENTRY_TYPE.names, (k) => t(`entry.type.${k as (typeof ENTRY_TYPE.names)[number]}`));
  const perLevel = perMonth(stats.months, stats.byLevel, CEFR_LEVEL.names, (k) => k);
  const download = async () => {
    const now = nowSeconds();
    const counts = await (await officeApi()).exportCounts(office, lastMonths(now, MONTHS), now);
    downloadText(`zahlen-${fileSlug(office.name, 'stelle')}-${fileDate(now)}.json`, JSON.stringify(counts, null, 2), 'application/json');
  };
  return (
    <section class="screen" aria-labelledby="stats-title">
      <h1 id="stats-title">{t('office.stats.title')}</h1>
      <p class="lead">{t('office.stats.intro')}</p>
      {perType.length === 0 ? <p class="muted">{t('office.stats.none')}</p> : <BarChart title={t('office.stats.byType')} groups={perType} empty={t('office.stats.none')} tableHeader={t('office.stats.month')} testId="chart-type" />}
      {perLevel.length > 0 && <BarChart title={t('office.stats.byLevel')} groups={perLevel} empty={t('office.stats.none')} tableHeader={t('office.stats.month')} testId="chart-level" />}
      <h2>{t('office.stats.exportTitle')}</h2>
      <p>{t('office.stats.exportIntro')}</p>
      <button type="button" class="button primary" onClick={() => void download()} data-testid="counts-export">
        {t('office.stats.export')}
      </button>
    </section>
  );
}
