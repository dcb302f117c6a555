import { useRef, useState } from 'preact/hooks';
import { PayloadAssembler } from '../../core';
import type { TrustImportOutcome, TrustInput } from '../../storage/verifier/verifier-api';
import { nowSeconds } from '../kit/now';
import { useAsync } from '../kit/use-async';
import { useTrustChanges } from '../kit/use-trust-changes';
import { useStaffI18n } from '../i18n';
import { verifierApi } from './api';
import { TrustScreen } from './trust-screen';
import { staleDistricts, useTrustStand } from './trust-stand';
import { useVerifierSettings } from './use-settings';

/** Container for `#/verifier/trust`: lists in force, import from a file or a (multi-frame) QR code. */
export default function TrustRoute() {
  // The area's language, not the holder's: an English screen under Arabic reads "Oct 31, 2026", not "31،2026/10/".
  const { t, lang } = useStaffI18n();
  const [outcome, setOutcome] = useState<TrustImportOutcome>();
  const [scanning, setScanning] = useState(false);
  const [version, setVersion] = useState(0);
  const assembler = useRef(new PayloadAssembler());
  // Read here for the DEMO band, which follows the stored setting.
  const loaded = useVerifierSettings();

  const changes = useTrustChanges();
  const lists = useAsync(() => verifierApi().then((api) => api.trustLists()), [version, loaded, changes]);
  const stand = useTrustStand(nowSeconds, [version, loaded, changes]);
  const importTrust = (input: TrustInput) =>
    verifierApi()
      .then((api) => api.importTrust(input, nowSeconds()))
      .then(
        (o) => (setOutcome(o), setVersion((v) => v + 1)),
        () => setOutcome({ status: 'refused', reason: 'unreadable' }),
      );

  const onText = (text: string) => {
    const r = assembler.current.receive(text);
    if (r.status !== 'complete') return;
    // One list per scan: the camera closes so the looping code is not offered again.
    assembler.current = new PayloadAssembler();
    setScanning(false);
    // Storage decodes the assembled payload as it is (no round trip through text).
    void importTrust({ kind: r.kind, bytes: r.bytes });
  };

  return (
    <TrustScreen
      t={t}
      lang={lang}
      lists={lists}
      stale={staleDistricts(stand)}
      warnDays={typeof stand === 'object' ? stand.limitDays : 0}
      outcome={outcome}
      scanning={scanning}
      onFile={(file) => file.text().then(importTrust, () => setOutcome({ status: 'refused', reason: 'unreadable' }))}
      onText={onText}
      onScanning={setScanning}
    />
  );
}
