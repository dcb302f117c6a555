import type { CheckedEntry } from '../../storage/holder/holder-api';
import type { Lang, Translate } from '../i18n';
import { href } from '../shell/router';
import { FieldRow } from '../kit/field-row';
import { EntryFieldRows } from './entry-fields';
import { entryTitle } from '../entry/entry-text';
import { formatDateTime } from '../kit/format';
import { Icon } from '../kit/icons';
import { ReadAloudButton } from './read-aloud-button';
import { VerifyState } from './verify-state';
import { DetailPending } from './detail-pending';
import { OtherPersonNote } from './other-person-note';
import { BesideToggle } from './beside-toggle';
import { besideShown, useBesideGerman } from './beside-setting';
import { EntryPairRows } from './entry-pair-rows';
import { GERMAN, pair } from '../entry/beside';
import { PairText } from '../entry/beside-view';

/** Props of {@link EntryDetail}. */
export interface EntryDetailProps {
  t: Translate;
  lang: Lang;
  entry: CheckedEntry | 'missing' | 'failed' | undefined;
  /** The directory offer of the issuing office, when the Wegweiser lists it. */
  offerId?: string;
  /** Hides the entry from the timeline and presentations, or shows it again. */
  onHidden?(hidden: boolean): void;
}

/** Every field of one entry in the holder's language, the issuing office and whether it checks out. */
export function EntryDetail({ t, lang, entry, offerId, onHidden }: EntryDetailProps) {
  const [besideOn] = useBesideGerman();
  const beside = besideShown(lang, besideOn);
  const back = (
    <a class="back-link" href={href('holder/entries')}>
      {t('holder.entries.title')}
    </a>
  );
  if (entry === undefined) return <DetailPending back={back} message={t('common.loading')} problem={false} />;
  if (typeof entry === 'string') return <DetailPending back={back} message={t(entry === 'missing' ? 'holder.entry.missing' : 'holder.entries.failed')} problem />;
  return (
    <section class="screen" aria-labelledby="entry-title">
      {back}
      <h1 id="entry-title">{t(`entry.type.${entry.type}`)}</h1>
      <ReadAloudButton t={t} lang={lang} />
      <BesideToggle t={t} lang={lang} />
      <p class="lead entry-title-line">
        {beside ? <PairText pair={pair({ t, lang }, GERMAN, (s) => entryTitle(s.t, entry.entry))} /> : <bdi>{entryTitle(t, entry.entry)}</bdi>}
      </p>
      <VerifyState t={t} entry={entry} withReason />
      {entry.withdrawn && (
        <p class="notice is-problem" data-testid="entry-withdrawn" data-reason={entry.withdrawn.reason}>
          {t('holder.entry.withdrawnAt', { date: formatDateTime(lang, entry.withdrawn.at), reason: t(`holder.withdrawal.${entry.withdrawn.reason}`) })}
        </p>
      )}
      {entry.hidden && <p class="notice">{t('holder.entry.hiddenNote')}</p>}
      <OtherPersonNote t={t} lang={lang} person={entry.otherPerson} earlierName={entry.earlierName} />
      {beside ? (
        <EntryPairRows own={{ t, lang }} entry={entry} />
      ) : (
        <dl class="fields" data-testid="entry-fields">
          <EntryFieldRows t={t} lang={lang} entry={entry} />
          <FieldRow label={t('holder.entry.receivedAt')}>{formatDateTime(lang, entry.receivedAt)}</FieldRow>
        </dl>
      )}
      {onHidden && (
        <p class="alt-action">
          <button type="button" class="button small" onClick={() => onHidden(!entry.hidden)} data-testid="entry-hide">
            {t(entry.hidden ? 'holder.entry.unhide' : 'holder.entry.hide')}
          </button>
        </p>
      )}
      {offerId && (
        <p class="alt-action">
          <a href={href('holder/offer', offerId)} data-testid="entry-offer-link">
            <Icon name="signpost" />
            {t('holder.entry.inDirectory')}
          </a>
        </p>
      )}
    </section>
  );
}
