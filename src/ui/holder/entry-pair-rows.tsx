import type { CheckedEntry } from '../../storage/holder/holder-api';
import { GERMAN, pairRow, pairRows, type Side } from '../entry/beside';
import { PairHead, PairRows } from '../entry/beside-view';
import { formatDateTime } from '../kit/format';
import { isolate } from '../kit/isolate';

/** An entry's detail rows in the holder's language with German beside: its fields, the office, when it was issued and received. */
export function EntryPairRows({ own, entry }: { own: Side; entry: CheckedEntry }) {
  // Office and district are free text of either direction: each isolated, so neither reorders the other.
  const office = entry.district ? `${isolate(entry.officeName)} · ${isolate(entry.district.name)}` : entry.officeName;
  const rows = [
    ...pairRows(own, GERMAN, entry.entry),
    pairRow(own, GERMAN, 'office', (s) => s.t('holder.entry.office'), () => office),
    pairRow(own, GERMAN, 'issuedAt', (s) => s.t('holder.entry.issuedAt'), (s) => formatDateTime(s.lang, entry.issuedAt)),
    pairRow(own, GERMAN, 'receivedAt', (s) => s.t('holder.entry.receivedAt'), (s) => formatDateTime(s.lang, entry.receivedAt)),
  ];
  return (
    <>
      <PairHead first={own.lang} second={GERMAN.lang} />
      <dl class="fields pair-fields" data-testid="entry-fields">
        <PairRows rows={rows} />
      </dl>
    </>
  );
}
