import type { HolderApi, PassSummary } from '../../storage/holder/holder-api';
import { useI18n } from '../i18n';
import { EntriesScreen } from './entries-screen';
import { PassGate } from './pass-gate';
import { useEntries } from './use-entries';

/** Container for `#/holder/entries`. */
export default function EntriesRoute() {
  return <PassGate>{(pass, api) => <Entries pass={pass} api={api} />}</PassGate>;
}

function Entries({ pass, api }: { pass: PassSummary; api: HolderApi }) {
  const { t, lang } = useI18n();
  // Keyed on the entry count so the timeline follows entries received meanwhile.
  const entries = useEntries(api, pass.id, pass.entryCount);
  return <EntriesScreen t={t} lang={lang} entries={entries} />;
}
