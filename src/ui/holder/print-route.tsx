import type { HolderApi, PassSummary } from '../../storage/holder/holder-api';
import { useI18n } from '../i18n';
import { nowSeconds } from '../kit/now';
import { PassGate } from './pass-gate';
import { PrintView } from './print-view';
import { useEntries } from './use-entries';

/** Container for `#/holder/print`. */
export default function PrintRoute() {
  return <PassGate>{(pass, api) => <Print pass={pass} api={api} />}</PassGate>;
}

function Print({ pass, api }: { pass: PassSummary; api: HolderApi }) {
  const { t, lang } = useI18n();
  const entries = useEntries(api, pass.id);
  return <PrintView t={t} lang={lang} pass={pass} entries={entries} printedAt={nowSeconds()} onPrint={() => print()} />;
}
