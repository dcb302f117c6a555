import { useState } from 'preact/hooks';
import type { CheckedEntry } from '../../storage/holder/holder-api';
import { isLoaded } from '../kit/loaded';
import type { Lang, Translate } from '../i18n';
import { href } from '../shell/router';
import { EntriesStatus } from './entries-status';
import { Icon } from '../kit/icons';
import { ReadAloudButton } from './read-aloud-button';
import { EntryPickList, offered } from './entry-pick-list';

/** Props of {@link PresentPick}. */
export interface PresentPickProps {
  t: Translate;
  lang: Lang;
  entries: readonly CheckedEntry[] | 'failed' | undefined;
  chosen: ReadonlySet<string>;
  onChange(chosen: ReadonlySet<string>): void;
  onShow(): void;
}

/** Selective disclosure before a presentation: the holder decides which entries an office gets to see (all by default). */
export function PresentPick({ t, lang, entries, chosen, onChange, onShow }: PresentPickProps) {
  const [nothing, setNothing] = useState(false);
  const list = isLoaded(entries) ? offered(entries) : [];
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
          <EntryPickList
            t={t}
            lang={lang}
            list={list}
            chosen={chosen}
            onChange={(next) => (setNothing(false), onChange(next))}
            legend={t('holder.present.pickIntro')}
          />
          {nothing && (
            <p class="field-error" role="alert">
              {t('holder.present.noneChosen')}
            </p>
          )}
          <button type="submit" class="button primary wide" data-testid="present-show">
            <Icon name="qr" />
            {t('holder.present.show')}
          </button>
        </form>
      )}
    </section>
  );
}
