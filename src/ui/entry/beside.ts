// Two languages side by side: the holder's language and German, for a counselling session or a
// Jobcenter desk where one person reads German and the other their own language. Both sides are
// made from the same entry with each language's own catalogue, so a side never guesses what the
// other says; free text an office wrote reads the same on both.
import type { Entry } from '../../core';
import { languageOf, translator, type Lang, type Translate } from '../i18n';
import { de } from '../i18n/de';
import { entryRows, entryTitle } from './entry-text';

/** One side of a two-language view: a language and its translator. */
export interface Side {
  readonly lang: Lang;
  readonly t: Translate;
}

/** German, the side staff read (its catalogue is bundled: it is every other one's fallback). */
export const GERMAN: Side = { lang: 'de', t: translator('de', de) };

/** A text in two languages, `first` leading and `second` beside it, each with the `lang` and `dir` it is shown with. */
export interface Pair {
  readonly first: SideText;
  readonly second: SideText;
}

/** A text in one language, with what markup needs to set it the right way round. */
export interface SideText {
  readonly text: string;
  readonly lang: Lang;
  readonly dir: 'ltr' | 'rtl';
}

/** One labelled value of an entry in two languages. */
export interface PairRow {
  readonly field: string;
  readonly label: Pair;
  readonly value: Pair;
}

/** A text in one side's language, with that language's direction from the registry. */
export const sideText = (side: Side, text: string): SideText => ({ text, lang: side.lang, dir: languageOf(side.lang).dir });

/** The same text made in both languages, e.g. `pair(a, b, (s) => s.t('holder.entry.office'))`. */
export function pair(first: Side, second: Side, text: (side: Side) => string): Pair {
  return { first: sideText(first, text(first)), second: sideText(second, text(second)) };
}

/** One labelled value made in both languages (a row beyond the entry's own fields, e.g. the office). */
export function pairRow(first: Side, second: Side, field: string, label: (side: Side) => string, value: (side: Side) => string): PairRow {
  return { field, label: pair(first, second, label), value: pair(first, second, value) };
}

/** An entry's kind and title line in both languages, e.g. "Sprachkurs: Integrationskurs · B1 · …". */
export function pairTitle(first: Side, second: Side, entry: Entry): Pair {
  return pair(first, second, (s) => `${s.t(`entry.type.${entry.type}`)}: ${entryTitle(s.t, entry)}`);
}

/** Every field of an entry in both languages, matched by field (each language's rows come from the one field table, so none is left alone). */
export function pairRows(first: Side, second: Side, entry: Entry): PairRow[] {
  const own = new Map(entryRows(second.t, second.lang, entry).map((r) => [r.field, r]));
  return entryRows(first.t, first.lang, entry).flatMap((row) => {
    const other = own.get(row.field);
    // Both sides come from ENTRY_FIELDS and the same values, so a twin is always there; were one
    // missing, the row is left out rather than shown in one language only.
    if (!other) return [];
    const label = { first: sideText(first, row.label), second: sideText(second, other.label) };
    return [{ field: row.field, label, value: { first: sideText(first, row.value), second: sideText(second, other.value) } }];
  });
}
