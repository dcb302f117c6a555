import type { CheckedEntry } from '../../storage/holder/holder-api';
import type { Lang, Translate } from '../i18n';
import { entryTitle } from '../entry/entry-text';
import { formatNumber } from '../kit/format';
import { VerifyState } from './verify-state';
import { OtherPersonNote } from './other-person-note';

/** Ids of the entries a verifier can accept from this pass: not those naming another person than the pass, nor withdrawn or hidden ones. */
export function presentable(list: readonly CheckedEntry[]): string[] {
  return list.filter((e) => !e.otherPerson && !e.withdrawn && !e.hidden).map((e) => e.id);
}

/** The entries offered for choosing: withdrawn and hidden ones are not offered at all (a paper or a presentation leaves them out). */
export function offered(list: readonly CheckedEntry[]): CheckedEntry[] {
  return list.filter((e) => !e.withdrawn && !e.hidden);
}

/** Props of {@link EntryPickList}. */
export interface EntryPickListProps {
  t: Translate;
  lang: Lang;
  list: readonly CheckedEntry[];
  chosen: ReadonlySet<string>;
  onChange(chosen: ReadonlySet<string>): void;
  /** What the choice is for, e.g. "Which entries do you want to show?". */
  legend: string;
}

/** Selective disclosure: a checkbox per entry, "all" and "none", and how many are chosen (for showing and for printing). */
export function EntryPickList({ t, lang, list, chosen, onChange, legend }: EntryPickListProps) {
  const toggle = (id: string, on: boolean) => {
    const next = new Set(chosen);
    if (on) next.add(id);
    else next.delete(id);
    onChange(next);
  };
  return (
    <>
      <p class="lead">{legend}</p>
      <div class="row-buttons">
        <button type="button" class="button small" onClick={() => onChange(new Set(presentable(list)))}>
          {t('holder.present.all')}
        </button>
        <button type="button" class="button small" onClick={() => onChange(new Set())}>
          {t('holder.present.none')}
        </button>
      </div>
      <fieldset class="pick-list">
        <legend class="visually-hidden">{legend}</legend>
        {list.map((e) => (
          <label key={e.id} class="check pick-item">
            {/* A stamp naming someone else would make the verifier refuse it: it cannot be chosen. */}
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
              <OtherPersonNote t={t} lang={lang} person={e.otherPerson} earlierName={e.earlierName} />
            </span>
          </label>
        ))}
      </fieldset>
      <p class="hint">{t('holder.present.chosenCount', { n: formatNumber(lang, chosen.size), total: formatNumber(lang, list.length) })}</p>
    </>
  );
}
