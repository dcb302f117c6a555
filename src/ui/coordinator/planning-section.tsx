// The planning view: per course kind and level, demand (needs recorded in Beratung entries)
// beside supply (modules completed, exams passed), as a chart over the whole period and as a
// table per measure by month. Every figure comes suppressed from core (docs/suppression.md).
import { byPlanningOrder, NEED_KIND, planningTable, splitPlanningRow, SUPPRESSED_MARK, type MonthCounts, type PlanningMeasure, type SafeTable, type Shown } from '../../core';
import type { Translate } from '../i18n';
import { BarChart, type Bar } from '../kit/bar-chart';
import { SafeTableView } from '../kit/safe-table';
import { codeLabel } from '../entry/entry-labels';

/** Props of {@link PlanningSection}. */
export interface PlanningSectionProps {
  t: Translate;
  records: readonly MonthCounts[];
  monthLabel(month: string): string;
}

const MEASURES: readonly PlanningMeasure[] = ['demand', 'completed', 'exam-passed'];

/** "Integrationskurs B1", "Anerkennung von Abschlüssen": a planning row in the staff's language. */
export function planningRowLabel(t: Translate, row: string): string {
  const { kind, level } = splitPlanningRow(row);
  const name = (NEED_KIND.names as readonly string[]).includes(kind) ? codeLabel(t, 'needs', kind) : codeLabel(t, 'course', kind);
  return level ? `${name} ${level}` : name;
}

const bar = (label: string, s: Shown): Bar => (s.kind === 'value' ? { label, value: s.value } : { label, value: 0, mark: SUPPRESSED_MARK });

/** Demand beside supply: one chart (totals of the period) and three tables by month. */
export function PlanningSection({ t, records, monthLabel }: PlanningSectionProps) {
  const tables = Object.fromEntries(MEASURES.map((m) => [m, planningTable(records, m)])) as Record<PlanningMeasure, SafeTable>;
  const rows = byPlanningOrder(new Set(MEASURES.flatMap((m) => tables[m].rows)));
  const total = (m: PlanningMeasure, row: string): Shown => (tables[m].rows.includes(row) ? tables[m].rowTotal(row) : { kind: 'value', value: 0 });
  return (
    <section aria-labelledby="planning-title" data-testid="planning">
      <h2 id="planning-title">{t('coordinator.planning.title')}</h2>
      <p>{t('coordinator.planning.intro')}</p>
      <BarChart
        testId="chart-planning"
        title={t('coordinator.planning.chart')}
        empty={t('coordinator.numbers.none')}
        groups={rows.map((r) => ({ label: planningRowLabel(t, r), bars: MEASURES.map((m) => bar(t(`coordinator.planning.${m}`), total(m, r))) }))}
      />
      {MEASURES.map((m) =>
        tables[m].rows.length === 0 ? null : (
          <SafeTableView
            key={m}
            testId={`table-${m}`}
            caption={t(`coordinator.planning.${m}`)}
            header={t('coordinator.planning.row')}
            totalLabel={t('coordinator.planning.total')}
            table={tables[m]}
            rowLabel={(r) => planningRowLabel(t, r)}
            columnLabel={monthLabel}
          />
        ),
      )}
      <p class="muted" data-testid="suppression-legend">{t('coordinator.planning.legend', { mark: SUPPRESSED_MARK })}</p>
    </section>
  );
}
