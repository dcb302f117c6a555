// What the holder's Wegweiser will show, in numbers the coordinator can act on: how many
// descriptions each holder language has (the rest fall back to English or German, marked as
// such) and how many offers each Gemeinde's filter finds.
import { DACHAU_PLACES, offerInPlace, type Offer } from '../../core';
import { ENDONYMS, LANGS, type Translate } from '../i18n';

/** The preview of the Wegweiser editor. */
export function WegweiserPreview({ t, offers }: { t: Translate; offers: readonly Offer[] }) {
  return (
    <section aria-labelledby="wegweiser-preview-title">
      <h2 id="wegweiser-preview-title">{t('coordinator.wegweiser.preview.title')}</h2>
      <p>{t('coordinator.wegweiser.preview.languages')}</p>
      <ul class="chips" data-testid="wegweiser-preview-languages">
        {LANGS.map((l) => (
          <li key={l}>
            <span lang={l}>{ENDONYMS[l]}</span> {offers.filter((o) => o.description[l]).length}/{offers.length}
          </li>
        ))}
      </ul>
      <p>{t('coordinator.wegweiser.preview.places')}</p>
      <ul class="chips" data-testid="wegweiser-preview-places">
        {DACHAU_PLACES.map((p) => (
          <li key={p}>
            <span lang="de">{p}</span> {offers.filter((o) => offerInPlace(o, p)).length}
          </li>
        ))}
      </ul>
    </section>
  );
}
