// Container of the register: the admitted offices with their state, revoking one, and
// publishing the next trust list version (which this device also starts to use at once).
import type { ComponentChildren } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import type { AdmissionRow } from '../../storage/rows';
import { listAdmissions, publishTrustList, revoke, type PublishedList } from '../../storage/coordinator/coordinator-register';
import { appDb, appTrust } from '../../storage/app-db';
import { readDemoMode } from '../../storage/demo-mode';
import type { Lang, Translate } from '../i18n';
import { nowSeconds } from '../kit/now';
import type { Session } from './session';
import { RegisterScreen } from './register-screen';

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
  const db = appDb();
  const { district } = session.row;
  const [rows, setRows] = useState<AdmissionRow[]>();
  const [published, setPublished] = useState<PublishedList>();
  const load = async () => setRows(await listAdmissions(db, district));
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
      onRevoke={async (id, since) => {
        await revoke(db, id, since);
        setPublished(undefined);
        await load();
      }}
      onPublish={async () => {
        const list = await publishTrustList(db, session.keys, district, nowSeconds());
        // This device trusts the new version at once where the district is pinned (refused otherwise: harmless).
        await appTrust().importList(list.text, await readDemoMode(db), nowSeconds());
        setPublished(list);
        await onPublished();
      }}
    />
  );
}
