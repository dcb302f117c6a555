import { FieldRow } from '../kit/field-row';
import type { CheckedEntry } from '../../storage/holder/holder-api';
import type { Lang, Translate } from '../i18n';
import { districtName } from '../entry/district-name';
import { EntryRows } from '../entry/entry-rows';
import { formatDateTime } from '../kit/format';

/** An entry's own fields, then the issuing office and when it issued them (rows for a `dl.fields`). */
export function EntryFieldRows({ t, lang, entry }: { t: Translate; lang: Lang; entry: CheckedEntry }) {
  return (
    <>
      <EntryRows t={t} lang={lang} entry={entry.entry} />
      <FieldRow label={t('holder.entry.office')}>
        <bdi>{entry.officeName}</bdi>
        {entry.district && <> · <bdi>{districtName(t, entry.district)}</bdi></>}
      </FieldRow>
      <FieldRow label={t('holder.entry.issuedAt')}>{formatDateTime(lang, entry.issuedAt)}</FieldRow>
    </>
  );
}
