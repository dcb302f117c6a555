// Container of the anonymous numbers: import the offices' count exports, merge, show, export.
import type { ComponentChildren } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { planningCsv, type MonthCounts } from '../../core';
import type { Lang, Translate } from '../i18n';
import { nowSeconds } from '../kit/now';
import { downloadText } from '../kit/download';
import { NumbersScreen } from './numbers-screen';
import type { FileOutcome } from './counts-outcome';
import { coordinatorApi } from './coordinator-storage';

/** Props of {@link NumbersPanel}. */
export interface NumbersPanelProps {
  t: Translate;
  lang: Lang;
  back: ComponentChildren;
}

/** Container for `#/coordinator/numbers`. */
export function NumbersPanel({ t, lang, back }: NumbersPanelProps) {
  const [records, setRecords] = useState<MonthCounts[]>();
  const [outcomes, setOutcomes] = useState<FileOutcome[]>([]);
  const load = async () => setRecords(await (await coordinatorApi()).mergedCounts());
  useEffect(() => void load(), []);

  return (
    <NumbersScreen
      t={t}
      lang={lang}
      back={back}
      records={records}
      outcomes={outcomes}
      onFiles={async (files) => {
        const done: FileOutcome[] = [];
        // One after the other: two files of the same office must merge in a defined order.
        for (const f of files) done.push({ ...(await (await coordinatorApi()).importCounts(await f.text(), nowSeconds())), file: f.name });
        setOutcomes(done);
        await load();
      }}
      onCsv={() => records && downloadText('bbpass-zahlen.csv', planningCsv(records), 'text/csv;charset=utf-8')}
      onClear={async () => {
        await (await coordinatorApi()).clearCounts();
        setOutcomes([]);
        await load();
      }}
    />
  );
}
