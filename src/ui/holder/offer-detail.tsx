import { useState } from 'preact/hooks';
import type { LocalText, Offer } from '../../core';
import type { Lang, Translate } from '../i18n';
import { href } from '../shell/router';
import { FieldRow } from '../kit/field-row';
import { formatDay, languageName } from '../kit/format';
import { Icon } from '../kit/icons';
import { localText } from './directory-data';
import { ReadAloudButton } from './read-aloud-button';
import { DetailPending } from './detail-pending';

/** Props of {@link OfferDetail}. */
export interface OfferDetailProps {
  t: Translate;
  lang: Lang;
  offer: Offer | 'missing' | 'broken' | 'failed' | undefined;
  /** The directory's fallback languages for texts missing in the holder's. */
  fallback?: readonly string[];
  /** Copies text to the clipboard; rejects where the browser does not allow it. */
  copy(text: string): Promise<void>;
}

/** One offer: what it is, for whom, and how to reach it (call, write, copy the address). */
export function OfferDetail({ t, lang, offer, fallback, copy }: OfferDetailProps) {
  const back = (
    <a class="back-link" href={href('holder/directory')}>
      {t('holder.directory.title')}
    </a>
  );
  if (offer === undefined) return <DetailPending back={back} message={t('common.loading')} problem={false} />;
  if (typeof offer === 'string') return <DetailPending back={back} message={t(offer === 'missing' ? 'holder.offer.missing' : offer === 'broken' ? 'holder.directory.broken' : 'holder.directory.loadFailed')} problem />;
  const description = localText(offer.description, lang, fallback);
  return (
    <section class="screen" aria-labelledby="offer-title">
      {back}
      <h1 id="offer-title" lang="de">
        {offer.name}
      </h1>
      <ReadAloudButton t={t} lang={lang} />
      <p class="offer-category">{t(`holder.directory.cat.${offer.category}`)}</p>
      <p class="lead" lang={description.lang} dir="auto" data-testid="offer-description">
        {description.text}
      </p>
      {description.lang !== lang && (
        <p class="hint" data-testid="offer-shown-in">
          {t('holder.offer.shownIn', { language: languageName(lang, description.lang) })}
        </p>
      )}
      <Contact t={t} offer={offer} copy={copy} />
      <dl class="fields">
        {offer.provider && (
          <FieldRow label={t('holder.offer.provider')}>
            <span lang="de">{offer.provider}</span>
          </FieldRow>
        )}
        {offer.places?.length ? (
          <FieldRow label={t('holder.offer.places')}>
            <span lang="de">{offer.places.join(', ')}</span>
          </FieldRow>
        ) : null}
        {offer.starts?.length ? <FieldRow label={t('holder.offer.starts')}>{offer.starts.map((d) => formatDay(lang, d)).join(', ')}</FieldRow> : null}
        <LocalRow label={t('holder.offer.hours')} text={offer.hours} lang={lang} fallback={fallback} />
        <LocalRow label={t('holder.offer.targetGroup')} text={offer.targetGroup} lang={lang} fallback={fallback} />
        {offer.languages?.length ? <FieldRow label={t('holder.offer.languages')}>{offer.languages.map((l) => languageName(lang, l)).join(', ')}</FieldRow> : null}
        <LocalRow label={t('holder.offer.accessibility')} text={offer.accessibility} lang={lang} fallback={fallback} />
        {offer.website && (
          <FieldRow label={t('holder.offer.website')}>
            <a href={offer.website} rel="noopener noreferrer" target="_blank" dir="ltr">
              {offer.website.replace(/^https:\/\//, '')}
            </a>
          </FieldRow>
        )}
      </dl>
    </section>
  );
}

function LocalRow({ label, text, lang, fallback }: { label: string; text?: LocalText; lang: Lang; fallback?: readonly string[] }) {
  if (!text) return null;
  const shown = localText(text, lang, fallback);
  return (
    <FieldRow label={label}>
      <span lang={shown.lang}>{shown.text}</span>
    </FieldRow>
  );
}

function Contact({ t, offer, copy }: Pick<OfferDetailProps, 't' | 'copy'> & { offer: Offer }) {
  const [copied, setCopied] = useState<'copied' | 'copyFailed'>();
  const { address, phone, email } = offer;
  if (!address && !phone && !email) return <p class="notice">{t('holder.offer.noContact')}</p>;
  const lines = address ? [address.street, [address.postcode, address.city].filter(Boolean).join(' '), address.room && t('holder.offer.room', { room: address.room })].filter(Boolean) : [];
  return (
    <div class="offer-contact" data-testid="offer-contact">
      {phone && (
        // Phone numbers and e-mail addresses read left to right in every language.
        <a class="button wide" href={`tel:${phone.replace(/[^+\d]/g, '')}`} data-testid="offer-call">
          <Icon name="phone" />
          <span>{t('holder.offer.call', { phone: '' })}</span>
          <bdi dir="ltr">{phone}</bdi>
        </a>
      )}
      {email && (
        <a class="button wide" href={`mailto:${email}`} data-testid="offer-mail">
          <Icon name="mail" />
          <span>{t('holder.offer.write', { email: '' })}</span>
          <bdi dir="ltr">{email}</bdi>
        </a>
      )}
      {address && (
        <div class="offer-address">
          <h2 class="with-icon">
            <Icon name="pin" />
            {t('holder.offer.address')}
          </h2>
          <address data-testid="offer-address">
            {lines.map((l) => (
              // <bdi>: a German address keeps its left-to-right order inside Arabic and Dari screens.
              <span key={l} class="address-line">
                <bdi>{l}</bdi>
              </span>
            ))}
          </address>
          <button
            type="button"
            class="button small"
            onClick={() =>
              copy(lines.join('\n')).then(
                () => setCopied('copied'),
                () => setCopied('copyFailed'),
              )
            }
          >
            <Icon name="copy" />
            {t('holder.offer.copyAddress')}
          </button>
          <p class="hint" role="status">
            {copied && t(`holder.offer.${copied}`)}
          </p>
        </div>
      )}
    </div>
  );
}
