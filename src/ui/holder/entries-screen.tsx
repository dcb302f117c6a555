import { useState } from 'preact/hooks';
import { ENTRY_TYPE, type EntryType } from '../../core';
import type { CheckedEntry } from '../../storage/holder/holder-api';
import { isLoaded } from '../kit/loaded';
import type { Lang, Translate } from '../i18n';
import { href } from '../shell/router';
import { EntriesStatus } from './entries-status';
import { districtName } from '../entry/district-name';
import { entryTitle, entryWhen } from '../entry/entry-text';
import { formatMomentDay, formatNumber } from '../kit/format';
import { Icon } from '../kit/icons';
import { VerifyState } from './verify-state';
import { ReadAloudButton } from './read-aloud-button';
import { BesideToggle } from './beside-toggle';
import { besideShown, useBesideGerman } from './beside-setting';
import { GERMAN, pairTitle } from '../entry/beside';
import { SideSpan } from '../entry/beside-view';

const PAGE = 50;

/** Props of {@link EntriesScreen}. */
export interface EntriesScreenProps {
  t: Translate;
  lang: Lang;
  /** Newest first; undefined while loading. */
  entries: readonly CheckedEntry[] | 'failed' | undefined;
}

/** The holder's entries as a timeline, newest first, with a filter by type. */
export function EntriesScreen({ t, lang, entries }: EntriesScreenProps) {
  const [filter, setFilter] = useState<EntryType | 'all'>('all');
  // A long pass renders a page at a time: a thousand rows at once would cost a cheap phone a second.
  const [limit, setLimit] = useState(PAGE);
  // Hidden entries stay stored; they show only on request.
  const [showHidden, setShowHidden] = useState(false);
  const [besideOn] = useBesideGerman();
  const beside = besideShown(lang, besideOn);
  const all = isLoaded(entries) ? entries : [];
  const hiddenCount = all.filter((e) => e.hidden).length;
  const list = showHidden ? all : all.filter((e) => !e.hidden);
  // Chips only for the kinds this pass has: an empty filter is one more thing to read.
  const present = ENTRY_TYPE.names.filter((type) => list.some((e) => e.type === type));
  const shown = filter === 'all' ? list : list.filter((e) => e.type === filter);
  return (
    <section class="screen" aria-labelledby="entries-title">
      <a class="back-link" href={href('holder')}>
        {t('common.back')}
      </a>
      <h1 id="entries-title">{t('holder.entries.title')}</h1>
      <ReadAloudButton t={t} lang={lang} />
      <BesideToggle t={t} lang={lang} />
      <EntriesStatus t={t} entries={entries} />
      {isLoaded(entries) && all.length === 0 && (
        <div class="notice" data-testid="entries-empty">
          <p>{t('holder.entries.empty')}</p>
          <a class="button small" href={href('holder/card')}>
            {t('holder.home.card')}
          </a>
        </div>
      )}
      {present.length > 1 && (
        <div class="chips" role="group" aria-label={t('holder.entries.filter')}>
          {(['all', ...present] as const).map((type) => {
            const n = type === 'all' ? list.length : list.filter((e) => e.type === type).length;
            return (
              <button key={type} type="button" class="chip" aria-pressed={filter === type} onClick={() => setFilter(type)}>
                {filter === type && <Icon name="check" />}
                {type === 'all' ? t('holder.entries.all') : t(`entry.type.${type}`)} ({formatNumber(lang, n)})
              </button>
            );
          })}
        </div>
      )}
      {hiddenCount > 0 && (
        <button type="button" class="link-button" aria-pressed={showHidden} onClick={() => setShowHidden(!showHidden)} data-testid="show-hidden">
          {showHidden ? t('holder.entries.hideHidden') : t('holder.entries.showHidden', { n: formatNumber(lang, hiddenCount) })}
        </button>
      )}
      <ol class="timeline" role="list" data-testid="entries">
        {shown.slice(0, limit).map((e) => (
          <li key={e.id}>
            <a class="entry-item" href={href('holder/entry', e.id)} data-testid="entry-item">
              <span class="entry-type">{t(`entry.type.${e.type}`)}</span>
              <span class="entry-title">
                <bdi>{entryTitle(t, e.entry)}</bdi>
              </span>
              {beside && <SideSpan text={pairTitle({ t, lang }, GERMAN, e.entry).second} second />}
              <span class="entry-meta">
                <bdi>{e.officeName}</bdi> · <bdi>{entryWhen(lang, e.entry) ?? formatMomentDay(lang, e.issuedAt)}</bdi>
              </span>
              {/* On its own line: a long Latin district name wrapped inside a right-to-left line reads out of order. */}
              {e.district && (
                <span class="entry-meta">
                  <bdi>{districtName(t, e.district)}</bdi>
                </span>
              )}
              <VerifyState t={t} entry={e} />
              {e.withdrawn && (
                <span class="entry-meta" data-testid="entry-item-withdrawn">
                  {t('holder.entry.withdrawnAt', { date: formatMomentDay(lang, e.withdrawn.at), reason: t(`holder.withdrawal.${e.withdrawn.reason}`) })}
                </span>
              )}
              {e.hidden && <span class="entry-meta">{t('holder.entry.hiddenNote')}</span>}
            </a>
          </li>
        ))}
      </ol>
      {shown.length > limit && (
        <button type="button" class="button" data-testid="entries-more" onClick={() => setLimit(limit + PAGE)}>
          {t('holder.entries.more', { n: Math.min(PAGE, shown.length - limit) })}
        </button>
      )}
    </section>
  );
}
