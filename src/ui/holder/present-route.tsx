import { useMemo, useState } from 'preact/hooks';
import type { CheckedEntry, HolderApi, PassSummary } from '../../storage/holder/holder-api';
import { useI18n } from '../i18n';
import { nowSeconds } from '../kit/now';
import { useAsync } from '../kit/use-async';
import { focusMain } from './focus';
import { isLoaded } from '../kit/loaded';
import { PassGate } from './pass-gate';
import { PresentLive } from './present-live';
import { PresentPick, presentable } from './present-pick';

/** Container for `#/holder/present`: choose entries, then show them as an animated code. */
export default function PresentRoute() {
  return <PassGate>{(pass, api) => <Present pass={pass} api={api} />}</PassGate>;
}

function Present({ pass, api }: { pass: PassSummary; api: HolderApi }) {
  const { t, lang } = useI18n();
  const entries = useAsync(() => api.entries(pass.id, nowSeconds()), [api, pass.id]);
  const [showing, setShowing] = useState(false);
  // A choice belongs to the list it was made in: a newly loaded list starts again from everything
  // a verifier can accept.
  const [picked, setPicked] = useState<{ from: readonly CheckedEntry[]; ids: ReadonlySet<string> }>();
  const everything = useMemo<ReadonlySet<string>>(() => new Set(isLoaded(entries) ? presentable(entries) : []), [entries]);
  const chosen = picked && picked.from === entries ? picked.ids : everything;
  const setChosen = (ids: ReadonlySet<string>) => isLoaded(entries) && setPicked({ from: entries, ids });

  if (showing && isLoaded(entries)) {
    const ids = entries.filter((e) => chosen.has(e.id)).map((e) => e.id);
    return <PresentLive t={t} lang={lang} api={api} pass={pass} entryIds={ids} onBack={() => (setShowing(false), focusMain())} />;
  }
  return <PresentPick t={t} lang={lang} entries={entries} chosen={chosen} onChange={setChosen} onShow={() => (setShowing(true), focusMain())} />;
}
