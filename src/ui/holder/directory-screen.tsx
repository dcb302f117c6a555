import { DIRECTORY_CATEGORIES, directoryPlaces, offerInPlace, searchOffers, type Directory, type DirectoryCategory } from '../../core';
import type { Lang, Translate } from '../i18n';
import { href } from '../shell/router';
import { languageName } from '../kit/format';
import { localText, type DirectoryState } from './directory-data';
import { ReadAloudButton } from './read-aloud-button';

/** Props of {@link DirectoryScreen}. */
export interface DirectoryScreenProps {
  t: Translate;
  lang: Lang;
  state: DirectoryState;
  query: string;
  category: DirectoryCategory | 'all';
  /** A Gemeinde of the directory's places, or 'all'. */
  place: string;
  onQuery(query: string): void;
  onCategory(category: DirectoryCategory | 'all'): void;
  onPlace(place: string): void;
}

/** The "Wegweiser": search and filter the district's offers, each a link to its details. */
export function DirectoryScreen({ state, ...props }: DirectoryScreenProps) {
  const { t, lang } = props;
  return (
    <section class="screen" aria-labelledby="directory-title">
      <a class="back-link" href={href('holder')}>
        {t('holder.home.title')}
      </a>
      <h1 id="directory-title">{t('holder.directory.title')}</h1>
      <ReadAloudButton t={t} lang={lang} />
      <p class="lead">{t('holder.directory.intro')}</p>
      {state.status === 'loading' && (
        <p class="loading" role="status">
          {t('common.loading')}
        </p>
      )}
      {(state.status === 'broken' || state.status === 'failed') && (
        <p class="notice is-problem" role="alert" data-testid="directory-problem">
          {t(state.status === 'broken' ? 'holder.directory.broken' : 'holder.directory.loadFailed')}
        </p>
      )}
      {state.status === 'ready' && <Offers {...props} directory={state.directory} />}
    </section>
  );
}

type OffersProps = Omit<DirectoryScreenProps, 'state'> & { directory: Directory };

function Offers({ t, lang, directory, query, category, place, onQuery, onCategory, onPlace }: OffersProps) {
  const label = (c: DirectoryCategory) => t(`holder.directory.cat.${c}`);
  const places = directoryPlaces(directory);
  const inCategory = directory.offers.filter((o) => (category === 'all' || o.category === category) && offerInPlace(o, place));
  const found = searchOffers(inCategory, query, (o) => label(o.category));
  return (
    <>
      {directory.sample && (
        <div class="notice" data-testid="directory-sample">
          <p>
            <strong>{t('holder.directory.sample')}</strong> · <span lang="de">{directory.district}</span>
          </p>
          {directory.note && <p lang={localText(directory.note, lang, directory.fallback).lang}>{localText(directory.note, lang, directory.fallback).text}</p>}
        </div>
      )}
      <form class="directory-search" role="search" onSubmit={(e) => e.preventDefault()}>
        <div class="field">
          <label for="directory-query">{t('holder.directory.search')}</label>
          <input id="directory-query" type="search" value={query} aria-describedby="directory-query-hint" onInput={(e) => onQuery(e.currentTarget.value)} />
          <p id="directory-query-hint" class="hint">
            {t('holder.directory.searchHint')}
          </p>
        </div>
        <div class="field">
          <label for="directory-category">{t('holder.directory.category')}</label>
          <select id="directory-category" value={category} onChange={(e) => onCategory(e.currentTarget.value as DirectoryCategory | 'all')}>
            <option value="all">{t('holder.directory.all')}</option>
            {DIRECTORY_CATEGORIES.map((c) => (
              <option key={c} value={c}>
                {label(c)}
              </option>
            ))}
          </select>
        </div>
        <div class="field">
          <label for="directory-place">{t('holder.directory.place')}</label>
          <select id="directory-place" value={places.includes(place) ? place : 'all'} onChange={(e) => onPlace(e.currentTarget.value)}>
            <option value="all">{t('holder.directory.allPlaces')}</option>
            {places.map((p) => (
              <option key={p} value={p} lang="de">
                {p}
              </option>
            ))}
          </select>
        </div>
      </form>
      <p class="hint" role="status" data-testid="directory-count">
        {found.length ? t('holder.directory.count', { n: found.length }) : t('holder.directory.none')}
      </p>
      <ul class="offer-list" role="list">
        {found.map((o) => {
          const text = localText(o.description, lang, directory.fallback);
          return (
            <li key={o.id}>
              <a class="offer-item" href={href('holder/offer', o.id)} data-testid="offer-item">
                <span class="offer-name" lang="de">
                  {o.name}
                </span>
                <span class="offer-category">{label(o.category)}</span>
                <span class="offer-text" lang={text.lang} dir="auto">
                  {text.text}
                </span>
                {text.lang !== lang && (
                  <span class="offer-lang" data-testid="offer-lang">
                    {t('holder.directory.inLanguage', { language: languageName(lang, text.lang) })}
                  </span>
                )}
              </a>
            </li>
          );
        })}
      </ul>
    </>
  );
}
