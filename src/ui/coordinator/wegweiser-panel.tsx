// Container of the Wegweiser editor: the offers in the coordinator's storage, the spreadsheet
// import (nothing from a broken file unless the valid rows are chosen), and publishing, which
// downloads the directory file `bbpass site --directory` puts on the site. Plain content, like
// the numbers: no key is needed, so the screen works before the root is unlocked.
import type { ComponentChildren } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { buildDirectory, directoryJson, importOffersCsv, OFFERS_CSV_LIMITS, type DirectoryProblem, type Offer } from '../../core';
import type { Translate } from '../i18n';
import { downloadText } from '../kit/download';
import { localToday } from '../kit/format';
import { nowSeconds } from '../kit/now';
import { coordinatorApi } from './coordinator-storage';
import type { ImportState } from './wegweiser-import';
import { WegweiserScreen } from './wegweiser-screen';

/** Props of {@link WegweiserPanel}. */
export interface WegweiserPanelProps {
  t: Translate;
  back: ComponentChildren;
  /** The district name publishing starts with (the root's name on this device). */
  district: string;
}

/** Container for `#/coordinator/wegweiser`. */
export function WegweiserPanel({ t, back, district }: WegweiserPanelProps) {
  const [offers, setOffers] = useState<Offer[]>();
  const [editing, setEditing] = useState<{ offer: Offer | 'new'; problems: readonly DirectoryProblem[] }>();
  const [status, setStatus] = useState<string>();
  const [importState, setImportState] = useState<ImportState>();
  const load = async () => setOffers(await (await coordinatorApi()).listOffers());
  useEffect(() => void load(), []);
  const importOffers = async (list: readonly Offer[]) => {
    setImportState({ kind: 'done', ...(await (await coordinatorApi()).importOffers(list, nowSeconds())) });
    await load();
  };

  return (
    <WegweiserScreen
      t={t}
      back={back}
      offers={offers}
      editing={editing}
      status={status}
      importState={importState}
      defaultDistrict={district}
      onEdit={(offer) => setEditing(offer && { offer, problems: [] })}
      onSave={async (offer) => {
        const previousId = editing && editing.offer !== 'new' ? editing.offer.id : undefined;
        const saved = await (await coordinatorApi()).saveOffer(offer, nowSeconds(), previousId);
        if (saved.status === 'refused') return setEditing({ offer: editing?.offer ?? 'new', problems: saved.problems });
        setEditing(undefined);
        setStatus(t('coordinator.wegweiser.saved', { name: offer.name }));
        await load();
      }}
      onDelete={async (offer) => {
        if (!confirm(t('coordinator.wegweiser.deleteConfirm', { name: offer.name }))) return;
        await (await coordinatorApi()).deleteOffer(offer.id);
        setStatus(t('coordinator.wegweiser.deleted', { name: offer.name }));
        await load();
      }}
      onFile={async (file) => {
        // Refused unread when too large: a wrong 2 GB pick never reaches memory.
        const bytes = file.size > OFFERS_CSV_LIMITS.bytes ? new Uint8Array(OFFERS_CSV_LIMITS.bytes + 1) : new Uint8Array(await file.arrayBuffer());
        const result = importOffersCsv(bytes);
        if (result.status === 'read' && result.problems.length === 0) return importOffers(result.offers);
        setImportState({ kind: 'checked', result });
      }}
      onImportValid={importOffers}
      onPublish={(name) => {
        const built = buildDirectory({ district: name.trim(), updated: localToday() }, offers ?? []);
        if (!built.ok) return setStatus(t('coordinator.wegweiser.publish.refused', { problems: built.problems.map((p) => t('coordinator.wegweiser.field', { field: p.path, problem: t(`coordinator.wegweiser.problem.${p.code}`) })).join('; ') }));
        downloadText('offers.json', directoryJson(built.directory), 'application/json');
        setStatus(t('coordinator.wegweiser.publish.done', { n: built.directory.offers.length }));
      }}
    />
  );
}
