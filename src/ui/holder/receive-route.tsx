import { useRef, useState } from 'preact/hooks';
import type { HolderApi, PassSummary, StoredEntry } from '../../storage/holder/holder-api';
import { useI18n } from '../i18n';
import { nowSeconds } from '../kit/now';
import { PassGate } from './pass-gate';
import { refreshPasses } from './pass-state';
import type { Shown } from './receive-outcome';
import { ReceiveScreen } from './receive-screen';
import { reportError } from '../kit/report';

/** Container for `#/holder/receive`: every text the scanner reads goes to `receive()`. */
export default function ReceiveRoute() {
  return <PassGate>{(pass, api) => <Receive pass={pass} api={api} />}</PassGate>;
}

function Receive({ pass, api }: { pass: PassSummary; api: HolderApi }) {
  const { t, lang } = useI18n();
  const [shown, setShown] = useState<Shown>();
  const [lastText, setLastText] = useState<string>();
  const [saved, setSaved] = useState<readonly StoredEntry[]>([]);
  // One receive at a time, in scan order: two stamps read in quick succession both get stored.
  const queue = useRef(Promise.resolve());
  const onText = (text: string) => {
    setLastText(text);
    queue.current = queue.current.then(async () => {
      setShown({ status: 'checking' });
      try {
        const outcome = await api.receive(pass.id, text, nowSeconds());
        setShown(outcome);
        if (outcome.status === 'stored') {
          setSaved((list) => [...list, outcome.entry]);
          await refreshPasses();
        }
      } catch (e) {
        reportError('holder: receive a stamp', e);
        setShown({ status: 'error' });
      }
    });
  };
  return <ReceiveScreen t={t} lang={lang} shown={shown} lastText={lastText} saved={saved} onText={onText} />;
}
