// The Wegweiser editor's screen: the list of offers with edit and delete, the import, the
// preview and publishing; the container (wegweiser-panel.tsx) does the storage and files.
import type { ComponentChildren } from 'preact';
import { useState } from 'preact/hooks';
import { CSV_CATEGORY_LABELS, type DirectoryProblem, type Offer } from '../../core';
import type { Translate } from '../i18n';
import { OfferForm } from './offer-form';
import { WegweiserImport, type ImportState } from './wegweiser-import';
import { WegweiserPreview } from './wegweiser-preview';

/** Props of {@link WegweiserScreen}. */
export interface WegweiserScreenProps {
  t: Translate;
  back: ComponentChildren;
  offers: readonly Offer[] | undefined;
  /** The offer being edited ('new' for a new one), with the problems of its last save. */
  editing?: { offer: Offer | 'new'; problems: readonly DirectoryProblem[] };
  /** A line saying what the last action did. */
  status?: string;
  importState?: ImportState;
  defaultDistrict: string;
  onEdit(offer: Offer | 'new' | undefined): void;
  onSave(offer: Offer): void;
  onDelete(offer: Offer): void;
  onFile(file: File): void;
  onImportValid(offers: readonly Offer[]): void;
  onPublish(district: string): void;
}

/** `#/coordinator/wegweiser`: the district's offers, their import, a preview and publishing. */
export function WegweiserScreen(p: WegweiserScreenProps) {
  const { t, offers, editing } = p;
  const [district, setDistrict] = useState(p.defaultDistrict);
  if (editing)
    return (
      <section class="screen coordinator">
        <OfferForm t={t} offer={editing.offer === 'new' ? undefined : editing.offer} problems={editing.problems} onSave={p.onSave} onCancel={() => p.onEdit(undefined)} />
      </section>
    );
  return (
    <section class="screen coordinator" aria-labelledby="wegweiser-title">
      {p.back}
      <h1 id="wegweiser-title">{t('coordinator.wegweiser.title')}</h1>
      <p class="lead">{t('coordinator.wegweiser.intro')}</p>
      <p role="status" data-testid="wegweiser-status">
        {p.status}
      </p>
      {offers === undefined ? (
        <p class="loading">{t('common.loading')}</p>
      ) : (
        <>
          <p data-testid="wegweiser-count">{offers.length ? t('coordinator.wegweiser.count', { n: offers.length }) : t('coordinator.wegweiser.empty')}</p>
          <button type="button" class="button wide" onClick={() => p.onEdit('new')}>
            {t('coordinator.wegweiser.add')}
          </button>
          <ul class="offer-admin-list" data-testid="wegweiser-offers">
            {offers.map((o) => (
              <li key={o.id}>
                <span>
                  <bdi lang="de">{o.name}</bdi> <span class="muted">· {CSV_CATEGORY_LABELS[o.category]} · {(o.places ?? []).join(', ')}</span>
                </span>
                <button type="button" class="button small" onClick={() => p.onEdit(o)}>
                  {t('coordinator.wegweiser.edit')}
                </button>
                <button type="button" class="button small" onClick={() => p.onDelete(o)}>
                  {t('coordinator.wegweiser.delete')}
                </button>
              </li>
            ))}
          </ul>
          <WegweiserImport t={t} state={p.importState} onFile={p.onFile} onImportValid={p.onImportValid} />
          {offers.length > 0 && <WegweiserPreview t={t} offers={offers} />}
          <section aria-labelledby="wegweiser-publish-title">
            <h2 id="wegweiser-publish-title">{t('coordinator.wegweiser.publish.title')}</h2>
            <div class="field">
              <label for="wegweiser-district">{t('coordinator.wegweiser.publish.district')}</label>
              <input id="wegweiser-district" value={district} onInput={(e) => setDistrict(e.currentTarget.value)} />
            </div>
            <button type="button" class="button primary wide" data-testid="wegweiser-publish" disabled={offers.length === 0} onClick={() => p.onPublish(district)}>
              {t('coordinator.wegweiser.publish.button')}
            </button>
            <p class="hint">{t('coordinator.wegweiser.publish.how')}</p>
          </section>
        </>
      )}
    </section>
  );
}
