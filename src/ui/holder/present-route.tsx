import { useEffect, useState } from 'preact/hooks';
import type { CheckedEntry, HolderApi, PassSummary } from '../../storage/holder/holder-api';
import { useI18n } from '../i18n';
import { nowSeconds } from '../kit/now';
import { focusMain } from './focus';
import { isLoaded } from './loaded';
import { PassGate } from './pass-gate';
import { PresentLive } from './present-live';
import { PresentPick, presentable } from './present-pick';

/** Container for `#/holder/present`: choose entries, then show them as an animated code. */
export default function PresentRoute() {
  return <PassGate>{(pass, api) => <Present pass={pass} api={api} />}</PassGate>;
}

function Present({ pass, api }: { pass: PassSummary; api: HolderApi }) {
  const { t, lang } = useI18n();
  const [entries, setEntries] = useState<CheckedEntry[] | 'failed'>();
  const [chosen, setChosen] = useState<ReadonlySet<string>>(new Set());
  const [showing, setShowing] = useState(false);
  useEffect(() => {
    let live = true;
    api.entries(pass.id, nowSeconds()).then(
      (list) => {
        if (!live) return;
        setEntries(list);
        setChosen(new Set(presentable(list))); // everything a verifier can accept, by default
      },
      () => live && setEntries('failed'),
    );
    return () => {
      live = false;
    };
  }, [api, pass.id]);

  if (showing && isLoaded(entries)) {
    const ids = entries.filter((e) => chosen.has(e.id)).map((e) => e.id);
    return <PresentLive t={t} lang={lang} api={api} pass={pass} entryIds={ids} onBack={() => (setShowing(false), focusMain())} />;
  }
  return <PresentPick t={t} lang={lang} entries={entries} chosen={chosen} onChange={setChosen} onShow={() => (setShowing(true), focusMain())} />;
}
