import { useState } from 'preact/hooks';
import { reportError } from '../kit/report';
import type { CheckedEntry, HolderApi, PassSummary } from '../../storage/holder/holder-api';
import { useI18n } from '../i18n';
import { useLocation } from '../shell/router';
import { nowSeconds } from '../kit/now';
import { useAsync } from '../kit/use-async';
import { EntryDetail } from './entry-detail';
import { offersForOffice } from '../../core';
import { PassGate } from './pass-gate';
import { useDirectory } from './use-directory';

/** Container for `#/holder/entry/<id>`. */
export default function EntryRoute() {
  return <PassGate>{(pass, api) => <Entry pass={pass} api={api} />}</PassGate>;
}

function Entry({ pass, api }: { pass: PassSummary; api: HolderApi }) {
  const { t, lang } = useI18n();
  const { param } = useLocation();
  // The API lists entries re-verified as of now; one pass holds dozens, so finding one is cheap.
  const [changes, setChanges] = useState(0);
  const entry = useAsync(
    () => api.entries(pass.id, nowSeconds()).then((list): CheckedEntry | 'missing' => list.find((e) => e.id === param) ?? 'missing'),
    [api, pass.id, param, changes],
  );
  const onHidden = (hidden: boolean) => {
    if (param) void api.setHidden(pass.id, param, hidden).then(() => setChanges((n) => n + 1), (e: unknown) => reportError('holder: hide an entry', e));
  };
  const directory = useDirectory();
  const offer = directory.status === 'ready' && typeof entry === 'object' ? offersForOffice(directory.directory.offers, entry.officeName)[0] : undefined;
  return <EntryDetail t={t} lang={lang} entry={entry} offerId={offer?.id} onHidden={onHidden} />;
}
