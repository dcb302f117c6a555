import { useState } from 'preact/hooks';
import type { CheckedEntry } from '../../storage/holder/holder-api';
import { isLoaded } from '../kit/loaded';
import type { Lang, Translate } from '../i18n';
import { href } from '../shell/router';
import { EntriesStatus } from './entries-status';
import { entryTitle } from '../entry/entry-text';
import { formatNumber } from '../kit/format';
import { Icon } from '../kit/icons';
import { VerifyState } from './verify-state';
import { ReadAloudButton } from './read-aloud-button';
import { OtherPersonNote } from './other-person-note';

/** Props of {@link PresentPick}. */
export interface PresentPickProps {
  t: Translate;
  lang: Lang;
  entries: readonly CheckedEntry[] | 'failed' | undefined;
  chosen: ReadonlySet<string>;
  onChange(chosen: ReadonlySet<string>): void;
  onShow(): void;
}

/** Ids of the entries that may go into a presentation: not those naming another person than the pass, nor withdrawn or hidden ones. */
export function presentable(list: readonly CheckedEntry[]): string[] {
  return list.filter((e) => !e.otherPerson && !e.withdrawn && !e.hidden).map((e) => e.id);
}

/** Selective disclosure: the holder decides which entries an office gets to see (all by default). */
export function PresentPick({ t, lang, entries, chosen, onChange, onShow }: PresentPickProps) {
  const [nothing, setNothing] = useState(false);
  // Withdrawn and hidden entries are not offered at all: the presentation leaves them out.
  const list = isLoaded(entries) ? entries.filter((e) => !e.withdrawn && !e.hidden) : [];
  const toggle = (id: string, on: boolean) => {
    const next = new Set(chosen);
    if (on) next.add(id);
    else next.delete(id);
    setNothing(false);
    onChange(next);
  };
  return (
    <section class="screen" aria-labelledby="present-title">
      <a class="back-link" href={href('holder')}>
        {t('common.back')}
      </a>
      <h1 id="present-title">{t('holder.present.title')}</h1>
      <ReadAloudButton t={t} lang={lang} />
      <EntriesStatus t={t} entries={entries} />
      {isLoaded(entries) && list.length === 0 && <p class="notice">{t('holder.present.noEntries')}</p>}
      {list.length > 0 && (
        <form
          class="form"
          onSubmit={(e) => {
            e.preventDefault();
            if (chosen.size === 0) setNothing(true);
            else onShow();
          }}
        >
          <p class="lead">{t('holder.present.pickIntro')}</p>
          <div class="row-buttons">
            <button type="button" class="button small" onClick={() => onChange(new Set(presentable(list)))}>
              {t('holder.present.all')}
            </button>
            <button type="button" class="button small" onClick={() => onChange(new Set())}>
              {t('holder.present.none')}
            </button>
          </div>
          <fieldset class="pick-list">
            <legend class="visually-hidden">{t('holder.present.pickIntro')}</legend>
            {list.map((e) => (
              <label key={e.id} class="check pick-item">
                {/* A stamp naming someone else would make the verifier refuse the whole presentation: it cannot be chosen. */}
                <input type="checkbox" checked={chosen.has(e.id)} disabled={e.otherPerson !== undefined} onChange={(ev) => toggle(e.id, ev.currentTarget.checked)} />
                <span>
                  <strong>{t(`entry.type.${e.type}`)}</strong>
                  <span class="pick-title">
                    <bdi>{entryTitle(t, e.entry)}</bdi>
                  </span>
                  <span class="pick-office">
                    <bdi>{e.officeName}</bdi>
                  </span>
                  {(!e.valid || e.otherPerson) && <VerifyState t={t} entry={e} />}
                  <OtherPersonNote t={t} lang={lang} person={e.otherPerson} />
                </span>
              </label>
            ))}
          </fieldset>
          {nothing && (
            <p class="field-error" role="alert">
              {t('holder.present.noneChosen')}
            </p>
          )}
          <p class="hint">{t('holder.present.chosenCount', { n: formatNumber(lang, chosen.size), total: formatNumber(lang, list.length) })}</p>
          <button type="submit" class="button primary wide" data-testid="present-show">
            <Icon name="qr" />
            {t('holder.present.show')}
          </button>
        </form>
      )}
    </section>
  );
}
