// How an entry reads in the holder's language: coded fields (course kind, status, topics) are
// translated; free text written by an office is shown as written.
import { ENTRY_FIELDS, otherLast, type Entry, type EntryFieldName, type FieldSpec, type Need } from '../../core';
import type { Lang, Translate } from '../i18n';
import { formatDay, formatNumber, formatPeriod } from '../kit/format';
import { codeLabel, codesLabel, fieldLabel, needLabel } from './entry-labels';

/** One labelled value of an entry's detail view. */
export interface EntryRow {
  /** The field it shows, so the same entry's rows in two languages can be matched. */
  readonly field: EntryFieldName;
  readonly label: string;
  readonly value: string;
}

/** The title line, e.g. "Integrationskurs · B1 · Prüfung bestanden". */
export function entryTitle(t: Translate, entry: Entry): string {
  switch (entry.type) {
    case 'sprachkurs':
      return [codeLabel(t, 'course', entry.course), entry.level ?? entry.module, codeLabel(t, 'status', entry.status)].filter(Boolean).join(' · ');
    case 'beratung':
      return codesLabel(t, 'topics', entry.topics);
    case 'praktikum':
      return `${entry.occupation} · ${entry.employer}`;
    case 'weiterbildung':
      return entry.result ? `${entry.title} · ${entry.result}` : entry.title;
  }
}

/** When the entry happened: its own period or day, if it names one. */
export function entryWhen(lang: Lang, entry: Entry): string | undefined {
  if (entry.type === 'beratung') return formatDay(lang, entry.date);
  if (entry.from || entry.to) return formatPeriod(lang, entry.from, entry.to);
  return undefined;
}

/** Every field of an entry, in the order of the format's field table, empty ones left out. */
export function entryRows(t: Translate, lang: Lang, entry: Entry): EntryRow[] {
  const values = new Map<string, unknown>(Object.entries(entry));
  return ENTRY_FIELDS[entry.type].flatMap((spec) => {
    const value = fieldText(t, lang, spec, values.get(spec.name));
    return value === undefined ? [] : [{ field: spec.name, label: fieldLabel(t, spec.name), value }];
  });
}

// One field's value as the field's kind says to show it; a value of another shape (core's
// decoder never lets one through) is left out rather than shown wrongly.
function fieldText(t: Translate, lang: Lang, spec: FieldSpec, v: unknown): string | undefined {
  switch (spec.kind.t) {
    case 'code':
      return typeof v === 'string' ? codeLabel(t, spec.name, v) : undefined;
    case 'codes':
      return Array.isArray(v) ? codesLabel(t, spec.name, v) : undefined;
    case 'text':
      return typeof v === 'string' ? v : undefined;
    case 'uint':
      return typeof v === 'number' ? formatNumber(lang, v) : undefined;
    case 'date':
      return typeof v === 'string' && v !== '' ? formatDay(lang, v) : undefined;
    case 'needs':
      // "Sonstiges" (code 0, first on the wire) is shown last, as in every list; a kind occurs once.
      return Array.isArray(v) ? otherLast(v.map((n: Need) => n.need)).map((k) => needLabel(t, v.find((n: Need) => n.need === k))).join(' · ') : undefined;
  }
}
