import type { IssuedRow, TemplateRow } from '../../storage/office/office-api';
import { entryTitle } from '../entry/entry-text';
import { formatPartialDate } from '../kit/format';
import type { Lang, Translate } from '../i18n';
import { csvText } from '../../core';
import { berlinInput } from '../kit/berlin-time';

/** The issued log as CSV for German Excel: one line per stamp, the columns in the staff's language. */
export function logCsv(t: Translate, lang: Lang, rows: readonly IssuedRow[], templates: readonly TemplateRow[]): string {
  const names = new Map(templates.map((x) => [x.id, x.name]));
  const header = ['issuedAt', 'type', 'template', 'name', 'birthDate', 'entry', 'stampId', 'officeKey', 'reissueOf'] as const;
  // German time as German Excel reads a date and time ("02.07.2026 00:30"), whatever the device's zone.
  const when = (s: number) => {
    const { date, time } = berlinInput(s);
    return `${date.slice(8, 10)}.${date.slice(5, 7)}.${date.slice(0, 4)} ${time}`;
  };
  return csvText(
    header.map((h) => t(`office.csv.${h}`)),
    rows.map((r) => [
      when(r.issuedAt),
      t(`entry.type.${r.type}`),
      (r.templateId && names.get(r.templateId)) || '',
      r.holderName,
      formatPartialDate(lang, r.holderBirthDate),
      entryTitle(t, r.entry),
      r.id,
      r.keyId,
      r.reissueOf ?? '',
    ]),
  );
}
