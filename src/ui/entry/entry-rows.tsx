import type { Entry } from '../../core';
import type { Lang, Translate } from '../i18n';
import { FieldRow } from '../kit/field-row';
import { entryRows } from './entry-text';

/** An entry's own fields as rows of a `dl.fields`, each value isolated (an office's free text may run right to left). */
export function EntryRows({ t, lang, entry }: { t: Translate; lang: Lang; entry: Entry }) {
  return (
    <>
      {entryRows(t, lang, entry).map((row) => (
        <FieldRow key={row.label} label={row.label}>
          <bdi>{row.value}</bdi>
        </FieldRow>
      ))}
    </>
  );
}
