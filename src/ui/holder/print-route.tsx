import { useState } from 'preact/hooks';
import type { HolderApi, PassSummary } from '../../storage/holder/holder-api';
import { translator, useI18n } from '../i18n';
import { de } from '../i18n/de';
import { nowSeconds } from '../kit/now';
import { paperLanguage, paperTranslator } from './paper';
import { PassGate } from './pass-gate';
import { PrintView } from './print-view';
import { useEntries } from './use-entries';
import { useEntryChoice } from './use-entry-choice';

/** Container for `#/holder/print`. */
export default function PrintRoute() {
  return <PassGate>{(pass, api) => <Print pass={pass} api={api} />}</PassGate>;
}

const german = translator('de', de);

function Print({ pass, api }: { pass: PassSummary; api: HolderApi }) {
  const { t, lang } = useI18n();
  const entries = useEntries(api, pass.id);
  const [chosen, setChosen] = useEntryChoice(entries);
  const [beside, setBeside] = useState(false);
  const paper = paperLanguage(lang, beside);
  const paperT = paperTranslator(german, paper.second && t);
  return (
    <PrintView
      t={t}
      lang={lang}
      paperT={paperT}
      paper={paper}
      pass={pass}
      entries={entries}
      chosen={chosen}
      onChoose={setChosen}
      onBeside={setBeside}
      printedAt={nowSeconds()}
      onPrint={() => print()}
    />
  );
}
