import type { ComponentChildren } from 'preact';
import { internshipTable, SUPPRESSED_MARK, topicTable, type BeratungTopic, type MonthCounts, type Shown } from '../../core';
import type { Lang, Translate } from '../i18n';
import { BarChart, type Bar } from '../kit/bar-chart';
import { PlanningSection } from './planning-section';
import { FileInput } from '../kit/file-input';
import { CountsOutcome, type FileOutcome } from './counts-outcome';
import { monthLabel } from './month-label';


/** Props of {@link NumbersScreen}. */
export interface NumbersScreenProps {
  t: Translate;
  lang: Lang;
  back: ComponentChildren;
  records: readonly MonthCounts[] | undefined;
  outcomes: readonly FileOutcome[];
  onFiles(files: File[]): Promise<void>;
  onCsv(): void;
  onClear(): Promise<void>;
}


// A figure of a suppressed table as a bar: hidden ones carry the mark and no length.
const bar = (label: string, s: Shown): Bar => (s.kind === 'value' ? { label, value: s.value } : { label, value: 0, mark: SUPPRESSED_MARK });

/** The network's anonymous numbers: import office exports, the planning view, two charts, CSV export; every figure suppressed. */
export function NumbersScreen({ t, lang, back, records, outcomes, onFiles, onCsv, onClear }: NumbersScreenProps) {
  const topics = records && topicTable(records);
  const internships = records && internshipTable(records);
  const offices = new Set(records?.map((r) => `${r.district}/${r.office.id}`)).size;
  return (
    <section class="screen coordinator" aria-labelledby="numbers-title">
      {back}
      <h1 id="numbers-title">{t('coordinator.numbers.title')}</h1>
      <p class="lead">{t('coordinator.numbers.intro')}</p>
      <FileInput t={t} look="field" label={t('coordinator.numbers.file')} name="counts-file" multiple accept=".json,application/json" onFiles={(files) => void onFiles(files)} />
      {outcomes.length > 0 && (
        <ul class="outcomes" role="status" data-testid="counts-outcomes">
          {outcomes.map((o) => (
            <CountsOutcome key={o.file} t={t} lang={lang} o={o} />
          ))}
        </ul>
      )}
      {records === undefined && <p class="loading" role="status">{t('common.loading')}</p>}
      {records && (
        <p data-testid="counts-summary">{t('coordinator.numbers.summary', { offices, months: new Set(records.map((r) => r.month)).size })}</p>
      )}
      {records && topics && internships && (
        <>
          <PlanningSection t={t} records={records} monthLabel={(m) => monthLabel(lang, m)} />
          <BarChart testId="chart-counselling" title={t('coordinator.numbers.counselling')} empty={t('coordinator.numbers.none')} groups={[{ bars: topics.rows.map((r) => bar(t(`entry.topic.${r as BeratungTopic}`), topics.rowTotal(r))) }]} />
          <BarChart testId="chart-internships" title={t('coordinator.numbers.internships')} empty={t('coordinator.numbers.none')} groups={[{ bars: internships.rows.flatMap((r) => internships.columns.map((m) => bar(monthLabel(lang, m), internships.cell(r, m)))) }]} />
          <button type="button" class="button primary wide" data-testid="csv" disabled={records.length === 0} onClick={onCsv}>
            {t('coordinator.numbers.csv')}
          </button>
          <button type="button" class="button danger wide" disabled={records.length === 0} onClick={() => void onClear()}>
            {t('coordinator.numbers.clear')}
          </button>
        </>
      )}
    </section>
  );
}
