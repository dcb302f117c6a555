import type { ComponentChildren } from 'preact';
import { counsellingByTopic, internshipsByMonth, languageByMonthAndLevel, type BeratungTopic, type MonthCounts, type Tally } from '../../core';
import type { Lang, Translate } from '../i18n';
import { BarChart, type BarGroup } from '../kit/bar-chart';
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


const oneColumn = (tally: Tally, label: (row: string) => string): BarGroup[] => [{ bars: tally.rows.map((r) => ({ label: label(r), value: tally.at(r, 'count') })) }];

/** The network's anonymous numbers: import office exports, three charts, CSV export. Nothing personal. */
export function NumbersScreen({ t, lang, back, records, outcomes, onFiles, onCsv, onClear }: NumbersScreenProps) {
  const levels = records && languageByMonthAndLevel(records);
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
      {levels && records && (
        <>
          <BarChart
            testId="chart-language"
            title={t('coordinator.numbers.language')}
            empty={t('coordinator.numbers.none')}
            groups={levels.rows.map((m) => ({ label: monthLabel(lang, m), bars: levels.columns.filter((l) => levels.at(m, l)).map((l) => ({ label: l, value: levels.at(m, l) })) }))}
          />
          <BarChart testId="chart-counselling" title={t('coordinator.numbers.counselling')} empty={t('coordinator.numbers.none')} groups={oneColumn(counsellingByTopic(records), (r) => t(`entry.topic.${r as BeratungTopic}`))} />
          <BarChart testId="chart-internships" title={t('coordinator.numbers.internships')} empty={t('coordinator.numbers.none')} groups={oneColumn(internshipsByMonth(records), (m) => monthLabel(lang, m))} />
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
