import { useEffect, useState } from 'preact/hooks';
import type { CheckedEntry, HolderApi, PassSummary } from '../../storage/holder-api';
import { useI18n } from '../i18n';
import { nowSeconds } from './api';
import { EntriesScreen } from './entries-screen';
import { PassGate } from './pass-gate';

/** Container for `#/holder/entries`. */
export default function EntriesRoute() {
  return <PassGate>{(pass, api) => <Entries pass={pass} api={api} />}</PassGate>;
}

function Entries({ pass, api }: { pass: PassSummary; api: HolderApi }) {
  const { t, lang } = useI18n();
  const [entries, setEntries] = useState<CheckedEntry[] | 'failed'>();
  useEffect(() => {
    let live = true;
    api.entries(pass.id, nowSeconds()).then(
      (list) => live && setEntries(list),
      () => live && setEntries('failed'),
    );
    return () => {
      live = false;
    };
  }, [api, pass.id, pass.entryCount]);
  return <EntriesScreen t={t} lang={lang} entries={entries} />;
}
