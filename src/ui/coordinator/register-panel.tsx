// Container of the register: the admitted offices with their state, revoking one, and
// publishing the next trust list version (which this device also starts to use at once).
import type { ComponentChildren } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import type { AdmissionRow } from '../../storage/coordinator/coordinator-api';
import type { PublishedList } from '../../storage/coordinator/coordinator-register';
import type { Lang, Translate } from '../i18n';
import { nowSeconds } from '../kit/now';
import type { Session } from './session';
import { RegisterScreen } from './register-screen';
import { coordinatorApi } from './coordinator-storage';
import { WithdrawalsSection } from './withdrawals-section';

/** Props of {@link RegisterPanel}. */
export interface RegisterPanelProps {
  t: Translate;
  lang: Lang;
  back: ComponentChildren;
  session: Session;
  onPublished(): Promise<void>;
}

/** Container for `#/coordinator/register`. */
export function RegisterPanel({ t, lang, back, session, onPublished }: RegisterPanelProps) {
  const { district } = session.row;
  const [rows, setRows] = useState<AdmissionRow[]>();
  const [published, setPublished] = useState<PublishedList>();
  const load = async () => setRows(await (await coordinatorApi()).listAdmissions(district));
  useEffect(() => void load(), [district]);

  return (
    <RegisterScreen
      t={t}
      lang={lang}
      back={back}
      root={session.row}
      rows={rows}
      now={nowSeconds()}
      published={published}
      withdrawals={<WithdrawalsSection t={t} lang={lang} root={session.row} onKept={() => setPublished(undefined)} />}
      onRevoke={async (id, since) => {
        await (await coordinatorApi()).revoke(id, since);
        setPublished(undefined);
        await load();
      }}
      onPublish={async () => {
        const api = await coordinatorApi();
        const list = await api.publishTrustList(session.keys, district, nowSeconds());
        // This device trusts the new version at once where the district is pinned (refused otherwise: harmless).
        await api.importTrust(list.text, nowSeconds());
        setPublished(list);
        await onPublished();
      }}
    />
  );
}
