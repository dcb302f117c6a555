import { useState } from 'preact/hooks';
import type { HolderApi, PassSummary } from '../../storage/holder/holder-api';
import { useI18n } from '../i18n';
import { nowSeconds } from '../kit/now';
import { useAsync } from '../kit/use-async';
import { focusMain } from './focus';
import { isLoaded } from '../kit/loaded';
import { PassGate } from './pass-gate';
import { PresentLive } from './present-live';
import { PresentPick } from './present-pick';
import { useEntryChoice } from './use-entry-choice';
import { chosenEntries } from './paper';

/** Container for `#/holder/present`: choose entries, then show them as an animated code. */
export default function PresentRoute() {
  return <PassGate>{(pass, api) => <Present pass={pass} api={api} />}</PassGate>;
}

function Present({ pass, api }: { pass: PassSummary; api: HolderApi }) {
  const { t, lang } = useI18n();
  const entries = useAsync(() => api.entries(pass.id, nowSeconds()), [api, pass.id]);
  const [showing, setShowing] = useState(false);
  const [chosen, setChosen] = useEntryChoice(entries);

  if (showing && isLoaded(entries)) {
    const ids = chosenEntries(entries, chosen).map((e) => e.id);
    return <PresentLive t={t} api={api} pass={pass} entryIds={ids} onBack={() => (setShowing(false), focusMain())} />;
  }
  return <PresentPick t={t} lang={lang} entries={entries} chosen={chosen} onChange={setChosen} onShow={() => (setShowing(true), focusMain())} />;
}
